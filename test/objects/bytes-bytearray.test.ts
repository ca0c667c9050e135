import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { rt } from "../../src/objects/runtime.js";
import { False, None, True } from "../../src/objects/singletons.js";
import { tp, typeData, typeName, type MethodDef } from "../../src/objects/typeobject.js";
import { ByteArrayType, FloatType, IntType, SliceType } from "../../src/objects/types.js";
import { KeyError } from "../../src/objects/exceptions.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { newInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { newList } from "../../src/objects/listobject.js";
import { newTuple } from "../../src/objects/tupleobject.js";
import { strRepr, bytesRepr } from "../../src/values/strrepr.js";
import { floatStr } from "../../src/objects/formatspec.js";
import { byteArrayMethod, newByteArray, newBytes } from "../../src/objects/bytesobject.js";
import "../../src/objects/strmethods.js";

type Enc = string | number | boolean | null | { i: string } | { f: string } | { t: Enc[] } | { l: Enc[] } | { b: string };
type Outcome = { r: string } | { e: string };
type Op = [string, ...(string | number | null | number[])[]];
const fx = JSON.parse(readFileSync(new URL("../fixtures/str.json", import.meta.url), "utf8")) as {
  bytearray: {
    scripts: [string, [Op, string, string, number][]][];
    methods: [string, string, Enc[], Outcome][];
    ctor: [Enc[], Outcome, number | null][];
  };
};

beforeAll(() => {
  typeData(IntType).repr ??= (o) => newStr(String(o.v));
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const fn = typeData(t).dealloc;
      if (fn !== null) return fn(o);
    }
    throw new Error(`no dealloc for ${tp(o).name}`);
  });
});

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, "hex"));

function decode(v: Enc): PyObject {
  if (v === null) return None;
  if (v === true) return True;
  if (v === false) return False;
  if (typeof v === "string") return newStr(v);
  if (typeof v === "number") return newInt(v);
  if ("i" in v) return newInt(BigInt(v.i));
  if ("f" in v) return newFloat(Number(v.f));
  if ("t" in v) return newTuple(v.t.map(decode));
  if ("l" in v) return newList(v.l.map(decode));
  return newBytes(hex(v.b));
}

