// The _collections module (Modules/_collectionsmodule.c and Objects/odictobject.c of
// CPython 3.12): deque, defaultdict, OrderedDict, _tuplegetter and _count_elements.
// The rest of `collections` (Counter, namedtuple, ChainMap, UserDict) is written in
// Python (pysrc/collections.ts) on top of these, as CPython's Lib/collections does;
// two private helpers stand in for eval() and sys._getframemodulename there.
//
// deque: a doubly linked list of blocks of 64 item slots, each block a separately
// allocated 528-byte buffer (64 pointers + 2 links, PyMem_Malloc: above pymalloc's
// 512-byte threshold), with CPython's block-index arithmetic (`leftindex`,
// `rightindex`, the CENTER start, the space-saving starts of extend/extendleft) and
// each deque's own free list of up to 16 spare blocks, so that __sizeof__ (216 +
// 528 per block in use) follows CPython. Payload `v`: a DequeData.
//
// defaultdict: a dict (the dict payload in `v`/`w`) whose default_factory is held in
// `weakrefs` (dicts cannot be weakly referenced: the field is free); basicsize 56.
//
// OrderedDict: a dict plus a linked list of 32-byte nodes (one buffer each) and the
// "fast nodes" array CPython keeps in step with the dict's key table (8 bytes per
// table slot, re-made whenever the dict's keys object changed since the last node
// lookup): its state (an ODState) is in `weakrefs`; `dict` is od_inst_dict. CPython
// finds a key's node through the dict's entry index; here nodes are found by key hash
// (identity first, then ==), with the fast-nodes array kept only for its memory.
//
// CPython 3.12 makes deque, defaultdict, the deque iterators and _tuplegetter heap
// types (PyType_FromModuleAndSpec); they are static types here (their instances do
// not hold a reference to their type).
import { decref, incref, xdecref, PyObject, PyRaise } from "../objects/object.js";
import {
  raise, raiseObject, raiseEmpty, newException, MemoryError, TypeError, ValueError, IndexError, KeyError, RuntimeError, OverflowError, AttributeError,
} from "../objects/exceptions.js";
import { None, NotImplemented, True, False, pyBool } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newTuple, tupleItems, EmptyTuple } from "../objects/tupleobject.js";
import { isTuple } from "../objects/tuplemethods.js";
import { sequenceList } from "../objects/listmethods.js";
import {
  newDict, dictSetItem, dictGetItem, dictGetItemKnownHash, dictSetItemKnownHash, dictDelItem, dictClear, dictContains,
  keyHash, isDict, newDictView, dictMergeEx, dictItemsList, raiseKeyError, DictKeys, dictFromKeys, dictPop,
} from "../objects/dictobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import {
  makeStaticType, typeData, tp, typeName, isSubtype, CompareOp, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_DICT_SUBCLASS,
  type MethodDef, type TypeData,
} from "../objects/typeobject.js";
import { DictType, DictKeysType, DictValuesType, DictItemsType, StrType } from "../objects/types.js";
import { allocObject, allocBuffer, freeBuffer, freeObject } from "../objects/runtime.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { trashcanBegin, trashcanEnd } from "../objects/trashcan.js";
import { clearWeakrefs } from "../objects/weakrefobject.js";
import { hasIndex, indexValue, asIndex, isIntObject } from "../objects/sliceobject.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin, typeLookup, instanceDictGetSet } from "../objects/descrobject.js";
import * as abs from "../objects/abstract.js";
import { registerModule, registerSourceModule } from "../vm/imports.js";
import { threadState } from "../vm/threadstate.js";
import { execSourceModule } from "../vm/sourcemodule.js";
import { COLLECTIONS_SOURCE } from "./pysrc/collections.js";

// ---- argument helpers (CPython's messages for METH_O / METH_NOARGS and friends) ---------------

function noKw(qual: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
}

/** METH_NOARGS with the qualified name CPython 3.12 puts in its errors. */
function noargs(qual: string, fn: (self: PyObject) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      noKw(qual, kwnames);
      if (args.length !== 0) raise(TypeError, `${qual}() takes no arguments (${args.length} given)`);
      return fn(self);
    },
  };
}

/** METH_O */
function one(qual: string, fn: (self: PyObject, arg: PyObject) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      noKw(qual, kwnames);
      if (args.length !== 1) raise(TypeError, `${qual}() takes exactly one argument (${args.length} given)`);
      return fn(self, args[0]!);
    },
  };
}

/** PyLong_AsSsize_t after __index__ (the "n" format). */
function ssizeArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** PyLong_AsSsize_t (no __index__: "an integer is required"). */
function longAsSsize(o: PyObject): number {
  if (!isIntObject(o)) raise(TypeError, "an integer is required");
  return ssizeArg(o);
}

/** _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(o: PyObject): number {
  if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or have an __index__ method");
  const v = indexValue(o);
  if (typeof v === "number") return v;
  return v < 0n ? -(2 ** 63) : 2 ** 63;
}

/** The short type name (_PyType_Name): what follows the last dot of tp_name. */
function shortName(o: PyObject): string {
  const name = typeName(o);
  return name.slice(name.lastIndexOf(".") + 1);
}

function isInstanceOf(o: PyObject, t: PyObject): boolean {
  return o.type === t || isSubtype(o.type, t);
}

// =============================================================================================
// deque
// =============================================================================================

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
const MAXFREEBLOCKS = 16;
/** sizeof(block): leftlink, 64 item pointers, rightlink */
const BLOCK_BYTES = 8 + 8 * BLOCKLEN + 8;

interface Block {
  /** the block's buffer in the heap */
  addr: number;
  data: (PyObject | null)[];
  left: Block | null;
  right: Block | null;
}

interface DequeData {
  leftblock: Block;
  rightblock: Block;
  leftindex: number;
  rightindex: number;
  /** Py_SIZE */
  size: number;
  /** incremented whenever the indices move (iterators check it) */
  state: number;
  /** -1: unbounded */
  maxlen: number;
  freeblocks: Block[];
}

export const DequeType = makeStaticType("collections.deque", 216, 0, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE);
// no tp_vectorcall in 3.12: a call packs its arguments (objects/callargs.ts)
typeData(DequeType).callPacksArgs = true;
export const DequeIterType = makeStaticType("collections._deque_iterator", 56, 0, TPFLAGS_HAVE_GC);
export const DequeRevIterType = makeStaticType("collections._deque_reverse_iterator", 56, 0, TPFLAGS_HAVE_GC);

function dq(o: PyObject): DequeData {
  return o.v as DequeData;
}

function isDeque(o: PyObject): boolean {
  return isInstanceOf(o, DequeType);
}

function newblock(d: DequeData): Block {
  const spare = d.freeblocks.pop();
  if (spare !== undefined) return spare;
  return { addr: allocBuffer(BLOCK_BYTES), data: new Array<PyObject | null>(BLOCKLEN).fill(null), left: null, right: null };
}

function freeblock(d: DequeData, b: Block): void {
  if (d.freeblocks.length < MAXFREEBLOCKS) {
    b.left = b.right = null;
    d.freeblocks.push(b);
  } else {
    freeBuffer(b.addr);
    b.addr = 0;
  }
}

/** deque_new: tp_alloc (tracked at once), then the first block, centred. */
function dequeNew(type: PyObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const data = typeData(type);
  const o = allocObject(type, data.basicsize + data.preHeaderSize, null, null);
  gcTrack(o);
  const fresh = { freeblocks: [] as Block[] } as DequeData;
  const b = newblock(fresh);
  Object.assign(fresh, { leftblock: b, rightblock: b, leftindex: CENTER + 1, rightindex: CENTER, size: 0, state: 0, maxlen: -1 });
  o.v = fresh;
  return o;
}

