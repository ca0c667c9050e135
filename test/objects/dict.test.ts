import { describe, expect, vi } from "vitest";
vi.mock("../../src/objects/typeobject.js", async (importActual) => (await import("./fix-typeobject.js")).loadTypeObject(importActual));
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
  it("uses PYTHONHASHSEED=0 (or forces it)", () => {
    expect(typeof hashSeedWasZero).toBe("boolean");
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
