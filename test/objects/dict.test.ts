import { describe, expect } from "vitest";
import { blocks, it, fx, hashSeedWasZero, js, py, pyErr, sizeofObj } from "./containers-helpers.js";
import {
  dictClear, dictContains, dictCopy, dictDelItem, dictFromItems, dictGetItem, dictGetItemStr, dictItems, dictLen,
  dictMerge, dictMergeEx, dictPop, dictPopItem, dictSetDefault, dictSetItem, dictTableInfo, dictUpdateArg, newDict,
  newDictPresized, dictFromKeys, dictSubscript, dictCall, dictNext, dictKeyAt, newDictView, dictFreeListCounts,
} from "../../src/objects/dictobject.js";
import { decref, incref, PyObject } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/longobject.js";
import { newStr, internStr } from "../../src/objects/unicodeobject.js";
import { None, True } from "../../src/objects/singletons.js";
import { DictType, DictKeysType, DictItemsType, DictValuesType, TupleType } from "../../src/objects/types.js";
import { tp, typeData, CompareOp } from "../../src/objects/typeobject.js";
import * as abs from "../../src/objects/abstract.js";
import { newList } from "../../src/objects/listobject.js";
import { newTuple, tupleOf } from "../../src/objects/tupleobject.js";
import { isTracked } from "../../src/objects/gcheader.js";
import { objectId } from "../../src/objects/runtime.js";
import "../../src/objects/listmethods.js";
import "../../src/objects/setobject.js";

function set(d: PyObject, k: unknown, v: unknown): void {
  const key = py(k);
  const value = py(v);
  dictSetItem(d, key, value);
  decref(key);
  decref(value);
}

function keysOf(d: PyObject): unknown[] {
  return dictItems(d).map(([k]) => js(k));
}

function method(name: string): any {
  return typeData(DictType).methodDefs[name]!;
}

function reprOf(o: PyObject): string {
  return abs.reprText(o);
}