function dequePop(o: PyObject): PyObject {
  const d = dq(o);
  if (d.size === 0) raise(IndexError, "pop from an empty deque");
  const item = d.rightblock.data[d.rightindex]!;
  d.rightblock.data[d.rightindex] = null;
  d.rightindex--;
  d.size--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.size > 0) {
      const prev = d.rightblock.left!;
      freeblock(d, d.rightblock);
      prev.right = null;
      d.rightblock = prev;
      d.rightindex = BLOCKLEN - 1;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

function dequePopLeft(o: PyObject): PyObject {
  const d = dq(o);
  if (d.size === 0) raise(IndexError, "pop from an empty deque");
  const item = d.leftblock.data[d.leftindex]!;
  d.leftblock.data[d.leftindex] = null;
  d.leftindex++;
  d.size--;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.size > 0) {
      const next = d.leftblock.right!;
      freeblock(d, d.leftblock);
      next.left = null;
      d.leftblock = next;
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** NEEDS_TRIM: 0 <= maxlen < size */
function needsTrim(d: DequeData, maxlen: number): boolean {
  return maxlen >= 0 && maxlen < d.size;
}

/** deque_append_internal: takes over the item's reference. */
function appendInternal(o: PyObject, item: PyObject, maxlen: number): void {
  const d = dq(o);
  if (d.rightindex === BLOCKLEN - 1) {
    const b = newblock(d);
    b.left = d.rightblock;
    d.rightblock.right = b;
    d.rightblock = b;
    b.right = null;
    d.rightindex = -1;
  }
  d.size++;
  d.rightindex++;
  d.rightblock.data[d.rightindex] = item;
  if (needsTrim(d, maxlen)) decref(dequePopLeft(o));
  else d.state++;
}

function appendleftInternal(o: PyObject, item: PyObject, maxlen: number): void {
  const d = dq(o);
  if (d.leftindex === 0) {
    const b = newblock(d);
    b.right = d.leftblock;
    d.leftblock.left = b;
    d.leftblock = b;
    b.left = null;
    d.leftindex = BLOCKLEN;
  }
  d.size++;
  d.leftindex--;
  d.leftblock.data[d.leftindex] = item;
  if (needsTrim(d, maxlen)) decref(dequePop(o));
  else d.state++;
}

function dequeAppend(o: PyObject, item: PyObject): PyObject {
  appendInternal(o, incref(item), dq(o).maxlen);
  return incref(None);
}

function dequeAppendLeft(o: PyObject, item: PyObject): PyObject {
  appendleftInternal(o, incref(item), dq(o).maxlen);
  return incref(None);
}

/** Run an iterator to exhaustion (extend with maxlen == 0). */
function consumeIterator(it: PyObject): void {
  for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) decref(x);
}

function dequeExtendImpl(o: PyObject, iterable: PyObject, left: boolean): void {
  if (o === iterable) {
    const s = sequenceList(iterable);
    try {
      dequeExtendImpl(o, s, left);
    } finally {
      decref(s);
    }
    return;
  }
  const it = abs.getIter(iterable);
  try {
    const d = dq(o);
    const maxlen = d.maxlen;
    if (maxlen === 0) {
      consumeIterator(it);
      return;
    }
    // space saving heuristic: start filling from the end the items go to
    if (d.size === 0) {
      if (left) {
        d.leftindex = BLOCKLEN - 1;
        d.rightindex = BLOCKLEN - 2;
      } else {
        d.leftindex = 1;
        d.rightindex = 0;
      }
    }
    for (let item = abs.iterNext(it); item !== null; item = abs.iterNext(it)) {
      if (left) appendleftInternal(o, item, maxlen);
      else appendInternal(o, item, maxlen);
    }
  } finally {
    decref(it);
  }
}

function dequeExtend(o: PyObject, iterable: PyObject): PyObject {
  dequeExtendImpl(o, iterable, false);
  return incref(None);
}

function dequeExtendLeft(o: PyObject, iterable: PyObject): PyObject {
  dequeExtendImpl(o, iterable, true);
  return incref(None);
}

function dequeInplaceConcat(o: PyObject, other: PyObject): PyObject {
  dequeExtendImpl(o, other, false);
  return incref(o);
}

/** deque_copy: a deque of the same maxlen (subclasses: type(d)(d[, maxlen])). */
function dequeCopy(o: PyObject): PyObject {
  const old = dq(o);
  if (o.type === DequeType) {
    const copy = dequeNew(DequeType, [], null);
    try {
      dq(copy).maxlen = old.maxlen;
      if (old.size === 1) appendInternal(copy, incref(old.leftblock.data[old.leftindex]!), dq(copy).maxlen);
      else dequeExtendImpl(copy, o, false);
    } catch (e) {
      decref(copy);
      throw e;
    }
    return copy;
  }
  let result: PyObject;
  if (old.maxlen < 0) {
    result = abs.call(o.type, [o]);
  } else {
    const m = newInt(old.maxlen);
    try {
      result = abs.call(o.type, [o, m]);
    } finally {
      decref(m);
    }
  }
  if (!isDeque(result)) {
    const name = typeName(result);
    decref(result);
    raise(TypeError, `${typeData(o.type).name}() must return a deque, not ${name}`);
  }
  return result;
}

function dequeConcat(o: PyObject, other: PyObject): PyObject {
  if (!isDeque(other)) raise(TypeError, `can only concatenate deque (not "${typeName(other)}") to deque`);
  const copy = dequeCopy(o);
  try {
    dequeExtendImpl(copy, other, false);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** deque_clear: the deque is made empty first (on a fresh block), then the old items are released. */
function dequeClear(o: PyObject): void {
  const d = dq(o);
  if (d.size === 0) return;
  const b = newblock(d);
  let n = d.size;
  let leftblock = d.leftblock;
  const leftindex = d.leftindex;
  b.left = b.right = null;
  d.size = 0;
  d.leftblock = b;
  d.rightblock = b;
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let m = BLOCKLEN - leftindex > n ? n : BLOCKLEN - leftindex;
  let i = leftindex;
  let limit = leftindex + m;
  n -= m;
  for (;;) {
    if (i === limit) {
      if (n === 0) break;
      const prev = leftblock;
      leftblock = leftblock.right!;
      m = n > BLOCKLEN ? BLOCKLEN : n;
      i = 0;
      limit = m;
      n -= m;
      freeblock(d, prev);
    }
    const item = leftblock.data[i]!;
    leftblock.data[i++] = null;
    decref(item);
  }
  freeblock(d, leftblock);
}

function dequeInplaceRepeat(o: PyObject, nIn: number): PyObject {
  const d = dq(o);
  let n = nIn;
  const size = d.size;
  if (size === 0 || n === 1) return incref(o);
  if (n <= 0) {
    dequeClear(o);
    return incref(o);
  }
  if (size === 1) {
    // the common case: repeating one item
    const item = d.leftblock.data[d.leftindex]!;
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    let i = 0;
    while (i < n - 1) {
      if (d.rightindex === BLOCKLEN - 1) {
        const b = newblock(d);
        b.left = d.rightblock;
        d.rightblock.right = b;
        d.rightblock = b;
        b.right = null;
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m--) {
        d.rightindex++;
        d.rightblock.data[d.rightindex] = incref(item);
      }
    }
    d.size += i;
    return incref(o);
  }
  if (size * n > 9223372036854775807) raiseEmpty(MemoryError);
  const seq = sequenceList(o);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtendImpl(o, seq, false);
  } finally {
    decref(seq);
  }
  return incref(o);
}

function dequeRepeat(o: PyObject, n: number): PyObject {
  const copy = dequeCopy(o);
  try {
    return dequeInplaceRepeat(copy, n);
  } finally {
    decref(copy);
  }
}

/** _deque_rotate: items move between blocks without refcount changes. */
function dequeRotate(o: PyObject, nIn: number): void {
  const d = dq(o);
  let n = nIn;
  let b: Block | null = null;
  let leftblock = d.leftblock;
  let rightblock = d.rightblock;
  let leftindex = d.leftindex;
  let rightindex = d.rightindex;
  const len = d.size;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  d.state++;
  while (n > 0) {
    if (leftindex === 0) {
      if (b === null) b = newblock(d);
      b.right = leftblock;
      leftblock.left = b;
      leftblock = b;
      b.left = null;
      leftindex = BLOCKLEN;
      b = null;
    }
    let m = n;
    if (m > rightindex + 1) m = rightindex + 1;
    if (m > leftindex) m = leftindex;
    rightindex -= m;
    leftindex -= m;
    let src = rightindex + 1;
    let dest = leftindex;
    n -= m;
    do {
      leftblock.data[dest++] = rightblock.data[src] ?? null;
      rightblock.data[src++] = null;
    } while (--m);
    if (rightindex < 0) {
      b = rightblock;
      rightblock = rightblock.left!;
      rightblock.right = null;
      rightindex = BLOCKLEN - 1;
    }
  }
  while (n < 0) {
    if (rightindex === BLOCKLEN - 1) {
      if (b === null) b = newblock(d);
      b.left = rightblock;
      rightblock.right = b;
      rightblock = b;
      b.right = null;
      rightindex = -1;
      b = null;
    }
    let m = -n;
    if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
    if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
    let src = leftindex;
    let dest = rightindex + 1;
    leftindex += m;
    rightindex += m;
    n += m;
    do {
      rightblock.data[dest++] = leftblock.data[src] ?? null;
      leftblock.data[src++] = null;
    } while (--m);
    if (leftindex === BLOCKLEN) {
      b = leftblock;
      leftblock = leftblock.right!;
      leftblock.left = null;
      leftindex = 0;
    }
  }
  if (b !== null) freeblock(d, b);
  d.leftblock = leftblock;
  d.rightblock = rightblock;
  d.leftindex = leftindex;
  d.rightindex = rightindex;
}

function dequeReverse(o: PyObject): PyObject {
  const d = dq(o);
  let leftblock = d.leftblock;
  let rightblock = d.rightblock;
  let leftindex = d.leftindex;
  let rightindex = d.rightindex;
  let n = d.size >> 1;
  while (--n >= 0) {
    const tmp = leftblock.data[leftindex]!;
    leftblock.data[leftindex] = rightblock.data[rightindex]!;
    rightblock.data[rightindex] = tmp;
    leftindex++;
    if (leftindex === BLOCKLEN) {
      leftblock = leftblock.right!;
      leftindex = 0;
    }
    rightindex--;
    if (rightindex < 0) {
      rightblock = rightblock.left!;
      rightindex = BLOCKLEN - 1;
    }
  }
  return incref(None);
}

/** The index of the first item equal to `v` among `count` items after the first `skip` (-1: none). */
function dequeScan(o: PyObject, v: PyObject, skip: number, count: number, mutatedError: PyObject, checkFirst: boolean): number {
  const d = dq(o);
  let b = d.leftblock;
  let index = d.leftindex;
  const startState = d.state;
  for (let i = 0; i < skip; i++) {
    index++;
    if (index === BLOCKLEN) {
      b = b.right!;
      index = 0;
    }
  }
  for (let i = 0; i < count; i++) {
    const item = incref(b.data[index]!);
    let cmp: boolean;
    try {
      cmp = abs.richCompareBool(item, v, CompareOp.EQ);
    } finally {
      decref(item);
    }
    if (cmp && !checkFirst) return skip + i;
    if (startState !== d.state) raise(mutatedError, "deque mutated during iteration");
    if (cmp) return skip + i;
    index++;
    if (index === BLOCKLEN) {
      b = b.right!;
      index = 0;
    }
  }
  return -1;
}

function dequeCount(o: PyObject, v: PyObject): PyObject {
  let count = 0;
  const d = dq(o);
  const startState = d.state;
  let b = d.leftblock;
  let index = d.leftindex;
  for (let n = d.size; --n >= 0;) {
    const item = incref(b.data[index]!);
    let cmp: boolean;
    try {
      cmp = abs.richCompareBool(item, v, CompareOp.EQ);
    } finally {
      decref(item);
    }
    if (cmp) count++;
    if (startState !== d.state) raise(RuntimeError, "deque mutated during iteration");
    index++;
    if (index === BLOCKLEN) {
      b = b.right!;
      index = 0;
    }
  }
  return newInt(count);
}

function dequeContains(o: PyObject, v: PyObject): boolean {
  const d = dq(o);
  const startState = d.state;
  let b = d.leftblock;
  let index = d.leftindex;
  for (let n = d.size; --n >= 0;) {
    const item = incref(b.data[index]!);
    let cmp: boolean;
    try {
      cmp = abs.richCompareBool(item, v, CompareOp.EQ);
    } finally {
      decref(item);
    }
    if (cmp) return true;
    if (startState !== d.state) raise(RuntimeError, "deque mutated during iteration");
    index++;
    if (index === BLOCKLEN) {
      b = b.right!;
      index = 0;
    }
  }
  return false;
}

const dequeIndex: MethodDef = {
  kind: "fastkw",
  fn: (o, args, kwnames) => {
    noKw("index", kwnames);
    if (args.length < 1) raise(TypeError, `index() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) raise(TypeError, `index() takes at most 3 arguments (${args.length} given)`);
    const v = args[0]!;
    const d = dq(o);
    let start = args.length > 1 ? sliceIndexNotNone(args[1]!) : 0;
    let stop = args.length > 2 ? sliceIndexNotNone(args[2]!) : d.size;
    if (start < 0) {
      start += d.size;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += d.size;
      if (stop < 0) stop = 0;
    }
    if (stop > d.size) stop = d.size;
    if (start > stop) start = stop;
    const found = dequeScan(o, v, start, stop - start, RuntimeError, false);
    if (found >= 0) return newInt(found);
    raise(ValueError, `${abs.reprText(v)} is not in deque`);
  },
};

const dequeInsert: MethodDef = {
  kind: "fastkw",
  fn: (o, args, kwnames) => {
    noKw("insert", kwnames);
    if (args.length !== 2) raise(TypeError, `insert() takes exactly 2 arguments (${args.length} given)`);
    const index = ssizeArg(args[0]!);
    const value = args[1]!;
    const d = dq(o);
    const n = d.size;
    if (d.maxlen === d.size) raise(IndexError, "deque already at its maximum size");
    if (index >= n) return dequeAppend(o, value);
    if (index <= -n || index === 0) return dequeAppendLeft(o, value);
    dequeRotate(o, -index);
    if (index < 0) decref(dequeAppend(o, value));
    else decref(dequeAppendLeft(o, value));
    dequeRotate(o, index);
    return incref(None);
  },
};

function dequeDelItem(o: PyObject, i: number): void {
  dequeRotate(o, -i);
  const item = dequePopLeft(o);
  dequeRotate(o, i);
  decref(item);
}

function dequeRemove(o: PyObject, value: PyObject): PyObject {
  const i = dequeScan(o, value, 0, dq(o).size, IndexError, true);
  if (i < 0) raise(ValueError, `${abs.reprText(value)} is not in deque`);
  dequeDelItem(o, i);
  return incref(None);
}

/** The block and slot of item i (from the nearer end). */
function locate(d: DequeData, index: number, half: number, useLe: boolean): [Block, number] {
  let i = index + d.leftindex;
  let n = Math.floor(i / BLOCKLEN);
  i %= BLOCKLEN;
  let b: Block;
  if (useLe ? index <= half : index < half) {
    b = d.leftblock;
    while (--n >= 0) b = b.right!;
  } else {
    n = Math.floor((d.leftindex + d.size - 1) / BLOCKLEN) - n;
    b = d.rightblock;
    while (--n >= 0) b = b.left!;
  }
  return [b, i];
}

function dequeItem(o: PyObject, i: number): PyObject {
  const d = dq(o);
  if (i < 0 || i >= d.size) raise(IndexError, "deque index out of range");
  if (i === 0) return incref(d.leftblock.data[d.leftindex]!);
  if (i === d.size - 1) return incref(d.rightblock.data[d.rightindex]!);
  const [b, j] = locate(d, i, d.size >> 1, false);
  return incref(b.data[j]!);
}

function dequeAssItem(o: PyObject, i: number, v: PyObject | null): void {
  const d = dq(o);
  if (i < 0 || i >= d.size) raise(IndexError, "deque index out of range");
  if (v === null) {
    dequeDelItem(o, i);
    return;
  }
  const [b, j] = locate(d, i, (d.size + 1) >> 1, true);
  const old = b.data[j]!;
  b.data[j] = incref(v);
  decref(old);
}

/** sq_item through PySequence_GetItem: an index (negative ones count from the end). */
function seqIndex(o: PyObject, key: PyObject): number {
  if (!hasIndex(key)) raise(TypeError, `sequence index must be integer, not '${typeName(key)}'`);
  let i = asIndex(key);
  if (i < 0) i += dq(o).size;
  return i;
}

function dequeDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const d = dq(o);
  if (d !== null) {
    dequeClear(o);
    freeblock(d, d.leftblock);
    for (const b of d.freeblocks) freeBuffer(b.addr);
    d.freeblocks.length = 0;
    o.v = null;
  }
  freeObject(o);
}

function dequeTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const d = dq(o);
  if (d === null) return;
  let b = d.leftblock;
  let lo = d.leftindex;
  for (; b !== d.rightblock; b = b.right!) {
    for (let i = lo; i < BLOCKLEN; i++) visit(b.data[i]!);
    lo = 0;
  }
  for (let i = lo; i <= d.rightindex; i++) visit(b.data[i]!);
}

function dequeRepr(o: PyObject): PyObject {
  if (!abs.reprEnter(o)) return newStr("[...]");
  try {
    const list = sequenceList(o);
    try {
      const maxlen = dq(o).maxlen;
      const text = abs.reprText(list);
      return newStr(maxlen >= 0 ? `${shortName(o)}(${text}, maxlen=${maxlen})` : `${shortName(o)}(${text})`);
    } finally {
      decref(list);
    }
  } finally {
    abs.reprLeave(o);
  }
}

function dequeRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isDeque(v) || !isDeque(w)) return incref(NotImplemented);
  const vs = dq(v).size;
  const ws = dq(w).size;
  if (op === CompareOp.EQ) {
    if (v === w) return incref(True);
    if (vs !== ws) return incref(False);
  }
  if (op === CompareOp.NE) {
    if (v === w) return incref(False);
    if (vs !== ws) return incref(True);
  }
  const it1 = abs.getIter(v);
  let it2: PyObject | null = null;
  try {
    it2 = abs.getIter(w);
    let x: PyObject | null;
    let y: PyObject | null;
    for (;;) {
      x = abs.iterNext(it1);
      y = abs.iterNext(it2);
      if (x === null || y === null) break;
      let b: boolean;
      try {
        b = abs.richCompareBool(x, y, CompareOp.EQ);
        if (!b) return pyBool(abs.richCompareBool(x, y, op));
      } finally {
        decref(x);
        decref(y);
      }
    }
    if (x !== null) decref(x);
    if (y !== null) decref(y);
    switch (op) {
      case CompareOp.LT: return pyBool(y !== null);
      case CompareOp.LE: return pyBool(x === null);
      case CompareOp.EQ: return pyBool(x === y);
      case CompareOp.NE: return pyBool(x !== y);
      case CompareOp.GT: return pyBool(x !== null);
      default: return pyBool(y === null);
    }
  } finally {
    decref(it1);
    if (it2 !== null) decref(it2);
  }
}

/** deque.__init__(iterable=(), maxlen=None) (PyArg_ParseTupleAndKeywords "|OO:deque"). */
function dequeInit(o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const names = kwnames === null ? [] : tupleItems(kwnames).map((n) => n.v as string);
  const npos = args.length - names.length;
  if (args.length > 2) raise(TypeError, `deque() takes at most 2 arguments (${args.length} given)`);
  const slots: (PyObject | null)[] = [args[0] ?? null, npos > 1 ? args[1]! : null];
  if (npos < 1) slots[0] = null;
  names.forEach((name, k) => {
    const i = name === "iterable" ? 0 : name === "maxlen" ? 1 : -1;
    if (i < 0) raise(TypeError, `'${name}' is an invalid keyword argument for deque()`);
    if (i < npos) raise(TypeError, `argument for deque() given by name ('${name}') and position (${i + 1})`);
    slots[i] = args[npos + k]!;
  });
  const iterable = slots[0] ?? null;
  const maxlenObj = slots[1] ?? null;
  let maxlen = -1;
  if (maxlenObj !== null && maxlenObj !== None) {
    maxlen = longAsSsize(maxlenObj);
    if (maxlen < 0) raise(ValueError, "maxlen must be non-negative");
  }
  const d = dq(o);
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(o);
  if (iterable !== null) dequeExtendImpl(o, iterable, false);
}

function dequeSizeof(o: PyObject): number {
  const d = dq(o);
  const blocks = Math.floor((d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN);
  return typeData(o.type).basicsize + blocks * BLOCK_BYTES;
}

function dequeReduce(o: PyObject): PyObject {
  const state = getState(o);
  const it = abs.getIter(o);
  const maxlen = dq(o).maxlen;
  const args = maxlen < 0 ? EmptyTuple : newTuple([EmptyTuple, newInt(maxlen)]);
  return newTuple([incref(o.type), args, state, it]);
}

/** _PyObject_GetState for a deque: its __dict__ when it has a non-empty one, else None. */
function getState(o: PyObject): PyObject {
  if (tp(o).heap === null) return incref(None);
  const d = abs.getAttrOrNull(o, internStr("__dict__"));
  if (d === null) return incref(None);
  if (isDict(d) && (d.w as number) === 0) {
    decref(d);
    return incref(None);
  }
  return d;
}

// ---- deque iterators (56 + 16 GC bytes) -------------------------------------------------------

interface DequeIterData {
  b: Block;
  index: number;
  deque: PyObject | null;
  state: number;
  counter: number;
}

function newDequeIter(o: PyObject, type: PyObject, reverse: boolean): PyObject {
  const d = dq(o);
  const data: DequeIterData = {
    b: reverse ? d.rightblock : d.leftblock,
    index: reverse ? d.rightindex : d.leftindex,
    deque: incref(o),
    state: d.state,
    counter: d.size,
  };
  const it = allocObject(type, 72, data, null);
  gcTrack(it);
  return it;
}

function dequeIterNext(it: PyObject): PyObject | null {
  const s = it.v as DequeIterData;
  const d = dq(s.deque!);
  if (d.state !== s.state) {
    s.counter = 0;
    raise(RuntimeError, "deque mutated during iteration");
  }
  if (s.counter === 0) return null;
  const item = s.b.data[s.index]!;
  s.index++;
  s.counter--;
  if (s.index === BLOCKLEN && s.counter > 0) {
    s.b = s.b.right!;
    s.index = 0;
  }
  return incref(item);
}

function dequeRevIterNext(it: PyObject): PyObject | null {
  const s = it.v as DequeIterData;
  if (s.counter === 0) return null;
  const d = dq(s.deque!);
  if (d.state !== s.state) {
    s.counter = 0;
    raise(RuntimeError, "deque mutated during iteration");
  }
  const item = s.b.data[s.index]!;
  s.index--;
  s.counter--;
  if (s.index < 0 && s.counter > 0) {
    s.b = s.b.left!;
    s.index = BLOCKLEN - 1;
  }
  return incref(item);
}

/** _deque_iterator(deque, index=0): a new iterator advanced by index items. */
function dequeIterNew(reverse: boolean) {
  return (type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const tname = reverse ? "_deque_reverse_iterator" : "_deque_iterator";
    if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, `${tname}() takes no keyword arguments`);
    if (args.length < 1) raise(TypeError, `${tname}() takes at least 1 argument (0 given)`);
    if (args.length > 2) raise(TypeError, `${tname}() takes at most 2 arguments (${args.length} given)`);
    if (!isDeque(args[0]!)) raise(TypeError, `${tname}() argument 1 must be collections.deque, not ${typeName(args[0]!)}`);
    const index = args.length > 1 ? ssizeArg(args[1]!) : 0;
    const it = newDequeIter(args[0]!, type, reverse);
    try {
      for (let i = 0; i < index; i++) {
        const item = reverse ? dequeRevIterNext(it) : dequeIterNext(it);
        if (item === null) break;
        decref(item);
      }
    } catch (e) {
      decref(it);
      throw e;
    }
    return it;
  };
}

for (const [t, next, reverse] of [[DequeIterType, dequeIterNext, false], [DequeRevIterType, dequeRevIterNext, true]] as const) {
  const data = typeData(t);
  data.module = "collections";
  data.dealloc = (it) => {
    gcUntrack(it);
    const s = it.v as DequeIterData;
    const d = s.deque;
    s.deque = null;
    if (d !== null) decref(d);
    freeObject(it);
  };
  data.traverse = (it, visit) => {
    const d = (it.v as DequeIterData).deque;
    if (d !== null) visit(d);
  };
  data.clear = (it) => {
    const s = it.v as DequeIterData;
    const d = s.deque;
    s.deque = null;
    if (d !== null) decref(d);
  };
  data.iter = (it) => incref(it);
  data.iternext = next;
  data.new = dequeIterNew(reverse);
  data.sizeof = () => 56;
  data.methodDefs = {
    __length_hint__: noargs("__length_hint__", (it) => newInt((it.v as DequeIterData).counter)),
    __reduce__: noargs("__reduce__", (it) => {
      const s = it.v as DequeIterData;
      const d = s.deque!;
      return newTuple([incref(it.type), newTuple([incref(d), newInt(dq(d).size - s.counter)])]);
    }),
  };
}

{
  const data = typeData(DequeType);
  data.module = "collections";
  data.weakrefSlot = true;
  data.new = dequeNew;
  data.init = dequeInit;
  data.dealloc = dequeDealloc;
  data.traverse = dequeTraverse;
  data.clear = dequeClear;
  data.repr = dequeRepr;
  data.hash = (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
  data.richcompare = dequeRichCompare;
  data.iter = (o) => newDequeIter(o, DequeIterType, false);
  data.length = (o) => dq(o).size;
  data.getitem = (o, key) => dequeItem(o, seqIndex(o, key));
  data.setitem = (o, key, value) => dequeAssItem(o, seqIndex(o, key), value);
  data.contains = dequeContains;
  data.concat = dequeConcat;
  data.repeat = dequeRepeat;
  data.inplace["concat"] = dequeInplaceConcat;
  data.inplace["mul"] = (a, b) => {
    if (!hasIndex(b)) return incref(NotImplemented);
    return dequeInplaceRepeat(a, asIndexRepeat(b));
  };
  data.sizeof = dequeSizeof;
  data.getsets["maxlen"] = {
    get: (o) => (dq(o).maxlen < 0 ? incref(None) : newInt(dq(o).maxlen)),
    doc: "maximum size of a deque or None if unbounded",
  };
  data.methodDefs = {
    append: one("deque.append", dequeAppend),
    appendleft: one("deque.appendleft", dequeAppendLeft),
    clear: noargs("deque.clear", (o) => (dequeClear(o), incref(None))),
    __copy__: noargs("deque.__copy__", dequeCopy),
    copy: noargs("deque.copy", dequeCopy),
    count: one("deque.count", dequeCount),
    extend: one("deque.extend", dequeExtend),
    extendleft: one("deque.extendleft", dequeExtendLeft),
    index: dequeIndex,
    insert: dequeInsert,
    pop: noargs("deque.pop", dequePop),
    popleft: noargs("deque.popleft", dequePopLeft),
    __reduce__: noargs("deque.__reduce__", dequeReduce),
    remove: one("deque.remove", dequeRemove),
    __reversed__: noargs("deque.__reversed__", (o) => newDequeIter(o, DequeRevIterType, true)),
    reverse: noargs("deque.reverse", dequeReverse),
    rotate: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        noKw("rotate", kwnames);
        if (args.length > 1) raise(TypeError, `deque.rotate expected at most 1 argument, got ${args.length}`);
        dequeRotate(o, args.length > 0 ? ssizeArg(args[0]!) : 1);
        return incref(None);
      },
    },
    __sizeof__: noargs("deque.__sizeof__", (o) => newInt(dequeSizeof(o))),
  };
}

/** The count of seq * n (PyNumber_AsSsize_t with OverflowError, then clamped like CPython's repeat). */
function asIndexRepeat(b: PyObject): number {
  const v = indexValue(b);
  if (typeof v === "number") return v;
  raise(OverflowError, `cannot fit '${typeName(b)}' into an index-sized integer`);
}


// =============================================================================================
// defaultdict: a dict whose default_factory (or null) lives in `weakrefs`
// =============================================================================================

export const DefaultDictType = makeStaticType("collections.defaultdict", 56, 0, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS, DictType);
typeData(DefaultDictType).callPacksArgs = true;

const dictData = (): TypeData => typeData(DictType);

function factoryOf(o: PyObject): PyObject | null {
  return o.weakrefs as PyObject | null;
}

function setFactory(o: PyObject, f: PyObject | null): void {
  const old = factoryOf(o);
  o.weakrefs = f === null ? null : incref(f);
  xdecref(old);
}

/** _PyDict_SizeOf: tp_basicsize of the object's own type plus the key table. */
function dictSizeofFor(o: PyObject): number {
  return dictData().sizeof!(o) - typeData(DictType).basicsize + typeData(o.type).basicsize;
}

function defdictMissing(o: PyObject, key: PyObject): PyObject {
  const factory = factoryOf(o);
  if (factory === null || factory === None) raiseKeyError(key);
  const value = abs.call(factory, []);
  try {
    abs.setItem(o, key, value);
  } catch (e) {
    decref(value);
    throw e;
  }
  return value;
}

/** new_defdict: type(dd)(dd.default_factory, arg) */
function newDefdict(o: PyObject, arg: PyObject): PyObject {
  return abs.call(o.type, [factoryOf(o) ?? None, arg]);
}

function defdictRepr(o: PyObject): PyObject {
  const baseRepr = dictData().repr!(o);
  try {
    const factory = factoryOf(o);
    let defrepr: string;
    if (factory === null) {
      defrepr = "None";
    } else if (!abs.reprEnter(factory)) {
      defrepr = "...";
    } else {
      try {
        defrepr = abs.reprText(factory);
      } finally {
        abs.reprLeave(factory);
      }
    }
    return newStr(`${shortName(o)}(${defrepr}, ${baseRepr.v as string})`);
  } finally {
    decref(baseRepr);
  }
}

function defdictOr(left: PyObject, right: PyObject): PyObject {
  let self: PyObject;
  let other: PyObject;
  if (isInstanceOf(left, DefaultDictType)) {
    self = left;
    other = right;
  } else {
    self = right;
    other = left;
  }
  if (!isDict(other)) return incref(NotImplemented);
  const result = newDefdict(self, left);
  try {
    dictMergeEx(result, right, 1);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function defdictInit(o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : tupleItems(kwnames).length;
  const npos = args.length - nkw;
  let newdefault: PyObject | null = null;
  let rest = args;
  if (npos > 0) {
    newdefault = args[0]!;
    if (!abs.isCallable(newdefault) && newdefault !== None) raise(TypeError, "first argument must be callable or None");
    rest = args.slice(1);
  }
  const old = factoryOf(o);
  o.weakrefs = newdefault === null ? null : incref(newdefault);
  try {
    dictData().init!(o, rest, kwnames);
  } finally {
    xdecref(old);
  }
}

function defdictReduce(o: PyObject): PyObject {
  const factory = factoryOf(o);
  const args = factory === null || factory === None ? EmptyTuple : newTuple([incref(factory)]);
  let items: PyObject;
  try {
    const meth = abs.getAttr(o, internStr("items"));
    try {
      items = abs.call(meth, []);
    } finally {
      decref(meth);
    }
  } catch (e) {
    decref(args);
    throw e;
  }
  let it: PyObject;
  try {
    it = abs.getIter(items);
  } catch (e) {
    decref(args);
    throw e;
  } finally {
    decref(items);
  }
  return newTuple([incref(o.type), args, incref(None), incref(None), it]);
}

{
  const data = typeData(DefaultDictType);
  data.module = "collections";
  data.dealloc = (o) => {
    gcUntrack(o);
    const f = factoryOf(o);
    o.weakrefs = null;
    xdecref(f);
    dictData().dealloc!(o);
  };
  data.traverse = (o, visit) => {
    const f = factoryOf(o);
    if (f !== null) visit(f);
    dictData().traverse!(o, visit);
  };
  data.clear = (o) => {
    setFactory(o, null);
    dictClear(o);
  };
  data.repr = defdictRepr;
  data.or = defdictOr;
  data.init = defdictInit;
  data.sizeof = dictSizeofFor;
  data.methodDefs = {
    __missing__: one("defaultdict.__missing__", defdictMissing),
    copy: noargs("defaultdict.copy", (o) => newDefdict(o, o)),
    __copy__: noargs("defaultdict.__copy__", (o) => newDefdict(o, o)),
    __reduce__: noargs("defaultdict.__reduce__", defdictReduce),
    __sizeof__: noargs("defaultdict.__sizeof__", (o) => newInt(dictSizeofFor(o))),
  };
  data.getsets["default_factory"] = {
    get: (o) => incref(factoryOf(o) ?? None),
    set: (o, v) => setFactory(o, v),
    doc: "Factory for default value called by __missing__().",
  };
}

// =============================================================================================
// OrderedDict (Objects/odictobject.c)
// =============================================================================================

interface ODNode {
  key: PyObject;
  hash: number | bigint;
  next: ODNode | null;
  prev: ODNode | null;
  /** the node's 32-byte block (PyMem_Malloc) */
  addr: number;
}

interface ODState {
  first: ODNode | null;
  last: ODNode | null;
  /** nodes by key hash: how a key's node is found (CPython indexes od_fast_nodes by the dict's entry index) */
  byHash: Map<number | bigint, ODNode[]>;
  /** od_fast_nodes: its buffer, its size (slots), and the keys object it was made for */
  fastAddr: number;
  fastSize: number;
  sentinel: DictKeys | null;
  /** od_state: incremented whenever the linked list changes */
  state: number;
}

export const ODictType = makeStaticType("collections.OrderedDict", 112, 0, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS, DictType);
typeData(ODictType).callPacksArgs = true;
export const ODictKeysType = makeStaticType("odict_keys", 24, 0, TPFLAGS_HAVE_GC, DictKeysType);
export const ODictValuesType = makeStaticType("odict_values", 24, 0, TPFLAGS_HAVE_GC, DictValuesType);
export const ODictItemsType = makeStaticType("odict_items", 24, 0, TPFLAGS_HAVE_GC, DictItemsType);
export const ODictIterType = makeStaticType("odict_iterator", 64, 0, TPFLAGS_HAVE_GC);

function isODict(o: PyObject): boolean {
  return isInstanceOf(o, ODictType);
}

/** The OrderedDict's list state (made on first use: dict.__new__ allocates the object). */
function ods(o: PyObject): ODState {
  let s = o.weakrefs as ODState | null;
  if (s === null) {
    s = { first: null, last: null, byHash: new Map(), fastAddr: 0, fastSize: 0, sentinel: null, state: 0 };
    o.weakrefs = s;
  }
  return s;
}

function odEmpty(o: PyObject): boolean {
  const s = o.weakrefs as ODState | null;
  return s === null || s.first === null;
}

/** _odict_resize / the check in _odict_get_index: od_fast_nodes follows the dict's keys object. */
function odSync(o: PyObject): void {
  const s = ods(o);
  const keys = o.v as DictKeys;
  if (s.sentinel === keys && s.fastSize === keys.size) return;
  const size = keys.size;
  const addr = allocBuffer(8 * size);
  freeBuffer(s.fastAddr);
  s.fastAddr = addr;
  s.fastSize = size;
  s.sentinel = keys;
}

/** The node of `key` (after the fast-nodes check), or null. */
function odLookup(o: PyObject, key: PyObject, hash: number | bigint): ODNode | null {
  odSync(o);
  const list = ods(o).byHash.get(hash);
  if (list === undefined) return null;
  for (const n of list) if (n.key === key) return n;
  for (const n of [...list]) {
    const k = incref(n.key);
    let eq: boolean;
    try {
      eq = abs.richCompareBool(k, key, CompareOp.EQ);
    } finally {
      decref(k);
    }
    if (eq) return n;
  }
  return null;
}

function odFindNodeHash(o: PyObject, key: PyObject, hash: number | bigint): ODNode | null {
  if (odEmpty(o)) return null;
  return odLookup(o, key, hash);
}

function odFindNode(o: PyObject, key: PyObject): ODNode | null {
  if (odEmpty(o)) return null;
  return odLookup(o, key, keyHash(key));
}

function odAddTail(s: ODState, node: ODNode): void {
  node.prev = s.last;
  node.next = null;
  if (s.last === null) s.first = node;
  else s.last.next = node;
  s.last = node;
  s.state++;
}

function odAddHead(s: ODState, node: ODNode): void {
  node.prev = null;
  node.next = s.first;
  if (s.first === null) s.last = node;
  else s.first.prev = node;
  s.first = node;
  s.state++;
}

function odRemoveNode(s: ODState, node: ODNode): void {
  if (s.first === node) s.first = node.next;
  else if (node.prev !== null) node.prev.next = node.next;
  if (s.last === node) s.last = node.prev;
  else if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  s.state++;
}

/** _odict_add_new_node: a node at the end for a key just stored in the dict. */
function odAddNewNode(o: PyObject, key: PyObject, hash: number | bigint): void {
  incref(key);
  let existing: ODNode | null;
  try {
    existing = odLookup(o, key, hash);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (existing !== null) {
    decref(key);
    return;
  }
  const s = ods(o);
  const node: ODNode = { key, hash, next: null, prev: null, addr: allocBuffer(32) };
  odAddTail(s, node);
  const list = s.byHash.get(hash);
  if (list === undefined) s.byHash.set(hash, [node]);
  else list.push(node);
}

function odForgetNode(s: ODState, node: ODNode): void {
  const list = s.byHash.get(node.hash);
  if (list === undefined) return;
  const i = list.indexOf(node);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) s.byHash.delete(node.hash);
}

/** _odict_clear_node: unlink and free the node of `key` (given or looked up). */
function odClearNode(o: PyObject, node: ODNode | null, key: PyObject, hash: number | bigint): void {
  if (odEmpty(o)) return;
  const found = odLookup(o, key, hash);
  if (node === null) node = found;
  if (node === null) return;
  const s = ods(o);
  odForgetNode(s, node);
  odRemoveNode(s, node);
  decref(node.key);
  freeBuffer(node.addr);
}

/** _odict_clear_nodes: the fast-nodes table and every node go. */
function odClearNodes(o: PyObject): void {
  const s = o.weakrefs as ODState | null;
  if (s === null) return;
  freeBuffer(s.fastAddr);
  s.fastAddr = 0;
  s.fastSize = 0;
  s.sentinel = null;
  let node = s.first;
  s.first = null;
  s.last = null;
  s.byHash = new Map();
  while (node !== null) {
    const next = node.next;
    decref(node.key);
    freeBuffer(node.addr);
    node = next;
  }
}

/** PyODict_SetItem */
function odSetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const hash = keyHash(key);
  dictSetItemKnownHash(o, key, hash, value);
  try {
    odAddNewNode(o, key, hash);
  } catch (e) {
    dictDelItem(o, key);
    throw e;
  }
}

/** PyODict_DelItem */
function odDelItem(o: PyObject, key: PyObject): void {
  const hash = keyHash(key);
  odClearNode(o, null, key, hash);
  dictDelItem(o, key);
}

function odSize(o: PyObject): number {
  return o.w as number;
}

/**
 * _odict_popkey_hash: the node goes first, then the value is popped from the dict
 * itself (since 3.7 subclasses' __getitem__/__delitem__ are not called).
 */
function odPopKeyHash(o: PyObject, key: PyObject, failobj: PyObject | null, hash: number | bigint): PyObject {
  const node = odFindNodeHash(o, key, hash);
  if (node !== null) {
    odClearNode(o, node, key, hash);
    return dictPop(o, key, failobj);
  }
  if (failobj !== null) return incref(failobj);
  raiseKeyError(key);
}

/** Argument Clinic parsing of (name, ...) with keyword support; returns one slot per name. */
function clinicArgs(fname: string, args: PyObject[], kwnames: string[] | null, names: string[], required: number): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > names.length) {
    raise(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyObject | null)[] = names.map((_, i) => (i < npos ? args[i]! : null));
  (kwnames ?? []).forEach((name, k) => {
    const i = names.indexOf(name);
    if (i < 0) raise(TypeError, `${fname}() got an unexpected keyword argument '${name}'`);
    if (i < npos) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k]!;
  });
  for (let i = 0; i < required; i++) {
    if (out[i] === null) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

// ---- MutableMapping.update ---------------------------------------------------------------------

function mutablemappingAddPairs(self: PyObject, pairs: PyObject): void {
  const it = abs.getIter(pairs);
  try {
    for (let pair = abs.iterNext(it); pair !== null; pair = abs.iterNext(it)) {
      let pairIt: PyObject | null = null;
      let key: PyObject | null = null;
      let value: PyObject | null = null;
      try {
        pairIt = abs.getIter(pair);
        key = abs.iterNext(pairIt);
        if (key === null) raise(ValueError, "need more than 0 values to unpack");
        value = abs.iterNext(pairIt);
        if (value === null) raise(ValueError, "need more than 1 value to unpack");
        const unexpected = abs.iterNext(pairIt);
        if (unexpected !== null) {
          decref(unexpected);
          raise(ValueError, "too many values to unpack (expected 2)");
        }
        abs.setItem(self, key, value);
      } finally {
        decref(pair);
        if (pairIt !== null) decref(pairIt);
        if (key !== null) decref(key);
        if (value !== null) decref(value);
      }
    }
  } finally {
    decref(it);
  }
}

function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return abs.getAttrOrNull(o, internStr(name));
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function mutablemappingUpdateArg(self: PyObject, arg: PyObject): void {
  if (arg.type === DictType) {
    const items = dictItemsList(arg);
    try {
      mutablemappingAddPairs(self, items);
    } finally {
      decref(items);
    }
    return;
  }
  let func = lookupAttr(arg, "keys");
  if (func !== null) {
    let keys: PyObject;
    try {
      keys = abs.call(func, []);
    } finally {
      decref(func);
    }
    let it: PyObject;
    try {
      it = abs.getIter(keys);
    } finally {
      decref(keys);
    }
    try {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          const value = abs.getItem(arg, key);
          try {
            abs.setItem(self, key, value);
          } finally {
            decref(value);
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return;
  }
  func = lookupAttr(arg, "items");
  if (func !== null) {
    let items: PyObject;
    try {
      items = abs.call(func, []);
    } finally {
      decref(func);
    }
    try {
      mutablemappingAddPairs(self, items);
    } finally {
      decref(items);
    }
    return;
  }
  mutablemappingAddPairs(self, arg);
}

function mutablemappingUpdate(self: PyObject, args: PyObject[], kwnames: readonly string[]): void {
  const npos = args.length - kwnames.length;
  if (npos > 1) raise(TypeError, `update() takes at most 1 positional argument (${npos} given)`);
  if (npos === 1) {
    const other = incref(args[0]!);
    try {
      mutablemappingUpdateArg(self, other);
    } finally {
      decref(other);
    }
  }
  kwnames.forEach((name, k) => abs.setItem(self, internStr(name), args[npos + k]!));
}

// ---- the OrderedDict type ----------------------------------------------------------------------

function odSizeof(o: PyObject): number {
  const s = o.weakrefs as ODState | null;
  let res = dictSizeofFor(o);
  if (s !== null) {
    res += 8 * s.fastSize;
    if (s.first !== null) res += 32 * odSize(o);
  }
  return res;
}

function odDealloc(o: PyObject): void {
  gcUntrack(o);
  if (!trashcanBegin(o)) return;
  const inst = o.dict;
  o.dict = null;
  xdecref(inst);
  clearWeakrefs(o);
  odClearNodes(o);
  o.weakrefs = null;
  dictData().dealloc!(o);
  trashcanEnd();
}

function odTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  if (o.dict !== null) visit(o.dict);
  const s = o.weakrefs as ODState | null;
  if (s !== null) for (let n = s.first; n !== null; n = n.next) visit(n.key);
  dictData().traverse!(o, visit);
}

function odTpClear(o: PyObject): void {
  const inst = o.dict;
  o.dict = null;
  xdecref(inst);
  dictClear(o);
  odClearNodes(o);
}

function odRepr(o: PyObject): PyObject {
  if (odSize(o) === 0) return newStr(`${shortName(o)}()`);
  if (!abs.reprEnter(o)) return newStr("...");
  try {
    const copy = newDict();
    try {
      dictMergeEx(copy, o, 1);
      return newStr(`${shortName(o)}(${abs.reprText(copy)})`);
    } finally {
      decref(copy);
    }
  } finally {
    abs.reprLeave(o);
  }
}

/** _odict_keys_equal: the keys in the same order. */
function odKeysEqual(a: PyObject, b: PyObject): boolean {
  let na = (a.weakrefs as ODState | null)?.first ?? null;
  let nb = (b.weakrefs as ODState | null)?.first ?? null;
  for (;;) {
    if (na === null && nb === null) return true;
    if (na === null || nb === null) return false;
    const ka = incref(na.key);
    const kb = incref(nb.key);
    try {
      if (!abs.richCompareBool(ka, kb, CompareOp.EQ)) return false;
    } finally {
      decref(ka);
      decref(kb);
    }
    na = na.next;
    nb = nb.next;
  }
}

function odRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isODict(v) || !isDict(w)) return incref(NotImplemented);
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return incref(NotImplemented);
  const cmp = dictData().richcompare!(v, w, op);
  if (!isODict(w)) return cmp;
  if (op === CompareOp.EQ && cmp === False) return cmp;
  if (op === CompareOp.NE && cmp === True) return cmp;
  decref(cmp);
  const eq = odKeysEqual(v, w);
  return pyBool(eq === (op === CompareOp.EQ));
}

function odInit(o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const names = kwnames === null ? [] : tupleItems(kwnames).map((n) => n.v as string);
  const npos = args.length - names.length;
  if (npos > 1) raise(TypeError, `expected at most 1 arguments, got ${npos}`);
  mutablemappingUpdate(o, args, names);
}

function odOr(left: PyObject, right: PyObject): PyObject {
  let type: PyObject;
  let other: PyObject;
  if (isODict(left)) {
    type = left.type;
    other = right;
  } else {
    type = right.type;
    other = left;
  }
  if (!isDict(other)) return incref(NotImplemented);
  const result = abs.call(type, [left]);
  try {
    mutablemappingUpdateArg(result, right);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function odCopy(o: PyObject): PyObject {
  const exact = o.type === ODictType;
  const copy = exact ? dictData().new!(ODictType, [], null) : abs.call(o.type, []);
  try {
    for (let node = ods(o).first; node !== null; node = node.next) {
      if (exact) {
        const value = dictGetItem(o, node.key);
        if (value === null) raiseKeyError(node.key);
        const hash = node.hash;
        dictSetItemKnownHash(copy, node.key, hash, value);
        odAddNewNode(copy, node.key, hash);
      } else {
        const value = abs.getItem(o, node.key);
        try {
          abs.setItem(copy, node.key, value);
        } finally {
          decref(value);
        }
      }
    }
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

function odReduce(o: PyObject): PyObject {
  let state: PyObject = incref(None);
  const d = lookupAttr(o, "__dict__");
  if (d !== null) {
    if (abs.length(d) === 0) decref(d);
    else {
      decref(state);
      state = d;
    }
  }
  let it: PyObject;
  try {
    const meth = abs.getAttr(o, internStr("items"));
    let items: PyObject;
    try {
      items = abs.call(meth, []);
    } finally {
      decref(meth);
    }
    try {
      it = abs.getIter(items);
    } finally {
      decref(items);
    }
  } catch (e) {
    decref(state);
    throw e;
  }
  return newTuple([incref(o.type), EmptyTuple, state, incref(None), it]);
}

const ITER_REVERSED = 1;
const ITER_KEYS = 2;
const ITER_VALUES = 4;

interface ODIterData {
  kind: number;
  od: PyObject | null;
  size: number;
  state: number;
  current: PyObject | null;
  result: PyObject | null;
}

function newODIter(o: PyObject, kind: number): PyObject {
  const data: ODIterData = { kind, od: null, size: 0, state: 0, current: null, result: null };
  const it = allocObject(ODictIterType, 80, data, null);
  data.result = newTuple([incref(None), incref(None)]);
  const s = ods(o);
  const node = kind & ITER_REVERSED ? s.last : s.first;
  data.current = node === null ? null : incref(node.key);
  data.size = odSize(o);
  data.state = s.state;
  data.od = incref(o);
  gcTrack(it);
  return it;
}

function odIterNextKey(di: ODIterData): PyObject | null {
  const od = di.od;
  if (od === null) return null;
  if (di.current === null) {
    di.od = null;
    decref(od);
    return null;
  }
  if (ods(od).state !== di.state) {
    di.od = null;
    decref(od);
    raise(RuntimeError, "OrderedDict mutated during iteration");
  }
  if (di.size !== odSize(od)) {
    di.size = -1;
    raise(RuntimeError, "OrderedDict changed size during iteration");
  }
  const node = odFindNode(od, di.current);
  if (node === null) {
    const exc = newException(KeyError, newTuple([incref(di.current)]));
    const cur = di.current;
    di.current = null;
    decref(cur);
    raiseObject(exc);
  }
  const key = di.current;
  const next = di.kind & ITER_REVERSED ? node.prev : node.next;
  di.current = next === null ? null : incref(next.key);
  return key;
}

function odIterNext(it: PyObject): PyObject | null {
  const di = it.v as ODIterData;
  const key = odIterNextKey(di);
  if (key === null) return null;
  if (!(di.kind & ITER_VALUES)) return key;
  const v = dictGetItem(di.od!, key);
  if (v === null) {
    const exc = newException(KeyError, newTuple([key]));
    const cur = di.current;
    const od = di.od;
    di.current = null;
    di.od = null;
    xdecref(cur);
    xdecref(od);
    raiseObject(exc);
  }
  const value = incref(v);
  if (!(di.kind & ITER_KEYS)) {
    decref(key);
    return value;
  }
  let result = di.result!;
  if (result.rc === 1) {
    incref(result);
    const items = tupleItems(result);
    decref(items[0]!);
    decref(items[1]!);
    items[0] = key;
    items[1] = value;
    return result;
  }
  result = newTuple([key, value]);
  return result;
}

{
  const data = typeData(ODictIterType);
  data.dealloc = (it) => {
    gcUntrack(it);
    const di = it.v as ODIterData;
    xdecref(di.od);
    xdecref(di.current);
    xdecref(di.result);
    di.od = di.current = di.result = null;
    freeObject(it);
  };
  data.traverse = (it, visit) => {
    const di = it.v as ODIterData;
    if (di.od !== null) visit(di.od);
    if (di.current !== null) visit(di.current);
    if (di.result !== null) visit(di.result);
  };
  data.iter = (it) => incref(it);
  data.iternext = odIterNext;
  data.sizeof = () => 64;
}

for (const [t, kind] of [[ODictKeysType, ITER_KEYS], [ODictValuesType, ITER_VALUES], [ODictItemsType, ITER_KEYS | ITER_VALUES]] as const) {
  const data = typeData(t);
  data.iter = (v) => (v.v === null ? incref(None) : newODIter(v.v as PyObject, kind));
  data.methodDefs = {
    __reversed__: noargs("__reversed__", (v) => (v.v === null ? incref(None) : newODIter(v.v as PyObject, kind | ITER_REVERSED))),
  };
}
typeData(ODictKeysType).contains = (v, key) => dictContains(v.v as PyObject, key);
typeData(ODictItemsType).contains = (v, obj) => {
  if (!isTuple(obj) || tupleItems(obj).length !== 2) return false;
  const [key, value] = tupleItems(obj) as [PyObject, PyObject];
  const found = dictGetItem(v.v as PyObject, key);
  if (found === null) return false;
  incref(found);
  try {
    return abs.richCompareBool(found, value, CompareOp.EQ);
  } finally {
    decref(found);
  }
};

{
  const data = typeData(ODictType);
  data.module = "collections";
  data.instanceDict = true;
  data.weakrefSlot = true;
  data.dealloc = odDealloc;
  data.traverse = odTraverse;
  data.clear = odTpClear;
  data.repr = odRepr;
  data.richcompare = odRichCompare;
  data.iter = (o) => newODIter(o, ITER_KEYS);
  data.init = odInit;
  data.setitem = (o, key, value) => (value === null ? odDelItem(o, key) : odSetItem(o, key, value));
  data.or = odOr;
  data.inplace["or"] = (a, b) => {
    mutablemappingUpdateArg(a, b);
    return incref(a);
  };
  data.sizeof = odSizeof;
  data.classMethodDefs["fromkeys"] = {
    kind: "fastkw",
    fn: (cls, args, kwnames) => {
      const [seq, value] = clinicArgs("fromkeys", args, kwnames, ["iterable", "value"], 1);
      return dictFromKeys(cls, seq!, value ?? None);
    },
  };
  data.methodDefs = {
    __sizeof__: noargs("OrderedDict.__sizeof__", (o) => newInt(odSizeof(o))),
    __reduce__: noargs("OrderedDict.__reduce__", odReduce),
    setdefault: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        const [key, dflt] = clinicArgs("setdefault", args, kwnames, ["key", "default"], 1);
        const def = dflt ?? None;
        if (o.type === ODictType) {
          const v = dictGetItem(o, key!);
          if (v !== null) return incref(v);
          odSetItem(o, key!, def);
          return incref(def);
        }
        if (abs.contains(o, key!)) return abs.getItem(o, key!);
        abs.setItem(o, key!, def);
        return incref(def);
      },
    },
    pop: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        const a = clinicArgs("pop", args, kwnames, ["key", "default"], 1);
        return odPopKeyHash(o, a[0]!, a[1] ?? null, keyHash(a[0]!));
      },
    },
    popitem: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        const lastObj = clinicArgs("popitem", args, kwnames, ["last"], 0)[0] ?? null;
        const last = lastObj === null ? true : abs.isTrue(lastObj);
        if (odEmpty(o)) raiseObject(newException(KeyError, newTuple([newStr("dictionary is empty")])));
        const s = ods(o);
        const node = last ? s.last! : s.first!;
        const key = incref(node.key);
        try {
          const value = odPopKeyHash(o, key, null, node.hash);
          return newTuple([incref(key), value]);
        } finally {
          decref(key);
        }
      },
    },
    keys: noargs("OrderedDict.keys", (o) => newDictView(o, ODictKeysType)),
    values: noargs("OrderedDict.values", (o) => newDictView(o, ODictValuesType)),
    items: noargs("OrderedDict.items", (o) => newDictView(o, ODictItemsType)),
    update: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        mutablemappingUpdate(o, args, kwnames ?? []);
        return incref(None);
      },
    },
    clear: noargs("OrderedDict.clear", (o) => {
      dictClear(o);
      odClearNodes(o);
      return incref(None);
    }),
    copy: noargs("OrderedDict.copy", odCopy),
    __reversed__: noargs("OrderedDict.__reversed__", (o) => newODIter(o, ITER_KEYS | ITER_REVERSED)),
    move_to_end: {
      kind: "fastkw",
      fn: (o, args, kwnames) => {
        const a = clinicArgs("move_to_end", args, kwnames, ["key", "last"], 1);
        const key = a[0]!;
        const lastObj = a[1] ?? null;
        const last = lastObj === null ? true : abs.isTrue(lastObj);
        if (odEmpty(o)) raiseKeyError(key);
        const s = ods(o);
        let node = last ? s.last! : s.first!;
        if (key !== node.key) {
          const found = odFindNode(o, key);
          if (found === null) raiseKeyError(key);
          node = found;
          if (last) {
            if (node !== s.last) {
              odRemoveNode(s, node);
              odAddTail(s, node);
            }
          } else if (node !== s.first) {
            odRemoveNode(s, node);
            odAddHead(s, node);
          }
        }
        return incref(None);
      },
    },
  };
  data.getsets["__dict__"] = instanceDictGetSet;
}

// =============================================================================================
// _tuplegetter (namedtuple fields) and _count_elements (Counter)
// =============================================================================================

export const TupleGetterType = makeStaticType("collections._tuplegetter", 32, 0, TPFLAGS_HAVE_GC);

interface TupleGetterData {
  index: number;
  doc: PyObject | null;
}

{
  const data = typeData(TupleGetterType);
  data.module = "collections";
  data.new = (type, args, kwnames) => {
    if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "_tuplegetter() takes no keyword arguments");
    if (args.length !== 2) raise(TypeError, `_tuplegetter expected 2 arguments, got ${args.length}`);
    const index = ssizeArg(args[0]!);
    const o = allocObject(type, 48, { index, doc: incref(args[1]!) } as TupleGetterData, null);
    gcTrack(o);
    return o;
  };
  data.dealloc = (o) => {
    gcUntrack(o);
    const g = o.v as TupleGetterData;
    const doc = g.doc;
    g.doc = null;
    xdecref(doc);
    freeObject(o);
  };
  data.traverse = (o, visit) => {
    const doc = (o.v as TupleGetterData).doc;
    if (doc !== null) visit(doc);
  };
  data.clear = (o) => {
    const g = o.v as TupleGetterData;
    const doc = g.doc;
    g.doc = null;
    xdecref(doc);
  };
  data.descrGet = (self, obj) => {
    const index = (self.v as TupleGetterData).index;
    if (obj === null) return incref(self);
    if (!isTuple(obj)) {
      if (obj === None) return incref(self);
      raise(TypeError, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`);
    }
    const items = tupleItems(obj);
    if (index < 0 || index >= items.length) raise(IndexError, "tuple index out of range");
    return incref(items[index]!);
  };
  data.descrSet = (_self, _obj, value) => {
    raise(AttributeError, value === null ? "can't delete attribute" : "can't set attribute");
  };
  data.repr = (o) => {
    const g = o.v as TupleGetterData;
    return newStr(`${shortName(o)}(${g.index}, ${abs.reprText(g.doc ?? None)})`);
  };
  data.sizeof = () => 32;
  data.getsets["__doc__"] = {
    get: (o) => incref((o.v as TupleGetterData).doc ?? None),
    set: (o, v) => {
      const g = o.v as TupleGetterData;
      const old = g.doc;
      g.doc = v === null ? null : incref(v);
      xdecref(old);
    },
  };
  data.methodDefs = {
    __reduce__: noargs("_tuplegetter.__reduce__", (o) => {
      const g = o.v as TupleGetterData;
      return newTuple([incref(o.type), newTuple([newInt(g.index), incref(g.doc ?? None)])]);
    }),
  };
}

/** _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x. */
function countElements(mapping: PyObject, iterable: PyObject): PyObject {
  const it = abs.getIter(iterable);
  const one = newInt(1);
  try {
    const getName = internStr("get");
    const setName = internStr("__setitem__");
    const fast =
      typeLookup(mapping.type, getName) !== null && typeLookup(mapping.type, getName) === typeLookup(DictType, getName) &&
      typeLookup(mapping.type, setName) !== null && typeLookup(mapping.type, setName) === typeLookup(DictType, setName) &&
      isDict(mapping);
    if (fast) {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          const hash = keyHash(key);
          const oldval = dictGetItemKnownHash(mapping, key, hash);
          if (oldval === null) {
            dictSetItemKnownHash(mapping, key, hash, one);
          } else {
            const newval = abs.binaryOp(oldval, one, "add");
            try {
              dictSetItemKnownHash(mapping, key, hash, newval);
            } finally {
              decref(newval);
            }
          }
        } finally {
          decref(key);
        }
      }
    } else {
      const boundGet = abs.getAttr(mapping, getName);
      const zero = newInt(0);
      try {
        for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
          try {
            const oldval = abs.call(boundGet, [key, zero]);
            let newval: PyObject;
            try {
              newval = abs.binaryOp(oldval, one, "add");
            } finally {
              decref(oldval);
            }
            try {
              abs.setItem(mapping, key, newval);
            } finally {
              decref(newval);
            }
          } finally {
            decref(key);
          }
        }
      } finally {
        decref(boundGet);
      }
    }
  } finally {
    decref(it);
  }
  return incref(None);
}

