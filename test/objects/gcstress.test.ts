// The stress collection (PYARENA_DEBUG=stressgc) must catch the bugs an early real
// collection would expose, and stay silent on correct heaps.
import { afterEach, describe, expect, it } from "vitest";
import "./containers-helpers.js";
import { newList, listAppend } from "../../src/objects/listobject.js";
import { decref, incref, type PyObject } from "../../src/objects/object.js";
import { stressCollect, noteWeakReach, forgetCondemned } from "../../src/objects/gcstress.js";
import { collectGeneration } from "../../src/objects/gc.js";

/** a list that contains itself, with no other reference: cyclic garbage */
function garbageCycle(): PyObject {
  const l = newList([]);
  listAppend(l, incref(l)); // listAppend takes over the reference it is given
  decref(l);
  return l;
}

afterEach(() => {
  forgetCondemned();
  collectGeneration(2);
});

describe("stress collection", () => {
  it("passes on a heap whose garbage nobody touches", () => {
    garbageCycle();
    const live = newList([]);
    stressCollect(true);
    stressCollect(true);
    stressCollect(false);
    decref(live);
  });

  it("finds a reference the refcount does not count", () => {
    const inner = newList([]);
    const outer = newList([inner]); // outer owns the only reference
    inner.rc--; // as if pyarena had stored it without an incref
    try {
      expect(() => stressCollect(false)).toThrow(/list object has 1 more references than its refcount 0/);
    } finally {
      inner.rc++;
      decref(outer);
    }
  });

  it("finds garbage used again through an uncounted reference", () => {
    const l = garbageCycle();
    stressCollect(true);
    incref(l); // pyarena kept `l` in a JS variable and uses it: a real collection would have cleared it
    try {
      expect(() => stressCollect(true)).toThrow(/list object the last stress collection found unreachable (became reachable|had its refcount changed)/);
    } finally {
      decref(l);
    }
  });

  it("allows garbage to be reached by the weak paths CPython has", () => {
    const l = garbageCycle();
    stressCollect(true);
    noteWeakReach(); // e.g. a weakref to `l` called, or gc.get_objects()
    incref(l);
    stressCollect(true);
    decref(l);
  });
});