describe("dict sizes (CPython 3.12.1 vectors)", () => {
  it("runs with PYTHONHASHSEED=0 (the all-zero hash secret the fixtures assume)", () => {
    expect(hashSeedWasZero).toBe(true);
  });
  for (const [name, keyOf] of [
    ["dict_int_growth", (i: number) => i],
    ["dict_str_growth", (i: number) => `k${i}`],
    ["dict_mixed_growth", (i: number) => (i % 3 ? `k${i}` : i)],
  ] as const) {
    it(`growth: ${name}`, () => {
      const expected = fx[name] as number[];
      const d = newDict();
      expect(sizeofObj(d)).toBe(64);
      const got: number[] = [];
      for (let i = 0; i < expected.length; i++) {
        set(d, keyOf(i), 1);
        got.push(sizeofObj(d));
      }
      expect(got).toEqual(expected);
      decref(d);
    });
  }
  it("deleting never shrinks; clear() returns to the empty table", () => {
    const d = newDict();
    for (let i = 0; i < 100; i++) set(d, i, i);
    const s1 = sizeofObj(d);
    for (let i = 0; i < 100; i++) {
      const k = newInt(i);
      dictDelItem(d, k);
      decref(k);
    }
    const s2 = sizeofObj(d);
    dictClear(d);
    expect([s1, s2, sizeofObj(d)]).toEqual(fx.dict_delete_all);
    expect(dictTableInfo(d).empty).toBe(true);
    decref(d);
  });
  it("quirk: rebuilds with 1-2 live entries give 16 slots", () => {
    const d = newDict();
    set(d, "a", 1);
    set(d, 1, 2);
    const d2 = newDict();
    for (let i = 0; i < 5; i++) set(d2, i, i);
    for (let i = 0; i < 4; i++) {
      const k = newInt(i);
      decref(dictPop(d2, k, null));
      decref(k);
    }
    set(d2, 100, 1);
    expect([sizeofObj(d), sizeofObj(d2)]).toEqual(fx.dict_quirks);
    decref(d);
    decref(d2);
  });
  it("insert/delete churn", () => {
    const d = newDict();
    const got: number[] = [];
    for (let i = 0; i < 60; i++) {
      set(d, i, i);
      if (i >= 3) {
        const k = newInt(i - 3);
        dictDelItem(d, k);
        decref(k);
      }
      got.push(sizeofObj(d));
    }
    expect(got).toEqual(fx.dict_churn);
    expect(keysOf(d)).toEqual(fx.dict_churn_keys);
    decref(d);
  });
  it("presized literals (BUILD_MAP / BUILD_CONST_KEY_MAP)", () => {
    const gotInt: number[] = [];
    const gotStr: number[] = [];
    for (let n = 0; n < (fx.dict_presized_int as number[]).length; n++) {
      const ks = Array.from({ length: n }, (_, i) => newInt(i));
      const ss = Array.from({ length: n }, (_, i) => newStr(`v${i}`));
      const vs = Array.from({ length: n }, (_, i) => newInt(i));
      let a = dictFromItems(ks, vs);
      let b = dictFromItems(ss, vs);
      // BUILD_MAP with n non-const keys goes through newDictPresized(n) + setitem
      // The compiler emits BUILD_MAP n for n <= 16 items, else BUILD_MAP 0 + MAP_ADD.
      const c = newDictPresized(n);
      for (let i = 0; i < n; i++) dictSetItem(c, ks[i]!, vs[i]!);
      expect(sizeofObj(c)).toBe(sizeofObj(a));
      if (n > 16) {
        decref(a);
        decref(b);
        a = newDict();
        b = newDict();
        for (let i = 0; i < n; i++) {
          dictSetItem(a, ks[i]!, vs[i]!);
          dictSetItem(b, ss[i]!, vs[i]!);
        }
      }
      gotInt.push(sizeofObj(a));
      gotStr.push(sizeofObj(b));
      for (const o of [a, b, c, ...ks, ...ss, ...vs]) decref(o);
    }
    expect(gotInt).toEqual(fx.dict_presized_int);
    // CPython's BUILD_MAP with str keys: unicode presized table
    expect(gotStr).toEqual(fx.dict_presized_str);
  });
  it("copy / dict(d) / update / fromkeys / dict(zip) / | sizes", () => {
    for (const [ns, exp] of Object.entries(fx.dict_sizes as Record<string, Record<string, number>>)) {
      const n = Number(ns);
      const src = newDict();
      const ssrc = newDict();
      for (let i = 0; i < n; i++) {
        set(src, i, i);
        set(ssrc, `k${i}`, i);
      }
      const got: Record<string, number> = {};
      const measure = (name: string, o: PyObject) => {
        got[name] = sizeofObj(o);
        decref(o);
      };
      measure("copy", dictCopy(src));
      measure("scopy", dictCopy(ssrc));
      measure("dict_of_dict", dictCall(DictType, [src], null));
      const e = newDict();
      dictUpdateArg(e, src);
      measure("update_empty", e);
      const r = newList(Array.from({ length: n }, (_, i) => newInt(i)));
      measure("fromkeys_range", dictFromKeys(DictType, r, None));
      measure("fromkeys_dict", dictFromKeys(DictType, src, None));
      measure("fromkeys_sdict", dictFromKeys(DictType, ssrc, None));
      const pairs = newList(Array.from({ length: n }, (_, i) => tupleOf(newInt(i), newInt(i))));
      measure("zip", dictCall(DictType, [pairs], null));
      const other = newDict();
      set(other, -1, 0);
      measure("or", tp(src).or!(src, other));
      const t = newDict();
      for (let i = 0; i < n; i++) set(t, i, i);
      for (let i = 0; i < n; i += 2) {
        const k = newInt(i);
        dictDelItem(t, k);
        decref(k);
      }
      measure("copy_sparse", dictCopy(t));
      for (const o of [src, ssrc, r, pairs, other, t]) decref(o);
      const { fromkeys_set: _ignored, ...rest } = exp;
      expect(got, `n=${n}`).toEqual(rest);
    }
  });
});

