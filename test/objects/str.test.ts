import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, incref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { rt } from "../../src/objects/runtime.js";
import { False, None, NotImplemented, True } from "../../src/objects/singletons.js";
import { newDict, dictSetItem } from "../../src/objects/dictobject.js";
import { hashFloat, hashInt } from "../../src/objects/pyhash.js";
import {
  CompareOp, makeStaticType, tp, typeData, typeName, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, type MethodDef,
} from "../../src/objects/typeobject.js";
import { BoolType, FloatType, IntType, ListType, SliceType, StrIterType, StrType, TupleType } from "../../src/objects/types.js";
import { KeyError, ValueError, raise } from "../../src/objects/exceptions.js";
import { EmptyStr, newStr, internStr, strHash } from "../../src/objects/unicodeobject.js";
import { newInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { newList } from "../../src/objects/listobject.js";
import { newTuple } from "../../src/objects/tupleobject.js";
import { strRepr, bytesRepr } from "../../src/values/strrepr.js";
import { PyFormatError, floatStr, formatFloat, formatInt } from "../../src/objects/formatspec.js";
import {
  StrUnicodeIterType, unicodeChar, strAppend, strConcat, strGetItem, strJoin, strMethod, strPercentFormat, strRepeat, compareStrings,
} from "../../src/objects/strmethods.js";
import { newBytes } from "../../src/objects/bytesobject.js";

// Expected values come from CPython 3.12.1 via tools/gen-str-vectors.py.
type Enc = string | number | boolean | null | { i: string } | { f: string } | { t: Enc[] } | { l: Enc[] } | { b: string } | { slice: Enc[] } | { d: [Enc, Enc][] };
type Outcome = { r: string; same?: boolean | boolean[] } | { e: string };
interface Fixture {
  methods: [string, string, Enc[], Record<string, Enc> | null, Outcome][];
  slots: [string, string, Enc[], null, Outcome][];
  format: [string, Enc[], Record<string, Enc>, Outcome, boolean | null][];
  percent: [string, Enc, Outcome, boolean | null][];
  ctor: [Enc[], Record<string, Enc>, Outcome][];
  translate: [Enc[], string, Outcome][];
  unicode: { flags: [number, number][]; maps: [number, string, string, string, string][] };
}
const fx = JSON.parse(readFileSync(new URL("../fixtures/str.json", import.meta.url), "utf8")) as Fixture;

// ---- scaffolding: the runtime pieces other files own (installed only when missing)

beforeAll(() => {
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const fn = typeData(t).dealloc;
      if (fn !== null) return fn(o);
    }
    throw new Error(`no dealloc for ${tp(o).name}`);
  });
  const int = typeData(IntType);
  int.repr ??= (o) => newStr(String(o.v));
  int.format ??= (o, spec) => {
    try {
      return newStr(formatInt(BigInt(o.v as number | bigint), spec.v as string));
    } catch (e) {
      if (e instanceof PyFormatError) raise(ValueError, e.message);
      throw e;
    }
  };
  int.hash ??= (o) => hashInt(o.v as number | bigint);
  int.richcompare ??= (a, b, op) => {
    if (a.type !== IntType || b.type !== IntType) return incref(NotImplemented);
    const x = a.v as number | bigint;
    const y = b.v as number | bigint;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op] ? True : False;
  };
  const bool = typeData(BoolType);
  bool.repr ??= (o) => newStr(o.v ? "True" : "False");
  const flt = typeData(FloatType);
  flt.repr ??= (o) => newStr(floatStr(o.v as number));
  flt.hash ??= (o) => hashFloat(o.v as number);
  flt.format ??= (o, spec) => newStr(formatFloat(o.v as number, spec.v as string));
  const list = typeData(ListType);
  list.getitem ??= (l, k) => {
    const item = (l.v as PyObject[])[Number(k.v)];
    if (item === undefined) throw new PyRaise(newExc("IndexError", "list index out of range"));
    return incref(item);
  };
});

function newExc(_kind: string, _msg: string): PyObject {
  try {
    strGetItem(newStr("xy"), newInt(99));
  } catch (e) {
    return (e as PyRaise).exc;
  }
  throw new Error("unreachable");
}

