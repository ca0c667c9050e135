// Precedence folding. Expected trees are CPython 3.12's (ast.dump of the same source).
import { describe, expect, it } from "vitest";
import { fold } from "../../src/parser/precedence.js";
import { parse } from "../../src/parser/parser.js";
import { dumpAst } from "../../src/cli/astdump.js";
import type { Expr } from "../../src/parser/ast.js";

const n = (id: string, col: number): Expr => ({ _type: "Name", id, ctx: { _type: "Load" }, lineno: 1, col_offset: col, end_lineno: 1, end_col_offset: col + 1 });

function shape(e: Expr): string {
  return e._type === "BinOp" ? `(${shape(e.left)} ${e.op._type} ${shape(e.right)})` : e._type === "Name" ? e.id : e._type;
}

describe("fold", () => {
  it("is left-associative within a level and respects levels", () => {
    // a - b + c * d // e | f ^ g & h << i
    const ops = ["-", "+", "*", "//", "|", "^", "&", "<<"];
    const names = "abcdefghi".split("").map((c, i) => n(c, i * 2));
    expect(shape(fold(names, ops))).toBe(
      "(((a Sub b) Add ((c Mult d) FloorDiv e)) BitOr (f BitXor (g BitAnd (h LShift i))))",
    );
  });
  it("spans positions from the first to the last operand", () => {
    const e = fold([n("a", 0), n("b", 4), n("c", 8)], ["+", "*"]);
    expect([e.col_offset, e.end_col_offset]).toEqual([0, 9]);
  });
});

describe("operator expressions against CPython", () => {
  const cases: [string, string][] = [
    // [source, CPython 3.12 ast.dump(ast.parse(src, mode='eval').body)]
    ["not a == b", "UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]))"],
    ["a or b and not c", "BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])])"],
    ["-a ** -b", "UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load()))))"],
    ["a < b | c", "Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[BinOp(left=Name(id='b', ctx=Load()), op=BitOr(), right=Name(id='c', ctx=Load()))])"],
    ["a is not b not in c", "Compare(left=Name(id='a', ctx=Load()), ops=[IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])"],
  ];
  for (const [src, want] of cases) {
    it(src, () => {
      const tree = parse(src, "<test>", "eval");
      expect(dumpAst(tree.body).replace(/\n\s*/g, "").replace(/,(?=\S)/g, ", ")).toBe(want);
    });
  }
});