describe("dict behaviour", () => {
  it("keeps insertion order; re-insertion after delete goes last", () => {
    const d = newDict();
    for (const k of [3, "a", 1, "b", [1, 2], null, 2]) set(d, k, k);
    const a = newStr("a");
    dictDelItem(d, a);
    set(d, "a", 0);
    decref(a);
    expect(keysOf(d)).toEqual(fx.dict_order);
    decref(d);
  });
  it("repr, including recursion", () => {
    const [empty, r1, r2] = fx.dict_repr as string[];
    const d0 = newDict();
    expect(reprOf(d0)).toBe(empty);
    const d1 = newDict();
    set(d1, 1, "a");
    set(d1, "b", [1, 2]);
    expect(reprOf(d1)).toBe(r1);
    const dd = newDict();
    set(dd, 1, 2);
    dictSetItem(dd, newInt(2), dd);
    expect(reprOf(dd)).toBe(fx.dict_repr_recursive);
    dictClear(dd);
    for (const o of [d0, d1, dd]) decref(o);
    void r2;
  });
  it("methods: popitem, pop, get, setdefault, views, reversed, |", () => {
    const m = fx.dict_methods;
    const mk = () => {
      const d = newDict();
      set(d, 1, "a");
      set(d, 2, "b");
      set(d, 3, "c");
      return d;
    };
    const d = mk();
    const pi = dictPopItem(d);
    expect(js(pi)).toEqual(m.popitem);
    decref(pi);
    const nine = newInt(9);
    const z = newStr("z");
    const pd = dictPop(d, nine, z);
    expect(js(pd)).toEqual(m.pop_default);
    decref(pd);
    const d2 = mk();
    const two = newInt(2);
    const g = method("get").fn(d2, [two]);
    expect(js(g)).toEqual(m.get);
    decref(g);
    const q = newStr("q");
    const g2 = method("get").fn(d2, [nine, q]);
    expect(js(g2)).toEqual(m.get_default);
    decref(g2);
    const four = newInt(4);
    const dv = newStr("d");
    const sd = dictSetDefault(d2, four, dv);
    expect(js(sd)).toEqual(m.setdefault);
    decref(sd);
    decref(dictPop(d2, four, null));
    for (const [name, vt] of [["keys", DictKeysType], ["values", DictValuesType], ["items", DictItemsType]] as const) {
      const view = newDictView(d2, vt);
      const it = abs.getIter(view);
      const got: unknown[] = [];
      for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
        got.push(js(x));
        decref(x);
      }
      expect(got).toEqual(m[name]);
      expect(reprOf(view)).toBe(m[`${name}_repr`]);
      expect(abs.length(view)).toBe(3);
      decref(it);
      decref(view);
    }
    const rev = method("__reversed__").fn(d2);
    const got: unknown[] = [];
    for (let x = abs.iterNext(rev); x !== null; x = abs.iterNext(rev)) {
      got.push(js(x));
      decref(x);
    }
    expect(got).toEqual(m.reversed);
    decref(rev);
    const a = newDict();
    set(a, 1, 1);
    set(a, 2, 2);
    const b = newDict();
    set(b, 2, 3);
    set(b, 4, 4);
    const u = tp(a).or!(a, b);
    expect(dictItems(u).map(([k, v]) => [js(k), js(v)])).toEqual(m.or);
    for (const o of [d, d2, nine, z, two, q, four, dv, a, b, u]) decref(o);
  });
  it("error messages", () => {
    const e = fx.dict_errors;
    const d = newDict();
    const k1 = newInt(1);
    const ka = newStr("a");
    const kt = tupleOf(newInt(1), newInt(2));
    expect(pyErr(() => dictSubscript(d, k1))).toEqual(e.missing_int);
    expect(pyErr(() => dictSubscript(d, ka))).toEqual(e.missing_str);
    expect(pyErr(() => dictSubscript(d, kt))).toEqual(e.missing_tuple);
    const five = newInt(5);
    expect(pyErr(() => dictDelItem(d, five))).toEqual(e.del_missing);
    expect(pyErr(() => dictPopItem(d))).toEqual(e.popitem_empty);
    const kk = newStr("k");
    expect(pyErr(() => dictPop(d, kk, null))).toEqual(e.pop_missing);
    const l = newList([]);
    expect(pyErr(() => dictSubscript(d, l))).toEqual(e.unhashable);
    expect(pyErr(() => abs.hash(d))).toEqual(e.hash_dict);
    const two = newInt(2);
    expect(pyErr(() => method("update").fn(d, [k1, two], null))).toEqual(e.update_2args);
    expect(pyErr(() => dictCall(DictType, [k1, two], null))).toEqual(e.dict_2args);
    const bad1 = newList([newInt(1)]);
    expect(pyErr(() => dictCall(DictType, [bad1], null))).toEqual(e.seq_elem_not_seq);
    const bad2 = newList([tupleOf(newInt(1), newInt(2), newInt(3))]);
    expect(pyErr(() => dictCall(DictType, [bad2], null))).toEqual(e.seq_elem_len);
    expect(pyErr(() => method("get").fn(d, []))).toEqual(e.get_noargs);
    expect(pyErr(() => method("get").fn(d, [k1, k1, k1]))).toEqual(e.get_3args);
    // changed size during iteration
    const d2 = newDict();
    set(d2, 1, 1);
    const it = abs.getIter(d2);
    const x = abs.iterNext(it)!;
    decref(x);
    set(d2, 9, 9);
    expect(pyErr(() => abs.iterNext(it))).toEqual(e.changed_size);
    for (const o of [d, k1, ka, kt, five, kk, l, two, bad1, bad2, d2, it]) decref(o);
  });
  it("lookups: str fast path, general table, dictGetItemStr", () => {
    const d = newDict();
    set(d, "name", 1);
    set(d, 7, 2);
    const k = newStr("name");
    expect(js(dictGetItem(d, k)!)).toBe(1);
    expect(js(dictGetItemStr(d, "name")!)).toBe(1);
    expect(dictGetItemStr(d, "other")).toBe(null);
    const seven = newInt(7);
    expect(dictContains(d, seven)).toBe(true);
    for (const o of [d, k, seven]) decref(o);
  });
  it("keyword merge detects duplicates (override 2)", () => {
    const a = newDict();
    set(a, "x", 1);
    const b = newDict();
    set(b, "x", 2);
    expect(pyErr(() => dictMergeEx(a, b, 2))).toEqual(["KeyError", "'x'"]);
    const c = newDict();
    dictMerge(c, b, null);
    expect(dictLen(c)).toBe(1);
    for (const o of [a, b, c]) decref(o);
  });
  it("gc tracking: untracked until a trackable key or value is stored", () => {
    const d = newDict();
    set(d, 1, "a");
    expect(isTracked(d)).toBe(false);
    set(d, 2, [1, 2]); // tuple of ints: tracked when created (CPython untracks them only in a collection)
    expect(isTracked(d)).toBe(true);
    const e = newDict();
    const l = newList([]);
    dictSetItem(e, internStr("l"), l);
    expect(isTracked(e)).toBe(true);
    const c = dictCopy(e);
    expect(isTracked(c)).toBe(true);
    for (const o of [d, e, l, c]) decref(o);
  });
  it("free lists: dict objects and 8-slot unicode key tables are reused", () => {
    const d = newDict();
    set(d, "a", 1);
    const id = objectId(d);
    const keysAddr = dictTableInfo(d).addr;
    decref(d);
    const d2 = newDict();
    expect(objectId(d2)).toBe(id);
    set(d2, "b", 2);
    expect(dictTableInfo(d2).addr).toBe(keysAddr);
    decref(d2);
    expect(dictFreeListCounts().dicts).toBeGreaterThan(0);
  });
});

