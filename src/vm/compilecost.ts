// How much CPython 3.12's compiler raises generation 0's count before a program runs.
//
// Dicts, lists and tuples have free lists: taking one from its free list and giving it
// back leaves the count alone, so compiling moves the count only by the objects it
// needs beyond what start-up left on each free list — for each kind, max(0, highest
// number alive at once during compilation − free-list length). What is alive at once:
// - dicts: the constant cache and the symbol-table dict, one symbol dict per block
//   (functions, lambdas, classes, comprehensions; all live until compilation ends), and
//   either six per compiler unit on the nesting stack (u_consts, u_names, u_varnames,
//   u_cellvars, u_freevars, u_fasthidden) or one `scopes` dict per block level during
//   symbol analysis;
// - lists: the AST arena's, the compiler and symbol-table stacks, a constants list in
//   assembly, and two per block (varnames, children);
// - tuples, by size: the keys the constant cache keeps until compilation ends
//   (_PyCode_ConstantKey: (type, value) pairs for floats, bytes, bools and complex
//   numbers; for a tuple, a tuple of its items' keys plus a pair; identity for None,
//   ints, strs and code), each code object's co_names, co_consts and co_localsplusnames
//   with their keys, duplicates freed after being looked up, and two 2-tuples per unit
//   being compiled (measured, not traced to their source).
// Derived from CPython 3.12.1 with sys._debugmallocstats() at the first line of 1,044
// test programs: the dict rule matches 1,028 of them, the list rule 989; the start-up
// count it gives (with src/vm/importcost.ts) matches 803 (docs/internals/collector.md).
import type * as A from "../parser/ast.js";
import type { PyObject } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { BoolType, BytesType, CodeType, ComplexType, EllipsisType, FloatType, FrozenSetType, IntType, StrType, TupleType } from "../objects/types.js";
import { tupleItems } from "../objects/tupleobject.js";
import { setItems } from "../objects/setobject.js";
import { bytesData } from "../objects/bytesobject.js";
import { complexValue } from "../objects/complexobject.js";
import { intBig } from "../objects/longobject.js";
import { codeData } from "../objects/codeobject.js";

/** free-list lengths when compilation starts (start-up's) */
const FREE_DICTS = 14;
const FREE_LISTS = 10;
/** index n: free tuples of size n */
const FREE_TUPLES = [0, 5, 7, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0];
const TUPLE_FREE_LIST_SIZES = 20;
const UNIT_PAIRS = 2;
const COMPILE_PAIRS = 1;

/** GC objects CPython's compiler leaves counted in generation 0 for this module. */
export function compileCount(tree: A.Module, code: PyObject): number {
  const shape = blockShape(tree);
  const dicts = 2 + shape.blocks + Math.max(shape.blockDepth, 6 * shape.unitDepth);
  const lists = 4 + 2 * shape.blocks;
  return Math.max(0, dicts - FREE_DICTS) + Math.max(0, lists - FREE_LISTS) + new ConstantCache(code).count();
}

const BLOCKS = new Set(["FunctionDef", "AsyncFunctionDef", "Lambda", "ClassDef", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);
/** list, set and dict comprehensions are inlined into their unit (PEP 709) */
const UNITS = new Set(["FunctionDef", "AsyncFunctionDef", "Lambda", "ClassDef", "GeneratorExp"]);

interface BlockShape {
  blocks: number;
  blockDepth: number;
  unitDepth: number;
}

function blockShape(tree: A.Module): BlockShape {
  const shape = { blocks: 1, blockDepth: 1, unitDepth: 1 };
  const walk = (node: unknown, blockDepth: number, unitDepth: number): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, blockDepth, unitDepth);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const type = (node as { _type?: unknown })._type;
    if (typeof type === "string") {
      if (BLOCKS.has(type)) {
        shape.blocks++;
        blockDepth++;
      }
      if (UNITS.has(type)) unitDepth++;
      shape.blockDepth = Math.max(shape.blockDepth, blockDepth);
      shape.unitDepth = Math.max(shape.unitDepth, unitDepth);
    }
    for (const [field, value] of Object.entries(node)) {
      if (field !== "_type" && typeof value === "object") walk(value, blockDepth, unitDepth);
    }
  };
  walk(tree.body, 1, 1);
  return shape;
}

interface ConstKey {
  text: string;
  /** sizes of the tuples building the key allocates */
  tuples: number[];
}

/** The constant cache's tuple traffic, replayed over the finished code objects in compile order. */
class ConstantCache {
  private readonly alive: number[] = [];
  private readonly peak: number[] = [];
  private readonly cached = new Map<string, number[]>();

