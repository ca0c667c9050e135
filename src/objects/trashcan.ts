// The trashcan (Py_TRASHCAN_BEGIN/END, Objects/object.c): container deallocation
// recurses through the objects it releases; past 50 nested levels the object is
// parked and freed later, when the outermost deallocation finishes, most recently
// parked first. This bounds the host stack for deep structures (a million-element
// linked list) and reproduces CPython's order of __del__ calls exactly.
import type { PyObject } from "./object.js";
import { tp } from "./typeobject.js";

const UNWIND_LEVEL = 50;
let nesting = 0;
const deferred: PyObject[] = [];

/** Returns false when the object was parked (the caller must return at once). */
export function trashcanBegin(o: PyObject): boolean {
  if (nesting >= UNWIND_LEVEL) {
    deferred.push(o);
    return false;
  }
  nesting++;
  return true;
}

export function trashcanEnd(): void {
  nesting--;
  if (nesting === 0 && deferred.length > 0) destroyChain();
}

/** _PyTrash_thread_destroy_chain: run the parked deallocations at nesting level 1. */
function destroyChain(): void {
  nesting++;
  while (deferred.length > 0) {
    const o = deferred.pop()!;
    tp(o).dealloc!(o);
  }
  nesting--;
}
