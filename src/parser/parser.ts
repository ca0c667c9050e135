// The Python 3.12-subset parser: a chevrotain EmbeddedActionsParser that builds the
// AST directly (one instance, reused). Rules are thin; node building goes through
// small helpers (precedence.ts, targets.ts, strings.ts, errors.ts). The grammar follows
// CPython's Grammar/python.gram, with assignment targets parsed as expressions and
// converted afterwards ("parse as expression then convert to target").

import { EmbeddedActionsParser, EOF, type IOrAlt, type IToken, type TokenType } from "chevrotain";
import * as T from "../lexer/tokens.js";
import type { PyToken } from "../lexer/tokens.js";
import { layout, SourceMap } from "../lexer/layout.js";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { decodeStringBody, LiteralError, parseNumber, splitString } from "../lexer/literals.js";
import type * as A from "./ast.js";
import { ELLIPSIS, LOAD, STORE, DEL } from "./ast.js";
import { fold, foldOps, AUGOPS, opNode, type OpItem } from "./precedence.js";
import { exprName, invalidTarget, setContext } from "./targets.js";
import { concatStrings, constant, formatSpec, type StrPart } from "./strings.js";
import { ParseContext, translateError } from "./errors.js";
import { buildArguments, type ParamItem } from "./params.js";
import { span, setOuter, outer } from "./outer.js";

type Expr = A.Expr;
type Stmt = A.Stmt;
type Pos = A.Pos;


interface CallArgs {
  args: Expr[];
  keywords: A.Keyword[];
}

interface Trailer {
  k: 0 | 1 | 2;
  n: IToken;
  lp: IToken;
  call: CallArgs | null;
  s: Expr | null;
  r: IToken;
}

type ArgItem = { kind: "pos" | "star" | "kw" | "dstar"; e: Expr; kw?: A.Keyword };

interface FieldParts {
  expr: Expr;
  debug: string | null;
  conv: number;
  spec: A.JoinedStr | null;
}

const FORCED_COLON = new Set(["function definition", "'for' statement", "'try' statement", "'else' statement", "'finally' statement"]);
const COLON_FORCED = { ERR_MSG: "expected ':' (forced)" };
const COLON_NEWLINE = { ERR_MSG: "expected ':'" };

class PyParser extends EmbeddedActionsParser {
  ctx!: ParseContext;
  // cached OR alternatives (chevrotain's performance advice: no per-call array of closures)
  private altsStatement?: IOrAlt<Stmt[]>[];
  private altsSimpleStmt?: IOrAlt<Stmt>[];
  private altsCompound?: IOrAlt<Stmt>[];
  private altsSEY?: IOrAlt<Expr>[];
  private altsStarExpr?: IOrAlt<Expr>[];
  private altsAtom?: IOrAlt<Expr>[];
  private altsUnary?: IOrAlt<IToken>[];
  private altsExpression?: IOrAlt<Expr>[];
  private altsExprStmt?: IOrAlt<Stmt>[];
  private esFirst!: Expr;
  private altsTrailer?: IOrAlt<Trailer>[];
  private altsArgument?: IOrAlt<ArgItem>[];
  private altsOp?: IOrAlt<OpItem>[];
  private altsString?: IOrAlt<StrPart>[];

  constructor(validate = false) {
    super(T.ALL_TOKENS, { maxLookahead: 2, recoveryEnabled: false, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  lookahead(): IToken {
    return this.LA(1);
  }

  /** has the parser looked at every token? */
  atEnd(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  // ---- position helpers (only called inside ACTION) -------------------------
  tp(t: IToken): Pos {
    const k = t as PyToken;
    const c = this.ctx;
    return {
      lineno: k.startLine,
      col_offset: c.bcol(k.startLine, k.startColumn),
      end_lineno: k.endLine,
      end_col_offset: c.bcol(k.endLine, k.endColumn),
    };
  }
  startOf(t: IToken): Pos {
    const k = t as PyToken;
    const c = this.ctx;
    const col = c.bcol(k.startLine, k.startColumn);
    return { lineno: k.startLine, col_offset: col, end_lineno: k.startLine, end_col_offset: col };
  }
  fail(msg: string, a: Pos, b?: Pos, kind: "SyntaxError" | "IndentationError" = "SyntaxError"): never {
    throw this.ctx.errorAt(kind, msg, a, b ?? a);
  }
  failTok(msg: string, t: IToken): never {
    throw this.ctx.errorAtToken("SyntaxError", msg, t);
  }
  name(t: IToken, ctx: A.ExprContext = LOAD): A.Name {
    return { _type: "Name", id: t.image, ctx, ...this.tp(t) };
  }
  checkTarget(e: Expr, how: "assign" | "del" | "for" | "with", eqHint: boolean): void {
    const del = how === "del";
    const bad = invalidTarget(e, del);
    if (!bad) {
      setContext(e, del ? DEL : STORE);
      return;
    }
    if (bad._type === "Yield" || bad._type === "YieldFrom") {
      if (how === "assign" && bad === e && !eqHint) this.fail("assignment to yield expression not possible", bad);
    }
    const nm = exprName(bad);
    if (del) this.fail(`cannot delete ${nm}`, bad);
    const lastOfBareTuple = e._type === "Tuple" && !this.ctx.parenthesized.has(e) && e.elts[e.elts.length - 1] === bad;
    if (eqHint && (bad === e || lastOfBareTuple) && (isBitwiseOrLevel(bad) || (this.ctx.parenthesized.has(bad) && bad._type !== "Tuple"))) {
      this.fail(`cannot assign to ${nm} here. Maybe you meant '==' instead of '='?`, bad);
    }
    if (bad._type === "Yield" || bad._type === "YieldFrom") {
      if (how === "assign") this.fail("assignment to yield expression not possible", bad);
    }
    this.fail(`cannot assign to ${nm}`, bad);
  }

  // ---- modules -----------------------------------------------------------------
  fileInput = this.RULE("fileInput", (): Stmt[] => {
    const body: Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => {
        for (const x of s) body.push(x);
      });
    });
    return body;
  });

  /** eval input: `expressions` (no top-level starred items, unlike statements) */
  evalInput = this.RULE("evalInput", (): Expr => {
    const e = this.SUBRULE(this.starExpressions);
    this.ACTION(() => {
      const items = e._type === "Tuple" && !this.ctx.parenthesized.has(e) ? e.elts : [e];
      for (const x of items) if (x._type === "Starred") this.fail("invalid syntax", x, { ...x, end_lineno: x.lineno, end_col_offset: x.col_offset + 1 });
    });
    this.MANY(() => this.CONSUME(T.Newline));
    return e;
  });

  singleInput = this.RULE("singleInput", (): Stmt[] => {
    const body = this.SUBRULE(this.statement);
    this.ACTION(() => {
      const next = this.LA(1).tokenType;
      if (next !== EOF && next !== T.DEDENT) {
        this.failTok("multiple statements found while compiling a single statement", this.LA(0));
      }
    });
    return body;
  });

  // ---- statements ----------------------------------------------------------------
  statement = this.RULE("statement", (): Stmt[] => {
    return this.OR(this.altsStatement ??= [
      { ALT: () => [this.SUBRULE(this.compoundStmt)] },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  simpleStmts = this.RULE("simpleStmts", (): Stmt[] => {
    const out: Stmt[] = [];
    const first = this.SUBRULE(this.simpleStmt);
    if (!this.RECORDING_PHASE) out.push(first);
    this.MANY(() => {
      this.CONSUME(T.Semi);
      const s = this.SUBRULE2(this.simpleStmt);
      if (!this.RECORDING_PHASE) out.push(s);
    });
    this.OPTION(() => {
      const semi = this.CONSUME2(T.Semi);
      // a compound statement ending in `a;` ends after the `;` (CPython uses its last token)
      if (!this.RECORDING_PHASE) { const last = out[out.length - 1]!; setOuter(last, span(last, this.tp(semi))); }
    });
    this.CONSUME(T.Newline);
    return out;
  });

  simpleStmt = this.RULE("simpleStmt", (): Stmt => {
    return this.OR(this.altsSimpleStmt ??= [
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.importStmt) },
      { ALT: () => this.SUBRULE(this.fromImportStmt) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.simpleKeyword(T.KwPass, "Pass") },
      { ALT: () => this.simpleKeyword(T.KwBreak, "Break") },
      { ALT: () => this.simpleKeyword(T.KwContinue, "Continue") },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
    ]);
  });

  simpleKeyword(tt: TokenType, type: "Pass" | "Break" | "Continue"): Stmt {
    const t = this.CONSUME(tt);
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: type, ...this.tp(t) }) as Stmt);
  }

