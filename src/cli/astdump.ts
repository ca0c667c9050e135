// dumpAst(node): exactly what CPython 3.12's `ast.dump(node, indent=2)` prints.
//
// Same algorithm as Lib/ast.py's dump(): fields in _fields order, an optional field
// whose value is None is left out, lists print `[]` when empty, constants print via
// repr(); a node whose arguments are all "simple" and at most 3 goes on one line.

import { AST_FIELDS, type AstFieldInfo } from "../parser/astfields.js";
import { ELLIPSIS, type PyComplex } from "../parser/ast.js";
import { strRepr, bytesRepr } from "../values/strrepr.js";
import { floatRepr } from "../values/floatrepr.js";

const INDENT = "  ";

function fieldInfo(type: string): AstFieldInfo {
  const f = AST_FIELDS[type];
  if (!f) throw new Error(`dumpAst: unknown node type ${type}`);
  return f;
}

function complexRepr(c: PyComplex): string {
  // an imaginary literal: real part is +0.0 -> repr is like 1j, 1.5j, (inf)j...
  const im = c.imag;
  let s = floatRepr(im);
  if (s.endsWith(".0")) s = s.slice(0, -2);
  if (c.real === 0 && !Object.is(c.real, -0)) return s + "j";
  return `(${floatRepr(c.real)}${im >= 0 ? "+" : ""}${s}j)`;
}

function reprValue(v: unknown, isFloat: boolean): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return isFloat ? floatRepr(v) : String(v);
  if (typeof v === "string") return strRepr(v);
  if (v === ELLIPSIS) return "Ellipsis";
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (typeof v === "object" && (v as PyComplex).complex === true) return complexRepr(v as PyComplex);
  return String(v);
}

function format(node: unknown, level: number, isFloat = false): [string, boolean] {
  level += 1;
  const prefix = "\n" + INDENT.repeat(level);
  const sep = ",\n" + INDENT.repeat(level);
  if (Array.isArray(node)) {
    if (node.length === 0) return ["[]", true];
    return ["[" + prefix + node.map((x) => format(x, level)[0]).join(sep) + "]", false];
  }
  if (node !== null && typeof node === "object" && typeof (node as { _type?: unknown })._type === "string") {
    const n = node as Record<string, unknown> & { _type: string };
    const info = fieldInfo(n._type);
    const args: string[] = [];
    let allsimple = true;
    for (const name of info.fields) {
      const value = n[name];
      if ((value === null || value === undefined) && info.optional.includes(name)) continue;
      // Constant.value None is a real value (not omitted): only omitted when optional
      const [s, simple] = format(value === undefined ? null : value, level, n._type === "Constant");
      allsimple = allsimple && simple;
      args.push(`${name}=${s}`);
    }
    if (allsimple && args.length <= 3) return [`${n._type}(${args.join(", ")})`, args.length === 0];
    return [`${n._type}(${prefix}${args.join(sep)})`, false];
  }
  return [reprValue(node, isFloat), true];
}

export function dumpAst(node: unknown): string {
  return format(node, 0)[0];
}
