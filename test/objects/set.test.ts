import { describe, expect } from "vitest";
import { blocks, fx, it, js, py, pyErr, sizeofObj } from "./containers-helpers.js";
import {
  frozensetFromItems, newFrozenSet, newSet, setAddItem, setCall, setClear, setContains, setDiscard, setItems, setLen, setUpdateFrom,
} from "../../src/objects/setobject.js";
import { decref, PyObject } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/longobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { FrozenSetType, SetType } from "../../src/objects/types.js";
import { tp, typeData, CompareOp } from "../../src/objects/typeobject.js";
import * as abs from "../../src/objects/abstract.js";
import { newList } from "../../src/objects/listobject.js";
import { newDict, dictSetItem, dictFreeListCounts } from "../../src/objects/dictobject.js";
import { sequenceTuple } from "../../src/objects/tuplemethods.js";
import "../../src/objects/listmethods.js";
import "../../src/objects/iterobject.js";

function iterList(o: PyObject): unknown[] {
  const it = abs.getIter(o);
  const out: unknown[] = [];
  for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
    out.push(js(x));
    decref(x);
  }
  decref(it);
  return out;
}

function mkSet(items: unknown[], type = SetType): PyObject {
  const l = newList(items.map(py));
  const s = setCall(type, [l], null);
  decref(l);
  return s;
}

function m(name: string): any {
  return typeData(SetType).methodDefs[name]!;
}

describe("set sizes (CPython 3.12.1 vectors)", () => {
  it("add growth (ints and strs)", () => {
    for (const [name, keyOf] of [["set_add_growth", (i: number) => i], ["set_str_add_growth", (i: number) => `s${i}`]] as const) {
      const expected = fx[name] as number[];
      const s = newSet();
      expect(sizeofObj(s)).toBe(216);
      const got: number[] = [];
      for (let i = 0; i < expected.length; i++) {
        const k = py(keyOf(i));
        setAddItem(s, k);
        decref(k);
        got.push(sizeofObj(s));
      }
      expect(got, name).toEqual(expected);
      decref(s);
    }
  });
  it("const literals: BUILD_SET 0 + SET_UPDATE(frozenset)", () => {
    for (const [ns, size] of Object.entries(fx.set_const_literal as Record<string, number>)) {
      const n = Number(ns);
      const items = Array.from({ length: n }, (_, i) => newInt(i));
      const fz = frozensetFromItems(items);
      const s = newSet();
      setUpdateFrom(s, fz);
      expect(sizeofObj(s), `n=${n}`).toBe(size);
      for (const o of [s, fz, ...items]) decref(o);
    }
  });
  it("set(range(n)), set(set), frozenset(...)", () => {
    const ofRange: number[] = [];
    const ofSet: number[] = [];
    const fz: number[] = [];
    for (let n = 0; n < (fx.set_of_range as number[]).length; n++) {
      const a = mkSet(Array.from({ length: n }, (_, i) => i));
      const b = setCall(SetType, [a], null);
      const c = mkSet(Array.from({ length: n }, (_, i) => i), FrozenSetType);
      ofRange.push(sizeofObj(a));
      ofSet.push(sizeofObj(b));
      fz.push(sizeofObj(c));
      for (const o of [a, b, c]) decref(o);
    }
    expect(ofRange).toEqual(fx.set_of_range);
    expect(ofSet).toEqual(fx.set_of_set);
    expect(fz).toEqual(fx.frozenset_of_range);
  });
  it("discard never shrinks; update sizes", () => {
    const s = mkSet(Array.from({ length: 100 }, (_, i) => i));
    for (let i = 0; i < 95; i++) {
      const k = newInt(i);
      setDiscard(s, k);
      decref(k);
    }
    expect(sizeofObj(s)).toBe(fx.set_discard);
    decref(s);
    for (const [n, ea, eb, ec] of fx.set_update_sizes as number[][]) {
      const range = newList(Array.from({ length: n! }, (_, i) => newInt(100 + i)));
      const a = mkSet([0, 1, 2]);
      setUpdateFrom(a, range);
      const b = mkSet([0, 1, 2]);
      const other = setCall(SetType, [range], null);
      m("update").fn(b, [other]);
      const c = mkSet([0, 1, 2]);
      const r = tp(c).inplace["or"]!(c, other);
      decref(r);
      expect([sizeofObj(a), sizeofObj(b), sizeofObj(c)], `n=${n}`).toEqual([ea, eb, ec]);
      for (const o of [range, a, b, c, other]) decref(o);
    }
  });
});

