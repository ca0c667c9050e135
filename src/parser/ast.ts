// The AST: node names and fields exactly as Python 3.12's `ast` module has them
// (see astfields.ts, generated from CPython), so that `pyarena --ast` can print what
// `ast.dump(..., indent=2)` prints and the compiler can follow CPython's compile.c.
//
// Every node is a plain object whose `_type` is the ast class name. Positions follow
// CPython: `lineno`/`end_lineno` are 1-based lines, `col_offset`/`end_col_offset` are
// 0-based UTF-8 *byte* offsets within the line (not UTF-16 units, not code points).

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- constants -------------------------------------------------------------
// Python constant values as the parser produces them:
//   None → null, bool → boolean, int → bigint, float → number, str → string,
//   bytes → Uint8Array, complex → PyComplex (imaginary literal), ... → ELLIPSIS.
export interface PyComplex {
  readonly complex: true;
  readonly real: number;
  readonly imag: number;
}
export const ELLIPSIS: unique symbol = Symbol("Ellipsis");
export type Ellipsis = typeof ELLIPSIS;
export type ConstantValue = null | boolean | bigint | number | string | Uint8Array | PyComplex | Ellipsis;

// ---- contexts and operators (fieldless singletons) -------------------------
export type ExprContext = { _type: "Load" } | { _type: "Store" } | { _type: "Del" };
export type BoolOpKind = { _type: "And" } | { _type: "Or" };
export type OperatorName =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type Operator = { _type: OperatorName };
export type UnaryOpName = "Invert" | "Not" | "UAdd" | "USub";
export type UnaryOperator = { _type: UnaryOpName };
export type CmpOpName = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";
export type CmpOp = { _type: CmpOpName };

export const LOAD: ExprContext = { _type: "Load" };
export const STORE: ExprContext = { _type: "Store" };
export const DEL: ExprContext = { _type: "Del" };

// ---- modules ----------------------------------------------------------------
export interface Module { _type: "Module"; body: Stmt[]; type_ignores: never[] }
export interface Interactive { _type: "Interactive"; body: Stmt[] }
export interface Expression { _type: "Expression"; body: Expr }
export type Mod = Module | Interactive | Expression;

// ---- statements -------------------------------------------------------------
export interface FunctionDef extends Pos {
  _type: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
  type_params: never[];
}
export interface ClassDef extends Pos {
  _type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: never[];
}
export interface Return extends Pos { _type: "Return"; value: Expr | null }
export interface Delete extends Pos { _type: "Delete"; targets: Expr[] }
export interface Assign extends Pos { _type: "Assign"; targets: Expr[]; value: Expr; type_comment: null }
export interface AugAssign extends Pos { _type: "AugAssign"; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  _type: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
export interface For extends Pos {
  _type: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: null;
}
export interface While extends Pos { _type: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { _type: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { _type: "With"; items: WithItem[]; body: Stmt[]; type_comment: null }
export interface Raise extends Pos { _type: "Raise"; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  _type: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos { _type: "Assert"; test: Expr; msg: Expr | null }
export interface Import extends Pos { _type: "Import"; names: Alias[] }
export interface ImportFrom extends Pos { _type: "ImportFrom"; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { _type: "Global"; names: string[] }
export interface Nonlocal extends Pos { _type: "Nonlocal"; names: string[] }
export interface ExprStmt extends Pos { _type: "Expr"; value: Expr }
export interface Pass extends Pos { _type: "Pass" }
export interface Break extends Pos { _type: "Break" }
export interface Continue extends Pos { _type: "Continue" }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ------------------------------------------------------------
export interface BoolOp extends Pos { _type: "BoolOp"; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { _type: "NamedExpr"; target: Name; value: Expr }
export interface BinOp extends Pos { _type: "BinOp"; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { _type: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { _type: "Lambda"; args: Arguments; body: Expr }
export interface IfExp extends Pos { _type: "IfExp"; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Pos { _type: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { _type: "Set"; elts: Expr[] }
export interface ListComp extends Pos { _type: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { _type: "SetComp"; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { _type: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { _type: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { _type: "Yield"; value: Expr | null }
export interface YieldFrom extends Pos { _type: "YieldFrom"; value: Expr }
export interface Compare extends Pos { _type: "Compare"; left: Expr; ops: CmpOp[]; comparators: Expr[] }
export interface Call extends Pos { _type: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Pos {
  _type: "FormattedValue";
  value: Expr;
  /** -1 for none, else the code point of 's', 'r' or 'a' */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { _type: "JoinedStr"; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos {
  _type: "Constant";
  value: ConstantValue;
  kind: "u" | null;
  /** set on bytes made by joining adjacent literals (b"a" b"b"): not an AST field, for the arena's bookkeeping */
  joinedBytes?: true;
}
export interface Attribute extends Pos { _type: "Attribute"; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { _type: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { _type: "Starred"; value: Expr; ctx: ExprContext }
export interface Name extends Pos { _type: "Name"; id: string; ctx: ExprContext }
export interface List extends Pos { _type: "List"; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { _type: "Tuple"; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { _type: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom | Compare
  | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | List | Tuple | Slice;

// ---- helper nodes -----------------------------------------------------------
export interface Comprehension {
  _type: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}
export interface ExceptHandler extends Pos {
  _type: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Arguments {
  _type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends Pos { _type: "arg"; arg: string; annotation: Expr | null; type_comment: null }
export interface Keyword extends Pos { _type: "keyword"; arg: string | null; value: Expr }
export interface Alias extends Pos { _type: "alias"; name: string; asname: string | null }
export interface WithItem { _type: "withitem"; context_expr: Expr; optional_vars: Expr | null }

export type Node = Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