describe("dict references and blocks", () => {
  it("setitem/getitem/delete keep counts balanced; dealloc returns every block", () => {
    const before = blocks();
    const k = newStr("some key");
    const v = newList([]);
    const rk = k.rc;
    const rv = v.rc;
    const d = newDict();
    dictSetItem(d, k, v);
    expect([k.rc, v.rc]).toEqual([rk + 1, rv + 1]);
    expect(dictGetItem(d, k)).toBe(v);
    expect(v.rc).toBe(rv + 1);
    const r = dictSubscript(d, k);
    expect(v.rc).toBe(rv + 2);
    decref(r);
    dictSetItem(d, k, v); // replacing with the same value
    expect([k.rc, v.rc]).toEqual([rk + 1, rv + 1]);
    for (let i = 0; i < 50; i++) set(d, i * 1000, `value ${i}`);
    const c = dictCopy(d);
    expect([k.rc, v.rc]).toEqual([rk + 2, rv + 2]);
    decref(c);
    dictDelItem(d, k);
    expect([k.rc, v.rc]).toEqual([rk, rv]);
    dictSetItem(d, k, v);
    const items = newDictView(d, DictItemsType);
    const it = abs.getIter(items);
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) decref(x);
    decref(it);
    decref(items);
    decref(d);
    expect([k.rc, v.rc]).toEqual([rk, rv]);
    decref(k);
    decref(v);
    // dict objects and small unicode tables may sit on free lists (they keep their blocks)
    const fl = dictFreeListCounts();
    expect(blocks()).toBeLessThanOrEqual(before + fl.dicts + fl.keys);
  });
  it("items iterator recycles its result tuple when the caller released it", () => {
    const d = newDict();
    set(d, 1, 2);
    set(d, 3, 4);
    const view = newDictView(d, DictItemsType);
    const it = abs.getIter(view);
    const a = abs.iterNext(it)!;
    const idA = objectId(a);
    decref(a);
    const b = abs.iterNext(it)!;
    expect(objectId(b)).toBe(idA);
    expect(js(b)).toEqual([3, 4]);
    decref(b);
    for (const o of [it, view, d]) decref(o);
  });
  it("rich comparison (==) compares values", () => {
    const a = newDict();
    const b = newDict();
    set(a, 1, "x");
    set(b, 1, "x");
    const r = abs.richCompare(a, b, CompareOp.EQ);
    expect(r).toBe(True);
    set(b, 2, "y");
    expect(abs.richCompareBool(a, b, CompareOp.EQ)).toBe(false);
    for (const o of [a, b]) decref(o);
    void incref;
    void newTuple;
    void TupleType;
    void dictNext;
    void dictKeyAt;
  });
});

