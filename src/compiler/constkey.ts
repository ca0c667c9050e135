// _PyCode_ConstantKey: equal constants of the same type are one object within a
// compilation unit; 1, 1.0 and True stay distinct, and so do 0.0 and -0.0.
import type { Const } from "./code.js";
import { CodeUnit } from "./code.js";

const codeIds = new WeakMap<CodeUnit, number>();
let nextCodeId = 0;

export function constKey(c: Const): string {
  if (c === null) return "None";
  switch (typeof c) {
    case "boolean":
      return c ? "True" : "False";
    case "bigint":
      return `i${c}`;
    case "number":
      return Object.is(c, -0) ? "f-0" : `f${c}`;
    case "string":
      return `s${JSON.stringify(c)}`;
    case "symbol":
      return "Ellipsis";
    default:
      break;
  }
  if (c instanceof Uint8Array) return `b${Array.from(c).join(",")}`;
  if (c instanceof CodeUnit) {
    let id = codeIds.get(c);
    if (id === undefined) codeIds.set(c, (id = nextCodeId++));
    return `code${id}`;
  }
  if ("complex" in c) return `c${Object.is(c.real, -0) ? "-0" : c.real},${Object.is(c.imag, -0) ? "-0" : c.imag}`;
  if (c.kind === "tuple") return `t(${c.items.map(constKey).join("|")})`;
  return `z(${c.items.map(constKey).sort().join("|")})`;
}
