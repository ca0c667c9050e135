// Every chevrotain token type of the Python 3.12 subset.
//
// The lexer (lexer.ts) only produces the "raw" types (Name, Number, String, FString,
// operators, NEWLINE, ...). Keywords are not matched by the lexer: the layout pass
// (layout.ts) looks every Name up in KEYWORDS and retypes it, which is faster than
// one `longer_alt` token per keyword. INDENT/DEDENT and the f-string pieces
// (FStringStart/Middle/End) are also created by the layout pass, never by the lexer.

import { createToken, Lexer, type TokenType, type IToken } from "chevrotain";
import { scanFStringEnd } from "./fstringscan.js";

/** Extra fields every token carries after the layout pass. */
export interface PyToken extends IToken {
  /** 1-based line of the first character */
  startLine: number;
  /** 0-based UTF-16 column of the first character */
  startColumn: number;
  endLine: number;
  /** 0-based UTF-16 column just after the last character (exclusive) */
  endColumn: number;
  /** decoded value for FStringMiddle tokens; conversion char etc. */
  value?: string;
}

// ---- categories ----------------------------------------------------------
/** binary operators handled by precedence folding (everything but `**`) */
export const BinOperator = createToken({ name: "BinOperator", pattern: Lexer.NA });
export const AugAssign = createToken({ name: "AugAssign", pattern: Lexer.NA });
export const CompOperator = createToken({ name: "CompOperator", pattern: Lexer.NA });
/** any string-ish literal start (String or FStringStart) */
export const StringLike = createToken({ name: "StringLike", pattern: Lexer.NA });

// ---- virtual tokens (layout pass) ----------------------------------------
export const INDENT = createToken({ name: "INDENT", pattern: Lexer.NA });
export const DEDENT = createToken({ name: "DEDENT", pattern: Lexer.NA });
export const FStringStart = createToken({ name: "FStringStart", pattern: Lexer.NA, categories: [StringLike] });
export const FStringMiddle = createToken({ name: "FStringMiddle", pattern: Lexer.NA });
export const FStringEnd = createToken({ name: "FStringEnd", pattern: Lexer.NA });
/** a printable ASCII character no token matches (`$`, `?`, backquote): the parser rejects it */
export const ErrorChar = createToken({ name: "ErrorChar", pattern: Lexer.NA });
/** any other character no token matches: "invalid character" */
export const BadChar = createToken({ name: "BadChar", pattern: Lexer.NA });
/** the `!` of an f-string conversion */
export const Exclaim = createToken({ name: "Exclaim", pattern: Lexer.NA });