import { newProbe } from "./containers-helpers.js";
describe("dict lookups that run Python code", () => {
  it("a comparison that clears the dict restarts the lookup (as _Py_dict_lookup)", () => {
    const d = newDict();
    const a = newProbe("a", 42, () => dictClear(d));
    const b = newProbe("b", 42);
    const one = newInt(1);
    dictSetItem(d, a, one);
    // setting b compares b == a? CPython compares the stored key first: a.__eq__(b)
    dictSetItem(d, b, one);
    expect(dictLen(d)).toBe(1);
    expect(dictItems(d)[0]![0]).toBe(b);
    for (const o of [d, a, b, one]) decref(o);
  });
  it("equal keys with the same hash are one entry; identity short-cuts the comparison", () => {
    const d = newDict();
    let calls = 0;
    const a = newProbe("x", 7, () => calls++);
    const a2 = newProbe("x", 7, () => calls++);
    const v = newInt(5);
    dictSetItem(d, a, v);
    dictSetItem(d, a, v);
    expect(calls).toBe(0);
    dictSetItem(d, a2, v);
    expect(calls).toBe(1);
    expect(dictLen(d)).toBe(1);
    expect(dictItems(d)[0]![0]).toBe(a);
    for (const o of [d, a, a2, v]) decref(o);
  });
});

