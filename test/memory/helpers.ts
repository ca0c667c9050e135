// Shared helpers for the allocator tests.
import { PyMalloc, type PyMallocOptions } from "../../src/memory/allocator.js";
import { blocksPerPool, sizeClassOf } from "../../src/memory/sizeclass.js";

export const FIRST_ARENA = 0x7f3c_a6e0_1000;
/** The default first arena is 4 KiB but not 16 KiB aligned: its first pool starts 12 KiB in. */
export const FIRST_POOL = FIRST_ARENA + 0x3000;

export function fresh(options: PyMallocOptions = {}): PyMalloc {
  return new PyMalloc({ debug: false, ...options });
}

/** Allocate `count` blocks of `size` bytes. */
export function allocMany(m: PyMalloc, size: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const addr = m.malloc(size);
    if (addr === 0) throw new Error("unexpected allocation failure");
    out.push(addr);
  }
  return out;
}

/** Allocate exactly one pool's worth of blocks of `size` (a full pool). */
export function fillPool(m: PyMalloc, size: number): number[] {
  return allocMany(m, size, blocksPerPool(sizeClassOf(size)));
}

export function hex(addr: number): string {
  return "0x" + addr.toString(16);
}
