import { describe, expect, it } from "vitest";
import { floatRepr } from "../../src/values/floatrepr.js";
import { bytesRepr, strRepr } from "../../src/values/strrepr.js";

// Expected strings are CPython 3.12's repr() of the same values.
describe("floatRepr", () => {
  it.each([
    [1.5, "1.5"], [0.1, "0.1"], [1e16, "1e+16"], [1e15, "1000000000000000.0"], [123456789012345680, "1.2345678901234568e+17"],
    [0.0001, "0.0001"], [0.00001, "1e-05"], [1.5e-5, "1.5e-05"], [-0.0, "-0.0"], [0, "0.0"], [2.0, "2.0"],
    [Infinity, "inf"], [-Infinity, "-inf"], [NaN, "nan"], [1 / 3, "0.3333333333333333"], [1e300 * 10, "1e+301"],
    [5e-324, "5e-324"], [1.7976931348623157e308, "1.7976931348623157e+308"], [-2.5, "-2.5"], [100.0, "100.0"],
  ])("repr(%s) == %s", (x, text) => {
    expect(floatRepr(x)).toBe(text);
  });
});

describe("strRepr", () => {
  it.each([
    ["abc", "'abc'"], ["it's", `"it's"`], [`'"`, `'\\'"'`], ["a\nb\tc\\", "'a\\nb\\tc\\\\'"], ["\x00\x7f", "'\\x00\\x7f'"],
    ["é", "'é'"], ["\xa0", "'\\xa0'"], ["\u200b", "'\\u200b'"], ["😀", "'😀'"], ["\ud800", "'\\ud800'"], ["", "''"],
  ])("repr(%j)", (s, text) => {
    expect(strRepr(s)).toBe(text);
  });
});

describe("bytesRepr", () => {
  it("escapes like bytes_repr", () => {
    expect(bytesRepr(new Uint8Array([0x61, 0x27, 0x0a, 0xff, 0x5c]))).toBe(`b"a'\\n\\xff\\\\"`);
    expect(bytesRepr(new Uint8Array([]))).toBe("b''");
  });
});
