import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { rt } from "../../src/objects/runtime.js";
import { False, None, True } from "../../src/objects/singletons.js";
import { tp, typeData, typeName, type MethodDef } from "../../src/objects/typeobject.js";
import { BytesType, FloatType, IntType, SliceType, StrType } from "../../src/objects/types.js";
import { KeyError } from "../../src/objects/exceptions.js";
import { newStr, hashSecret } from "../../src/objects/unicodeobject.js";
import { newInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { newList } from "../../src/objects/listobject.js";
import { newTuple } from "../../src/objects/tupleobject.js";
import { strRepr, bytesRepr } from "../../src/values/strrepr.js";
import { floatStr } from "../../src/objects/formatspec.js";
import { hashBytes, hashInt, hashStr } from "../../src/objects/pyhash.js";
import { BytesIterType, EmptyBytes, bytesMethod, decodeBytes, encodeText, newBytes } from "../../src/objects/bytesobject.js";
import "../../src/objects/strmethods.js";
import { newDict, dictSetItem } from "../../src/objects/dictobject.js";
import { formatFloat } from "../../src/objects/formatspec.js";

type Enc = string | number | boolean | null | { i: string } | { f: string } | { t: Enc[] } | { l: Enc[] } | { b: string } | { slice: Enc[] } | { d: [Enc, Enc][] };
type Outcome = { r: string; same?: boolean | boolean[] } | { e: string };
const fx = JSON.parse(readFileSync(new URL("../fixtures/str.json", import.meta.url), "utf8")) as {
  bytes: [string, string, Enc[], Outcome][];
};

beforeAll(() => {
  const int = typeData(IntType);
  int.repr ??= (o) => newStr(String(o.v));
  int.hash ??= (o) => hashInt(o.v as number | bigint);
  typeData(FloatType).repr ??= (o) => newStr(floatStr(o.v as number));
  void formatFloat;
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const fn = typeData(t).dealloc;
      if (fn !== null) return fn(o);
    }
    throw new Error(`no dealloc for ${tp(o).name}`);
  });
});

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
  if ("b" in v) return newBytes(hex(v.b));
  if ("d" in v) {
    const d = newDict();
    for (const [k, x] of v.d) {
      const ko = decode(k);
      const xo = decode(x);
      dictSetItem(d, ko, xo);
      decref(ko);
      decref(xo);
    }
    return d;
  }
  return new PyObject(SliceType, 0, v.slice.map(decode), null);
}

function hex(h: string): Uint8Array {
  return Uint8Array.from(Buffer.from(h, "hex"));
}