// ---- pyarena helpers for the Python part (no exec() or sys._getframe yet) ----------------------

/**
 * _pyarena_namedtuple_new(typename, arg_list, tuple_new): namedtuple's
 * eval(f"lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))", namespace) with the
 * namespace CPython gives it ({'_tuple_new': tuple.__new__, '__builtins__': {},
 * '__name__': 'namedtuple_<typename>'}); pyarena has no eval() yet, so the lambda is
 * compiled as a one-line module ("<string>") whose dict then becomes that namespace.
 */
function namedtupleNew(typename: PyObject, argList: PyObject, tupleNew: PyObject): PyObject {
  if (typename.type !== StrType || argList.type !== StrType) raise(TypeError, "_pyarena_namedtuple_new() expects str arguments");
  const args = argList.v as string;
  const source = `__new__ = lambda _cls, ${args}: _tuple_new(_cls, (${args}))`;
  const builtins = newDict();
  try {
    const m = execSourceModule(`namedtuple_${typename.v as string}`, source, "<string>", builtins, () => {}, () => {});
    const ns = m.dict!;
    const fn = incref(dictGetItem(ns, internStr("__new__"))!);
    const name = incref(dictGetItem(ns, internStr("__name__"))!);
    dictClear(ns);
    dictSetItem(ns, internStr("_tuple_new"), tupleNew);
    dictSetItem(ns, internStr("__builtins__"), builtins);
    dictSetItem(ns, internStr("__name__"), name);
    decref(name);
    decref(m);
    return fn;
  } finally {
    decref(builtins);
  }
}

