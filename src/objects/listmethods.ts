// list behaviour on top of the core (listobject.ts): repr, comparison, indexing and
// (extended) slicing with CPython's list_ass_slice resizing, concatenation and
// repetition with exact capacities, +=/*=, iteration (list_iterator and
// list_reverseiterator, 32 + 16 GC bytes each), the methods, and the constructor.
// Capacities follow Objects/listobject.c: list_resize, list_preallocate_exact (even
// rounding), list_extend (length hint, cut back at the end).
import { decref, incref, PyObject, PyRaise } from "./object.js";
import { allocObject, freeBuffer, freeObject } from "./runtime.js";
import { None, NotImplemented, pyBool, True, False } from "./singletons.js";
import { ListIterType, ListRevIterType, ListType, TupleType } from "./types.js";
import { CompareOp, isSubtype, tp, typeData, typeName } from "./typeobject.js";
import { IndexError, TypeError, ValueError, raise } from "./exceptions.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import * as abs from "./abstract.js";
import { listAppend, listCapacity, listItems, listResize, newList, setCapacity } from "./listobject.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { newStr, internStr } from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { asIndex, hasIndex, isSlice, sliceIndicesFor, sliceUnpack, sliceAdjust } from "./sliceobject.js";
import { checkArgCount, indexBounds, isTuple, sequenceRichCompare } from "./tuplemethods.js";
import { lengthHint } from "./iterobject.js";

export function isList(o: PyObject): boolean {
  return o.type === ListType || isSubtype(o.type, ListType);
}

/** list_new_prealloc(n) filled with new references to `items`. */
export function listFromArray(items: readonly PyObject[]): PyObject {
  return newList(items.map((x) => incref(x)));
}

/** PyList_New(0) */
export function emptyList(): PyObject {
  return newList([]);
}

/** list_preallocate_exact: capacity n rounded up to even, for a list with no item array. */
function preallocateExact(l: PyObject, n: number): void {
  setCapacity(l, (n + 1) & ~1);
}

/** _list_clear: detach the items, release them (last first), then free the array. */
export function listClear(l: PyObject): void {
  const items = listItems(l);
  const addr = l.weakrefs as number;
  if (addr === 0 && items.length === 0) return;
  l.v = [];
  l.w = 0;
  l.weakrefs = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]!);
  freeBuffer(addr);
}

// ---- repr / compare -------------------------------------------------------------

function listRepr(l: PyObject): PyObject {
  if (listItems(l).length === 0) return newStr("[]");
  if (!abs.reprEnter(l)) return newStr("[...]");
  try {
    const parts: string[] = [];
    for (let i = 0; i < listItems(l).length; i++) {
      const x = incref(listItems(l)[i]!);
      try {
        parts.push(abs.reprText(x));
      } finally {
        decref(x);
      }
    }
    return newStr(`[${parts.join(", ")}]`);
  } finally {
    abs.reprLeave(l);
  }
}

function listRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isList(a) || !isList(b)) return incref(NotImplemented);
  if ((op === CompareOp.EQ || op === CompareOp.NE) && listItems(a).length !== listItems(b).length) {
    return pyBool(op === CompareOp.NE);
  }
  return sequenceRichCompare(a, b, op, listItems);
}

// ---- extend ------------------------------------------------------------------------

/** list_extend(self, iterable): `l.extend(x)`, `l += x`, LIST_EXTEND, list(x). */
export function listExtendFrom(l: PyObject, iterable: PyObject): void {
  if (iterable.type === ListType || iterable.type === TupleType || iterable === l) {
    const src = iterable.type === TupleType ? tupleItems(iterable) : listItems(iterable);
    const n = src.length;
    if (n === 0) return;
    const copy = src.slice();
    const items = listItems(l);
    if ((l.weakrefs as number) === 0 && items.length === 0) preallocateExact(l, n);
    else listResize(l, items.length + n);
    for (const x of copy) items.push(incref(x));
    return;
  }
  const it = abs.getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const items = listItems(l);
    if ((l.weakrefs as number) === 0 && items.length === 0) {
      if (n > 0) preallocateExact(l, n);
    } else if (n > 0) {
      const m = items.length;
      listResizeTo(l, m + n, m);
    }
    for (;;) {
      const item = abs.iterNext(it);
      if (item === null) break;
      const cur = listItems(l);
      if (cur.length < listCapacity(l)) cur.push(item);
      else listAppend(l, item);
    }
    const cur = listItems(l);
    if (cur.length < listCapacity(l)) listResize(l, cur.length);
  } finally {
    decref(it);
  }
}

