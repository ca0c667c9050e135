// Interpreter frames (CPython 3.12's _PyInterpreterFrame). Like CPython's, they live
// outside the object heap (CPython keeps them on its data stack, not in pymalloc);
// a frame object (PyFrameObject) is only created when Python code asks for one
// (tracebacks, sys._getframe).
//
// A frame owns: its function (f_funcobj, moved from the caller's stack by CALL),
// its locals mapping for module and class bodies (f_locals), every non-null slot of
// `fast` (localsplus, then the value stack).
import type { CodeUnit } from "../compiler/code.js";
import type { PyObject } from "../objects/object.js";

export class Frame {
  /** f_funcobj (owned) */
  func!: PyObject;
  /** the function's code object and its compiled form */
  code!: PyObject;
  unit!: CodeUnit;
  /** co_code and co_consts / co_names items, hoisted for the eval loop */
  instrs!: Int32Array;
  consts!: PyObject[];
  names!: PyObject[];
  globals!: PyObject;
  builtins!: PyObject;
  /** f_locals: the namespace of module and class bodies (owned), null for functions */
  locals: PyObject | null;
  /** localsplus followed by the value stack */
  fast: (PyObject | null)[];
  /** index of the first stack slot in `fast` */
  stackBase!: number;
  /** stack pointer (next free slot in `fast`) */
  sp!: number;
  /** instruction index to execute next */
  pc = 0;
  /** index of the instruction being executed (for tracebacks and exception handling) */
  lasti = -1;
  /**
   * The instruction a RERAISE restored (CPython's frame->prev_instr after RERAISE 1):
   * handlers still look up the RERAISE itself, but push this as lasti. -1 when none.
   */
  restoredLasti = -1;
  back: Frame | null = null;
  /** returning from this frame leaves the current eval() call (it was called from native code) */
  isEntry = false;
  /** the PyFrameObject made for this frame, if any */
  frameObject: PyObject | null = null;
  /** the generator that owns this frame, if any */
  generator: PyObject | null = null;
  /** the last KW_NAMES tuple, consumed by the next CALL */
  kwnames: PyObject | null = null;

  constructor(func: PyObject, code: PyObject, unit: CodeUnit, consts: PyObject[], names: PyObject[], globals: PyObject, builtins: PyObject, locals: PyObject | null) {
    // Built by push so V8 keeps the array PACKED (no hole checks on every slot access).
    this.fast = [];
    this.bind(func, code, unit, consts, names, globals, builtins);
    this.locals = locals;
  }

  /** Point this frame at `unit` (fresh, or reused from the pool with every slot null). */
  bind(func: PyObject, code: PyObject, unit: CodeUnit, consts: PyObject[], names: PyObject[], globals: PyObject, builtins: PyObject): void {
    this.func = func;
    this.code = code;
    this.unit = unit;
    this.instrs = unit.code;
    this.consts = consts;
    this.names = names;
    this.globals = globals;
    this.builtins = builtins;
    const nlocalsplus = unit.localsplusnames.length;
    const fast = this.fast;
    for (let i = fast.length, size = nlocalsplus + unit.stacksize; i < size; i++) fast.push(null);
    this.stackBase = nlocalsplus;
    this.sp = nlocalsplus;
    this.pc = 0;
    this.lasti = -1;
  }

  /** The source line of the instruction being executed (co_positions). */
  get lineno(): number {
    const i = this.lasti < 0 ? 0 : this.lasti;
    return this.unit.positions[i * 4] ?? -1;
  }
}

// Finished frames are kept for reuse (CPython reuses its data stack the same way), so a
// Python call does not make JS garbage. A frame is pooled only once cleared (every
// slot null) and when nothing else can see it (no frame object, no generator).
const framePool: Frame[] = [];
const FRAME_POOL_MAX = 256;

/** A frame for `unit`, fresh or reused; every slot is null. */
export function acquireFrame(func: PyObject, code: PyObject, unit: CodeUnit, consts: PyObject[], names: PyObject[], globals: PyObject, builtins: PyObject): Frame {
  const frame = framePool.pop();
  if (frame === undefined) return new Frame(func, code, unit, consts, names, globals, builtins, null);
  frame.bind(func, code, unit, consts, names, globals, builtins);
  return frame;
}

/** Give back a frame that clearFrame has emptied and that nothing refers to any more. */
export function releaseFrame(frame: Frame): void {
  if (frame.frameObject !== null || frame.generator !== null || framePool.length >= FRAME_POOL_MAX) return;
  frame.back = null;
  frame.isEntry = false;
  frame.restoredLasti = -1;
  frame.kwnames = null;
  frame.locals = null;
  framePool.push(frame);
}