describe("set iteration order (PYTHONHASHSEED=0)", () => {
  it("matches CPython for int, str, tuple and mixed contents", () => {
    for (const c of fx.set_orders as { items: unknown[]; set: unknown[]; adds: unknown[]; frozenset: unknown[]; size: number }[]) {
      const s = mkSet(c.items);
      expect(iterList(s), JSON.stringify(c.items)).toEqual(c.set);
      expect(sizeofObj(s)).toBe(c.size);
      const s2 = newSet();
      for (const x of c.items) {
        const o = py(x);
        setAddItem(s2, o);
        decref(o);
      }
      expect(iterList(s2)).toEqual(c.adds);
      const fz = mkSet(c.items, FrozenSetType);
      expect(iterList(fz)).toEqual(c.frozenset);
      for (const o of [s, s2, fz]) decref(o);
    }
  });
  it("dummies are reused by later adds; pop follows the finger", () => {
    const s = mkSet(Array.from({ length: 20 }, (_, i) => i));
    for (let i = 0; i < 20; i += 3) {
      const k = newInt(i);
      setDiscard(s, k);
      decref(k);
    }
    for (const v of [100, 3]) {
      const k = newInt(v);
      setAddItem(s, k);
      decref(k);
    }
    expect(iterList(s)).toEqual(fx.set_discard_readd);
    decref(s);
    for (const [n, gone, add, order, size] of fx.set_readd_cases as [number, number[], number[], number[], number][]) {
      const t = mkSet(Array.from({ length: n }, (_, i) => i));
      for (const g of gone) {
        const k = newInt(g);
        setDiscard(t, k);
        decref(k);
      }
      for (const a of add) {
        const k = newInt(a);
        setAddItem(t, k);
        decref(k);
      }
      expect(iterList(t)).toEqual(order);
      expect(sizeofObj(t)).toBe(size);
      decref(t);
    }
    const p = mkSet(Array.from({ length: 20 }, (_, i) => 10 + i));
    const popped: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const x = m("pop").fn(p);
      popped.push(js(x));
      decref(x);
    }
    expect(popped).toEqual(fx.set_pop_order);
    decref(p);
  });
});

