import { describe, expect } from "vitest";
import { blocks, fx, it, js, py, pyErr, sizeofObj } from "./containers-helpers.js";
import { newRange, rangeIter, rangeReverse } from "../../src/objects/rangeobject.js";
import { newSlice, sliceCacheObject, sliceIndicesMethod, sliceNew } from "../../src/objects/sliceobject.js";
import { newEnumerate, newFilter, newMap, newReversed, newSeqIter, newZip, lengthHint } from "../../src/objects/iterobject.js";
import { decref, incref, PyObject } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/longobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { EnumerateType, FilterType, MapType, RangeType, ReversedType, ZipType, ListIterType, ListRevIterType, TupleIterType, SetIterType } from "../../src/objects/types.js";
import { typeData, CompareOp, tp } from "../../src/objects/typeobject.js";
import * as abs from "../../src/objects/abstract.js";
import { None } from "../../src/objects/singletons.js";
import { newList, listItems } from "../../src/objects/listobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { sequenceTuple } from "../../src/objects/tuplemethods.js";
import { objectId } from "../../src/objects/runtime.js";
import { newSet } from "../../src/objects/setobject.js";
import { newDict, newDictView } from "../../src/objects/dictobject.js";
import { DictKeysType } from "../../src/objects/types.js";
import "../../src/objects/listmethods.js";

const R = (args: unknown[]) => {
  const objs = args.map(py);
  try {
    return newRange(objs);
  } finally {
    for (const o of objs) decref(o);
  }
};

function drain(it: PyObject): unknown[] {
  const out: unknown[] = [];
  for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
    out.push(js(x));
    decref(x);
  }
  return out;
}

describe("range", () => {
  it("len, repr, items, reversed, slicing, hash, contains (CPython vectors)", () => {
    for (const c of fx.ranges as { args: unknown[]; len: number | string; repr: string; items: number[] | null; rev: number[] | null; slice: string; hash: string; contains: boolean[] }[]) {
      const args = c.args.map((a) => (typeof a === "number" && !Number.isSafeInteger(a) ? { i: BigInt(a).toString() } : a));
      const r = R(args);
      expect(abs.reprText(r)).toBe(c.repr);
      if (typeof c.len === "number") expect(abs.length(r)).toBe(c.len);
      if (c.items !== null) {
        const it = rangeIter(r);
        expect(drain(it)).toEqual(c.items);
        decref(it);
        const rv = rangeReverse(r);
        expect(drain(rv)).toEqual(c.rev);
        decref(rv);
      }
      const s = sliceNew(newInt(1), newInt(-1), newInt(2));
      const sub = tp(r).getitem!(r, s);
      expect(abs.reprText(sub)).toBe(c.slice);
      decref(sub);
      decref(s);
      if (typeof c.len === "number" && c.len > 1) expect(BigInt(abs.hash(r)).toString()).toBe(c.hash);
      const probes = [0, 1, 4, 5, 9, -5, 2 ** 60].map((x) => newInt(x));
      expect(probes.map((p) => abs.contains(r, p))).toEqual(c.contains);
      for (const p of probes) decref(p);
      decref(r);
    }
  });
  it("errors, equality, iterator types and sizes", () => {
    const e = fx.range_errors;
    const r3 = R([3]);
    const five = newInt(5);
    expect(pyErr(() => tp(r3).getitem!(r3, five))).toEqual(e.index);
    expect(pyErr(() => R([1, 2, 0]))).toEqual(e.step0);
    const f = newFloat(1.5);
    expect(pyErr(() => newRange([f]))).toEqual(e.float);
    expect(pyErr(() => newRange([]))).toEqual(e.noargs);
    const seven = newInt(7);
    expect(pyErr(() => typeData(RangeType).methodDefs["index"]!.fn(r3, seven as never, null as never))).toEqual(e.index_missing);
    const eq = (a: unknown[], b: unknown[]) => {
      const x = R(a);
      const y = R(b);
      const res = abs.richCompareBool(x, y, CompareOp.EQ);
      decref(x);
      decref(y);
      return res;
    };
    expect([eq([0], [2, 2]), eq([1, 5, 2], [1, 4, 2]), eq([3], [4])]).toEqual(fx.range_eq);
    const sz = fx.iter_sizes;
    expect(sizeofObj(r3)).toBe(sz.range);
    const it = rangeIter(r3);
    expect(it.type.v.name).toBe("range_iterator");
    expect(sizeofObj(it)).toBe(sz.range_iterator);
    const big = R([{ i: (2n ** 64n).toString() }]);
    const bit = rangeIter(big);
    expect(bit.type.v.name).toBe("longrange_iterator");
    expect(js(abs.iterNext(bit)!)).toBe(0);
    expect(lengthHint(it, -1)).toBe(3);
    for (const o of [r3, five, f, seven, it, big, bit]) decref(o);
  });
});

