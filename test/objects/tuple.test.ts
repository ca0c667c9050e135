import { describe, expect } from "vitest";
import { blocks, fx, it, js, py, pyErr, sizeofObj } from "./containers-helpers.js";
import { sequenceTuple, tupleSubscript, tupleFromArray } from "../../src/objects/tuplemethods.js";
import { EmptyTuple, tupleItems, newTuple, tupleFreeListCounts } from "../../src/objects/tupleobject.js";
import { decref, incref, PyObject } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/longobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { TupleType } from "../../src/objects/types.js";
import { tp, typeData, CompareOp } from "../../src/objects/typeobject.js";
import * as abs from "../../src/objects/abstract.js";
import { None } from "../../src/objects/singletons.js";
import { newList } from "../../src/objects/listobject.js";
import { sliceNew } from "../../src/objects/sliceobject.js";
import { rangeOf } from "../../src/objects/rangeobject.js";
import "../../src/objects/listmethods.js";
import "../../src/objects/iterobject.js";

const T = (...xs: unknown[]) => newTuple(xs.map(py));
const opt = (v: number | null) => (v === null ? None : newInt(v));

describe("tuple", () => {
  it("repr", () => {
    const t = fx.tuple;
    const cases: [PyObject, string][] = [[EmptyTuple, t.repr[0]], [T(1), t.repr[1]], [T(1, "a"), t.repr[2]], [newTuple([EmptyTuple]), t.repr[3]]];
    for (const [o, exp] of cases) {
      expect(abs.reprText(o)).toBe(exp);
      decref(o);
    }
  });
  it("hash (xxHash over the item hashes)", () => {
    const objs = [EmptyTuple, T(1), T(1, 2), T(1, "a"), newTuple([T(1, 2), newInt(3)])];
    expect(objs.map((o) => BigInt(abs.hash(o)).toString())).toEqual(fx.tuple.hash);
    for (const o of objs) decref(o);
  });
  it("slices, comparison, errors, sizes", () => {
    const t10 = sequenceTuple(rangeOf(0, 10));
    for (const [a, b, c, exp] of fx.tuple.slices as [number | null, number | null, number | null, number[]][]) {
      const s = sliceNew(opt(a), opt(b), opt(c));
      const r = tupleSubscript(t10, s);
      expect(js(r)).toEqual(exp);
      decref(r);
      decref(s);
    }
    const all = sliceNew(None, None, None);
    const same = tupleSubscript(t10, all);
    expect(same).toBe(t10);
    decref(same);
    decref(all);
    const e = fx.tuple.errors;
    const zero = newInt(0);
    expect(pyErr(() => tupleSubscript(EmptyTuple, zero))).toEqual(e.index);
    const t1 = T(1);
    const a = newStr("a");
    expect(pyErr(() => tupleSubscript(t1, a))).toEqual(e.str_index);
    const l2 = newList([newInt(2)]);
    expect(pyErr(() => tp(t1).concat!(t1, l2))).toEqual(e.concat);
    const t12 = T(1, 2);
    const three = newInt(3);
    expect(pyErr(() => typeData(TupleType).methodDefs["index"]!.fn(t12, [three] as never, null as never))).toEqual(e.index_missing);
    const bad = newTuple([newInt(1), newList([])]);
    expect(pyErr(() => abs.hash(bad))).toEqual(e.hash_unhashable);
    const cmp = (x: PyObject, y: PyObject, op: CompareOp) => {
      const r = abs.richCompareBool(x, y, op);
      decref(x);
      decref(y);
      return r;
    };
    expect([cmp(T(1, 2), T(1, 3), CompareOp.LT), cmp(T(1), T(1, 0), CompareOp.LT), cmp(T(2), T(1, 9), CompareOp.GT)]).toEqual(fx.tuple.cmp);
    const sizes: number[] = [];
    for (let n = 0; n < 10; n++) {
      const t = sequenceTuple(rangeOf(0, n));
      sizes.push(sizeofObj(t));
      decref(t);
    }
    expect(sizes).toEqual(fx.tuple.sizes);
    for (const o of [t10, zero, t1, a, l2, t12, three, bad]) decref(o);
  });
  it("tuple(tuple) is the same object; tuple(iterator) grows and cuts back", () => {
    const t = T(1, 2, 3);
    const u = sequenceTuple(t);
    expect(u).toBe(t);
    decref(u);
    const l = newList(Array.from({ length: 25 }, (_, i) => newInt(i)));
    const it = abs.getIter(l);
    const v = sequenceTuple(it);
    expect(tupleItems(v).length).toBe(25);
    expect(sizeofObj(v)).toBe(40 + 8 * 25);
    for (const o of [t, l, it, v]) decref(o);
  });
  it("iteration and references", () => {
    const before = blocks();
    const x = newStr("tuple item");
    const rx = x.rc;
    const t = tupleFromArray([x, x, x]);
    expect(x.rc).toBe(rx + 3);
    const it = abs.getIter(t);
    for (let y = abs.iterNext(it); y !== null; y = abs.iterNext(it)) decref(y);
    decref(it);
    const rep = tp(t).repeat!(t, 4);
    expect(x.rc).toBe(rx + 15);
    decref(rep);
    decref(t);
    expect(x.rc).toBe(rx);
    decref(x);
    const free = tupleFreeListCounts().reduce((a, b) => a + b, 0);
    expect(blocks()).toBeLessThanOrEqual(before + free);
    void incref;
  });
});
