import { describe, expect, it } from "vitest";
import { parseDebugOptions } from "../src/debug.js";

describe("parseDebugOptions", () => {
  it("reads comma-separated words", () => {
    expect(parseDebugOptions("refs, stressgc")).toEqual({ refs: true, stressgc: true, malloc: false, trace: false });
    expect(parseDebugOptions(undefined).refs).toBe(false);
  });
});
