import { describe, expect, it } from "vitest";
import { PyMalloc } from "../../src/memory/allocator.js";
import { AllocatorError } from "../../src/memory/errors.js";
import { FIRST_POOL, fresh, hex } from "./helpers.js";

function debugHeap(): PyMalloc {
  return new PyMalloc({ debug: true });
}

function caught(action: () => unknown): AllocatorError {
  try {
    action();
  } catch (error) {
    if (error instanceof AllocatorError) return error;
    throw error;
  }
  throw new Error("expected an AllocatorError");
}

describe("debug mode (like PYTHONMALLOC=debug)", () => {
  it("detects a double free and names the address and size class", () => {
    const m = debugHeap();
    const a = m.malloc(24);
    m.malloc(24);
    m.free(a);
    const error = caught(() => m.free(a));
    expect(error.kind).toBe("double free");
    expect(error.address).toBe(a);
    expect(error.sizeClass).toBe(1);
    expect(error.message).toContain(hex(a));
    expect(error.message).toContain("size class 1");
  });

  it("detects a double free of the last block of a pool (the pool is then empty)", () => {
    const m = debugHeap();
    const a = m.malloc(24);
    m.free(a);
    expect(caught(() => m.free(a)).kind).toBe("double free");
  });

  it("detects frees of addresses no allocator handed out", () => {
    const m = debugHeap();
    const a = m.malloc(24);
    expect(caught(() => m.free(a + 16)).kind).toBe("unknown address"); // inside a block
    expect(caught(() => m.free(a + 64)).kind).toBe("unknown address"); // never carved
    expect(caught(() => m.free(FIRST_POOL + 16384 * 5)).kind).toBe("unknown address"); // uncarved pool
    expect(caught(() => m.free(0x1234_5670)).kind).toBe("unknown address"); // nowhere
    const raw = m.malloc(1000);
    expect(caught(() => m.free(raw + 16)).kind).toBe("unknown address");
  });

  it("detects a raw double free", () => {
    const m = debugHeap();
    const raw = m.malloc(1000);
    m.free(raw);
    const error = caught(() => m.free(raw));
    expect(error.kind).toBe("double free");
    expect(error.sizeClass).toBe(-1);
  });

  it("checkLive reports use of a freed block, and accepts live ones", () => {
    const m = debugHeap();
    const a = m.malloc(100);
    const raw = m.malloc(2000);
    m.checkLive(a);
    m.checkLive(raw);
    m.malloc(100);
    m.free(a);
    m.free(raw);
    const error = caught(() => m.checkLive(a));
    expect(error.kind).toBe("use after free");
    expect(error.message).toContain("size class 6");
    expect(caught(() => m.checkLive(raw)).kind).toBe("use after free");
    expect(caught(() => m.realloc(a, 10)).kind).toBe("use after free");
    expect(caught(() => m.realloc(raw, 10)).kind).toBe("use after free");
    expect(caught(() => m.usableSize(raw)).kind).toBe("use after free");
  });

  it("forgets a freed block once it is handed out again", () => {
    const m = debugHeap();
    const a = m.malloc(100);
    m.free(a);
    expect(m.malloc(100)).toBe(a);
    m.checkLive(a);
    m.free(a);
  });

  it("is off by default unless PYARENA_DEBUG contains malloc (vitest sets PYARENA_DEBUG=refs)", () => {
    expect(new PyMalloc().debug).toBe(false);
  });

  it("still refuses obviously bad frees outside debug mode, but checkLive is free", () => {
    const m = fresh();
    const a = m.malloc(24);
    m.free(a);
    expect(caught(() => m.free(a)).kind).toBe("unknown address"); // its pool is empty
    expect(caught(() => m.free(0x1234_5670)).kind).toBe("unknown address");
    expect(() => m.checkLive(a)).not.toThrow();
  });
});
