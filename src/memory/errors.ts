// Internal errors raised by the allocator's checks. These are bugs in pyarena
// (like a CPython fatal error from the debug hooks), never Python exceptions:
// running out of memory is reported by returning 0 instead.

export type AllocatorErrorKind = "double free" | "unknown address" | "use after free";

export class AllocatorError extends Error {
  override readonly name = "AllocatorError";

  constructor(
    readonly kind: AllocatorErrorKind,
    readonly address: number,
    /** pymalloc size class of the block, -1 for the raw allocator or an address no allocator owns. */
    readonly sizeClass: number,
    detail: string,
  ) {
    super(`${kind}: ${formatAddress(address)} (${detail})`);
  }
}

/** An address as C's %p prints it on Linux. */
export function formatAddress(addr: number): string {
  return "0x" + addr.toString(16);
}