describe("slice", () => {
  it("repr, indices, equality, the one-object cache", () => {
    const s = fx.slice;
    const a = sliceNew(newInt(1), newInt(2), null);
    expect(abs.reprText(a)).toBe(s.repr[0]);
    const b = sliceNew(None, newInt(3), None);
    expect(abs.reprText(b)).toBe(s.repr[1]);
    for (const [x, y, z, n, exp] of s.indices as [number | null, number | null, number | null, number, number[]][]) {
      const sl = sliceNew(x === null ? None : newInt(x), y === null ? None : newInt(y), z === null ? None : newInt(z));
      const len = newInt(n);
      const r = sliceIndicesMethod(sl, len);
      expect(js(r)).toEqual(exp);
      for (const o of [sl, len, r]) decref(o);
    }
    const z = sliceNew(newInt(1), newInt(2), newInt(0));
    const five = newInt(5);
    expect(pyErr(() => sliceIndicesMethod(z, five))).toEqual(s.step0);
    const a2 = sliceNew(newInt(1), newInt(2), null);
    const c = sliceNew(newInt(1), newInt(3), null);
    expect([abs.richCompareBool(a, a2, CompareOp.EQ), abs.richCompareBool(a, c, CompareOp.EQ)]).toEqual(s.eq);
    expect(sizeofObj(a)).toBe(fx.iter_sizes.slice);
    const id = objectId(c);
    decref(c);
    expect(sliceCacheObject()).not.toBeNull();
    const d = newSlice(incref(None), incref(None), incref(None));
    expect(objectId(d)).toBe(id);
    for (const o of [a, b, z, five, a2, d]) decref(o);
  });
});

describe("iterators", () => {
  it("sizes", () => {
    const sz = fx.iter_sizes;
    const l = newList([]);
    const li = abs.getIter(l);
    expect(li.type).toBe(ListIterType);
    expect(sizeofObj(li)).toBe(sz.list_iterator);
    const lr = newReversed(ReversedType, l);
    expect(lr.type).toBe(ListRevIterType);
    expect(sizeofObj(lr)).toBe(sz.list_reverseiterator);
    const t = sequenceTuple(l);
    const ti = abs.getIter(t);
    expect(ti.type).toBe(TupleIterType);
    expect(sizeofObj(ti)).toBe(sz.tuple_iterator);
    const s = newSet();
    const si = abs.getIter(s);
    expect(si.type).toBe(SetIterType);
    expect(sizeofObj(si)).toBe(sz.set_iterator);
    const d = newDict();
    const di = abs.getIter(d);
    expect(sizeofObj(di)).toBe(sz.dict_keyiterator);
    const dk = newDictView(d, DictKeysType);
    expect(sizeofObj(dk)).toBe(sz.dict_keys);
    const en = newEnumerate(EnumerateType, l, null);
    expect(sizeofObj(en)).toBe(sz.enumerate);
    const z0 = newZip(ZipType, [], false);
    expect(sizeofObj(z0)).toBe(sz.zip);
    const z2 = newZip(ZipType, [l, l], false);
    expect(sizeofObj(z2)).toBe(sz.zip2);
    const mp = newMap(MapType, None, [l]);
    expect(sizeofObj(mp)).toBe(sz.map);
    const fl = newFilter(FilterType, None, l);
    expect(sizeofObj(fl)).toBe(sz.filter);
    for (const o of [l, li, lr, t, ti, s, si, d, di, dk, en, z0, z2, mp, fl]) decref(o);
  });
  it("enumerate (recycled result tuple), zip strict errors, filter(None), sequence iterator", () => {
    const ab = newList([newStr("a"), newStr("b")]);
    const five = newInt(5);
    const en = newEnumerate(EnumerateType, ab, five);
    const first = abs.iterNext(en)!;
    const id = objectId(first);
    expect(js(first)).toEqual(fx.iter_results.enumerate[0]);
    decref(first);
    const second = abs.iterNext(en)!;
    expect(objectId(second)).toBe(id);
    expect(js(second)).toEqual(fx.iter_results.enumerate[1]);
    decref(second);
    expect(abs.iterNext(en)).toBeNull();
    const l12 = newList([newInt(1), newInt(2)]);
    const l1 = newList([newInt(1)]);
    const l3 = newList([newInt(3)]);
    const zs = (its: PyObject[]) => () => {
      const z = newZip(ZipType, its, true);
      try {
        for (let x = abs.iterNext(z); x !== null; x = abs.iterNext(z)) decref(x);
      } finally {
        decref(z);
      }
    };
    expect(pyErr(zs([l12, l1]))).toEqual(fx.iter_results.zip_strict);
    expect(pyErr(zs([l1, l12]))).toEqual(fx.iter_results.zip_strict2);
    expect(pyErr(zs([l1, l12, l3]))).toEqual(fx.iter_results.zip_strict3);
    const mixed = newList([newInt(0), newInt(1), newStr(""), newStr("x"), None]);
    const f = newFilter(FilterType, None, mixed);
    expect(drain(f)).toEqual([1, "x"]);
    const si = newSeqIter(l12);
    expect(drain(si)).toEqual([1, 2]);
    for (const o of [ab, five, en, l12, l1, l3, mixed, f, si]) decref(o);
  });
  it("iterators release their references; blocks return", () => {
    const before = blocks();
    const x = newStr("iterated item");
    const rx = x.rc;
    const l = newList([incref(x), incref(x)]);
    const its = [abs.getIter(l), newReversed(ReversedType, l), newEnumerate(EnumerateType, l, null), newZip(ZipType, [l, l], false), newMap(MapType, None, [l]), newFilter(FilterType, None, l)];
    for (const it of its.slice(0, 4)) {
      for (let y = abs.iterNext(it); y !== null; y = abs.iterNext(it)) decref(y);
    }
    for (const it of its) decref(it);
    decref(l);
    expect(x.rc).toBe(rx);
    decref(x);
    expect(blocks()).toBeLessThanOrEqual(before + 8); // list/tuple free lists may keep a few
    void listItems;
  });
});