  constructor(private readonly module: PyObject) {}

  count(): number {
    this.alloc(2, COMPILE_PAIRS);
    this.unit(this.module);
    let count = 0;
    this.peak.forEach((peak, size) => {
      if (size <= TUPLE_FREE_LIST_SIZES) count += Math.max(0, peak - (FREE_TUPLES[size] ?? 0));
    });
    // tuples past the free lists count while alive: the code objects keep theirs
    this.alive.forEach((n, size) => {
      if (size > TUPLE_FREE_LIST_SIZES) count += n - this.cachedTuples(size);
    });
    return count;
  }

  private cachedTuples(size: number): number {
    let n = 0;
    for (const tuples of this.cached.values()) for (const s of tuples) if (s === size) n++;
    return n;
  }

  private alloc(size: number, n = 1): void {
    if (size === 0) return;
    const alive = (this.alive[size] ?? 0) + n;
    this.alive[size] = alive;
    this.peak[size] = Math.max(this.peak[size] ?? 0, alive);
  }

  private free(size: number, n = 1): void {
    if (size !== 0) this.alive[size]! -= n;
  }

  /** A unit: its nested units and constants as codegen adds them, then makecode's tuples. */
  private unit(code: PyObject): void {
    this.alloc(2, UNIT_PAIRS);
    const data = codeData(code);
    for (const c of tupleItems(data.consts)) {
      if (c.type === CodeType) this.unit(c);
      this.merge(c);
    }
    for (const tuple of [data.names, data.consts, data.localsplusnames]) {
      const size = tupleItems(tuple).length;
      this.alloc(size);
      const key = this.keyOf(tuple);
      if (this.cached.has(key.text)) {
        // the cached equal tuple replaces the new one
        for (const s of key.tuples) this.alloc(s);
        for (const s of key.tuples) this.free(s);
        this.free(size);
      } else {
        this.merge(tuple);
      }
    }
    this.free(2, UNIT_PAIRS);
  }

  /** merge_consts_recursive */
  private merge(o: PyObject): void {
    if (o === None || o.type === EllipsisType) return;
    const key = this.keyOf(o);
    for (const s of key.tuples) this.alloc(s);
    if (this.cached.has(key.text)) {
      for (const s of key.tuples) this.free(s);
      return;
    }
    this.cached.set(key.text, key.tuples);
    if (o.type === TupleType) for (const item of tupleItems(o)) this.merge(item);
    if (o.type === FrozenSetType) {
      const items = setItems(o);
      this.alloc(items.length);
      for (const item of items) this.merge(item);
      this.free(items.length);
    }
  }

  /** _PyCode_ConstantKey */
  private keyOf(o: PyObject): ConstKey {
    if (o === None) return { text: "N", tuples: [] };
    switch (o.type) {
      case EllipsisType:
        return { text: "E", tuples: [] };
      case IntType:
        return { text: `i${intBig(o)}`, tuples: [] };
      case StrType:
        return { text: `s${JSON.stringify(o.v)}`, tuples: [] };
      case CodeType:
        return { text: `c${o.addr}`, tuples: [] };
      case BoolType:
        return { text: `b${intBig(o)}`, tuples: [2] };
      case BytesType:
        return { text: `y${Array.from(bytesData(o)!).join(",")}`, tuples: [2] };
      case FloatType: {
        const x = o.v as number;
        return Object.is(x, -0) ? { text: "f-0", tuples: [3] } : { text: `f${x}`, tuples: [2] };
      }
      case ComplexType: {
        const z = complexValue(o);
        const negativeZero = Object.is(z.re, -0) || Object.is(z.im, -0);
        return { text: `j${Object.is(z.re, -0) ? "-0" : z.re},${Object.is(z.im, -0) ? "-0" : z.im}`, tuples: [negativeZero ? 3 : 2] };
      }
      case TupleType:
        return this.compositeKey("t", tupleItems(o), [tupleItems(o).length, 2], false);
      case FrozenSetType:
        return this.compositeKey("F", setItems(o), [2], true);
      default:
        return { text: `o${o.addr}`, tuples: [] };
    }
  }

  private compositeKey(tag: string, items: PyObject[], own: number[], unordered: boolean): ConstKey {
    const keys = items.map((item) => this.keyOf(item));
    const texts = keys.map((k) => k.text);
    if (unordered) texts.sort();
    return { text: `${tag}(${texts.join("|")})`, tuples: [...keys.flatMap((k) => k.tuples), ...own] };
  }
}