/** list_resize(l, newSize) computed as if Py_SIZE were `oldSize` (callers that set the size first). */
function listResizeTo(l: PyObject, newSize: number, oldSize: number): void {
  const allocated = listCapacity(l);
  if (allocated >= newSize && newSize >= allocated >> 1) return;
  let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - oldSize > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
  if (newSize === 0) newAllocated = 0;
  setCapacity(l, newAllocated);
}

/** PySequence_List / list(iterable) through list___init__ (preallocate by len(), then extend). */
export function sequenceList(iterable: PyObject): PyObject {
  const l = newList([]);
  try {
    listInitFrom(l, iterable);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

function listInitFrom(l: PyObject, iterable: PyObject): void {
  if (listItems(l).length > 0 || (l.weakrefs as number) !== 0) listClear(l);
  if (tp(iterable).length !== null) {
    let n = -1;
    try {
      n = abs.length(iterable);
    } catch (e) {
      if (!(e instanceof PyRaise) || !isSubtype(e.exc.type, TypeError)) throw e;
      decref(e.exc);
    }
    if (n > 0 && (l.weakrefs as number) === 0) preallocateExact(l, n);
  }
  listExtendFrom(l, iterable);
}

/** PySequence_Fast: the list or tuple itself, else a new list (error message on TypeError). */
export function sequenceFast(o: PyObject, message: string): PyObject {
  if (o.type === ListType || o.type === TupleType) return incref(o);
  let it: PyObject;
  try {
    it = abs.getIter(o);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
      decref(e.exc);
      raise(TypeError, message);
    }
    throw e;
  }
  try {
    return sequenceList(it);
  } finally {
    decref(it);
  }
}

function fastItems(o: PyObject): PyObject[] {
  return o.type === TupleType ? tupleItems(o) : listItems(o);
}

// ---- item access ----------------------------------------------------------------------

function listSlice(l: PyObject, lo: number, hi: number): PyObject {
  const items = listItems(l);
  if (hi - lo <= 0) return newList([]);
  return newList(items.slice(lo, hi).map((x) => incref(x)));
}

export function listSubscript(l: PyObject, key: PyObject): PyObject {
  const items = listItems(l);
  if (hasIndex(key)) {
    let i = asIndex(key);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(IndexError, "list index out of range");
    return incref(items[i]!);
  }
  if (isSlice(key)) {
    const s = sliceIndicesFor(key, items.length);
    if (s.step === 1) return listSlice(l, s.start, s.start + Math.max(0, s.length));
    if (s.length <= 0) return newList([]);
    const out: PyObject[] = [];
    const cur = listItems(l);
    for (let k = 0, c = s.start; k < s.length; k++, c += s.step) out.push(incref(cur[c]!));
    return newList(out);
  }
  raise(TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
}

/** list_ass_slice: replace l[ilow:ihigh] by the items of v (null deletes). */
export function listAssSlice(l: PyObject, ilow: number, ihigh: number, v: PyObject | null): void {
  if (v === l) {
    const copy = listSlice(l, 0, listItems(l).length);
    try {
      listAssSlice(l, ilow, ihigh, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  let seq: PyObject | null = null;
  let vitems: PyObject[] = [];
  if (v !== null) {
    seq = sequenceFast(v, "can only assign an iterable");
    vitems = fastItems(seq).slice();
  }
  try {
    const items = listItems(l);
    const size = items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const norig = ihigh - ilow;
    const n = vitems.length;
    const d = n - norig;
    if (size + d === 0) {
      listClear(l);
      return;
    }
    const recycle = items.slice(ilow, ihigh);
    if (d !== 0) listResize(l, size + d);
    const cur = listItems(l);
    cur.splice(ilow, norig, ...vitems.map((x) => incref(x)));
    for (let k = recycle.length - 1; k >= 0; k--) decref(recycle[k]!);
  } finally {
    if (seq !== null) decref(seq);
  }
}

function listAssItem(l: PyObject, i: number, value: PyObject | null): void {
  const items = listItems(l);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise(IndexError, "list assignment index out of range");
  if (value === null) {
    listAssSlice(l, i, i + 1, null);
    return;
  }
  const old = items[i]!;
  items[i] = incref(value);
  decref(old);
}

export function listAssSubscript(l: PyObject, key: PyObject, value: PyObject | null): void {
  if (hasIndex(key)) {
    listAssItem(l, asIndex(key), value);
    return;
  }
  if (!isSlice(key)) raise(TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
  const b = sliceUnpack(key);
  const slicelength = sliceAdjust(listItems(l).length, b);
  let { start, stop, step } = b;
  if (step === 1) {
    listAssSlice(l, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  void stop;
  if (value === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      start = start + step * (slicelength - 1);
      step = -step;
    }
    const items = listItems(l);
    const garbage: PyObject[] = [];
    const keep: PyObject[] = [];
    let next = start;
    let taken = 0;
    for (let i = 0; i < items.length; i++) {
      if (taken < slicelength && i === next) {
        garbage.push(items[i]!);
        taken++;
        next += step;
      } else {
        keep.push(items[i]!);
      }
    }
    items.length = 0;
    for (const x of keep) items.push(x);
    listResizeTo(l, items.length, items.length);
    for (const g of garbage) decref(g);
    return;
  }
  const seq = value === l ? listSlice(l, 0, listItems(l).length) : sequenceFast(value, "must assign iterable to extended slice");
  try {
    const seqItems = fastItems(seq);
    if (seqItems.length !== slicelength) {
      raise(ValueError, `attempt to assign sequence of size ${seqItems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const items = listItems(l);
    const garbage: PyObject[] = [];
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      garbage.push(items[cur]!);
      items[cur] = incref(seqItems[i]!);
    }
    for (const g of garbage) decref(g);
  } finally {
    decref(seq);
  }
}

function listContains(l: PyObject, el: PyObject): boolean {
  for (let i = 0; i < listItems(l).length; i++) {
    const item = incref(listItems(l)[i]!);
    try {
      if (abs.richCompareBool(item, el, CompareOp.EQ)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
}

// ---- + and * ---------------------------------------------------------------------------

function listConcat(a: PyObject, b: PyObject): PyObject {
  if (!isList(b)) raise(TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
  const items = [...listItems(a), ...listItems(b)];
  return newList(items.map((x) => incref(x)));
}

function listRepeat(a: PyObject, n: number): PyObject {
  const items = listItems(a);
  if (items.length === 0 || n <= 0) return newList([]);
  if (items.length * n > 2 ** 60) raise(TypeError, "cannot allocate");
  const out: PyObject[] = new Array(items.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (const x of items) out[k++] = incref(x);
  return newList(out);
}

function listInplaceConcat(a: PyObject, b: PyObject): PyObject {
  listExtendFrom(a, b);
  return incref(a);
}

function listInplaceRepeat(a: PyObject, n: number): PyObject {
  const items = listItems(a);
  const size = items.length;
  if (size === 0 || n === 1) return incref(a);
  if (n < 1) {
    listClear(a);
    return incref(a);
  }
  listResize(a, size * n);
  const copy = items.slice();
  for (let r = 1; r < n; r++) for (const x of copy) items.push(incref(x));
  return incref(a);
}

// ---- methods ------------------------------------------------------------------------------

function listInsert(l: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 2) raise(TypeError, `insert expected 2 arguments, got ${args.length}`);
  const items = listItems(l);
  const n = items.length;
  let where = asIndexArg(args[0]!);
  listResize(l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  listItems(l).splice(where, 0, incref(args[1]!));
  return incref(None);
}

function asIndexArg(o: PyObject): number {
  if (!hasIndex(o)) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  return asIndex(o);
}

function listPop(l: PyObject, args: PyObject[]): PyObject {
  if (args.length > 1) raise(TypeError, `pop expected at most 1 argument, got ${args.length}`);
  const items = listItems(l);
  let i = args.length === 1 ? asIndexArg(args[0]!) : -1;
  if (items.length === 0) raise(IndexError, "pop from empty list");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise(IndexError, "pop index out of range");
  const v = items[i]!;
  const sizeAfter = items.length - 1;
  if (sizeAfter === 0) {
    incref(v);
    listClear(l);
    return v;
  }
  listResize(l, sizeAfter);
  listItems(l).splice(i, 1);
  return v;
}

function listRemove(l: PyObject, value: PyObject): PyObject {
  for (let i = 0; i < listItems(l).length; i++) {
    const item = incref(listItems(l)[i]!);
    let eq: boolean;
    try {
      eq = abs.richCompareBool(item, value, CompareOp.EQ);
    } finally {
      decref(item);
    }
    if (eq) {
      listAssSlice(l, i, i + 1, null);
      return incref(None);
    }
  }
  raise(ValueError, "list.remove(x): x not in list");
}

function listIndex(l: PyObject, args: PyObject[]): PyObject {
  checkArgCount("index", args, 1, 3);
  const [start, stop] = indexBounds(args, listItems(l).length);
  for (let i = start; i < stop && i < listItems(l).length; i++) {
    const item = incref(listItems(l)[i]!);
    let eq: boolean;
    try {
      eq = abs.richCompareBool(item, args[0]!, CompareOp.EQ);
    } finally {
      decref(item);
    }
    if (eq) return newInt(i);
  }
  raise(ValueError, `${abs.reprText(args[0]!)} is not in list`);
}

function listCount(l: PyObject, value: PyObject): PyObject {
  let n = 0;
  for (let i = 0; i < listItems(l).length; i++) {
    const item = incref(listItems(l)[i]!);
    try {
      if (abs.richCompareBool(item, value, CompareOp.EQ)) n++;
    } finally {
      decref(item);
    }
  }
  return newInt(n);
}

// ---- sort --------------------------------------------------------------------------------

/** IFLT: x < y through PyObject_RichCompareBool. */
function lt(x: PyObject, y: PyObject): boolean {
  return abs.richCompareBool(x, y, CompareOp.LT);
}

/**
 * CPython 3.12's timsort (Objects/listobject.c, listsort.txt): run detection,
 * binary insertion up to minrun, the powersort merge policy, and merge_lo /
 * merge_hi with galloping — so the sequence of `<` comparisons (observable through
 * __lt__ side effects and inconsistent orders) is CPython's. `values` (the list
 * items when sorting by key) move with their keys.
 */
const MIN_GALLOP = 7;

class TimSort {
  minGallop = MIN_GALLOP;
  pending: { base: number; len: number; power: number }[] = [];
  constructor(readonly keys: PyObject[], readonly values: PyObject[] | null) {}

  move(dst: number, src: number): void {
    this.keys[dst] = this.keys[src]!;
    if (this.values) this.values[dst] = this.values[src]!;
  }

  reverse(lo: number, hi: number): void {
    for (hi--; lo < hi; lo++, hi--) {
      const k = this.keys[lo]!;
      this.keys[lo] = this.keys[hi]!;
      this.keys[hi] = k;
      if (this.values) {
        const v = this.values[lo]!;
        this.values[lo] = this.values[hi]!;
        this.values[hi] = v;
      }
    }
  }

  countRun(lo: number, hi: number): [number, boolean] {
    const keys = this.keys;
    lo++;
    if (lo === hi) return [1, false];
    let n = 2;
    if (lt(keys[lo]!, keys[lo - 1]!)) {
      for (lo++; lo < hi; lo++, n++) if (!lt(keys[lo]!, keys[lo - 1]!)) break;
      return [n, true];
    }
    for (lo++; lo < hi; lo++, n++) if (lt(keys[lo]!, keys[lo - 1]!)) break;
    return [n, false];
  }

  binarySort(lo: number, hi: number, start: number): void {
    const keys = this.keys;
    const values = this.values;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = keys[r]!;
      const pv = values ? values[r]! : null;
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, keys[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) this.move(p, p - 1);
      keys[l] = pivot;
      if (values) values[l] = pv!;
    }
  }

  /** gallop_left over keys[a .. a+n) (or an external array) */
  gallopLeft(key: PyObject, arr: PyObject[], a: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (lt(arr[a + hint]!, key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(arr[a + hint + ofs]!, key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(arr[a + hint - ofs]!, key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(arr[a + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  gallopRight(key: PyObject, arr: PyObject[], a: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, arr[a + hint]!)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, arr[a + hint - ofs]!)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, arr[a + hint + ofs]!)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, arr[a + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  mergeAt(i: number): void {
    const p = this.pending;
    let sa = p[i]!.base;
    let na = p[i]!.len;
    const sb = p[i + 1]!.base;
    let nb = p[i + 1]!.len;
    p[i]!.len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2]!;
    p.length--;
    const k = this.gallopRight(this.keys[sb]!, this.keys, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.keys[sa + na - 1]!, this.keys, sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(sa, na, sb, nb);
    else this.mergeHi(sa, na, sb, nb);
  }

  mergeLo(sa: number, na: number, sb: number, nb: number): void {
    const keys = this.keys;
    const values = this.values;
    const tk = keys.slice(sa, sa + na);
    const tv = values ? values.slice(sa, sa + na) : null;
    let dest = sa;
    let pa = 0; // into the temp copy of A
    const copyA = () => {
      keys[dest] = tk[pa]!;
      if (values) values[dest] = tv![pa]!;
      dest++;
      pa++;
    };
    const copyB = () => {
      this.move(dest, sb);
      dest++;
      sb++;
    };
    let done = false;
    const finish = () => {
      // Succeed / Fail: the rest of A goes after dest
      for (; na > 0; na--) copyA();
    };
    try {
      copyB();
      nb--;
      if (nb === 0) return finish();
      if (na === 1) {
        for (let j = 0; j < nb; j++) copyB();
        copyA();
        done = true;
        return;
      }
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[sb]!, tk[pa]!)) {
            copyB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) break outer;
            if (bcount >= minGallop) break;
          } else {
            copyA();
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              for (let j = 0; j < nb; j++) copyB();
              copyA();
              na = 0;
              done = true;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[sb]!, tk, pa, na, 0);
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) copyA();
            na -= k;
            if (na === 1) {
              for (let j = 0; j < nb; j++) copyB();
              copyA();
              na = 0;
              done = true;
              return;
            }
            if (na === 0) break outer;
          }
          copyB();
          nb--;
          if (nb === 0) break outer;
          k = this.gallopLeft(tk[pa]!, keys, sb, nb, 0);
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) copyB();
            nb -= k;
            if (nb === 0) break outer;
          }
          copyA();
          na--;
          if (na === 1) {
            for (let j = 0; j < nb; j++) copyB();
            copyA();
            na = 0;
            done = true;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
      finish();
      done = true;
    } finally {
      if (!done) finish();
    }
  }

  mergeHi(sa: number, na: number, sb: number, nb: number): void {
    const keys = this.keys;
    const values = this.values;
    const tk = keys.slice(sb, sb + nb);
    const tv = values ? values.slice(sb, sb + nb) : null;
    let dest = sb + nb - 1;
    let pa = sa + na - 1; // last of A (in place)
    let pb = nb - 1; // last of B (temp)
    const baseA = sa;
    const copyA = () => {
      this.move(dest, pa);
      dest--;
      pa--;
    };
    const copyB = () => {
      keys[dest] = tk[pb]!;
      if (values) values[dest] = tv![pb]!;
      dest--;
      pb--;
    };
    let done = false;
    const finish = () => {
      // the remaining nb items of B fill dest-(nb-1) .. dest
      for (; nb > 0; nb--) copyB();
    };
    const tailA = () => {
      // CopyA: move the na remaining A items up, then the first of B in front
      for (let j = 0; j < na; j++) copyA();
      copyB();
      nb = 0;
      done = true;
    };
    try {
      copyA();
      na--;
      if (na === 0) return finish();
      if (nb === 1) return tailA();
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb]!, keys[pa]!)) {
            copyA();
            acount++;
            bcount = 0;
            na--;
            if (na === 0) break outer;
            if (acount >= minGallop) break;
          } else {
            copyB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) return tailA();
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[pb]!, keys, baseA, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) copyA();
            na -= k;
            if (na === 0) break outer;
          }
          copyB();
          nb--;
          if (nb === 1) return tailA();
          k = this.gallopLeft(keys[pa]!, tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) copyB();
            nb -= k;
            if (nb === 1) return tailA();
            if (nb === 0) break outer;
          }
          copyA();
          na--;
          if (na === 0) break outer;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
      finish();
      done = true;
    } finally {
      if (!done) finish();
    }
  }

  foundNewRun(n2: number, listlen: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const s1 = p[p.length - 1]!.base;
    const n1 = p[p.length - 1]!.len;
    const power = powerloop(s1, n1, n2, listlen);
    while (p.length > 1 && p[p.length - 2]!.power > power) this.mergeAt(p.length - 2);
    p[p.length - 1]!.power = power;
  }

  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
      this.mergeAt(n);
    }
  }

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    let nremaining = n;
    let lo = 0;
    let r = 0;
    let m = n;
    while (m >= 64) {
      r |= m & 1;
      m >>= 1;
    }
    const minrun = m + r;
    do {
      let [len, desc] = this.countRun(lo, lo + nremaining);
      if (desc) this.reverse(lo, lo + len);
      if (len < minrun) {
        const force = nremaining <= minrun ? nremaining : minrun;
        this.binarySort(lo, lo + force, lo + len);
        len = force;
      }
      this.foundNewRun(len, n);
      this.pending.push({ base: lo, len, power: 0 });
      lo += len;
      nremaining -= len;
    } while (nremaining);
    this.forceCollapse();
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function sortSlice(keys: PyObject[], values: PyObject[] | null): void {
  new TimSort(keys, values).sort();
}

/** list.sort(*, key=None, reverse=False) */
export function listSort(l: PyObject, keyfunc: PyObject | null, reverse: boolean): void {
  // The list is emptied while sorting: mutations are detected afterwards.
  const saved = listItems(l);
  const savedCap = listCapacity(l);
  const savedAddr = l.weakrefs as number;
  l.v = [];
  l.w = -1;
  l.weakrefs = 0;
  let error: unknown = null;
  const keys: PyObject[] = [];
  let keysDone = false;
  try {
    if (keyfunc !== null) {
      for (const x of saved) keys.push(abs.call(keyfunc, [x]));
    }
    keysDone = true;
    if (saved.length > 1) {
      // reverse=True: reverse, stable sort, reverse back (also after a failed comparison)
      if (reverse) {
        if (keyfunc !== null) keys.reverse();
        saved.reverse();
      }
      try {
        if (keyfunc === null) sortSlice(saved, null);
        else sortSlice(keys, saved);
      } finally {
        if (reverse) saved.reverse();
      }
    }
  } catch (e) {
    error = e;
  }
  void keysDone;
  for (const k of keys) decref(k);
  const modified = (l.w as number) !== -1;
  const finalItems = listItems(l);
  const finalAddr = l.weakrefs as number;
  l.v = saved;
  l.w = savedCap;
  l.weakrefs = savedAddr;
  for (let i = finalItems.length - 1; i >= 0; i--) decref(finalItems[i]!);
  freeBuffer(finalAddr);
  if (error !== null) throw error;
  if (modified) raise(ValueError, "list modified during sort");
}

function sortArgs(args: PyObject[], kwnames: string[] | null, fname: string): { key: PyObject | null; reverse: boolean } {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 0) raise(TypeError, `${fname}() takes no positional arguments`);
  let key: PyObject | null = null;
  let reverse = false;
  (kwnames ?? []).forEach((name, i) => {
    const v = args[npos + i]!;
    if (name === "key") key = v === None ? null : v;
    else if (name === "reverse") reverse = abs.isTrue(v);
    else raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
  });
  return { key, reverse };
}

// ---- iterators ---------------------------------------------------------------------------

export function newListIter(l: PyObject): PyObject {
  const it = allocObject(ListIterType, 48, incref(l), 0);
  gcTrack(it);
  return it;
}

function listIterNext(it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const i = it.w as number;
  const items = listItems(seq);
  if (i < items.length) {
    it.w = i + 1;
    return incref(items[i]!);
  }
  it.v = null;
  decref(seq);
  return null;
}

export function newListRevIter(l: PyObject): PyObject {
  const it = allocObject(ListRevIterType, 48, incref(l), listItems(l).length - 1);
  gcTrack(it);
  return it;
}

function listRevIterNext(it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const i = it.w as number;
  const items = listItems(seq);
  if (i >= 0 && i < items.length) {
    it.w = i - 1;
    return incref(items[i]!);
  }
  it.w = -1;
  it.v = null;
  decref(seq);
  return null;
}

function iterDealloc(it: PyObject): void {
  gcUntrack(it);
  const seq = it.v as PyObject | null;
  it.v = null;
  if (seq !== null) decref(seq);
  freeObject(it);
}

for (const [t, next, hint] of [
  [ListIterType, listIterNext, (it: PyObject) => Math.max(0, listItems(it.v as PyObject).length - (it.w as number))],
  [ListRevIterType, listRevIterNext, (it: PyObject) => {
    const i = it.w as number;
    return i >= 0 && i < listItems(it.v as PyObject).length ? i + 1 : 0;
  }],
] as const) {
  const d = typeData(t);
  d.dealloc = iterDealloc;
  d.traverse = (it, visit) => {
    if (it.v !== null) visit(it.v as PyObject);
  };
  d.iter = (it) => incref(it);
  d.iternext = next;
  d.sizeof = () => 32;
  d.methodDefs["__length_hint__"] = { kind: "noargs", fn: (it) => newInt(it.v === null ? 0 : hint(it)) };
}

// ---- the type -------------------------------------------------------------------------------

function listNew(type: PyObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  if (type === ListType) return allocGenericList();
  const data = typeData(type);
  const o = allocObject(type, data.basicsize + data.preHeaderSize, [], 0);
  o.weakrefs = 0;
  gcTrack(o);
  return o;
}

/** PyType_GenericAlloc(list): list() does not use the list free list. */
function allocGenericList(): PyObject {
  const l = allocObject(ListType, 56, [], 0);
  l.weakrefs = 0;
  gcTrack(l);
  return l;
}

function listInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "list() takes no keyword arguments");
  if (args.length > 1) raise(TypeError, `list expected at most 1 argument, got ${args.length}`);
  if (listItems(self).length > 0 || (self.weakrefs as number) !== 0) listClear(self);
  if (args.length === 1) listInitFrom(self, args[0]!);
}

/** list(...) as list_vectorcall: a generically allocated list, then __init__. */
export function listCall(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "list() takes no keyword arguments");
  if (args.length > 1) raise(TypeError, `list expected at most 1 argument, got ${args.length}`);
  const l = listNew(type, [], null);
  try {
    if (args.length === 1) listInitFrom(l, args[0]!);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** sorted(iterable, *, key=None, reverse=False) */
export function builtinSorted(args: PyObject[], kwnames: string[] | null): PyObject {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos !== 1) raise(TypeError, `sorted expected 1 argument, got ${npos}`);
  const l = sequenceList(args[0]!);
  try {
    const { key, reverse } = sortArgs(args.slice(1), kwnames, "sort");
    listSort(l, key, reverse);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

const data = typeData(ListType);
data.repr = listRepr;
data.richcompare = listRichCompare;
data.hash = (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
data.getitem = listSubscript;
data.setitem = listAssSubscript;
data.contains = listContains;
data.concat = listConcat;
data.repeat = listRepeat;
data.inplace["concat"] = listInplaceConcat;
data.inplace["mul"] = (a, b) => {
  if (!hasIndex(b)) return incref(NotImplemented);
  return listInplaceRepeat(a, asIndex(b));
};
data.iter = newListIter;
data.new = listNew;
data.init = listInit;
data.clear = listClear;
Object.assign(data.methodDefs, {
  __getitem__: { kind: "o", fn: listSubscript },
  __reversed__: { kind: "noargs", fn: newListRevIter },
  __sizeof__: { kind: "noargs", fn: (l: PyObject) => newInt(40 + 8 * listCapacity(l)) },
  append: { kind: "o", fn: (l: PyObject, x: PyObject) => (listAppend(l, incref(x)), incref(None)) },
  extend: { kind: "o", fn: (l: PyObject, x: PyObject) => (listExtendFrom(l, x), incref(None)) },
  insert: { kind: "fast", fn: listInsert },
  pop: { kind: "fast", fn: listPop },
  remove: { kind: "o", fn: listRemove },
  index: { kind: "fast", fn: listIndex },
  count: { kind: "o", fn: listCount },
  reverse: { kind: "noargs", fn: (l: PyObject) => (listItems(l).reverse(), incref(None)) },
  copy: { kind: "noargs", fn: (l: PyObject) => listSlice(l, 0, listItems(l).length) },
  clear: { kind: "noargs", fn: (l: PyObject) => (listClear(l), incref(None)) },
  sort: {
    kind: "fastkw",
    fn: (l: PyObject, args: PyObject[], kwnames: string[] | null) => {
      const { key, reverse } = sortArgs(args, kwnames, "sort");
      listSort(l, key, reverse);
      return incref(None);
    },
  },
});

export { True, False, internStr, newTuple, isTuple };
