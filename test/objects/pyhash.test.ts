import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HASH_MODULUS, hashBytes, hashComplex, hashFloat, hashFrozenset, hashInt, hashPointer,
  hashSecretFromEnv, hashSecretFromSeed, hashStr, hashTuple,
} from "../../src/objects/pyhash.js";

// Expected values come from CPython 3.12 via tools/gen-algorithm-vectors.py.
interface HashFixture {
  seeds: string[];
  strings: string[];
  bytes: string[];
  strHashes: Record<string, string[]>;
  bytesHashes: Record<string, string[]>;
  ints: [string, string][];
  floats: [string, string][];
  pointers: [string, string][];
  complexes: [string, string, string][];
  tuples: [string[], string][];
  frozensets: [string[], string][];
}
const fx = JSON.parse(readFileSync(new URL("../fixtures/pyhash.json", import.meta.url), "utf8")) as HashFixture;

function bitsToFloat(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

describe("hashStr / hashBytes under PYTHONHASHSEED", () => {
  for (const seed of fx.seeds) {
    it(`seed ${seed}: ${fx.strings.length} strs and ${fx.bytes.length} bytes`, () => {
      const secret = hashSecretFromSeed(Number(seed));
      const strExpected = fx.strHashes[seed]!;
      fx.strings.forEach((s, i) => {
        expect(hashStr(s, secret), JSON.stringify(s)).toBe(BigInt(strExpected[i]!));
      });
      const bytesExpected = fx.bytesHashes[seed]!;
      fx.bytes.forEach((hex, i) => {
        expect(hashBytes(hexToBytes(hex), secret), hex).toBe(BigInt(bytesExpected[i]!));
      });
    });
  }

  it("a str whose chars are all < 256 hashes like its latin-1 bytes", () => {
    const secret = hashSecretFromSeed(42);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      expect(hashStr(String.fromCharCode(...b), secret)).toBe(hashBytes(b, secret));
    }));
  });

  it("random secrets differ and PYTHONHASHSEED parsing follows CPython", () => {
    expect(hashSecretFromSeed("random").bytes).not.toEqual(hashSecretFromSeed("random").bytes);
    expect(hashSecretFromEnv("0").bytes).toEqual(new Uint8Array(24));
    expect(hashStr("abc", hashSecretFromEnv("42"))).toBe(hashStr("abc", hashSecretFromSeed(42)));
    expect(() => hashSecretFromEnv("4294967296")).toThrow(/PYTHONHASHSEED/);
    expect(() => hashSecretFromEnv("-1")).toThrow(/PYTHONHASHSEED/);
    expect(() => hashSecretFromEnv("42 ")).toThrow(/PYTHONHASHSEED/);
    expect(hashSecretFromEnv(" +42").bytes).toEqual(hashSecretFromSeed(42).bytes);
  });
});

describe("numeric hashes", () => {
  it(`hashInt matches ${fx.ints.length} CPython ints`, () => {
    for (const [v, h] of fx.ints) {
      expect(hashInt(BigInt(v)), v).toBe(BigInt(h));
      const n = Number(v);
      if (Number.isSafeInteger(n)) expect(hashInt(n), v).toBe(BigInt(h));
    }
  });

  it(`hashFloat matches ${fx.floats.length} CPython floats`, () => {
    for (const [bits, h] of fx.floats) expect(hashFloat(bitsToFloat(bits)), bits).toBe(BigInt(h));
  });

  it("NaN and object() hash by address", () => {
    for (const [id, h] of fx.pointers) {
      expect(hashPointer(BigInt(id))).toBe(BigInt(h));
      expect(hashFloat(NaN, BigInt(id))).toBe(BigInt(h));
    }
  });

  it(`hashComplex matches ${fx.complexes.length} CPython complexes`, () => {
    for (const [re, im, h] of fx.complexes) {
      expect(hashComplex(bitsToFloat(re), bitsToFloat(im)), `${re} ${im}`).toBe(BigInt(h));
    }
  });

  it("integral floats hash like ints; hash(x) == hash(x mod P) for ints", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      if (Number.isInteger(x)) expect(hashFloat(x)).toBe(hashInt(BigInt(x)));
    }));
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 1n << 200n }), (v) => {
      const h = hashInt(v);
      expect(h).toBe(hashInt(v % HASH_MODULUS));
      expect(hashInt(-v)).toBe(v % HASH_MODULUS === 1n ? -2n : -(v % HASH_MODULUS));
    }));
  });
});

describe("container hashes", () => {
  it(`hashTuple matches ${fx.tuples.length} CPython tuples`, () => {
    for (const [items, h] of fx.tuples) expect(hashTuple(items.map(BigInt)), items.join(",")).toBe(BigInt(h));
  });

  it(`hashFrozenset matches ${fx.frozensets.length} CPython frozensets`, () => {
    for (const [items, h] of fx.frozensets) {
      expect(hashFrozenset(items.map(BigInt)), items.join(",")).toBe(BigInt(h));
    }
  });

  it("frozenset hash ignores member order", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })), (hs) => {
      expect(hashFrozenset([...hs].reverse())).toBe(hashFrozenset(hs));
    }));
  });
});
