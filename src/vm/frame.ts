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
  func: PyObject;
  /** the function's code object and its compiled form */
  code: PyObject;
  unit: CodeUnit;
  /** co_code and co_consts / co_names items, hoisted for the eval loop */
  instrs: Int32Array;
  consts: PyObject[];
  names: PyObject[];
  globals: PyObject;
  builtins: PyObject;
  /** f_locals: the namespace of module and class bodies (owned), null for functions */
  locals: PyObject | null;
  /** localsplus followed by the value stack */
  fast: (PyObject | null)[];
  /** index of the first stack slot in `fast` */
  readonly stackBase: number;
  /** stack pointer (next free slot in `fast`) */
  sp: number;
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
    this.func = func;
    this.code = code;
    this.unit = unit;
    this.instrs = unit.code;
    this.consts = consts;
    this.names = names;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    const nlocalsplus = unit.localsplusnames.length;
    this.fast = new Array(nlocalsplus + unit.stacksize).fill(null);
    this.stackBase = nlocalsplus;
    this.sp = nlocalsplus;
  }

  /** The source line of the instruction being executed (co_positions). */
  get lineno(): number {
    const i = this.lasti < 0 ? 0 : this.lasti;
    return this.unit.positions[i * 4] ?? -1;
  }
}