describe("set algebra, repr, errors", () => {
  it("operators and methods", () => {
    const o = fx.set_ops;
    const S = (...xs: number[]) => mkSet(xs);
    const check = (r: PyObject, exp: unknown) => {
      expect(iterList(r)).toEqual(exp);
      decref(r);
    };
    const a = S(1, 2, 3), b = S(3, 4, 50);
    check(tp(a).or!(a, b), o.union);
    const c = S(1, 2, 3, 40), d = S(3, 40, 5);
    check(tp(c).and!(c, d), o.inter);
    const e = S(3);
    check(tp(c).sub!(c, e), o.diff);
    const f = S(3, 4);
    check(tp(a).xor!(a, f), o.xor);
    const r5 = S(0, 1, 2, 3, 4);
    const l78 = newList([newInt(7), newInt(8)]);
    const t9 = sequenceTuple(newList([newInt(9)]));
    check(m("union").fn(r5, [l78, t9]), o.union_m);
    const r10 = S(...Array.from({ length: 10 }, (_, i) => i));
    const l5 = newList(Array.from({ length: 5 }, (_, i) => newInt(i)));
    const l123 = newList([newInt(1), newInt(2), newInt(3)]);
    check(m("intersection").fn(r10, [l5, l123]), o.inter_m);
    const l1 = newList([newInt(1)]);
    const l23 = newList([newInt(2), newInt(3)]);
    check(m("difference").fn(r10, [l1, l23]), o.diff_m);
    const l515 = newList(Array.from({ length: 10 }, (_, i) => newInt(5 + i)));
    check(m("symmetric_difference").fn(r10, l515), o.sym_m);
    const s1 = S(1), s12 = S(1, 2), s3 = S(3);
    const cmp = (x: PyObject, y: PyObject, op: CompareOp) => abs.richCompareBool(x, y, op);
    expect([cmp(s1, s12, CompareOp.LE), cmp(s12, s12, CompareOp.LE), cmp(s3, s1, CompareOp.LE)]).toEqual(o.le);
    expect([cmp(s1, s12, CompareOp.LT), cmp(s12, s12, CompareOp.LT)]).toEqual(o.lt);
    const s21 = S(2, 1);
    const fz1 = mkSet([1], FrozenSetType);
    const s2 = S(2);
    expect([cmp(s12, s21, CompareOp.EQ), cmp(s1, fz1, CompareOp.EQ), cmp(s1, s2, CompareOp.EQ)]).toEqual(o.eq);
    const l2 = newList([newInt(2)]);
    expect([js(m("isdisjoint").fn(s12, s3)), js(m("isdisjoint").fn(s12, l2))]).toEqual(o.disjoint.map((b: boolean) => ({ b })));
    const r3 = newList([newInt(0), newInt(1), newInt(2)]);
    const s15 = S(1, 5);
    expect([js(m("issubset").fn(s1, l123)), js(m("issubset").fn(s15, r3)), js(m("issuperset").fn(s12, l1))]).toEqual(
      o.subset.map((b: boolean) => ({ b })),
    );
    for (const x of [a, b, c, d, e, f, r5, l78, t9, r10, l5, l123, l1, l23, l515, s1, s12, s3, s21, fz1, s2, l2, r3, s15]) decref(x);
  });
  it("repr", () => {
    const [empty, two, femp, fone, str] = fx.set_repr as string[];
    const cases: [PyObject, string][] = [
      [newSet(), empty!], [mkSet([1, 2]), two!], [newFrozenSet(), femp!], [mkSet([1], FrozenSetType), fone!], [mkSet(["a"]), str!],
    ];
    for (const [s, exp] of cases) {
      expect(abs.reprText(s)).toBe(exp);
      decref(s);
    }
  });
  it("errors", () => {
    const e = fx.set_errors;
    const s = newSet();
    const five = newInt(5);
    expect(pyErr(() => m("remove").fn(s, five))).toEqual(e.remove);
    const x = newStr("x");
    expect(pyErr(() => m("remove").fn(s, x))).toEqual(e.remove_str);
    expect(pyErr(() => m("pop").fn(s))).toEqual(e.pop_empty);
    const l = newList([]);
    expect(pyErr(() => setAddItem(s, l))).toEqual(e.unhashable);
    const s1 = mkSet([1]);
    expect(pyErr(() => abs.hash(s1))).toEqual(e.hash_set);
    const s12 = mkSet([1, 2]);
    const it = abs.getIter(s12);
    decref(abs.iterNext(it)!);
    setAddItem(s12, five);
    expect(pyErr(() => abs.iterNext(it))).toEqual(e.changed);
    const l2 = newList([newInt(2)]);
    expect(pyErr(() => abs.binaryOp(s1, l2, "or"))).toEqual(e.or_list);
    for (const o of [s, five, x, l, s1, s12, it, l2]) decref(o);
  });
  it("frozenset hash; set as a key is looked up as a frozenset", () => {
    const cases = [newFrozenSet(), mkSet([1, 2, 3], FrozenSetType), mkSet(["a", "b"], FrozenSetType)];
    expect(cases.map((c) => BigInt(abs.hash(c)).toString())).toEqual(fx.frozenset_hash);
    const outer = newSet();
    setAddItem(outer, cases[1]!);
    const probe = mkSet([3, 2, 1]);
    expect(setContains(outer, probe)).toBe(true);
    for (const o of [...cases, outer, probe]) decref(o);
  });
});

describe("set references and blocks", () => {
  it("adds, discards, clear and dealloc keep counts and return blocks", () => {
    const before = blocks();
    const k = newStr("a key string");
    const rk = k.rc;
    const s = newSet();
    setAddItem(s, k);
    setAddItem(s, k);
    expect(k.rc).toBe(rk + 1);
    for (let i = 0; i < 100; i++) {
      const v = newInt(1000 + i);
      setAddItem(s, v);
      decref(v);
    }
    expect(setLen(s)).toBe(101);
    const c = tp(s).or!(s, s);
    expect(k.rc).toBe(rk + 2);
    decref(c);
    setDiscard(s, k);
    expect(k.rc).toBe(rk);
    setAddItem(s, k);
    setClear(s);
    expect(k.rc).toBe(rk);
    expect(sizeofObj(s)).toBe(216);
    setAddItem(s, k);
    const d = newDict();
    dictSetItem(d, k, s);
    decref(s);
    decref(d);
    expect(k.rc).toBe(rk);
    decref(k);
    const fl = dictFreeListCounts();
    expect(blocks()).toBeLessThanOrEqual(before + fl.dicts + fl.keys); // dict objects and small tables may sit on free lists
    expect(setItems).toBeTypeOf("function");
  });
});