/** _pyarena_caller_module(depth): __name__ of the globals `depth` frames up (sys._getframemodulename). */
function callerModule(depthObj: PyObject): PyObject {
  let depth = ssizeArg(depthObj);
  let frame = threadState.frame;
  while (frame !== null && depth-- > 0) frame = frame.back;
  if (frame === null) return incref(None);
  const name = dictGetItem(frame.globals, internStr("__name__"));
  return incref(name ?? None);
}

const FUNCTIONS: Record<string, MethodDef> = {
  _count_elements: {
    kind: "fastkw",
    fn: (_s, args, kwnames) => {
      noKw("_count_elements", kwnames);
      if (args.length !== 2) raise(TypeError, `_count_elements expected 2 arguments, got ${args.length}`);
      return countElements(args[0]!, args[1]!);
    },
  },
  _pyarena_namedtuple_new: {
    kind: "fast",
    fn: (_s, args) => {
      if (args.length !== 3) raise(TypeError, `_pyarena_namedtuple_new expected 3 arguments, got ${args.length}`);
      return namedtupleNew(args[0]!, args[1]!, args[2]!);
    },
  },
  _pyarena_caller_module: { kind: "o", fn: (_s, depth) => callerModule(depth) },
};

function makeCollectionsModule(): PyObject {
  const d = newDict();
  const doc = newStr("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
  dictSetItem(d, internStr("__doc__"), doc);
  decref(doc);
  for (const [name, def] of Object.entries(FUNCTIONS)) {
    const f = newBuiltin(name, def, null, "_collections");
    dictSetItem(d, internStr(name), f);
    decref(f);
  }
  for (const [name, t] of [
    ["deque", DequeType], ["defaultdict", DefaultDictType], ["OrderedDict", ODictType], ["_deque_iterator", DequeIterType],
    ["_deque_reverse_iterator", DequeRevIterType], ["_tuplegetter", TupleGetterType],
  ] as const) {
    dictSetItem(d, internStr(name), t);
  }
  return newModule("_collections", d);
}

registerModule("_collections", makeCollectionsModule);
registerSourceModule("collections", COLLECTIONS_SOURCE);