import { setCall } from "../../src/objects/setobject.js";
import { SetType } from "../../src/objects/types.js";
describe("dict views as sets", () => {
  it("&, |, -, ^ (items ^ items through dictitems_xor), comparisons, isdisjoint", () => {
    const o = fx.dict_view_ops;
    const d = newDict();
    for (const [k, v] of [[1, 1], [2, 2], [3, 3], ["k", 4]] as const) set(d, k, v);
    const keys = newDictView(d, DictKeysType);
    const items = newDictView(d, DictItemsType);
    const S = (xs: unknown[]) => {
      const l = newList(xs.map(py));
      const s = setCall(SetType, [l], null);
      decref(l);
      return s;
    };
    const listOf = (r: PyObject) => {
      const out: unknown[] = [];
      const it = abs.getIter(r);
      for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
        out.push(js(x));
        decref(x);
      }
      decref(it);
      decref(r);
      return out;
    };
    const s234 = S([2, 3, 4]);
    expect(listOf(abs.binaryOp(keys, s234, "and"))).toEqual(o.and);
    const s234k = S([2, 3, 4, "k"]);
    expect(listOf(abs.binaryOp(s234k, keys, "and"))).toEqual(o.rand);
    const l51 = newList([newInt(5), newInt(1)]);
    expect(listOf(abs.binaryOp(keys, l51, "or"))).toEqual(o.or);
    const s1 = S([1]);
    expect(listOf(abs.binaryOp(keys, s1, "sub"))).toEqual(o.sub);
    const s39 = S([3, 9]);
    expect(listOf(abs.binaryOp(keys, s39, "xor"))).toEqual(o.xor);
    const d2 = newDict();
    for (const [k, v] of [[1, 1], [2, 5], [7, 7]]) set(d2, k, v);
    const items2 = newDictView(d2, DictItemsType);
    expect(listOf(abs.binaryOp(items, items2, "xor"))).toEqual(o.items_xor);
    const pairs = S([[1, 1], [2, 3]]);
    expect(listOf(abs.binaryOp(items, pairs, "and"))).toEqual(o.items_and);
    const all = S([1, 2, 3, "k"]);
    const more = S([1, 2, 3, "k", 5]);
    const p11 = S([[1, 1]]);
    expect([
      abs.richCompareBool(keys, all, CompareOp.EQ), abs.richCompareBool(keys, more, CompareOp.LT),
      abs.richCompareBool(items, p11, CompareOp.LE), abs.richCompareBool(keys, s1, CompareOp.NE),
    ]).toEqual(o.cmp);
    const l78 = newList([newInt(7), newInt(8)]);
    const s3 = S([3]);
    const disj = typeData(DictKeysType).methodDefs["isdisjoint"]!.fn as (a: PyObject, b: PyObject) => PyObject;
    expect([disj(keys, l78) === True, disj(keys, s3) === True]).toEqual(o.disjoint);
    for (const x of [d, keys, items, s234, s234k, l51, s1, s39, d2, items2, pairs, all, more, p11, l78, s3]) decref(x);
  });
});

