// Debug and stress options, parsed once from PYARENA_DEBUG (comma separated):
//   refs      recompute every refcount from the object graph and report mismatches/leaks
//   stressgc  a stress collection (objects/gcstress.ts) after every allocation of a GC type
//   malloc    pymalloc debug checks (double free, unknown address, use after free)
//   trace     print each executed instruction
// This module imports nothing, so every layer may depend on it.

export interface DebugOptions {
  refs: boolean;
  stressgc: boolean;
  malloc: boolean;
  trace: boolean;
}

export function parseDebugOptions(spec: string | undefined): DebugOptions {
  const words = new Set((spec ?? "").split(",").map((w) => w.trim()).filter(Boolean));
  return {
    refs: words.has("refs"),
    stressgc: words.has("stressgc"),
    malloc: words.has("malloc"),
    trace: words.has("trace"),
  };
}

export const debugOptions: DebugOptions = parseDebugOptions(
  typeof process !== "undefined" ? process.env["PYARENA_DEBUG"] : undefined,
);