function pyRepr(o: PyObject): string {
  if (o === None) return "None";
  if (o === True) return "True";
  if (o === False) return "False";
  const name = typeName(o);
  if (name === "str") return strRepr(o.v as string);
  if (name === "bytes") return bytesRepr(o.v as Uint8Array);
  if (name === "int") return String(o.v);
  if (name === "float") return floatStr(o.v as number);
  if (name === "list") return "[" + (o.v as PyObject[]).map(pyRepr).join(", ") + "]";
  if (name === "tuple") {
    const items = (o.v as PyObject[]).map(pyRepr);
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  const r = tp(o).repr!(o);
  const s = r.v as string;
  decref(r);
  return s;
}

function excText(e: unknown): string {
  if (!(e instanceof PyRaise)) throw e;
  const args = (e.exc.v as { args: PyObject }).args.v as PyObject[];
  let msg = "";
  if (args.length === 1) msg = e.exc.type === KeyError ? pyRepr(args[0]!) : (args[0]!.v as string);
  const out = `${typeName(e.exc)}: ${msg}`;
  decref(e.exc);
  return out;
}

function callDef(def: MethodDef, self: PyObject, args: PyObject[]): PyObject {
  switch (def.kind) {
    case "noargs": return def.fn(self);
    case "o": return def.fn(self, args[0]!);
    case "fast": return def.fn(self, args);
    default: return def.fn(self, args, null);
  }
}

const ba = typeData(ByteArrayType);
const slice = (a: unknown, b: unknown, c: unknown): PyObject =>
  new PyObject(SliceType, 0, [a, b, c].map((x) => (x === null ? None : newInt(x as number))), null);

function step(b: PyObject, op: Op): PyObject {
  const [name, ...a] = op;
  switch (name) {
    case "append": return callDef(byteArrayMethod("append"), b, [newInt(a[0] as number)]);
    case "iadd": {
      const x = newBytes(hex(a[0] as string));
      try {
        decref(ba.inplace["concat"]!(b, x));
        return None;
      } finally {
        decref(x);
      }
    }
    case "pop":
    case "insert": {
      const args = a.map((x) => newInt(x as number));
      try {
        return callDef(byteArrayMethod(name), b, args);
      } finally {
        args.forEach(decref);
      }
    }
    case "remove": return callDef(byteArrayMethod("remove"), b, [newInt(a[0] as number)]);
    case "reverse": return callDef(byteArrayMethod("reverse"), b, []);
    case "clear": return callDef(byteArrayMethod("clear"), b, []);
    case "setitem": ba.setitem!(b, newInt(a[0] as number), newInt(a[1] as number)); return None;
    case "delitem": ba.setitem!(b, newInt(a[0] as number), null); return None;
    case "setslice": {
      const s = slice(a[0], a[1], a[2]);
      const v = a[3] === null ? null : newBytes(hex(a[3] as string));
      try {
        ba.setitem!(b, s, v);
      } finally {
        if (v) decref(v);
        (s.v as PyObject[]).forEach(decref);
      }
      return None;
    }
    case "extend": {
      const x = newBytes(hex(a[0] as string));
      try {
        return callDef(byteArrayMethod("extend"), b, [x]);
      } finally {
        decref(x);
      }
    }
    case "extend_list": {
      const x = newList((a[0] as number[]).map((n) => newInt(n)));
      try {
        return callDef(byteArrayMethod("extend"), b, [x]);
      } finally {
        decref(x);
      }
    }
    case "getslice": {
      const s = slice(a[0], a[1], a[2]);
      try {
        return ba.getitem!(b, s);
      } finally {
        (s.v as PyObject[]).forEach(decref);
      }
    }
    case "getitem": return ba.getitem!(b, newInt(a[0] as number));
    case "contains": return ba.contains!(b, newInt(a[0] as number)) ? True : False;
    case "contains_b": {
      const x = newBytes(hex(a[0] as string));
      try {
        return ba.contains!(b, x) ? True : False;
      } finally {
        decref(x);
      }
    }
    case "concat": {
      const x = newBytes(hex(a[0] as string));
      try {
        return ba.concat!(b, x);
      } finally {
        decref(x);
      }
    }
    case "repeat": return ba.repeat!(b, a[0] as number);
    default: throw new Error(name);
  }
}

describe("bytearray against CPython", () => {
  it(`${fx.bytearray.scripts.length} mutation scripts: contents, results and sys.getsizeof after every step`, () => {
    const bad: string[] = [];
    const live = rt.registry?.size ?? 0;
    for (const [init, steps] of fx.bytearray.scripts) {
      const b = newByteArray(hex(init));
      for (const [op, res, reprAfter, size] of steps) {
        let got: string;
        try {
          const r = step(b, op);
          got = pyRepr(r);
          decref(r);
        } catch (e) {
          got = excText(e);
        }
        const after = pyRepr(b);
        const gotSize = ba.sizeof!(b);
        if (got !== res || after !== reprAfter || gotSize !== size) {
          bad.push(`${init} ${JSON.stringify(op)}: got ${got} ${after} ${gotSize}, want ${res} ${reprAfter} ${size}`);
        }
      }
      decref(b);
    }
    if (rt.registry !== null && rt.registry.size !== live) {
      bad.push(`leak: ${[...rt.registry].slice(live).map((o) => `${typeName(o)} ${pyRepr(o)} rc=${o.rc}`).join("; ")}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it(`${fx.bytearray.methods.length} method calls`, () => {
    const bad: string[] = [];
    for (const [h, m, encArgs, expected] of fx.bytearray.methods) {
      const b = newByteArray(hex(h));
      const args = encArgs.map(decode);
      let got: Outcome;
      try {
        const r = callDef(byteArrayMethod(m), b, args);
        got = { r: pyRepr(r) };
        decref(r);
      } catch (e) {
        got = { e: excText(e) };
      }
      if (b.rc !== 1) bad.push(`${h}.${m}: receiver refcount ${b.rc}`);
      const want = "r" in expected ? { r: expected.r } : expected;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        bad.push(`bytearray(${h}).${m}(${JSON.stringify(encArgs)}): got ${JSON.stringify(got)} want ${JSON.stringify(expected)}`);
      }
      args.forEach((a) => {
        if (!isImmortal(a)) decref(a);
      });
      decref(b);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it(`${fx.bytearray.ctor.length} constructor calls (with sizes)`, () => {
    const bad: string[] = [];
    for (const [encArgs, expected, size] of fx.bytearray.ctor) {
      const args = encArgs.map(decode);
      let got: Outcome;
      let gotSize: number | null = null;
      try {
        const r = ba.new!(ByteArrayType, args, null);
        got = { r: pyRepr(r) };
        gotSize = ba.sizeof!(r);
        decref(r);
      } catch (e) {
        got = { e: excText(e) };
      }
      if (JSON.stringify(got) !== JSON.stringify(expected) || gotSize !== size) {
        bad.push(`bytearray(${JSON.stringify(encArgs)}): got ${JSON.stringify(got)} ${gotSize} want ${JSON.stringify(expected)} ${size}`);
      }
      args.forEach((a) => {
        if (!isImmortal(a)) decref(a);
      });
    }
    expect(bad).toEqual([]);
  });

  void FloatType;
});