describe("deep nesting", () => {
  it("deallocating 100000 nested dicts and sets goes through the trashcan (no JS stack overflow)", () => {
    const before = blocks();
    let d = newDict();
    const zero = newInt(0);
    for (let i = 0; i < 100000; i++) {
      const outer = newDict();
      dictSetItem(outer, zero, d);
      decref(d);
      d = outer;
    }
    decref(d);
    let s = newSet();
    for (let i = 0; i < 100000; i++) {
      const outer = newSet();
      const fz = setCall(FrozenSetTypeForTest, [s], null);
      setAddItemForTest(outer, fz);
      decref(fz);
      decref(s);
      s = outer;
    }
    decref(s);
    const fl = dictFreeListCounts();
    expect(blocks()).toBeLessThanOrEqual(before + fl.dicts + fl.keys);
  });
});
import { FrozenSetType as FrozenSetTypeForTest } from "../../src/objects/types.js";
import { setAddItem as setAddItemForTest, newSet } from "../../src/objects/setobject.js";

import { dictFromInterleaved } from "../../src/objects/dictobject.js";
describe("BUILD_MAP from the stack", () => {
  it("str-only keys get a unicode presized table (as _PyDict_FromItems)", () => {
    for (let n = 0; n <= 16; n++) {
      const stack: PyObject[] = [];
      for (let i = 0; i < n; i++) stack.push(newStr(`v${i}`), newInt(i));
      const d = dictFromInterleaved(stack, 0, n);
      expect(sizeofObj(d), `n=${n}`).toBe((fx.dict_presized_str as number[])[n]);
      expect(dictLen(d)).toBe(n);
      decref(d);
      for (const o of stack) decref(o);
    }
  });
});

import { setDictMissingHook, setFunctionStr } from "../../src/objects/dictobject.js";
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../../src/objects/typeobject.js";
describe("hooks for the VM and classes", () => {
  it("__missing__ of a dict subclass; DICT_MERGE messages", () => {
    const Sub = makeStaticType("defaultish", 48, 0, TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, DictType);
    Object.assign(typeData(Sub), { ...typeData(DictType), name: "defaultish", qualname: "defaultish", base: DictType, mro: [] });
    const d = typeData(DictType).new!(Sub, [], null);
    setDictMissingHook((_d, key) => newStr(`missing ${js(key)}`));
    const k = newInt(4);
    const r = dictSubscript(d, k);
    expect(js(r)).toBe("missing 4");
    setDictMissingHook(null);
    const a = newDict();
    set(a, "x", 1);
    const b = newDict();
    set(b, "x", 2);
    setFunctionStr(() => "f()");
    const fn = newStr("f");
    expect(pyErr(() => dictMerge(a, b, fn))).toEqual(["TypeError", "f() got multiple values for keyword argument 'x'"]);
    const notMapping = newInt(3);
    expect(pyErr(() => dictMerge(a, notMapping, fn))).toEqual(["TypeError", "f() argument after ** must be a mapping, not int"]);
    for (const o of [d, k, r, a, b, fn, notMapping]) decref(o);
  });
});

import { dictItemsList, dictKeysList, dictValuesList } from "../../src/objects/dictobject.js";
describe("PyDict_Keys / Values / Items", () => {
  it("new lists in order; counts balanced", () => {
    const d = newDict();
    const v = newStr("value object");
    const rv = v.rc;
    for (let i = 0; i < 6; i++) {
      const k = newInt(i * 100);
      dictSetItem(d, k, v);
      decref(k);
    }
    const k0 = newInt(0);
    dictDelItem(d, k0);
    const ks = dictKeysList(d);
    const vs = dictValuesList(d);
    const its = dictItemsList(d);
    expect(listItemsOf(ks)).toEqual([100, 200, 300, 400, 500]);
    expect(listItemsOf(its)).toEqual([[100, "value object"], [200, "value object"], [300, "value object"], [400, "value object"], [500, "value object"]]);
    expect(v.rc).toBe(rv + 15);
    for (const o of [ks, vs, its, d, k0]) decref(o);
    expect(v.rc).toBe(rv);
    decref(v);
  });
});
function listItemsOf(l: PyObject): unknown[] {
  return (l.v as PyObject[]).map(js);
}