export function decode(v: Enc): PyObject {
  if (v === null) return None;
  if (v === true) return True;
  if (v === false) return False;
  if (typeof v === "string") return newStr(v);
  if (typeof v === "number") return newInt(v);
  if ("i" in v) return newInt(BigInt(v.i));
  if ("f" in v) return newFloat(v.f === "inf" ? Infinity : v.f === "-inf" ? -Infinity : v.f === "nan" ? NaN : Number(v.f));
  if ("t" in v) return newTuple(v.t.map(decode));
  if ("l" in v) return newList(v.l.map(decode));
  if ("b" in v) return newBytes(Uint8Array.from(Buffer.from(v.b, "hex")));
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

function release(o: PyObject): void {
  if (o.type === SliceType) {
    (o.v as PyObject[]).forEach(decref);
    return;
  }
  decref(o);
}

export function pyRepr(o: PyObject): string {
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

export function excText(e: unknown): string {
  if (!(e instanceof PyRaise)) throw e;
  const exc = e.exc;
  const args = (exc.v as { args: PyObject }).args.v as PyObject[];
  let msg = "";
  if (args.length === 1) msg = exc.type === KeyError ? pyRepr(args[0]!) : (args[0]!.v as string);
  const out = `${typeName(exc)}: ${msg}`;
  decref(exc);
  return out;
}

export function callDef(def: MethodDef, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  switch (def.kind) {
    case "noargs": return def.fn(self);
    case "o": return def.fn(self, args[0]!);
    case "fast": return def.fn(self, args);
    default: return def.fn(self, args, kwnames);
  }
}

/** Run one case: result repr (or error), identity to the receiver, and refcount balance. */
function run(recv: PyObject, args: PyObject[], call: () => PyObject, expected: Outcome): string | null {
  const rcBefore = recv.rc;
  const argRc = args.map((a) => a.rc);
  let got: Outcome;
  try {
    const r = call();
    got = { r: pyRepr(r) };
    if ("r" in expected && expected.same !== undefined) {
      if (Array.isArray(expected.same)) got.same = (r.v as PyObject[]).map((x) => x === recv);
      else got.same = r === recv;
    }
    decref(r);
  } catch (e) {
    got = { e: excText(e) };
  }
  // immortal objects (singletons, interned) are handed out without counting
  if (!isImmortal(recv) && recv.rc !== rcBefore) return `refcount of receiver ${rcBefore} -> ${recv.rc}`;
  for (let i = 0; i < args.length; i++) if (!isImmortal(args[i]!) && args[i]!.rc !== argRc[i]) return `refcount of argument ${i} changed`;
  const a = JSON.stringify(got);
  const b = JSON.stringify(expected);
  return a === b ? null : `got ${a} want ${b}`;
}

/** Run the cases; also check that every object they made was freed (no leaks). */
function collect<T>(cases: T[], check: (c: T) => string | null): string[] {
  const bad: string[] = [];
  const live = rt.registry?.size ?? 0;
  for (const c of cases) {
    const msg = check(c);
    if (msg !== null) bad.push(msg);
  }
  if (rt.registry !== null && rt.registry.size !== live) {
    bad.push(`leak: ${rt.registry.size - live} objects still alive after the batch`);
  }
  return bad.slice(0, 25);
}

it("the refcount audit is on (PYARENA_DEBUG=refs, set by vitest.config.ts)", () => {
  expect(rt.registry).not.toBeNull();
});

describe("str methods against CPython", () => {
  const byMethod = new Map<string, Fixture["methods"]>();
  for (const c of fx.methods) {
    const list = byMethod.get(c[1]) ?? [];
    list.push(c);
    byMethod.set(c[1], list);
  }
  for (const [method, cases] of byMethod) {
    it(`${method} (${cases.length} cases)`, () => {
      const bad = collect(cases, ([s, m, encArgs, kw, expected]) => {
        const recv = newStr(s);
        const args = encArgs.map(decode);
        const kwnames = kw === null ? null : Object.keys(kw);
        const kwvals = kw === null ? [] : Object.values(kw).map(decode);
        const all = [...args, ...kwvals];
        const msg = run(recv, all, () => callDef(strMethod(m), recv, all, kwnames), expected);
        all.forEach(release);
        decref(recv);
        return msg === null ? null : `${strRepr(s)}.${m}(${encArgs.map((a) => JSON.stringify(a)).join(", ")}${kw ? " " + JSON.stringify(kw) : ""}): ${msg}`;
      });
      expect(bad).toEqual([]);
    });
  }
});

describe("str slots against CPython", () => {
  const kinds = [...new Set(fx.slots.map((c) => c[1]))];
  for (const kind of kinds) {
    const cases = fx.slots.filter((c) => c[1] === kind);
    it(`${kind} (${cases.length} cases)`, () => {
      const bad = collect(cases, ([s, k, encArgs, , expected]) => {
        const recv = newStr(s);
        const args = encArgs.map(decode);
        const d = typeData(StrType);
        const call = (): PyObject => {
          switch (k) {
            case "getitem": return strGetItem(recv, args[0]!);
            case "repeat": return strRepeat(recv, args[0]!.v as number);
            case "concat": return strConcat(recv, args[0]!);
            case "contains": return d.contains!(recv, args[0]!) ? True : False;
            case "compare": {
              const ops = [CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE];
              return newTuple(ops.map((op) => d.richcompare!(recv, args[0]!, op)));
            }
            case "iter": {
              const it = d.iter!(recv);
              const items: PyObject[] = [];
              for (let x = tp(it).iternext!(it); x !== null; x = tp(it).iternext!(it)) items.push(x);
              decref(it);
              return newList(items);
            }
            case "itertype": {
              const it = d.iter!(recv);
              const name = typeName(it);
              decref(it);
              return newStr(name);
            }
            case "len": return newInt(d.length!(recv));
            case "sizeof": return newInt(d.sizeof!(recv) + d.preHeaderSize);
            case "repr": return d.repr!(recv);
            case "__format__": return d.format!(recv, args[0]!);
            default: throw new Error(k);
          }
        };
        const msg = run(recv, args, call, expected);
        args.forEach(release);
        decref(recv);
        return msg === null ? null : `${strRepr(s)} ${k} ${JSON.stringify(encArgs)}: ${msg}`;
      });
      expect(bad).toEqual([]);
    });
  }
});

describe("str.format against CPython", () => {
  it(`${fx.format.length} format strings`, () => {
    const bad = collect(fx.format, ([f, encArgs, kw, expected, sameArg0]) => {
      const recv = newStr(f);
      if ("__map__" in kw) {
        const mapping = decode(kw["__map__"]!);
        const msg = run(recv, [mapping], () => callDef(strMethod("format_map"), recv, [mapping], null), expected);
        decref(mapping);
        decref(recv);
        return msg === null ? null : `${strRepr(f)}.format_map(${JSON.stringify(kw)}): ${msg}`;
      }
      const args = encArgs.map(decode);
      const kwnames = Object.keys(kw);
      const all = [...args, ...Object.values(kw).map(decode)];
      let msg = run(recv, all, () => callDef(strMethod("format"), recv, all, kwnames.length ? kwnames : null), expected);
      if (msg === null && sameArg0 !== null && "r" in expected) {
        const r = callDef(strMethod("format"), recv, all, kwnames.length ? kwnames : null);
        if ((r === all[0]) !== sameArg0) msg = `identity with argument 0: want ${sameArg0}`;
        decref(r);
      }
      all.forEach(release);
      decref(recv);
      return msg === null ? null : `${strRepr(f)}.format(${JSON.stringify(encArgs)} ${JSON.stringify(kw)}): ${msg}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("printf-style % against CPython", () => {
  it(`${fx.percent.length} cases`, () => {
    const bad = collect(fx.percent, ([f, encArg, expected, sameArg]) => {
      const recv = newStr(f);
      const arg = decode(encArg);
      let msg = run(recv, [arg], () => strPercentFormat(recv, arg), expected);
      if (msg === null && sameArg !== null) {
        const r = strPercentFormat(recv, arg);
        if ((r === arg) !== sameArg) msg = `identity with the argument: want ${sameArg}`;
        decref(r);
      }
      release(arg);
      decref(recv);
      return msg === null ? null : `${strRepr(f)} % ${JSON.stringify(encArg)}: ${msg}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("str() constructor against CPython", () => {
  it(`${fx.ctor.length} cases`, () => {
    const bad = collect(fx.ctor, ([encArgs, kw, expected]) => {
      const args = [...encArgs.map(decode), ...Object.values(kw).map(decode)];
      const names = Object.keys(kw);
      const kwnames = names.length ? newTuple(names.map((n) => newStr(n))) : null;
      const msg = run(None, args, () => typeData(StrType).new!(StrType, args, kwnames), expected);
      args.forEach(release);
      if (kwnames) decref(kwnames);
      return msg === null ? null : `str(${JSON.stringify(encArgs)} ${JSON.stringify(kw)}): ${msg}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("str.maketrans / translate against CPython", () => {
  it(`${fx.translate.length} cases`, () => {
    const bad = collect(fx.translate, ([margs, s, expected]) => {
      const recv = newStr(s);
      const args = margs.map(decode);
      const msg = run(recv, args, () => {
        const table = callDef(strMethod("maketrans"), None, args, null);
        try {
          return callDef(strMethod("translate"), recv, [table], null);
        } finally {
          decref(table);
        }
      }, expected);
      args.forEach(release);
      decref(recv);
      return msg === null ? null : `${strRepr(s)}.translate(maketrans(${JSON.stringify(margs)})): ${msg}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("Unicode 15.0 character data (every code point) against CPython", () => {
  const names = ["alpha", "decimal", "digit", "numeric", "upper", "lower", "title", "space", "printable", "idstart", "idcontinue", "alnum"];
  it("predicates", () => {
    const bad: string[] = [];
    let cp = 0;
    for (const [flags, count] of fx.unicode.flags) {
      for (let i = 0; i < count; i++, cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates: checked through str methods
        const got = unicodeChar.flags(cp);
        if (got !== flags && bad.length < 30) {
          const diff = names.filter((_, b) => ((got ^ flags) >> b) & 1).join(",");
          bad.push(`U+${cp.toString(16)}: ${diff} (got ${got} want ${flags})`);
        }
      }
    }
    expect(cp).toBe(0x110000);
    expect(bad).toEqual([]);
  });
  it("full case mappings", () => {
    const bad: string[] = [];
    const mapped = new Set<number>();
    for (const [cp, up, low, title, fold] of fx.unicode.maps) {
      mapped.add(cp);
      const got = [unicodeChar.upper(cp), unicodeChar.lower(cp), unicodeChar.title(cp), unicodeChar.fold(cp)];
      if (JSON.stringify(got) !== JSON.stringify([up, low, title, fold]) && bad.length < 30) {
        bad.push(`U+${cp.toString(16)}: got ${JSON.stringify(got)} want ${JSON.stringify([up, low, title, fold])}`);
      }
    }
    for (let cp = 0; cp < 0x110000; cp++) {
      if (mapped.has(cp) || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      const c = String.fromCodePoint(cp);
      const got = [unicodeChar.upper(cp), unicodeChar.lower(cp), unicodeChar.title(cp), unicodeChar.fold(cp)];
      if (got.some((x) => x !== c) && bad.length < 30) bad.push(`U+${cp.toString(16)}: got ${JSON.stringify(got)}, want unchanged`);
    }
    expect(bad).toEqual([]);
  });
});

describe("str objects", () => {
  it("sizes: 41+n ASCII, 57+n latin-1, 58+2n UCS-2, 60+4n UCS-4 (getsizeof)", () => {
    const d = typeData(StrType);
    const size = (s: string): number => {
      const o = newStr(s);
      const n = d.sizeof!(o);
      decref(o);
      return n;
    };
    expect(size("")).toBe(41);
    expect(size("abc")).toBe(44);
    expect(size("é")).toBe(61); // the chr(128..255) singletons carry their UTF-8 form (CPython 3.12: 61)
    expect(size("éé")).toBe(59);
    expect(size("héllo")).toBe(62);
    expect(size("日本")).toBe(62);
    expect(size("😀")).toBe(64);
    expect(size("a😀")).toBe(68);
  });

  it("one-character latin-1 strings and '' are singletons; longer strings are new objects", () => {
    expect(newStr("a")).toBe(newStr("a"));
    expect(newStr("é")).toBe(newStr("é"));
    expect(newStr("")).toBe(EmptyStr);
    const x = newStr("ab");
    const y = newStr("ab");
    expect(x).not.toBe(y);
    decref(x);
    decref(y);
    // slicing down to one character gives the singleton
    const s = newStr("hello");
    const c = strGetItem(s, newInt(1));
    expect(c).toBe(newStr("e"));
    decref(s);
  });

  it("results CPython returns unchanged are the receiver itself", () => {
    const s = newStr("hello world");
    const same = (r: PyObject): boolean => {
      const ok = r === s;
      decref(r);
      return ok;
    };
    const arg = (v: string): PyObject => newStr(v);
    expect(same(callDef(strMethod("strip"), s, [], null))).toBe(true);
    expect(same(callDef(strMethod("replace"), s, [arg("x"), arg("y")], null))).toBe(true);
    expect(same(strRepeat(s, 1))).toBe(true);
    expect(same(callDef(strMethod("center"), s, [newInt(3)], null))).toBe(true);
    expect(same(callDef(strMethod("lower"), s, [], null))).toBe(false);
    expect(same(strConcat(s, EmptyStr))).toBe(true);
    expect(same(strConcat(EmptyStr, s))).toBe(true);
    const l = newList([incref(s)]);
    expect(same(strJoin(EmptyStr, l))).toBe(true);
    decref(l);
    expect(same(strPercentFormat(newStr("%s"), s))).toBe(true);
    expect(s.rc).toBe(1);
    decref(s);
  });

  it("iterators: str_ascii_iterator for ASCII, str_iterator otherwise; 48 bytes with the GC header; own the string", () => {
    const s = newStr("héllo");
    const it = typeData(StrType).iter!(s);
    expect(it.type).toBe(StrUnicodeIterType);
    expect(s.rc).toBe(2);
    expect(rt.heap).toBeDefined();
    decref(it);
    expect(s.rc).toBe(1);
    const a = newStr("abc");
    const it2 = typeData(StrType).iter!(a);
    expect(it2.type).toBe(StrIterType);
    const x = tp(it2).iternext!(it2)!;
    expect(x).toBe(newStr("a"));
    decref(it2);
    decref(a);
    decref(s);
  });

  it("code-point order for comparisons (surrogate pairs sort above U+FFFF)", () => {
    expect(compareStrings("\uffff", "😀")).toBe(-1);
    expect(compareStrings("😀", "\ue000")).toBe(1);
    expect(compareStrings("abc", "abd")).toBe(-1);
    expect(compareStrings("ab", "abc")).toBe(-1);
  });

  it("no leaks: every object made by the cases above is freed", () => {
    if (rt.registry === null) return;
    const before = rt.registry.size;
    const s = newStr("a,b,c,d");
    const sep = newStr(",");
    const r = callDef(strMethod("split"), s, [sep], null);
    expect(rt.registry.size).toBeGreaterThan(before);
    decref(r);
    decref(sep);
    decref(s);
    expect(rt.registry.size).toBe(before);
  });

  it("strAppend (s += t on a local) resizes in place only when CPython would", () => {
    const s = newStr("ab");
    const r = strAppend(s, newStr("cd"));
    expect(r).toBe(s);
    expect(r.v).toBe("abcd");
    expect(typeData(StrType).sizeof!(r)).toBe(45);
    expect(r.rc).toBe(1);
    strHash(r); // a computed hash makes it unmodifiable
    const t = newStr("x!");
    const r2 = strAppend(r, t);
    expect(r2).not.toBe(r);
    expect(r2.v).toBe("abcdx!");
    const r3 = strAppend(r2, newStr("é")); // ASCII += latin-1 makes a new object
    expect(r3).not.toBe(r2);
    expect(r3.v).toBe("abcdx!é");
    const r4 = strAppend(r3, newStr("ü"));
    expect(r4).toBe(r3);
    expect(typeData(StrType).sizeof!(r4)).toBe(56 + 9);
    const shared = newStr("shared");
    incref(shared);
    const r5 = strAppend(shared, newStr("!"));
    expect(r5).not.toBe(shared);
    expect(shared.rc).toBe(1);
    [t, r4, r5, shared].forEach(decref);
    if (rt.registry !== null) expect([...rt.registry].some((o) => o === r4)).toBe(false);
  });

  it("str subclass instances: str(...) through a subtype, sizes as CPython's non-compact strings", () => {
    const S = makeStaticType("S", 64, 0, TPFLAGS_MANAGED_DICT | TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, StrType);
    const d = typeData(StrType);
    const make = (v: string): PyObject => {
      const a = newStr(v);
      const o = d.new!(S, [a], null);
      decref(a);
      return o;
    };
    for (const [v, size] of [["abc", 100], ["é", 98], ["", 97]] as const) {
      const o = make(v);
      expect(o.type).toBe(S);
      expect(d.sizeof!(o) + typeData(S).preHeaderSize).toBe(size);
      // methods give exact str results; unchanged results are copies, not the subclass instance
      const r = callDef(strMethod("strip"), o, [], null);
      expect(r.type).toBe(StrType);
      expect(r).not.toBe(o);
      expect(r.v).toBe(v);
      decref(r);
      decref(o);
    }
  });

  it("interned strings are immortal and shared", () => {
    const a = internStr("spam_eggs");
    const b = internStr("spam_eggs");
    expect(a).toBe(b);
    const r = callDef(strMethod("upper"), a, [], null);
    expect(r.v).toBe("SPAM_EGGS");
    decref(r);
  });

  it("% with a tuple of ints and floats, and TupleType args are not a mapping", () => {
    const f = newStr("%d-%05.1f-%s");
    const args = newTuple([newInt(3), newFloat(2.25), newStr("z")]);
    const r = strPercentFormat(f, args);
    expect(r.v).toBe("3-002.2-z");
    expect(args.type).toBe(TupleType);
    decref(r);
    decref(args);
    decref(f);
  });
});
