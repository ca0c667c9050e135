import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { doubleToString } from "../../src/objects/floatformat.js";
import {
  PyFormatError, floatStr, formatFloat, formatFloatPercent, formatInt, formatIntPercent, formatStr,
  parseFormatSpec, percentFlags, roundFloat,
} from "../../src/objects/formatspec.js";

// Expected values come from CPython 3.12 via tools/gen-algorithm-vectors.py.
type Outcome = string | { error: string };
interface FormatFixture {
  format: ["int" | "float" | "str", string, string, Outcome][];
  rounding: [string, string, Outcome][];
  str: [string, string][];
  percent: ["int" | "float", string, string, number, number, string, Outcome][];
  round: [string, number | null, { int: string } | { float: string } | { error: string }][];
}
const fx = JSON.parse(readFileSync(new URL("../fixtures/formatspec.json", import.meta.url), "utf8")) as FormatFixture;

function bitsToFloat(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function floatToBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function outcome(run: () => string): Outcome {
  try {
    return run();
  } catch (e) {
    if (e instanceof PyFormatError) return { error: `${e.pyType}: ${e.message}` };
    throw e;
  }
}

function formatValue(kind: string, enc: string, spec: string): Outcome {
  if (kind === "int") return outcome(() => formatInt(BigInt(enc), spec));
  if (kind === "float") return outcome(() => formatFloat(bitsToFloat(enc), spec));
  return outcome(() => formatStr(enc, spec));
}

function mismatches<T>(cases: T[], check: (c: T) => string | null): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    const msg = check(c);
    if (msg !== null) bad.push(msg);
  }
  return bad.slice(0, 20);
}

describe("format() against CPython", () => {
  for (const kind of ["int", "float", "str"] as const) {
    const cases = fx.format.filter((c) => c[0] === kind);
    it(`${cases.length} ${kind} cases`, () => {
      const bad = mismatches(cases, ([k, enc, spec, want]) => {
        const got = formatValue(k, enc, spec);
        return JSON.stringify(got) === JSON.stringify(want) ? null
          : `format(${k} ${enc}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`;
      });
      expect(bad).toEqual([]);
    });
  }

  it(`${fx.rounding.length} correctly rounded e/f/g/% cases (ties, huge precision)`, () => {
    const bad = mismatches(fx.rounding, ([bits, spec, want]) => {
      const got = outcome(() => formatFloat(bitsToFloat(bits), spec));
      return JSON.stringify(got) === JSON.stringify(want) ? null
        : `format(${bitsToFloat(bits)}, ${spec}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });

  it(`${fx.str.length} str(float) cases`, () => {
    const bad = mismatches(fx.str, ([bits, want]) => {
      const got = floatStr(bitsToFloat(bits));
      return got === want ? null : `str(${bits}): got ${got} want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it("handles the classic cases", () => {
    expect(formatFloat(2.5, ".0f")).toBe("2");
    expect(formatFloat(0.125, ".2f")).toBe("0.12");
    expect(formatFloat(1e300, "f")).toBe(
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
    );
    expect(formatInt(1234n, "010,")).toBe("00,001,234");
    expect(formatInt(255n, "#_b")).toBe("0b1111_1111");
    expect(formatFloat(-0.0001, "z.2f")).toBe("0.00");
    expect(() => formatStr("a", "+")).toThrow("Sign not allowed in string format specifier");
    expect(() => formatFloat(1, "x")).toThrow("Unknown format code 'x' for object of type 'float'");
    expect(() => formatStr("a", ",")).toThrow("Cannot specify ',' with 's'.");
    expect(() => parseFormatSpec("10.")).toThrow("Format specifier missing precision");
    // CPython raises MemoryError for a width it cannot allocate
    expect(() => formatInt(1n, "1000000000000")).toThrow(PyFormatError);
    expect(() => formatFloat(1.5, ".2147483648f")).toThrow("precision too big");
  });
});

describe("printf-style numbers against CPython", () => {
  it(`${fx.percent.length} %-format cases`, () => {
    const bad = mismatches(fx.percent, ([kind, enc, flagText, width, prec, conv, want]) => {
      const flags = percentFlags(flagText);
      const got = outcome(() => kind === "int"
        ? formatIntPercent(BigInt(enc), flags, width, prec, conv as "d")
        : formatFloatPercent(bitsToFloat(enc), flags, width, prec, conv as "e"));
      return JSON.stringify(got) === JSON.stringify(want) ? null
        : `%${flagText}${width}.${prec}${conv} % ${enc}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("round() against CPython", () => {
  it(`${fx.round.length} cases`, () => {
    const bad = mismatches(fx.round, ([bits, nd, want]) => {
      const x = bitsToFloat(bits);
      let got: { int: string } | { float: string } | { error: string };
      try {
        const r = roundFloat(x, nd);
        got = typeof r === "bigint" ? { int: r.toString() } : { float: floatToBits(r) };
      } catch (e) {
        if (!(e instanceof PyFormatError)) throw e;
        got = { error: `${e.pyType}: ${e.message}` };
      }
      return JSON.stringify(got) === JSON.stringify(want) ? null
        : `round(${x}, ${nd}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("properties", () => {
  it("'r' digits round-trip and '.17g' parses back to the same float", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(Number(doubleToString(x, "r", 0))).toBe(x);
      expect(Number(formatFloat(x, ".17g"))).toBe(x);
    }));
  });

  it("'.Nf' agrees with toFixed except on exact ties", () => {
    fc.assert(fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 20 }), (x, p) => {
      const ours = formatFloat(x, `.${p}f`);
      const js = x.toFixed(p);
      if (ours !== js && !Object.is(x, -0)) {
        // a disagreement must be a tie: x * 10**p ends in exactly .5
        expect(Number.isInteger(x * 2 ** 60) || Math.abs(x) < 1).toBe(true);
      }
    }));
  });

  it("width pads to at least width code points", () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 40 }), fc.constantFrom("<", ">", "^"), (s, w, a) => {
      const out = formatStr(s, `${a}${w}`);
      expect(Array.from(out).length).toBe(Math.max(w, Array.from(s).length));
    }));
  });
});
