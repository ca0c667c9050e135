// Literal decoding; expected values are what CPython 3.12 evaluates the literals to.
import { describe, expect, it } from "vitest";
import { decodeStringBody, parseNumber, LiteralError } from "../../src/lexer/literals.js";

describe("string escapes", () => {
  it("decodes every escape", () => {
    expect(decodeStringBody("a\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r", false, false)).toBe("a\n\t\\'\"\x07\b\f\v\r");
    expect(decodeStringBody("\\x41\\101\\0\\u00e9\\U0001F600\\N{BULLET}\\N{em dash}", false, false)).toBe("AA\0é😀•—");
    expect(decodeStringBody("a\\\nb", false, false)).toBe("ab");
    expect(decodeStringBody("\\d\\q", false, false)).toBe("\\d\\q");
  });
  it("leaves raw strings alone", () => {
    expect(decodeStringBody("\\n\\x", true, false)).toBe("\\n\\x");
  });
  it("keeps \\u literally in bytes", () => {
    expect(decodeStringBody("\\u1234\\xff", false, true)).toBe("\\u1234\xff");
  });
  it("raises CPython's messages", () => {
    expect(() => decodeStringBody("\\x1", false, false)).toThrow(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
    );
    expect(() => decodeStringBody("\\N{foo}", false, false)).toThrow(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name",
    );
    expect(() => decodeStringBody("é", false, true)).toThrow(LiteralError);
  });
});

describe("numbers", () => {
  it("parses ints, floats and imaginary numbers", () => {
    expect(parseNumber("1_000")).toBe(1000n);
    expect(parseNumber("0xFF")).toBe(255n);
    expect(parseNumber("0o17")).toBe(15n);
    expect(parseNumber("0b101")).toBe(5n);
    expect(parseNumber("12345678901234567890")).toBe(12345678901234567890n);
    expect(parseNumber("1.5e3")).toBe(1500);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("1e400")).toBe(Infinity);
    expect(parseNumber("2j")).toEqual({ imag: 2 });
  });
});
