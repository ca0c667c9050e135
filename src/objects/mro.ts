// The C3 method resolution order (Objects/typeobject.c mro_implementation), with
// CPython's error texts.
import type { PyObject } from "./object.js";
import { raise, TypeError } from "./exceptions.js";
import { typeData } from "./typeobject.js";

/** mro(type) for a new type with these bases: the type, then the C3 merge of the bases' MROs and the bases. */
export function computeMro(type: PyObject, bases: PyObject[]): PyObject[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raise(TypeError, `duplicate base class ${typeData(bases[i]!).name}`);
    }
  }
  if (bases.length === 1) return [type, ...typeData(bases[0]!).mro];
  const sequences = [...bases.map((b) => [...typeData(b).mro]), [...bases]];
  const result: PyObject[] = [type];
  for (;;) {
    const remaining = sequences.filter((s) => s.length > 0);
    if (remaining.length === 0) return result;
    let candidate: PyObject | null = null;
    for (const seq of remaining) {
      const head = seq[0]!;
      if (!remaining.some((s) => s.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // set_mro_error: the heads that could not be placed, in base order, without repeats
      const heads: string[] = [];
      for (const seq of remaining) {
        const name = typeData(seq[0]!).name;
        if (!heads.includes(name)) heads.push(name);
      }
      raise(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    result.push(candidate);
    for (const seq of sequences) if (seq[0] === candidate) seq.shift();
  }
}