  exprStmt = this.RULE("exprStmt", (): Stmt => {
    // the alternatives are cached (no per-statement closures); they read the first
    // expression from a field, which is safe because statements do not nest in expressions
    this.esFirst = this.SUBRULE(this.starExpressionsOrYield);
    return this.OR(this.altsExprStmt ??= [
      { ALT: () => {
        const first = this.esFirst;
        const values: Expr[] = [first];
        this.AT_LEAST_ONE(() => {
          this.CONSUME(T.Equal);
          const v = this.SUBRULE2(this.starExpressionsOrYield);
          if (!this.RECORDING_PHASE) values.push(v);
        });
        return this.ACTION(() => {
          const value = values.pop()!;
          const single = values.length === 1;
          for (const t of values) this.checkTarget(t, "assign", single);
          return { _type: "Assign", targets: values, value, type_comment: null, ...span(first, value) } as A.Assign;
        });
      } },
      { ALT: () => {
        const first = this.esFirst;
        const op = this.CONSUME(T.AugAssign);
        const v = this.SUBRULE3(this.starExpressionsOrYield);
        return this.ACTION(() => {
          if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
            this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
          }
          setContext(first, STORE);
          return { _type: "AugAssign", target: first, op: opNode(AUGOPS[op.image]!), value: v, ...span(first, v) } as A.AugAssign;
        });
      } },
      { ALT: () => {
        const first = this.esFirst;
        this.CONSUME(T.Colon);
        const ann = this.SUBRULE(this.expression);
        let value: Expr | null = null;
        this.OPTION(() => {
          this.CONSUME2(T.Equal);
          value = this.SUBRULE4(this.starExpressionsOrYield);
        });
        return this.ACTION(() => {
          const t = first;
          if (t._type === "Tuple") this.fail("only single target (not tuple) can be annotated", this.ctx.parenthesized.has(t) ? t : t.elts[0]!);
          if (t._type === "List") this.fail("only single target (not list) can be annotated", t);
          if (t._type !== "Name" && t._type !== "Attribute" && t._type !== "Subscript") {
            this.fail(`illegal target for annotation`, t);
          }
          setContext(t, STORE);
          const simple = t._type === "Name" && !this.ctx.parenthesized.has(t) ? 1 : 0;
          const end: Pos = value ?? ann;
          return { _type: "AnnAssign", target: t, annotation: ann, value, simple, ...span(t, end) } as A.AnnAssign;
        });
      } },
      { ALT: () => {
        const first = this.esFirst;
        return this.ACTION(() => {
          const w = this.ctx.walrusTok.get(first);
          if (w && !this.ctx.parenthesized.has(first)) this.failTok("invalid syntax", w);
          return { _type: "Expr", value: first, ...span(first, first) } as A.ExprStmt;
        });
      } },
    ]);
  });

  returnStmt = this.RULE("returnStmt", (): Stmt => {
    const t = this.CONSUME(T.KwReturn);
    let v: Expr | null = null;
    this.OPTION(() => { v = this.SUBRULE(this.starExpressions); });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Return", value: v, ...span(this.tp(t), v ?? this.tp(t)) }) as A.Return);
  });

  raiseStmt = this.RULE("raiseStmt", (): Stmt => {
    const t = this.CONSUME(T.KwRaise);
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.KwFrom);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Raise", exc, cause, ...span(this.tp(t), cause ?? exc ?? this.tp(t)) }) as A.Raise);
  });

  delStmt = this.RULE("delStmt", (): Stmt => {
    const t = this.CONSUME(T.KwDel);
    const e = this.SUBRULE(this.starExpressions);
    return this.ACTION(() => {
      const targets = e._type === "Tuple" && !this.ctx.parenthesized.has(e) ? e.elts : [e];
      for (const x of targets) this.checkTarget(x, "del", false);
      return { _type: "Delete", targets, ...span(this.tp(t), e) } as A.Delete;
    });
  });

  globalStmt = this.RULE("globalStmt", (): Stmt => {
    let kind: "Global" | "Nonlocal" = "Global";
    const t = this.OR([
      { ALT: () => this.CONSUME(T.KwGlobal) },
      { ALT: () => { kind = "Nonlocal"; return this.CONSUME(T.KwNonlocal); } },
    ]);
    const names: string[] = [];
    let last = this.CONSUME(T.Name);
    if (!this.RECORDING_PHASE) names.push(last.image);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      last = this.CONSUME2(T.Name);
      if (!this.RECORDING_PHASE) names.push(last.image);
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: kind, names, ...span(this.tp(t), this.tp(last)) }) as Stmt);
  });

  assertStmt = this.RULE("assertStmt", (): Stmt => {
    const t = this.CONSUME(T.KwAssert);
    const test = this.SUBRULE(this.expression);
    let msg: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      msg = this.SUBRULE2(this.expression);
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Assert", test, msg, ...span(this.tp(t), msg ?? test) }) as A.Assert);
  });

  importStmt = this.RULE("importStmt", (): Stmt => {
    const t = this.CONSUME(T.KwImport);
    const names: A.Alias[] = [];
    let a = this.SUBRULE(this.dottedAsName);
    if (!this.RECORDING_PHASE) names.push(a);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      a = this.SUBRULE2(this.dottedAsName);
      if (!this.RECORDING_PHASE) names.push(a);
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Import", names, ...span(this.tp(t), a) }) as A.Import);
  });

  dottedAsName = this.RULE("dottedAsName", (): A.Alias => {
    const first = this.CONSUME(T.Name);
    let last = first;
    let name = "";
    if (!this.RECORDING_PHASE) { name = first.image; }
    this.MANY(() => {
      this.CONSUME(T.Dot);
      last = this.CONSUME2(T.Name);
      if (!this.RECORDING_PHASE) { name += "." + last.image; }
    });
    let asname: string | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KwAs);
      last = this.CONSUME3(T.Name);
      if (!this.RECORDING_PHASE) { asname = last.image; }
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "alias", name, asname, ...span(this.tp(first), this.tp(last)) }) as A.Alias);
  });

  fromImportStmt = this.RULE("fromImportStmt", (): Stmt => {
    const t = this.CONSUME(T.KwFrom);
    let level = 0;
    let module: string | null = null;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level++; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]);
    });
    this.OPTION(() => {
      const n = this.CONSUME(T.Name);
      if (!this.RECORDING_PHASE) { module = n.image; }
      this.MANY2(() => {
        this.CONSUME2(T.Dot);
        const m = this.CONSUME2(T.Name);
        if (!this.RECORDING_PHASE) { module += "." + m.image; }
      });
    });
    const imp = this.CONSUME(T.KwImport);
    if (!this.RECORDING_PHASE) { if (level === 0 && module === null) this.failTok("invalid syntax", imp); }
    const names: A.Alias[] = [];
    let end!: Pos;
    this.OR2([
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        this.ACTION(() => {
          end = this.tp(s);
          names.push({ _type: "alias", name: "*", asname: null, ...end });
        });
      } },
      { ALT: () => {
        this.CONSUME(T.LParen);
        this.SUBRULE(this.importAsNames, { ARGS: [names, true] });
        const r = this.CONSUME(T.RParen);
        if (!this.RECORDING_PHASE) { end = this.tp(r); }
      } },
      { ALT: () => {
        this.SUBRULE2(this.importAsNames, { ARGS: [names, false] });
        if (!this.RECORDING_PHASE) { end = names[names.length - 1]!; }
      } },
    ]);
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "ImportFrom", module, names, level, ...span(this.tp(t), end) }) as A.ImportFrom);
  });

  importAsNames = this.RULE("importAsNames", (names: A.Alias[], parens: boolean): void => {
    this.SUBRULE(this.importAsName, { ARGS: [names] });
    let dangling = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma);
      if (!this.RECORDING_PHASE) { if (dangling) this.failTok("invalid syntax", cm); dangling = true; }
      this.OPTION(() => { dangling = false; this.SUBRULE2(this.importAsName, { ARGS: [names] }); });
    });
    this.ACTION(() => {
      const nt = this.LA(1).tokenType;
      if (dangling && !parens && (nt === T.Newline || nt === T.Semi)) {
        this.failTok("trailing comma not allowed without surrounding parentheses", this.LA(1));
      }
    });
  });

  importAsName = this.RULE("importAsName", (names: A.Alias[]): void => {
    const n = this.CONSUME(T.Name);
    let last = n;
    let asname: string | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KwAs);
      last = this.CONSUME2(T.Name);
      if (!this.RECORDING_PHASE) { asname = last.image; }
    });
    if (!this.RECORDING_PHASE) names.push({ _type: "alias", name: n.image, asname, ...span(this.tp(n), this.tp(last)) });
  });

  // ---- compound statements ----------------------------------------------------------
  compoundStmt = this.RULE("compoundStmt", (): Stmt => {
    return this.OR(this.altsCompound ??= [
      { ALT: () => this.SUBRULE(this.ifStmt) },
      { ALT: () => this.SUBRULE(this.whileStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.tryStmt) },
      { ALT: () => this.SUBRULE(this.withStmt) },
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => {
        const t = this.CONSUME(T.KwAsync);
        return this.RECORDING_PHASE ? (undefined as never) : (this.failTok("pyarena does not support 'async' statements yet", t));
      } },
    ]);
  });

  /** ':' then a block; `kind` names the statement for IndentationError texts. */
  block = this.RULE("block", (kind: string, line: number): Stmt[] => {
    let body: Stmt[] = [];
    this.OR([
      { ALT: () => {
        const nl = this.CONSUME(T.Newline);
        let indented = false;
        this.OPTION(() => {
          this.CONSUME(T.INDENT);
          indented = true;
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.statement);
            if (!this.RECORDING_PHASE) { for (const x of s) body.push(x); }
          });
          this.CONSUME(T.DEDENT);
        });
        this.ACTION(() => {
          if (!indented) this.ctx.expectedIndent(kind, line, this.LA(1), nl);
        });
      } },
      { ALT: () => { body = this.SUBRULE(this.simpleStmts); } },
    ]);
    return body;
  });

  colonBlock(kind: string, line: number, idx: number): Stmt[] {
    this.consumeColon(idx, FORCED_COLON.has(kind));
    switch (idx) {
      case 0: return this.SUBRULE(this.block, { ARGS: [kind, line] });
      case 1: return this.SUBRULE1(this.block, { ARGS: [kind, line] });
      case 2: return this.SUBRULE2(this.block, { ARGS: [kind, line] });
      case 3: return this.SUBRULE3(this.block, { ARGS: [kind, line] });
      default: return this.SUBRULE4(this.block, { ARGS: [kind, line] });
    }
  }
  consumeColon(idx: number, forced: boolean): void {
    // CPython's grammar forces the ':' (&&':') after def/for/try/else/finally: any other
    // token gives "expected ':'"; elsewhere only a NEWLINE does
    const opts = forced ? COLON_FORCED : COLON_NEWLINE;
    switch (idx) {
      case 0: this.CONSUME(T.Colon, opts); break;
      case 1: this.CONSUME1(T.Colon, opts); break;
      case 2: this.CONSUME2(T.Colon, opts); break;
      case 3: this.CONSUME3(T.Colon, opts); break;
      default: this.CONSUME4(T.Colon, opts);
    }
  }

  ifStmt = this.RULE("ifStmt", (): Stmt => {
    const t = this.CONSUME(T.KwIf);
    const test = this.SUBRULE(this.namedExpression);
    const body = this.colonBlock("'if' statement", (t as PyToken).startLine, 0);
    const orelse = this.SUBRULE(this.elifChain);
    return this.ACTION(() => {
      const end: Pos = orelse.length ? orelse[orelse.length - 1]! : body[body.length - 1]!;
      return { _type: "If", test, body, orelse, ...span(this.tp(t), end) } as A.If;
    });
  });

  elifChain = this.RULE("elifChain", (): Stmt[] => {
    let r: Stmt[] = [];
    this.OPTION(() => {
      this.OR([
        { ALT: () => {
          const t = this.CONSUME(T.KwElif);
          const test = this.SUBRULE(this.namedExpression);
          const body = this.colonBlock("'elif' statement", (t as PyToken).startLine, 1);
          const orelse = this.SUBRULE(this.elifChain);
          r = this.ACTION(() => {
            const end: Pos = orelse.length ? orelse[orelse.length - 1]! : body[body.length - 1]!;
            return [{ _type: "If", test, body, orelse, ...span(this.tp(t), end) } as A.If];
          });
        } },
        { ALT: () => { r = this.SUBRULE(this.elseBlock); } },
      ]);
    });
    return r;
  });

  elseBlock = this.RULE("elseBlock", (): Stmt[] => {
    const t = this.CONSUME(T.KwElse);
    return this.colonBlock("'else' statement", (t as PyToken).startLine, 0);
  });

  whileStmt = this.RULE("whileStmt", (): Stmt => {
    const t = this.CONSUME(T.KwWhile);
    const test = this.SUBRULE(this.namedExpression);
    const body = this.colonBlock("'while' statement", (t as PyToken).startLine, 0);
    let orelse: Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => {
      const end: Pos = orelse.length ? orelse[orelse.length - 1]! : body[body.length - 1]!;
      return { _type: "While", test, body, orelse, ...span(this.tp(t), end) } as A.While;
    });
  });

  forStmt = this.RULE("forStmt", (): Stmt => {
    const t = this.CONSUME(T.KwFor);
    const target = this.SUBRULE(this.targetList);
    this.CONSUME(T.KwIn);
    const iter = this.SUBRULE(this.starExpressions);
    const body = this.colonBlock("'for' statement", (t as PyToken).startLine, 0);
    let orelse: Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => {
      this.checkTarget(target, "for", false);
      const end: Pos = orelse.length ? orelse[orelse.length - 1]! : body[body.length - 1]!;
      return { _type: "For", target, iter, body, orelse, type_comment: null, ...span(this.tp(t), end) } as A.For;
    });
  });

  /** star_targets of for/comprehensions: ('*'? bitwise_or) list, no `in` comparisons */
  targetList = this.RULE("targetList", (): Expr => {
    const elts: Expr[] = [];
    let comma = false;
    let e = this.SUBRULE(this.starTarget);
    if (!this.RECORDING_PHASE) elts.push(e);
    let dangling = false;
    let lastComma: IToken | null = null;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; lastComma = cm; });
      comma = true;
      this.OPTION(() => { dangling = false;
        e = this.SUBRULE2(this.starTarget);
        if (!this.RECORDING_PHASE) elts.push(e);
      });
    });
    return this.ACTION(() => {
      if (!comma) return elts[0]!;
      const end: Pos = dangling && lastComma ? this.tp(lastComma) : elts[elts.length - 1]!;
      return { _type: "Tuple", elts, ctx: STORE, ...span(elts[0]!, end) } as A.Tuple;
    });
  });

  starTarget = this.RULE("starTarget", (): Expr => {
    return this.OR([
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.bitOr);
        return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Starred", value: v, ctx: STORE, ...span(this.tp(s), v) }) as A.Starred);
      } },
      { ALT: () => this.SUBRULE2(this.bitOr) },
    ]);
  });

  tryStmt = this.RULE("tryStmt", (): Stmt => {
    const t = this.CONSUME(T.KwTry);
    const body = this.colonBlock("'try' statement", (t as PyToken).startLine, 0);
    const handlers: A.ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    this.OR([
      { ALT: () => {
        this.AT_LEAST_ONE(() => {
          const h = this.SUBRULE(this.exceptBlock);
          if (!this.RECORDING_PHASE) handlers.push(h);
        });
        this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
        this.OPTION2(() => { finalbody = this.SUBRULE(this.finallyBlock); });
      } },
      { ALT: () => { finalbody = this.SUBRULE2(this.finallyBlock); } },
      { ALT: () => {
        if (!this.RECORDING_PHASE) this.failTok("expected 'except' or 'finally' block", this.LA(1));
      } },
    ]);
    return this.ACTION(() => {
      const end: Pos = finalbody.length ? finalbody[finalbody.length - 1]! : orelse.length ? orelse[orelse.length - 1]! : handlers[handlers.length - 1]!;
      return { _type: "Try", body, handlers, orelse, finalbody, ...span(this.tp(t), end) } as A.Try;
    });
  });

  finallyBlock = this.RULE("finallyBlock", (): Stmt[] => {
    const t = this.CONSUME(T.KwFinally);
    return this.colonBlock("'finally' statement", (t as PyToken).startLine, 0);
  });

  exceptBlock = this.RULE("exceptBlock", (): A.ExceptHandler => {
    const t = this.CONSUME(T.KwExcept);
    let type: Expr | null = null;
    let name: string | null = null;
    this.OPTION(() => {
      const s = this.CONSUME(T.Star);
      if (!this.RECORDING_PHASE) this.failTok("pyarena does not support 'except*' yet", s);
    });
    this.OPTION2(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        this.OR([
          { ALT: () => {
            this.CONSUME(T.KwAs);
            const n = this.CONSUME(T.Name);
            if (!this.RECORDING_PHASE) { name = n.image; }
          } },
          { ALT: () => {
            this.CONSUME(T.Comma);
            let last = this.SUBRULE3(this.expression);
            this.MANY(() => {
              this.CONSUME2(T.Comma);
              last = this.SUBRULE4(this.expression);
            });
            if (!this.RECORDING_PHASE) this.fail("multiple exception types must be parenthesized", type!, last);
          } },
        ]);
      });
    });
    const body = this.colonBlock("'except' statement", (t as PyToken).startLine, 0);
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "ExceptHandler", type, name, body, ...span(this.tp(t), body[body.length - 1]!) }) as A.ExceptHandler);
  });

  withStmt = this.RULE("withStmt", (): Stmt => {
    const t = this.CONSUME(T.KwWith);
    const items: A.WithItem[] = [];
    this.OR([
      { GATE: () => this.ctx.parenthesizedWithItems(this.LA(1)), ALT: () => {
        this.CONSUME(T.LParen);
        this.SUBRULE(this.withItem, { ARGS: [items, true] });
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.withItem, { ARGS: [items, true] });
        });
        this.OPTION(() => this.CONSUME2(T.Comma));
        this.CONSUME(T.RParen);
      } },
      { ALT: () => {
        this.SUBRULE3(this.withItem, { ARGS: [items, false] });
        this.MANY2(() => {
          this.CONSUME3(T.Comma);
          this.SUBRULE4(this.withItem, { ARGS: [items, false] });
        });
      } },
    ]);
    const body = this.colonBlock("'with' statement", (t as PyToken).startLine, 0);
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "With", items, body, type_comment: null, ...span(this.tp(t), body[body.length - 1]!) }) as A.With);
  });

  /** a with item; inside `with (...)`, `(x := y)` style items are named expressions */
  withItem = this.RULE("withItem", (items: A.WithItem[], parenthesized: boolean): void => {
    let e!: Expr;
    this.OR([
      { GATE: () => parenthesized, ALT: () => { e = this.SUBRULE(this.namedExpression); } },
      { ALT: () => { e = this.SUBRULE(this.expression); } },
    ]);
    let target: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KwAs);
      target = this.SUBRULE(this.starTarget);
    });
    this.ACTION(() => {
      if (target) this.checkTarget(target, "with", false);
      items.push({ _type: "withitem", context_expr: e, optional_vars: target });
    });
  });

  decorated = this.RULE("decorated", (): Stmt => {
    const decos: Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      const d = this.SUBRULE(this.namedExpression);
      this.CONSUME(T.Newline);
      if (!this.RECORDING_PHASE) decos.push(d);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [decos] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decos] }) },
      { ALT: () => {
        const t = this.CONSUME(T.KwAsync);
        return this.RECORDING_PHASE ? (undefined as never) : (this.failTok("pyarena does not support 'async' statements yet", t));
      } },
    ]);
  });

  funcDef = this.RULE("funcDef", (decos: Expr[]): Stmt => {
    const t = this.CONSUME(T.KwDef);
    const n = this.CONSUME(T.Name);
    this.OPTION(() => {
      const b = this.CONSUME(T.LSqb);
      if (!this.RECORDING_PHASE) this.failTok("pyarena does not support type parameters yet", b);
    });
    this.CONSUME(T.LParen, { ERR_MSG: "expected '(' (forced)" });
    let args: A.Arguments | undefined;
    this.OPTION2(() => { args = this.SUBRULE(this.parameters, { ARGS: [true] }); });
    this.CONSUME(T.RParen);
    let returns: Expr | null = null;
    this.OPTION3(() => {
      this.CONSUME(T.Arrow);
      returns = this.SUBRULE(this.expression);
    });
    const body = this.colonBlock("function definition", (t as PyToken).startLine, 0);
    return this.ACTION(() => ({
      _type: "FunctionDef", name: n.image, args: args ?? buildArguments([], this.ctx), body,
      decorator_list: decos, returns, type_comment: null, type_params: [],
      ...span(this.tp(t), body[body.length - 1]!),
    }) as A.FunctionDef);
  });

  classDef = this.RULE("classDef", (decos: Expr[]): Stmt => {
    const t = this.CONSUME(T.KwClass);
    const n = this.CONSUME(T.Name);
    this.OPTION(() => {
      const b = this.CONSUME(T.LSqb);
      if (!this.RECORDING_PHASE) this.failTok("pyarena does not support type parameters yet", b);
    });
    let call: CallArgs = { args: [], keywords: [] };
    this.OPTION2(() => {
      this.CONSUME(T.LParen);
      this.OPTION3(() => {
        call = this.SUBRULE(this.arguments);
        if (!this.RECORDING_PHASE) {
          const g = call.args[0];
          if (g && this.ctx.bareGenexp.has(g)) {
            this.failTok("invalid syntax", this.ctx.forTok.get((g as A.GeneratorExp).generators)!);
          }
        }
      });
      this.CONSUME(T.RParen);
    });
    const body = this.colonBlock("class definition", (t as PyToken).startLine, 0);
    return this.ACTION(() => ({
      _type: "ClassDef", name: n.image, bases: call.args, keywords: call.keywords, body,
      decorator_list: decos, type_params: [], ...span(this.tp(t), body[body.length - 1]!),
    }) as A.ClassDef);
  });

  /** def/lambda parameters (without the parentheses) */
  parameters = this.RULE("parameters", (annotations: boolean): A.Arguments => {
    const items: ParamItem[] = [];
    this.SUBRULE(this.paramItem, { ARGS: [items, annotations] });
    let dangling = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
      this.OPTION(() => { dangling = false; this.SUBRULE2(this.paramItem, { ARGS: [items, annotations] }); });
    });
    return this.ACTION(() => {
      const complete = this.LA(1).tokenType === (annotations ? T.RParen : T.Colon);
      return buildArguments(items, this.ctx, !complete);
    });
  });

  paramItem = this.RULE("paramItem", (items: ParamItem[], annotations: boolean): void => {
    this.OR([
      { ALT: () => {
        const s = this.CONSUME(T.Slash);
        if (!this.RECORDING_PHASE) items.push({ kind: "/", tok: s });
      } },
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        let a: A.Arg | null = null;
        this.OPTION(() => {
          a = this.SUBRULE(this.param, { ARGS: [annotations] });
          this.OPTION4(() => {
            const eq = this.CONSUME3(T.Equal);
            if (!this.RECORDING_PHASE) this.failTok("var-positional argument cannot have default value", eq);
          });
        });
        if (!this.RECORDING_PHASE) items.push({ kind: "*", tok: s, arg: a });
      } },
      { ALT: () => {
        const s = this.CONSUME(T.DoubleStar);
        const a = this.SUBRULE2(this.param, { ARGS: [annotations] });
        this.OPTION2(() => {
          const eq = this.CONSUME(T.Equal);
          if (!this.RECORDING_PHASE) this.failTok("var-keyword argument cannot have default value", eq);
        });
        if (!this.RECORDING_PHASE) items.push({ kind: "**", tok: s, arg: a });
      } },
      { ALT: () => {
        const a = this.SUBRULE3(this.param, { ARGS: [annotations] });
        let d: Expr | null = null;
        this.OPTION3(() => {
          this.CONSUME2(T.Equal);
          d = this.SUBRULE2(this.expression);
        });
        if (!this.RECORDING_PHASE) items.push({ kind: "arg", arg: a, default: d });
      } },
    ]);
  });

  param = this.RULE("param", (annotations: boolean): A.Arg => {
    const n = this.CONSUME(T.Name);
    let ann: Expr | null = null;
    this.OPTION({
      GATE: () => annotations,
      DEF: () => {
        this.CONSUME(T.Colon);
        ann = this.OR([
          { ALT: () => {
            const s = this.CONSUME(T.Star);
            const v = this.SUBRULE(this.expression);
            return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Starred", value: v, ctx: LOAD, ...span(this.tp(s), v) }) as Expr);
          } },
          { ALT: () => this.SUBRULE2(this.expression) },
        ]);
      },
    });
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "arg", arg: n.image, annotation: ann, type_comment: null, ...span(this.tp(n), ann ?? this.tp(n)) }) as A.Arg);
  });

  // ---- expressions ---------------------------------------------------------------
  starExpressionsOrYield = this.RULE("starExpressionsOrYield", (): Expr => {
    return this.OR(this.altsSEY ??= [
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
  });

  /** star_expressions: a tuple when there is a comma */
  starExpressions = this.RULE("starExpressions", (): Expr => {
    const first = this.SUBRULE(this.starExpression);
    let elts: Expr[] | null = null;
    let lastComma: IToken | null = null;
    let dangling = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); lastComma = cm; this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
      if (!this.RECORDING_PHASE) { if (!elts) elts = [first]; }
      this.OPTION(() => { dangling = false;
        const e = this.SUBRULE2(this.starExpression);
        if (!this.RECORDING_PHASE) { elts!.push(e); lastComma = null; }
      });
    });
    if (!this.RECORDING_PHASE && !elts) return first;
    return this.ACTION(() => {
      if (!elts) return first;
      const arr: Expr[] = elts;
      const end: Pos = lastComma ? this.tp(lastComma) : arr[arr.length - 1]!;
      return { _type: "Tuple", elts: arr, ctx: LOAD, ...span(first, end) } as A.Tuple;
    });
  });

  starExpression = this.RULE("starExpression", (): Expr => {
    return this.OR(this.altsStarExpr ??= [
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.bitOr);
        return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Starred", value: v, ctx: LOAD, ...span(this.tp(s), v) }) as A.Starred);
      } },
      { ALT: () => {
        const e = this.SUBRULE(this.expression);
        let r = e;
        this.OPTION(() => {
          const op = this.CONSUME(T.ColonEqual);
          const v = this.SUBRULE2(this.expression);
          r = this.ACTION(() => {
            const ne = this.namedExpr(e, v);
            this.ctx.walrusTok.set(ne, op);
            return ne;
          });
        });
        return r;
      } },
    ]);
  });

  namedExpr(e: Expr, v: Expr): Expr {
    if (e._type !== "Name") this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
    const target: A.Name = { ...e, ctx: STORE };
    return { _type: "NamedExpr", target, value: v, ...span(e, v) } as A.NamedExpr;
  }

  yieldExpr = this.RULE("yieldExpr", (): Expr => {
    const t = this.CONSUME(T.KwYield);
    return this.OR([
      { ALT: () => {
        this.CONSUME(T.KwFrom);
        const v = this.SUBRULE(this.expression);
        return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "YieldFrom", value: v, ...span(this.tp(t), v) }) as A.YieldFrom);
      } },
      { ALT: () => {
        let v: Expr | null = null;
        this.OPTION(() => { v = this.SUBRULE(this.starExpressions); });
        return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Yield", value: v, ...span(this.tp(t), v ?? this.tp(t)) }) as A.Yield);
      } },
    ]);
  });

  namedExpression = this.RULE("namedExpression", (): Expr => {
    const e = this.SUBRULE(this.expression);
    let r = e;
    this.OPTION(() => {
      this.CONSUME(T.ColonEqual);
      const v = this.SUBRULE2(this.expression);
      r = this.RECORDING_PHASE ? (undefined as never) : (this.namedExpr(e, v));
    });
    return r;
  });

  expression = this.RULE("expression", (): Expr => {
    return this.OR(this.altsExpression ??= [
      { ALT: () => this.SUBRULE(this.lambdef) },
      { ALT: () => {
        const body = this.SUBRULE(this.disjunction);
        let r = body;
        this.OPTION(() => {
          this.CONSUME(T.KwIf);
          const test = this.SUBRULE2(this.disjunction);
          this.OR2([
            { ALT: () => {
              this.CONSUME(T.KwElse);
              const orelse = this.SUBRULE(this.expression);
              r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "IfExp", test, body, orelse, ...span(body, orelse) }) as A.IfExp);
            } },
            { ALT: () => {
              if (!this.RECORDING_PHASE) this.fail("expected 'else' after 'if' expression", body, test);
            } },
          ]);
        });
        return r;
      } },
    ]);
  });

  lambdef = this.RULE("lambdef", (): Expr => {
    const t = this.CONSUME(T.KwLambda);
    let args: A.Arguments | undefined;
    this.OPTION(() => { args = this.SUBRULE(this.parameters, { ARGS: [false] }); });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Lambda", args: args ?? buildArguments([], this.ctx), body, ...span(this.tp(t), body) }) as A.Lambda);
  });

  /**
   * disjunction down to bitwise_or as one flat list (operands are factors, prefix
   * `not`s are kept in place); foldOps() applies Python's precedence.
   */
  disjunction = this.RULE("disjunction", (): Expr => {
    let items: OpItem[] | null = null;
    let nots: IToken[] | null = null;
    this.MANY(() => {
      const n = this.CONSUME(T.KwNot);
      if (!this.RECORDING_PHASE) (nots ??= []).push(n);
    });
    const first = this.SUBRULE(this.factor);
    this.ACTION(() => {
      if (nots) {
        items = [];
        for (const n of nots) items.push({ k: 2, tok: n });
        items.push({ k: 0, e: first });
      }
    });
    this.MANY2(() => {
      const opItem = this.OR(this.altsOp ??= [
        { ALT: () => { const tok = this.CONSUME(T.BinOperator); return { k: 1, op: tok.image, tok } as OpItem; } },
        { ALT: () => { const tok = this.CONSUME(T.CompOperator); return { k: 1, op: "c" + tok.image, tok } as OpItem; } },
        { ALT: () => { const tok = this.CONSUME(T.KwIn); return { k: 1, op: "cin", tok } as OpItem; } },
        { GATE: () => this.LA(2).tokenType === T.KwIn, ALT: () => { const tok = this.CONSUME2(T.KwNot); this.CONSUME2(T.KwIn); return { k: 1, op: "cnot in", tok } as OpItem; } },
        { ALT: () => {
          const tok = this.CONSUME(T.KwIs);
          let op = "cis";
          this.OPTION(() => { this.CONSUME3(T.KwNot); op = "cis not"; });
          return { k: 1, op, tok } as OpItem;
        } },
        { ALT: () => { const tok = this.CONSUME(T.KwAnd); return { k: 1, op: "and", tok } as OpItem; } },
        { ALT: () => { const tok = this.CONSUME(T.KwOr); return { k: 1, op: "or", tok } as OpItem; } },
      ]);
      this.ACTION(() => {
        if (!items) items = [{ k: 0, e: first }];
        items.push(opItem);
      });
      this.MANY3(() => {
        const n = this.CONSUME4(T.KwNot);
        if (!this.RECORDING_PHASE) items!.push({ k: 2, tok: n });
      });
      const e = this.SUBRULE2(this.factor);
      if (!this.RECORDING_PHASE) items!.push({ k: 0, e });
    });
    return this.RECORDING_PHASE ? (undefined as never) : ((items ? foldOps(items, this) : first));
  });

  /** bitwise_or only (targets, starred operands): a flat list folded by precedence */
  bitOr = this.RULE("bitOr", (): Expr => {
    const first = this.SUBRULE(this.factor);
    let operands: Expr[] | null = null;
    const ops: string[] = [];
    this.MANY(() => {
      const op = this.CONSUME(T.BinOperator);
      const e = this.SUBRULE2(this.factor);
      this.ACTION(() => {
        (operands ??= [first]).push(e);
        ops.push(op.image);
      });
    });
    return this.RECORDING_PHASE ? (undefined as never) : ((operands ? fold(operands, ops) : first));
  });

  /** factor and power: unary +, -, ~ then primary ['**' factor] */
  /**
   * factor, power, primary and atom in one rule (fewer rule invocations per operand and
   * less stack per nesting level): unary prefixes, an atom, trailers, then `** factor`.
   */
  factor = this.RULE("factor", (): Expr => {
    let prefixes: IToken[] | null = null;
    this.MANY(() => {
      const t = this.OR2(this.altsUnary ??= [
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Tilde) },
      ]);
      if (!this.RECORDING_PHASE) (prefixes ??= []).push(t);
    });
    let e = this.OR3(this.altsAtom ??= [
      { ALT: () => {
        const t = this.CONSUME(T.Name);
        return this.RECORDING_PHASE ? (undefined as never) : (this.name(t));
      } },
      { ALT: () => {
        const t = this.CONSUME(T.Number);
        return this.RECORDING_PHASE ? (undefined as never) : (this.ctx.number(t, this.tp(t)));
      } },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => {
        const t = this.CONSUME(T.KwNone);
        return this.RECORDING_PHASE ? (undefined as never) : (constant(null, this.tp(t)));
      } },
      { ALT: () => {
        const t = this.CONSUME(T.KwTrue);
        return this.RECORDING_PHASE ? (undefined as never) : (constant(true, this.tp(t)));
      } },
      { ALT: () => {
        const t = this.CONSUME(T.KwFalse);
        return this.RECORDING_PHASE ? (undefined as never) : (constant(false, this.tp(t)));
      } },
      { ALT: () => {
        const t = this.CONSUME(T.Ellipsis);
        return this.RECORDING_PHASE ? (undefined as never) : (constant(ELLIPSIS, this.tp(t)));
      } },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
      { ALT: () => {
        const t = this.CONSUME(T.KwAwait);
        return this.RECORDING_PHASE ? (undefined as never) : (this.failTok("pyarena does not support 'await' expressions yet", t));
      } },
    ]);
    this.MANY2(() => {
      const tr = this.OR4(this.altsTrailer ??= [
        { ALT: () => {
          this.CONSUME(T.Dot);
          const n = this.CONSUME2(T.Name);
          return { k: 0, n, lp: n, call: null, s: null, r: n } as Trailer;
        } },
        { ALT: () => {
          const lp = this.CONSUME(T.LParen);
          let call: CallArgs | null = null;
          this.OPTION(() => { call = this.SUBRULE(this.arguments); });
          const r = this.CONSUME(T.RParen);
          return { k: 1, n: lp, lp, call, s: null, r } as Trailer;
        } },
        { ALT: () => {
          const lp = this.CONSUME(T.LSqb);
          const s = this.SUBRULE(this.slices);
          const r = this.CONSUME(T.RSqb);
          return { k: 2, n: lp, lp, call: null, s, r } as Trailer;
        } },
      ]);
      e = this.RECORDING_PHASE ? (undefined as never) : (this.applyTrailer(e, tr));
    });
    this.OPTION2(() => {
      this.CONSUME(T.DoubleStar);
      const rhs = this.SUBRULE2(this.factor);
      e = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "BinOp", left: e, op: opNode("Pow"), right: rhs, ...span(e, rhs) }) as A.BinOp);
    });
    if (!this.RECORDING_PHASE && !prefixes) return e;
    return this.ACTION(() => {
      if (!prefixes) return e;
      let r = e;
      for (let k = prefixes.length - 1; k >= 0; k--) {
        const t = prefixes[k]!;
        const opname: A.UnaryOpName = t.tokenType === T.Plus ? "UAdd" : t.tokenType === T.Minus ? "USub" : "Invert";
        r = { _type: "UnaryOp", op: { _type: opname }, operand: r, ...span(this.tp(t), r) } as A.UnaryOp;
      }
      return r;
    });
  });


  applyTrailer(e: Expr, tr: Trailer): Expr {
    const c = this.ctx;
    const r = tr.r as PyToken;
    const end_lineno = r.endLine;
    const end_col_offset = c.bcol(r.endLine, r.endColumn);
    const o = outer(e);
    if (tr.k === 0) {
      return { _type: "Attribute", value: e, attr: tr.n.image, ctx: LOAD, lineno: o.lineno, col_offset: o.col_offset, end_lineno, end_col_offset };
    }
    if (tr.k === 1) {
      const call = tr.call ?? { args: [], keywords: [] };
      const g = call.args[0];
      if (g && call.args.length === 1 && c.bareGenexp.has(g)) Object.assign(g, span(this.tp(tr.lp), this.tp(r)));
      return { _type: "Call", func: e, args: call.args, keywords: call.keywords, lineno: o.lineno, col_offset: o.col_offset, end_lineno, end_col_offset };
    }
    return { _type: "Subscript", value: e, slice: tr.s!, ctx: LOAD, lineno: o.lineno, col_offset: o.col_offset, end_lineno, end_col_offset };
  }

  slices = this.RULE("slices", (): Expr => {
    const first = this.SUBRULE(this.slice);
    let elts: Expr[] | null = null;
    let lastComma: IToken | null = null;
    let dangling = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); lastComma = cm; this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
      if (!this.RECORDING_PHASE) { if (!elts) elts = [first]; }
      this.OPTION({ GATE: () => this.LA(1).tokenType !== T.RSqb, DEF: () => { dangling = false;
        const e = this.SUBRULE2(this.slice);
        if (!this.RECORDING_PHASE) { elts!.push(e); lastComma = null; }
      } });
    });
    return this.ACTION(() => {
      if (!elts) return first._type === "Starred" ? ({ _type: "Tuple", elts: [first], ctx: LOAD, ...span(first, first) } as A.Tuple) : first;
      const arr: Expr[] = elts;
      const end: Pos = lastComma ? this.tp(lastComma) : arr[arr.length - 1]!;
      return { _type: "Tuple", elts: arr, ctx: LOAD, ...span(first, end) } as A.Tuple;
    });
  });

  slice = this.RULE("slice", (): Expr => {
    return this.OR([
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.bitOr);
        return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Starred", value: v, ctx: LOAD, ...span(this.tp(s), v) }) as A.Starred);
      } },
      { ALT: () => {
        let lower: Expr | null = null;
        let upper: Expr | null = null;
        let step: Expr | null = null;
        let isSlice = false;
        let startTok: IToken | null = null;
        let endTok: IToken | null = null;
        this.OPTION(() => { lower = this.SUBRULE(this.namedExpression); });
        this.OPTION2(() => {
          const c = this.CONSUME(T.Colon);
          isSlice = true;
          if (!this.RECORDING_PHASE) { startTok = c; endTok = c; }
          this.OPTION3(() => { upper = this.SUBRULE(this.expression); });
          this.OPTION4(() => {
            const c2 = this.CONSUME2(T.Colon);
            if (!this.RECORDING_PHASE) { endTok = c2; }
            this.OPTION5(() => { step = this.SUBRULE2(this.expression); });
          });
        });
        return this.ACTION(() => {
          if (!isSlice) {
            if (!lower) this.failTok("invalid syntax", this.LA(1));
            return lower!;
          }
          const start: Pos = lower ?? this.tp(startTok!);
          const end: Pos = step ?? (endTok !== startTok ? this.tp(endTok!) : upper ?? this.tp(endTok!));
          return { _type: "Slice", lower, upper, step, ...span(start, end) } as A.Slice;
        });
      } },
    ]);
  });

  /** call arguments (inside the parentheses) */
  arguments = this.RULE("arguments", (): CallArgs => {
    const items: Array<{ kind: "pos" | "star" | "kw" | "dstar"; e: Expr; kw?: A.Keyword }> = [];
    let genexp = false;
    this.SUBRULE(this.argument, { ARGS: [items] });
    this.OPTION(() => {
      const g = this.SUBRULE(this.compFor);
      this.ACTION(() => {
        genexp = true;
        const it = items[0]!;
        if (it.kind !== "pos") this.failTok("invalid syntax", this.ctx.forTok.get(g)!);
        items[0] = { kind: "pos", e: this.ctx.genexp(it.e, g, null) };
      });
    });
    let dangling = false;
    let anyComma = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; anyComma = true; });
      this.OPTION2(() => { dangling = false;
        this.SUBRULE2(this.argument, { ARGS: [items] });
        this.OPTION3(() => {
          const g = this.SUBRULE2(this.compFor);
          this.ACTION(() => {
            const it = items[items.length - 1]!;
            this.fail("Generator expression must be parenthesized", it.e, g[g.length - 1]!.end);
          });
        });
      });
    });
    return this.ACTION(() => {
      if (genexp && (items.length > 1 || anyComma)) this.fail("Generator expression must be parenthesized", items[0]!.e);
      return this.ctx.buildCall(items, this.LA(1), this.LA(1).tokenType !== T.RParen);
    });
  });

  argument = this.RULE("argument", (items: Array<{ kind: "pos" | "star" | "kw" | "dstar"; e: Expr; kw?: A.Keyword }>): void => {
    const it = this.OR(this.altsArgument ??= [
      { ALT: () => {
        const s = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.expression);
        return this.RECORDING_PHASE ? (undefined as never) : (({ kind: "star", e: { _type: "Starred", value: v, ctx: LOAD, ...span(this.tp(s), v) } as A.Starred }) as ArgItem);
      } },
      { ALT: () => {
        const s = this.CONSUME(T.DoubleStar);
        const v = this.SUBRULE2(this.expression);
        return this.RECORDING_PHASE ? (undefined as never) : (({ kind: "dstar", e: v, kw: { _type: "keyword", arg: null, value: v, ...span(this.tp(s), v) } }) as ArgItem);
      } },
      { ALT: () => {
        const e = this.SUBRULE(this.namedExpression);
        let kwv: Expr | null = null;
        let eq: IToken | null = null;
        this.OPTION(() => {
          eq = this.CONSUME(T.Equal);
          kwv = this.SUBRULE3(this.expression);
        });
        return this.ACTION(() => {
          if (kwv) {
            if (e._type !== "Name") {
              this.ctx.badKeyword(e, this.tp(eq!));
            }
            const kw: A.Keyword = { _type: "keyword", arg: (e as A.Name).id, value: kwv, ...span(e, kwv) };
            return { kind: "kw", e, kw } as ArgItem;
          }
          return { kind: "pos", e } as ArgItem;
        });
      } },
    ]);
    if (!this.RECORDING_PHASE) items.push(it);
  });

  /** one or more `for ... in ... if ...` clauses */
  compFor = this.RULE("compFor", (): Array<A.Comprehension & { end: Pos }> => {
    const gens: Array<A.Comprehension & { end: Pos }> = [];
    this.AT_LEAST_ONE(() => {
      this.OPTION(() => {
        const a = this.CONSUME(T.KwAsync);
        if (!this.RECORDING_PHASE) this.failTok("pyarena does not support 'async' comprehensions yet", a);
      });
      const ft = this.CONSUME(T.KwFor);
      if (!this.RECORDING_PHASE && !this.ctx.forTok.has(gens)) this.ctx.forTok.set(gens, ft);
      const target = this.SUBRULE(this.targetList);
      this.CONSUME(T.KwIn);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.KwIf);
        const c = this.SUBRULE2(this.disjunction);
        if (!this.RECORDING_PHASE) ifs.push(c);
      });
      this.ACTION(() => {
        this.checkTarget(target, "for", false);
        const end: Pos = ifs.length ? ifs[ifs.length - 1]! : iter;
        gens.push({ _type: "comprehension", target, iter, ifs, is_async: 0, end });
      });
    });
    return gens;
  });


  parenAtom = this.RULE("parenAtom", (): Expr => {
    const l = this.CONSUME(T.LParen);
    let r!: Expr;
    this.OR([
      { ALT: () => {
        const rp = this.CONSUME(T.RParen);
        r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Tuple", elts: [], ctx: LOAD, ...span(this.tp(l), this.tp(rp)) }) as A.Tuple);
      } },
      { ALT: () => {
        const y = this.SUBRULE(this.yieldExpr);
        const rp = this.CONSUME2(T.RParen);
        r = this.ACTION(() => { this.ctx.parenthesized.add(y); setOuter(y, span(this.tp(l), this.tp(rp))); return y; });
      } },
      { ALT: () => {
        // starExpression inlined (one rule level less per nested parenthesis)
        const first = this.OR4([
          { ALT: () => {
            const st = this.CONSUME(T.Star);
            const v = this.SUBRULE(this.bitOr);
            return this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Starred", value: v, ctx: LOAD, ...span(this.tp(st), v) }) as Expr);
          } },
          { ALT: () => {
            const e = this.SUBRULE(this.expression);
            let r2 = e;
            this.OPTION5(() => {
              const op = this.CONSUME(T.ColonEqual);
              const v = this.SUBRULE2(this.expression);
              r2 = this.ACTION(() => {
                const ne = this.namedExpr(e, v);
                this.ctx.walrusTok.set(ne, op);
                return ne;
              });
            });
            return r2;
          } },
        ]);
        this.OR2([
          { ALT: () => {
            const g = this.SUBRULE(this.compFor);
            const rp = this.CONSUME3(T.RParen);
            r = this.RECORDING_PHASE ? (undefined as never) : (this.ctx.genexp(first, g, span(this.tp(l), this.tp(rp))));
          } },
          { ALT: () => {
            let elts: Expr[] | null = null;
            let dangling = false;
            this.MANY(() => {
              const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
              if (!this.RECORDING_PHASE) { if (!elts) elts = [first]; }
              this.OPTION(() => { dangling = false;
                const e = this.SUBRULE2(this.starExpression);
                if (!this.RECORDING_PHASE) elts!.push(e);
              });
            });
            const rp = this.CONSUME4(T.RParen);
            r = this.ACTION(() => {
              if (elts) {
                const tup = { _type: "Tuple", elts, ctx: LOAD, ...span(this.tp(l), this.tp(rp)) } as A.Tuple;
                this.ctx.parenthesized.add(tup);
                return tup;
              }
              if (first._type === "Starred") this.fail("cannot use starred expression here", first);
              this.ctx.parenthesized.add(first);
              setOuter(first, span(this.tp(l), this.tp(rp)));
              return first;
            });
          } },
        ]);
      } },
    ]);
    return r;
  });

  listAtom = this.RULE("listAtom", (): Expr => {
    const l = this.CONSUME(T.LSqb);
    let r!: Expr;
    this.OR([
      { ALT: () => {
        const rp = this.CONSUME(T.RSqb);
        r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "List", elts: [], ctx: LOAD, ...span(this.tp(l), this.tp(rp)) }) as A.List);
      } },
      { ALT: () => {
        const first = this.SUBRULE(this.starExpression);
        this.OR2([
          { ALT: () => {
            const g = this.SUBRULE(this.compFor);
            const rp = this.CONSUME2(T.RSqb);
            r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "ListComp", elt: first, generators: this.ctx.gens(g), ...span(this.tp(l), this.tp(rp)) }) as A.ListComp);
          } },
          { ALT: () => {
            const elts: Expr[] = [];
            if (!this.RECORDING_PHASE) elts.push(first);
            let dangling = false;
            this.MANY(() => {
              const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
              this.OPTION(() => { dangling = false;
                const e = this.SUBRULE2(this.starExpression);
                if (!this.RECORDING_PHASE) elts.push(e);
              });
            });
            const rp = this.CONSUME3(T.RSqb);
            r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "List", elts, ctx: LOAD, ...span(this.tp(l), this.tp(rp)) }) as A.List);
          } },
        ]);
      } },
    ]);
    return r;
  });

  braceAtom = this.RULE("braceAtom", (): Expr => {
    const l = this.CONSUME(T.LBrace);
    let r!: Expr;
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    this.OR([
      { ALT: () => {
        const rp = this.CONSUME(T.RBrace);
        r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Dict", keys: [], values: [], ...span(this.tp(l), this.tp(rp)) }) as A.Dict);
      } },
      { ALT: () => {
        // dict starting with **
        this.CONSUME(T.DoubleStar);
        const v = this.SUBRULE(this.bitOr);
        if (!this.RECORDING_PHASE) { keys.push(null); values.push(v); }
        this.SUBRULE(this.dictRest, { ARGS: [keys, values] });
        const rp = this.CONSUME2(T.RBrace);
        r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Dict", keys, values, ...span(this.tp(l), this.tp(rp)) }) as A.Dict);
      } },
      { ALT: () => {
        const first = this.SUBRULE(this.starExpression);
        this.OR2([
          { ALT: () => {
            this.CONSUME(T.Colon);
            const v = this.SUBRULE(this.expression);
            this.OR3([
              { ALT: () => {
                const g = this.SUBRULE(this.compFor);
                const rp = this.CONSUME3(T.RBrace);
                r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "DictComp", key: first, value: v, generators: this.ctx.gens(g), ...span(this.tp(l), this.tp(rp)) }) as A.DictComp);
              } },
              { ALT: () => {
                if (!this.RECORDING_PHASE) { keys.push(first); values.push(v); }
                this.SUBRULE2(this.dictRest, { ARGS: [keys, values] });
                const rp = this.CONSUME4(T.RBrace);
                r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Dict", keys, values, ...span(this.tp(l), this.tp(rp)) }) as A.Dict);
              } },
            ]);
          } },
          { ALT: () => {
            const g = this.SUBRULE2(this.compFor);
            const rp = this.CONSUME5(T.RBrace);
            r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "SetComp", elt: first, generators: this.ctx.gens(g), ...span(this.tp(l), this.tp(rp)) }) as A.SetComp);
          } },
          { ALT: () => {
            const elts: Expr[] = [];
            if (!this.RECORDING_PHASE) elts.push(first);
            let dangling = false;
            this.MANY(() => {
              const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
              this.OPTION(() => { dangling = false;
                const e = this.SUBRULE2(this.starExpression);
                if (!this.RECORDING_PHASE) elts.push(e);
              });
            });
            const rp = this.CONSUME6(T.RBrace);
            r = this.RECORDING_PHASE ? (undefined as never) : (({ _type: "Set", elts, ...span(this.tp(l), this.tp(rp)) }) as A.SetExpr);
          } },
        ]);
      } },
    ]);
    return r;
  });

  dictRest = this.RULE("dictRest", (keys: (Expr | null)[], values: Expr[]): void => {
    let dangling = false;
    this.MANY(() => {
      const cm = this.CONSUME(T.Comma); this.ACTION(() => { if (dangling) this.failTok("invalid syntax", cm); dangling = true; });
      this.OPTION(() => { dangling = false;
        this.OR([
          { ALT: () => {
            this.CONSUME(T.DoubleStar);
            const v = this.SUBRULE(this.bitOr);
            if (!this.RECORDING_PHASE) { keys.push(null); values.push(v); }
          } },
          { ALT: () => {
            const k = this.SUBRULE(this.expression);
            this.OR2([
              { ALT: () => {
                this.CONSUME(T.Colon);
                const v = this.SUBRULE2(this.expression);
                if (!this.RECORDING_PHASE) { keys.push(k); values.push(v); }
              } },
              { ALT: () => {
                this.ACTION(() => {
                  const at = { lineno: k.end_lineno, col_offset: k.end_col_offset - 1, end_lineno: k.end_lineno, end_col_offset: k.end_col_offset - 1 };
                  throw this.ctx.errorAt("SyntaxError", "':' expected after dictionary key", at, at, 0);
                });
              } },
            ]);
          } },
        ]);
      });
    });
  });

  // ---- strings ----------------------------------------------------------------------
  strings = this.RULE("strings", (): Expr => {
    const parts: StrPart[] = [];
    this.AT_LEAST_ONE(() => {
      const part = this.OR(this.altsString ??= [
        { ALT: () => {
          const t = this.CONSUME(T.String);
          return this.RECORDING_PHASE ? (undefined as never) : (this.ctx.stringPart(t, this.tp(t)));
        } },
        { ALT: () => this.SUBRULE(this.fstring) },
      ]);
      if (!this.RECORDING_PHASE) parts.push(part);
    });
    return this.ACTION(() => {
      const whole = span(parts[0]!.pos, parts[parts.length - 1]!.pos);
      const r = concatStrings(parts, whole);
      if (r === "mix") this.failTok("cannot mix bytes and nonbytes literals", this.LA(1));
      return r;
    });
  });

  fstring = this.RULE("fstring", (): StrPart => {
    const s = this.CONSUME(T.FStringStart);
    const values: (A.Constant | A.FormattedValue)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => {
          const m = this.CONSUME(T.FStringMiddle);
          if (!this.RECORDING_PHASE) values.push(constant((m as PyToken).value!, this.tp(m)));
        } },
        { ALT: () => {
          const f = this.SUBRULE(this.replacementField);
          this.ACTION(() => {
            for (const v of f) values.push(v);
          });
        } },
      ]);
    });
    const e = this.CONSUME(T.FStringEnd);
    return this.RECORDING_PHASE ? (undefined as never) : (({ kind: "f", pos: span(this.tp(s), this.tp(e)), values }) as StrPart);
  });

  replacementField = this.RULE("replacementField", (): (A.Constant | A.FormattedValue)[] => {
    const open = this.CONSUME(T.LBrace);
    const expr = this.SUBRULE(this.starExpressionsOrYield);
    let debug: IToken | null = null;
    let conv = -1;
    let spec: A.JoinedStr | null = null;
    this.OPTION(() => { debug = this.CONSUME(T.Equal); });
    this.OPTION2(() => {
      this.CONSUME(T.Exclaim);
      const c = this.CONSUME(T.Name);
      if (!this.RECORDING_PHASE) { conv = c.image.charCodeAt(0); }
    });
    this.OPTION3(() => {
      const colon = this.CONSUME(T.Colon);
      const sv: (A.Constant | A.FormattedValue)[] = [];
      this.MANY(() => {
        this.OR([
          { ALT: () => {
            const m = this.CONSUME(T.FStringMiddle);
            if (!this.RECORDING_PHASE) sv.push(constant((m as PyToken).value!, this.tp(m)));
          } },
          { ALT: () => {
            const f = this.SUBRULE(this.replacementField);
            if (!this.RECORDING_PHASE) { for (const v of f) sv.push(v); }
          } },
        ]);
      });
      this.ACTION(() => {
        const cp = this.tp(colon);
        const endPos: Pos = sv.length ? sv[sv.length - 1]! : cp;
        spec = formatSpec(sv, { lineno: cp.lineno, col_offset: cp.col_offset, end_lineno: endPos.end_lineno, end_col_offset: endPos.end_col_offset });
      });
    });
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      const out: (A.Constant | A.FormattedValue)[] = [];
      if (debug) {
        out.push(constant((debug as PyToken).value!, this.tp(debug)));
        if (conv === -1 && !spec) conv = 114;
      }
      out.push({ _type: "FormattedValue", value: expr, conversion: conv, format_spec: spec, ...span(this.tp(open), this.tp(close)) });
      return out;
    });
  });
}

