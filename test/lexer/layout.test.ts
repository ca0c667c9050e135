// Layout pass: NEWLINE/INDENT/DEDENT, brackets, keywords, f-string expansion, errors.
// Expected token streams follow CPython 3.12's tokenize module (checked by hand against
// `python3.12 -m tokenize`); error texts/positions were produced by CPython 3.12.
import { describe, expect, it } from "vitest";
import { layout, isComplete } from "../../src/lexer/layout.js";
import { PySyntaxError } from "../../src/lexer/syntaxerror.js";

function kinds(src: string): string[] {
  return layout(src).tokens.map((t) => {
    const n = t.tokenType.name;
    if (n === "Name" || n === "Number" || n === "String") return t.image;
    if (n.startsWith("KW_")) return n.slice(3);
    if (n === "FStringMiddle") return `M(${t.value})`;
    return n;
  });
}

function err(src: string): [string, string, number, number] {
  try {
    const r = layout(src);
    if (r.error) throw r.error;
    if (r.unclosed) throw r.unclosed;
  } catch (e) {
    if (e instanceof PySyntaxError) return [e.kind, e.msg, e.lineno, e.offset];
    throw e;
  }
  throw new Error("no error");
}

describe("layout", () => {
  it("inserts INDENT/DEDENT and NEWLINE", () => {
    expect(kinds("if x:\n    y = 1\nz\n")).toEqual([
      "if", "x", "Colon", "NEWLINE", "INDENT", "y", "Equal", "1", "NEWLINE", "DEDENT", "z", "NEWLINE",
    ]);
  });
  it("closes all blocks at EOF and adds the final NEWLINE", () => {
    expect(kinds("if x:\n  if y:\n    z")).toEqual([
      "if", "x", "Colon", "NEWLINE", "INDENT", "if", "y", "Colon", "NEWLINE", "INDENT", "z", "NEWLINE", "DEDENT", "DEDENT",
    ]);
  });
  it("drops blank lines, comment lines and newlines inside brackets", () => {
    expect(kinds("x = (1,\n\n  2)  # c\n\n# only comment\n   \ny\n")).toEqual([
      "x", "Equal", "LParen", "1", "Comma", "2", "RParen", "NEWLINE", "y", "NEWLINE",
    ]);
  });
  it("joins lines after a backslash", () => {
    expect(kinds("x = 1 + \\\n    2\n")).toEqual(["x", "Equal", "1", "Plus", "2", "NEWLINE"]);
  });
  it("retypes keywords but not soft keywords", () => {
    expect(kinds("match = not None\n")).toEqual(["match", "Equal", "not", "None", "NEWLINE"]);
  });
  it("expands f-strings like CPython 3.12's tokenizer", () => {
    expect(kinds("f'a{b!r:>{w}}c{{'\n")).toEqual([
      "FStringStart", "M(a)", "LBrace", "b", "Exclaim", "r", "Colon", "M(>)", "LBrace", "w", "RBrace", "RBrace",
      "M(c{)", "FStringEnd", "NEWLINE",
    ]);
    expect(kinds('f"{"nested"}"\n')).toEqual(["FStringStart", "LBrace", '"nested"', "RBrace", "FStringEnd", "NEWLINE"]);
  });
  it("tracks UTF-16 columns and lines", () => {
    const t = layout("é = 1\nx = '''a\nb'''\n").tokens;
    expect([t[0]!.startLine, t[0]!.startColumn, t[0]!.endColumn]).toEqual([1, 0, 1]);
    const s = t.find((k) => k.tokenType.name === "String")!;
    expect([s.startLine, s.startColumn, s.endLine, s.endColumn]).toEqual([2, 4, 3, 4]);
  });
});

describe("tokenizer errors (texts and positions from CPython 3.12)", () => {
  const cases: [string, [string, string, number, number]][] = [
    ["x = (1,\ny = 2\n", ["SyntaxError", "'(' was never closed", 1, 5]],
    ["x = 1)\n", ["SyntaxError", "unmatched ')'", 1, 6]],
    ["x = (1]\n", ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7]],
    ["x = (1,\n2]\n", ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2]],
    ["s = 'abc\n", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5]],
    ["s = '''abc\n\nx\n", ["SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5]],
    ["s = f'abc\n", ["SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 5]],
    ["x = 1abc\n", ["SyntaxError", "invalid decimal literal", 1, 5]],
    ["x = 0777\n", ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5]],
    ["x = 1_\n", ["SyntaxError", "invalid decimal literal", 1, 6]],
    ["x = 0x\n", ["SyntaxError", "invalid hexadecimal literal", 1, 6]],
    ["x = 0b2\n", ["SyntaxError", "invalid digit '2' in binary literal", 1, 7]],
    ["if x:\n    a\n  b\n", ["IndentationError", "unindent does not match any outer indentation level", 3, 4]],
    ["if x:\n\tif y:\n        pass\n", ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1]],
    ["x = 1 \\ 2\n", ["SyntaxError", "unexpected character after line continuation character", 1, 8]],
    ["x = \\\n", ["SyntaxError", "unexpected EOF while parsing", 1, 6]],
    ["f'}'\n", ["SyntaxError", "f-string: single '}' is not allowed", 1, 3]],
    ["f'{x!z}'\n", ["SyntaxError", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6]],
    ["f'{}'\n", ["SyntaxError", "f-string: valid expression required before '}'", 1, 4]],
    ["x = €\n", ["SyntaxError", "invalid character '€' (U+20AC)", 1, 5]],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(err(src)).toEqual(want));
  }
  it("accepts a keyword right after a number (CPython warns only)", () => {
    expect(kinds("x = 1if y else 2\n")).toContain("if");
  });
});

describe("isComplete (as codeop.compile_command in CPython 3.12)", () => {
  const cases: [string, boolean][] = [
    ["x = 1", true], ["if x:", false], ["if x:\n  y", false], ["if x:\n  y\n", true], ["x = (1,", false],
    ["x = (1,\n2)", true], ["s = '''abc", false], ["x = 1 + \\", false], ["def f():\n  return 1\n", true],
    ["@dec", false], ["x = )", true], ["class A: pass", false], ["for i in x: print(i)", false],
    ["if x: pass\nelse:", false], ["", true],
  ];
  for (const [src, want] of cases) it(JSON.stringify(src), () => expect(isComplete(src)).toBe(want));
});
