// The thread state the eval loop and native code share (PyThreadState): the current
// frame, the Python recursion depth and limit, and the exception being handled.
import type { PyObject } from "../objects/object.js";
import type { Frame } from "./frame.js";

export interface ThreadState {
  frame: Frame | null;
  /** Python frames on the stack (module frame included) */
  depth: number;
  /** sys.getrecursionlimit() */
  recursionLimit: number;
  /** the exception being handled (sys.exception()), owned, or null */
  excInfo: PyObject | null;
  /** the exception in flight is being re-raised: no new traceback entry for this frame */
  reraise: boolean;
}

export const threadState: ThreadState = {
  frame: null,
  depth: 0,
  recursionLimit: 1000,
  excInfo: null,
  reraise: false,
};

export function resetThreadState(): void {
  threadState.frame = null;
  threadState.depth = 0;
  threadState.recursionLimit = 1000;
  threadState.excInfo = null;
  threadState.reraise = false;
}