function isBitwiseOrLevel(e: Expr): boolean {
  switch (e._type) {
    case "BoolOp": case "Compare": case "IfExp": case "Lambda": case "NamedExpr": case "Tuple": case "List": case "Starred":
      return false;
    case "UnaryOp":
      return e.op._type !== "Not";
    case "Constant":
      return !(e.value === null || e.value === true || e.value === false);
    default:
      return true;
  }
}

function isRecognitionAtEnd(e: unknown): boolean {
  const t = (e as { token?: IToken }).token;
  return !!t && t.tokenType === EOF;
}

/**
 * Build a fresh parser with chevrotain's grammar validations on (ambiguities, left
 * recursion, ...) and report what they find. The shared instance skips them: they
 * cost a few hundred milliseconds at start-up. test/parser runs this.
 */
export function validateGrammar(): string[] {
  try {
    new PyParser(true);
    return [];
  } catch (e) {
    return [String((e as Error).message)];
  }
}

let instance: PyParser | null = null;
function getParser(): PyParser {
  if (!instance) instance = new PyParser();
  return instance;
}

/** Parse Python source into an AST (modes as in compile()). Throws PySyntaxError. */
export function parse(source: string, filename: string, mode: "exec"): A.Module;
export function parse(source: string, filename: string, mode: "eval"): A.Expression;
export function parse(source: string, filename: string, mode: "single"): A.Interactive;
export function parse(source: string, filename: string, mode: "exec" | "eval" | "single"): A.Mod;
export function parse(source: string, filename = "<unknown>", mode: "exec" | "eval" | "single" = "exec"): A.Mod {
  if (source.indexOf("\0") >= 0) {
    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", { lineno: 0, offset: 0 }, filename, null);
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const { tokens, map, unclosed, unclosedLine, error: tokError, overrides } = layout(source, filename);
  const p = getParser();
  const ctx = new ParseContext(map, filename, tokens);
  ctx.unclosed = unclosed;
  ctx.unclosedLine = unclosedLine;
  p.ctx = ctx;
  p.input = tokens;
  let result: A.Mod;
  try {
    if (mode === "eval") {
      const body = p.evalInput();
      if (p.errors[0]) throw p.errors[0];
      result = { _type: "Expression", body };
    } else if (mode === "single") {
      const body = p.singleInput();
      if (p.errors[0]) throw p.errors[0];
      result = { _type: "Interactive", body };
    } else {
      const body = p.fileInput();
      if (p.errors[0]) throw p.errors[0];
      result = { _type: "Module", body, type_ignores: [] };
    }
  } catch (e) {
    if (unclosed && !tokError) {
      const err = e instanceof PySyntaxError ? e : translateError(e, ctx);
      const tok = e instanceof PySyntaxError ? null : (e as { token?: IToken }).token;
      const atEof = !!tok && tok.tokenType === EOF;
      const errLine = Math.max(err.end_lineno, tok && !atEof ? (tok as PyToken).startLine : 0);
      if (err.msg !== "unexpected indent" && (errLine > unclosedLine || atEof)) throw unclosed;
      throw err;
    }
    if (tokError) {
      // the parser got to where the tokenizer failed, or the tokenizer error overrides
      // (all but "unexpected indent", which CPython reports without re-tokenizing)
      const atEnd = isRecognitionAtEnd(e) || (e instanceof PySyntaxError && p.atEnd());
      if (atEnd) throw tokError;
      const err = e instanceof PySyntaxError ? e : translateError(e, ctx);
      if (overrides && err.msg !== "unexpected indent") throw tokError;
      throw err;
    }
    throw e instanceof PySyntaxError ? e : translateError(e, ctx);
  } finally {
    p.input = [];
  }
  if (tokError) throw tokError;
  if (unclosed) throw unclosed;
  return result;
}

export { SourceMap, decodeStringBody, splitString, parseNumber };