function release(o: PyObject): void {
  if (o.type === SliceType) (o.v as PyObject[]).forEach(decref);
  else decref(o);
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
  return `<${name}>`;
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

describe("bytes against CPython", () => {
  const kinds = [...new Set(fx.bytes.map((c) => c[1]))];
  for (const kind of kinds) {
    const cases = fx.bytes.filter((c) => c[1] === kind);
    it(`${kind} (${cases.length} cases)`, () => {
      const bad: string[] = [];
      const live = rt.registry?.size ?? 0;
      const d = typeData(BytesType);
      for (const [h, k, encArgs, expected] of cases) {
        // the constructor cases have no receiver (None, as in the generator)
        const recv = k === "bytes()" || k === "fromhex" || k === "%" ? None : newBytes(hex(h));
        const fmtObj = k === "%" ? newBytes(hex(h)) : null;
        const args = encArgs.map(decode);
        const rc = recv.rc;
        const argRc = args.map((a) => a.rc);
        let got: Outcome;
        try {
          let r: PyObject;
          switch (k) {
            case "getitem": r = d.getitem!(recv, args[0]!); break;
            case "concat": r = d.concat!(recv, args[0]!); break;
            case "contains": r = d.contains!(recv, args[0]!) ? True : False; break;
            case "repeat": r = d.repeat!(recv, args[0]!.v as number); break;
            case "repr": r = d.repr!(recv); break;
            case "sizeof": r = newInt(d.sizeof!(recv)); break;
            case "iter": {
              const it = d.iter!(recv);
              const items: PyObject[] = [];
              for (let x = tp(it).iternext!(it); x !== null; x = tp(it).iternext!(it)) items.push(x);
              decref(it);
              r = newList(items);
              break;
            }
            case "bytes()": r = d.new!(BytesType, args, null); break;
            case "%": {
              r = d.mod!(fmtObj!, args[0]!);
              break;
            }
            case "fromhex": {
              const m = bytesMethod("fromhex");
              r = (m as { fn: (t: PyObject, a: PyObject) => PyObject }).fn(BytesType, args[0]!);
              break;
            }
            default: r = callDef(bytesMethod(k), recv, args);
          }
          got = { r: pyRepr(r) };
          if ("r" in expected && expected.same !== undefined) {
            got.same = Array.isArray(expected.same) ? (r.v as PyObject[]).map((x) => x === recv) : r === recv;
          }
          decref(r);
        } catch (e) {
          got = { e: excText(e) };
        }
        let msg: string | null = null;
        if (!isImmortal(recv) && recv.rc !== rc) msg = "receiver refcount changed";
        args.forEach((a, i) => {
          if (!isImmortal(a) && a.rc !== argRc[i]) msg = `argument ${i} refcount changed`;
        });
        if (msg === null && JSON.stringify(got) !== JSON.stringify(expected)) {
          msg = `got ${JSON.stringify(got)} want ${JSON.stringify(expected)}`;
        }
        if (msg !== null) bad.push(`b'${h}' ${k} ${JSON.stringify(encArgs)}: ${msg}`);
        args.forEach(release);
        decref(recv);
        if (fmtObj !== null) decref(fmtObj);
      }
      if (rt.registry !== null && rt.registry.size !== live) bad.push(`leak: ${rt.registry.size - live} objects alive`);
      expect(bad.slice(0, 25)).toEqual([]);
    });
  }
});

describe("bytes objects", () => {
  it("sizes are 33 + n; b'' and one-byte bytes are immortal singletons", () => {
    const d = typeData(BytesType);
    expect(d.sizeof!(EmptyBytes)).toBe(33);
    expect(newBytes(new Uint8Array(0))).toBe(EmptyBytes);
    expect(newBytes(Uint8Array.of(7))).toBe(newBytes(Uint8Array.of(7)));
    expect(isImmortal(newBytes(Uint8Array.of(7)))).toBe(true);
    const b = newBytes(Uint8Array.of(1, 2, 3));
    expect(d.sizeof!(b)).toBe(36);
    expect(isImmortal(b)).toBe(false);
    decref(b);
  });

  it("hash(b) == hash(s) for ASCII text, as in CPython", () => {
    const b = newBytes(Uint8Array.from(Buffer.from("hello")));
    expect(typeData(BytesType).hash!(b)).toBe(hashStr("hello", hashSecret));
    expect(typeData(BytesType).hash!(b)).toBe(hashBytes(b.v as Uint8Array, hashSecret));
    decref(b);
  });

  it("the iterator owns its bytes and is a 48-byte GC object", () => {
    const b = newBytes(Uint8Array.of(1, 2));
    const it = typeData(BytesType).iter!(b);
    expect(it.type).toBe(BytesIterType);
    expect(b.rc).toBe(2);
    expect(typeData(BytesIterType).basicsize + typeData(BytesIterType).preHeaderSize).toBe(48);
    decref(it);
    expect(b.rc).toBe(1);
    decref(b);
  });

  it("codecs round-trip and report errors as CPython", () => {
    expect(decodeBytes(encodeText("héllo 😀", "utf-8", "strict"), "utf-8", "strict")).toBe("héllo 😀");
    expect(() => decodeBytes(Uint8Array.of(0x61, 0xff), "utf-8", "strict")).toThrow(PyRaise);
    expect(decodeBytes(Uint8Array.of(0xe2, 0x82, 0x41), "utf-8", "replace")).toBe("\ufffdA");
    expect(decodeBytes(Uint8Array.of(0xf0, 0x80, 0x80), "utf-8", "replace")).toBe("\ufffd\ufffd\ufffd");
    expect(encodeText("a\udc80b", "utf-8", "surrogateescape")).toEqual(Uint8Array.of(0x61, 0x80, 0x62));
  });

  it("no leaks through split and join", () => {
    if (rt.registry === null) return;
    const before = rt.registry.size;
    const b = newBytes(Uint8Array.from(Buffer.from("a b c")));
    const parts = callDef(bytesMethod("split"), b, []);
    const sep = newBytes(Uint8Array.from(Buffer.from("--")));
    const joined = callDef(bytesMethod("join"), sep, [parts]);
    expect(pyRepr(joined)).toBe("b'a--b--c'");
    [joined, sep, parts, b].forEach(decref);
    expect(rt.registry.size).toBe(before);
  });

  void StrType;
  void IntType;
});
