// The simulated C malloc behind PyMem_RawMalloc: requests of 0 or more than 512
// bytes that pymalloc refuses, plus direct raw-domain users.
//
// Addresses imitate glibc's main heap in a PIE process (0x55.. / 0x56..), far
// below the mmap area where arenas live, so "is this a pymalloc address?" is one
// comparison. The policy is a small glibc look-alike, not a copy of glibc:
// * chunk size = request + 8 (size field) rounded up to 16, at least 32
//   (request2size, MINSIZE); the user pointer is chunk + 16, so 16-byte aligned;
// * malloc(0) is malloc(1) (PyMem_RawMalloc turns 0 into 1);
// * a freed chunk goes on an exact-size LIFO bin (like tcache/fastbins) and is
//   handed out first to the next request of that chunk size; a chunk freed at the
//   top of the heap is merged back into the top;
// * realloc stays in place when the new chunk fits the old one or the chunk is
//   the last before the top; otherwise malloc + copy + free.
// Large requests go to the heap too (glibc would mmap those of 128 KiB and more).
// This path is rarer than pymalloc's, so it may use Maps; they are keyed by
// (address - base) / 16, a small integer, so that V8 does not box a key per call.

/** Start of the simulated brk heap. */
export const DEFAULT_RAW_HEAP_BASE = 0x55d4_1a2b_3000;
/** glibc's first chunk is its per-thread tcache (0x290 bytes); user chunks follow. */
const FIRST_CHUNK_OFFSET = 0x290;
const CHUNK_HEADER = 16;
const SIZE_FIELD = 8;
const MIN_CHUNK = 32;

export type RawFreeResult = "ok" | "unknown" | "double";

export class RawAllocator {
  private top: number;
  /** Requested size of every live block, by key. */
  private readonly requested = new Map<number, number>();
  /** Chunk size of every live block, by key. */
  private readonly chunkSize = new Map<number, number>();
  /** Exact-size LIFO bins of freed chunks (keys of their user addresses). */
  private readonly bins = new Map<number, number[]>();
  /** Debug: keys of freed blocks not handed out again, to tell a double free from a wild one. */
  private readonly freed: Set<number> | null;
  /** Sum of the requested sizes of live blocks. */
  bytes = 0;
  readonly base: number;

  constructor(base: number = DEFAULT_RAW_HEAP_BASE, debug = false) {
    if (!Number.isSafeInteger(base) || base <= 0 || base % 4096 !== 0) {
      throw new RangeError(`raw heap base must be a positive page-aligned address: ${base}`);
    }
    this.base = base;
    this.top = base + FIRST_CHUNK_OFFSET;
    this.freed = debug ? new Set() : null;
  }

  /** Live blocks. */
  get blocks(): number {
    return this.requested.size;
  }

  /** malloc(n): always succeeds (the heap limit is checked by the caller). */
  malloc(nbytes: number): number {
    const n = nbytes === 0 ? 1 : nbytes;
    const size = chunkSizeFor(n);
    const key = this.takeFromBin(size) ?? this.bump(size);
    this.requested.set(key, n);
    this.chunkSize.set(key, size);
    this.bytes += n;
    this.freed?.delete(key);
    return this.addressOf(key);
  }

  free(addr: number): RawFreeResult {
    const key = this.keyOf(addr);
    const n = this.requested.get(key);
    if (n === undefined) return this.freed?.has(key) ? "double" : "unknown";
    const size = this.chunkSize.get(key)!;
    this.requested.delete(key);
    this.chunkSize.delete(key);
    this.bytes -= n;
    this.freed?.add(key);
    if (addr - CHUNK_HEADER + size === this.top) this.top = addr - CHUNK_HEADER;
    else this.pushBin(size, key);
    return "ok";
  }

  /** realloc(addr, n) on a live block; returns the (possibly new) address. */
  realloc(addr: number, nbytes: number): number {
    const n = nbytes === 0 ? 1 : nbytes;
    const key = this.keyOf(addr);
    const oldSize = this.chunkSize.get(key)!;
    const newSize = chunkSizeFor(n);
    const atTop = addr - CHUNK_HEADER + oldSize === this.top;
    if (newSize <= oldSize || atTop) {
      if (atTop) {
        this.top = addr - CHUNK_HEADER + newSize;
        this.chunkSize.set(key, newSize);
      }
      this.bytes += n - this.requested.get(key)!;
      this.requested.set(key, n);
      return addr;
    }
    const moved = this.malloc(n);
    this.free(addr);
    return moved;
  }

  has(addr: number): boolean {
    return this.requested.has(this.keyOf(addr));
  }

  wasFreed(addr: number): boolean {
    return this.freed?.has(this.keyOf(addr)) ?? false;
  }

  requestedSize(addr: number): number | undefined {
    return this.requested.get(this.keyOf(addr));
  }

  /** malloc_usable_size: the chunk minus its size field. */
  usableSize(addr: number): number | undefined {
    const size = this.chunkSize.get(this.keyOf(addr));
    return size === undefined ? undefined : size - SIZE_FIELD;
  }

  /** Live blocks as [address, requested size], in address order. */
  liveBlocks(): Array<[number, number]> {
    return [...this.requested.entries()].sort((a, b) => a[0] - b[0]).map(([key, n]) => [this.addressOf(key), n]);
  }

  /** Map key of a user address: a small integer; fractional (so never found) for a misaligned address. */
  keyOf(addr: number): number {
    return (addr - this.base) / 16;
  }

  /** User address of a key (inverse of keyOf). */
  addressOf(key: number): number {
    return this.base + key * 16;
  }

  /** Key of the most recently freed chunk of exactly `size` bytes, if any. */
  private takeFromBin(size: number): number | undefined {
    return this.bins.get(size)?.pop();
  }

  private pushBin(size: number, key: number): void {
    const bin = this.bins.get(size);
    if (bin === undefined) this.bins.set(size, [key]);
    else bin.push(key);
  }

  /** Carve a chunk from the top of the heap; returns the key of its user address. */
  private bump(size: number): number {
    const chunk = this.top;
    this.top = chunk + size;
    return this.keyOf(chunk + CHUNK_HEADER);
  }
}

/** request2size: request + size field, rounded up to 16, at least MINSIZE. */
export function chunkSizeFor(n: number): number {
  return Math.max(MIN_CHUNK, Math.ceil((n + SIZE_FIELD) / 16) * 16);
}