// ---- raw tokens ------------------------------------------------------------
export const Newline = createToken({ name: "NEWLINE", pattern: /\r\n?|\n/, line_breaks: true });
export const Whitespace = createToken({ name: "Whitespace", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
export const Continuation = createToken({
  name: "Continuation",
  pattern: /\\(?:\r\n?|\n)/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** a backslash not followed by a newline: always an error */
export const BadBackslash = createToken({ name: "BadBackslash", pattern: /\\/ });

const STRPREFIX = "(?:[rR][bB]?|[bB][rR]?|[uU])?";
export const String = createToken({
  name: "String",
  pattern: new RegExp(
    STRPREFIX +
      "(?:'''(?:[^'\\\\]|\\\\[\\s\\S]|'(?!''))*'''" +
      '|"""(?:[^"\\\\]|\\\\[\\s\\S]|"(?!""))*"""' +
      "|'(?!'')(?:[^'\\\\\\r\\n]|\\\\(?:\\r\\n|[\\s\\S]))*'" +
      '|"(?!"")(?:[^"\\\\\\r\\n]|\\\\(?:\\r\\n|[\\s\\S]))*")',
  ),
  line_breaks: true,
  categories: [StringLike],
});
/** an f-string, matched whole (nested quotes allowed as in 3.12); expanded by layout */
export const FString = createToken({
  name: "FString",
  pattern: {
    exec: (text: string, offset: number): RegExpExecArray | null => {
      const end = scanFStringEnd(text, offset);
      if (end < 0) return null;
      const m = [text.slice(offset, end)] as unknown as RegExpExecArray;
      return m;
    },
  },
  start_chars_hint: ["f", "F", "r", "R"],
  line_breaks: true,
});
/** a string opened but never closed on its line / in the file */
export const BadString = createToken({
  name: "BadString",
  pattern: new RegExp(
    "(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?" +
      "(?:'''[\\s\\S]*|\"\"\"[\\s\\S]*|'(?:[^'\\\\\\r\\n]|\\\\(?:\\r\\n|[\\s\\S]))*|\"(?:[^\"\\\\\\r\\n]|\\\\(?:\\r\\n|[\\s\\S]))*)",
  ),
  line_breaks: true,
});
export const Number = createToken({
  name: "Number",
  pattern:
    /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/,
});
export const Name = createToken({
  name: "Name",
  pattern: /[a-zA-Z_\u0080-\uffff][a-zA-Z0-9_\u0080-\uffff]*/,
});

function op(name: string, pattern: string, categories?: TokenType[]): TokenType {
  const esc = pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return createToken({ name, pattern: new RegExp(esc), categories: categories ?? [] });
}

// three-character operators first, then two, then one (chevrotain takes the first match)
export const DoubleStarEqual = op("DoubleStarEqual", "**=", [AugAssign]);
export const DoubleSlashEqual = op("DoubleSlashEqual", "//=", [AugAssign]);
export const LeftShiftEqual = op("LeftShiftEqual", "<<=", [AugAssign]);
export const RightShiftEqual = op("RightShiftEqual", ">>=", [AugAssign]);
export const Ellipsis = op("Ellipsis", "...");
export const Arrow = op("Arrow", "->");
export const ColonEqual = op("ColonEqual", ":=");
export const DoubleStar = op("DoubleStar", "**");
export const DoubleSlash = op("DoubleSlash", "//", [BinOperator]);
export const LeftShift = op("LeftShift", "<<", [BinOperator]);
export const RightShift = op("RightShift", ">>", [BinOperator]);
export const LessEqual = op("LessEqual", "<=", [CompOperator]);
export const GreaterEqual = op("GreaterEqual", ">=", [CompOperator]);
export const EqEqual = op("EqEqual", "==", [CompOperator]);
export const NotEqual = op("NotEqual", "!=", [CompOperator]);
export const LtGt = op("LtGt", "<>");
export const PlusEqual = op("PlusEqual", "+=", [AugAssign]);
export const MinusEqual = op("MinusEqual", "-=", [AugAssign]);
export const StarEqual = op("StarEqual", "*=", [AugAssign]);
export const SlashEqual = op("SlashEqual", "/=", [AugAssign]);
export const PercentEqual = op("PercentEqual", "%=", [AugAssign]);
export const AmperEqual = op("AmperEqual", "&=", [AugAssign]);
export const VBarEqual = op("VBarEqual", "|=", [AugAssign]);
export const CircumflexEqual = op("CircumflexEqual", "^=", [AugAssign]);
export const AtEqual = op("AtEqual", "@=", [AugAssign]);
export const Plus = op("Plus", "+", [BinOperator]);
export const Minus = op("Minus", "-", [BinOperator]);
export const Star = op("Star", "*", [BinOperator]);
export const Slash = op("Slash", "/", [BinOperator]);
export const Percent = op("Percent", "%", [BinOperator]);
export const At = op("At", "@", [BinOperator]);
export const Amper = op("Amper", "&", [BinOperator]);
export const VBar = op("VBar", "|", [BinOperator]);
export const Circumflex = op("Circumflex", "^", [BinOperator]);
export const Tilde = op("Tilde", "~");
export const Less = op("Less", "<", [CompOperator]);
export const Greater = op("Greater", ">", [CompOperator]);
export const LParen = op("LParen", "(");
export const RParen = op("RParen", ")");
export const LSqb = op("LSqb", "[");
export const RSqb = op("RSqb", "]");
export const LBrace = op("LBrace", "{");
export const RBrace = op("RBrace", "}");
export const Comma = op("Comma", ",");
export const Colon = op("Colon", ":");
export const Semi = op("Semi", ";");
export const Dot = op("Dot", ".");
export const Equal = op("Equal", "=");
export const Bang = op("Bang", "!");

// ---- keywords (retyped from Name by the layout pass) -------------------------
const KW_NAMES = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
] as const;
export const KEYWORDS = new Map<string, TokenType>();
for (const kw of KW_NAMES) {
  KEYWORDS.set(kw, createToken({ name: "KW_" + kw, pattern: Lexer.NA }));
}
function kw(name: (typeof KW_NAMES)[number]): TokenType {
  return KEYWORDS.get(name)!;
}
export const KwFalse = kw("False");
export const KwNone = kw("None");
export const KwTrue = kw("True");
export const KwAnd = kw("and");
export const KwAs = kw("as");
export const KwAssert = kw("assert");
export const KwAsync = kw("async");
export const KwAwait = kw("await");
export const KwBreak = kw("break");
export const KwClass = kw("class");
export const KwContinue = kw("continue");
export const KwDef = kw("def");
export const KwDel = kw("del");
export const KwElif = kw("elif");
export const KwElse = kw("else");
export const KwExcept = kw("except");
export const KwFinally = kw("finally");
export const KwFor = kw("for");
export const KwFrom = kw("from");
export const KwGlobal = kw("global");
export const KwIf = kw("if");
export const KwImport = kw("import");
export const KwIn = kw("in");
export const KwIs = kw("is");
export const KwLambda = kw("lambda");
export const KwNonlocal = kw("nonlocal");
export const KwNot = kw("not");
export const KwOr = kw("or");
export const KwPass = kw("pass");
export const KwRaise = kw("raise");
export const KwReturn = kw("return");
export const KwTry = kw("try");
export const KwWhile = kw("while");
export const KwWith = kw("with");
export const KwYield = kw("yield");

/** token types the chevrotain Lexer matches, in priority order */
export const LEXER_TOKENS: TokenType[] = [
  Newline, Whitespace, Comment, Continuation, BadBackslash,
  FString, String, BadString, Number, Name,
  DoubleStarEqual, DoubleSlashEqual, LeftShiftEqual, RightShiftEqual, Ellipsis,
  Arrow, ColonEqual, DoubleStar, DoubleSlash, LeftShift, RightShift, LessEqual,
  GreaterEqual, EqEqual, NotEqual, LtGt, PlusEqual, MinusEqual, StarEqual, SlashEqual,
  PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, AtEqual,
  Plus, Minus, Star, Slash, Percent, At, Amper, VBar, Circumflex, Tilde, Less, Greater,
  LParen, RParen, LSqb, RSqb, LBrace, RBrace, Comma, Colon, Semi, Dot, Equal, Bang,
];

/** every token type the parser may see */
export const ALL_TOKENS: TokenType[] = [
  BinOperator, AugAssign, CompOperator, StringLike,
  INDENT, DEDENT, FStringStart, FStringMiddle, FStringEnd, Exclaim, ErrorChar, BadChar,
  ...LEXER_TOKENS,
  ...KEYWORDS.values(),
];
