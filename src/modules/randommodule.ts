// The random module: random.Random over CPython's Mersenne Twister (mt19937.ts, which
// also holds Lib/random.py's algorithms), and the module functions as bound methods of
// one hidden instance, as random.py binds them. Same seed, same sequence as CPython 3.12.
import { decref, incref, PyObject, PyRaise } from "../objects/object.js";
import * as E from "../objects/exceptions.js";
import { raise, TypeError, ValueError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newFloat } from "../objects/floatobject.js";
import { floatValue } from "../objects/floatmethods.js";
import { newList, listItems } from "../objects/listobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { newBytes } from "../objects/bytesobject.js";
import {
  makeStaticType, typeData, typeName, isSubtype, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, TPFLAGS_MANAGED_WEAKREF, type MethodDef,
} from "../objects/typeobject.js";
import { IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType, ListType, TupleType, NoneType } from "../objects/types.js";
import { allocObject, freeObject, objectId } from "../objects/runtime.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import * as abs from "../objects/abstract.js";
import { sequenceTuple } from "../objects/tuplemethods.js";
import { registerModule } from "../vm/imports.js";
import { MersenneTwister, PyRandomError, type SeedValue } from "./mt19937.js";

/**
 * random.Random: a class in CPython (random.py, over _random.Random): 2520 bytes of
 * generator state, with an instance dict and weakrefs (getsizeof 2552).
 */
export const RandomType = makeStaticType("Random", 2520, 0, TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_MANAGED_DICT | TPFLAGS_MANAGED_WEAKREF);
typeData(RandomType).module = "random";

function mt(o: PyObject): MersenneTwister {
  return o.v as MersenneTwister;
}

/** Run generator code, turning its errors into Python exceptions. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyRandomError) raise((E as unknown as Record<string, PyObject>)[e.pyType]!, e.message);
    throw e;
  }
}

function seedValue(a: PyObject | null): { value: SeedValue; identity: number } {
  if (a === null || a === None) return { value: null, identity: 0 };
  if (a.type === IntType || a.type === BoolType || isSubtype(a.type, IntType)) return { value: BigInt(a.v as number | bigint), identity: 0 };
  if (a.type === FloatType) return { value: a.v as number, identity: objectId(a) };
  if (a.type === StrType) return { value: a.v as string, identity: 0 };
  if (a.type === BytesType || a.type === ByteArrayType) return { value: a.v as Uint8Array, identity: 0 };
  raise(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

function intArg(o: PyObject): bigint {
  const i = abs.index(o);
  const v = BigInt(i.v as number | bigint);
  decref(i);
  return v;
}

function bigToInt(v: bigint): PyObject {
  return newInt(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
}

function kw(args: PyObject[], kwnames: string[] | null, name: string, pos: number): PyObject | null {
  const npos = args.length - (kwnames?.length ?? 0);
  if (pos < npos) return args[pos]!;
  const i = kwnames?.indexOf(name) ?? -1;
  return i < 0 ? null : args[npos + i]!;
}

/** The items of a sequence (borrowed); a tuple made from another iterable is held until withItems ends. */
function items(o: PyObject): PyObject[] {
  if (o.type === ListType) return [...listItems(o)];
  if (o.type === TupleType) return [...tupleItems(o)];
  const t = sequenceTuple(o);
  held.push(t);
  return [...tupleItems(t)];
}

let held: PyObject[] = [];

/** Run fn, then release the tuples items() made during it (nested calls keep theirs apart). */
function withItems<T>(fn: () => T): T {
  const mark = held.length;
  try {
    return fn();
  } finally {
    for (const t of held.splice(mark)) decref(t);
  }
}

const METHODS: Record<string, MethodDef> = {
  seed: {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      const a = kw(args, kwnames, "a", 0);
      const version = kw(args, kwnames, "version", 1);
      const s = seedValue(a);
      if (version !== null && Number(version.v) === 1 && (typeof s.value === "string" || s.value instanceof Uint8Array)) {
        guard(() => mt(self).seedVersion1(s.value as string | Uint8Array));
      } else {
        guard(() => mt(self).seedObject(s.value, s.identity));
      }
      return incref(None);
    },
  },
  random: { kind: "noargs", fn: (self) => newFloat(mt(self).random()) },
  getrandbits: {
    kind: "o",
    fn: (self, k) => bigToInt(guard(() => mt(self).getrandbits(Number(intArg(k))))),
  },
  randbytes: { kind: "o", fn: (self, n) => newBytes(guard(() => mt(self).randbytes(Number(intArg(n))))) },
  randrange: {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      const start = kw(args, kwnames, "start", 0);
      const stop = kw(args, kwnames, "stop", 1);
      const step = kw(args, kwnames, "step", 2);
      if (start === null) raise(TypeError, "Random.randrange() missing 1 required positional argument: 'start'");
      return bigToInt(guard(() => mt(self).randrange(intArg(start), stop === null || stop === None ? null : intArg(stop), step === null ? null : intArg(step))));
    },
  },
  randint: {
    kind: "fast",
    fn: (self, args) => {
      if (args.length !== 2) raise(TypeError, `Random.randint() takes 3 positional arguments but ${args.length + 1} were given`);
      return bigToInt(guard(() => mt(self).randint(intArg(args[0]!), intArg(args[1]!))));
    },
  },
  choice: {
    kind: "o",
    fn: (self, seq) => {
      const n = abs.length(seq);
      const i = guard(() => mt(self).choiceIndex(n));
      const index = newInt(i);
      try {
        return abs.getItem(seq, index);
      } finally {
        decref(index);
      }
    },
  },
  shuffle: {
    kind: "o",
    fn: (self, x) => {
      const n = abs.length(x);
      for (let i = n - 1; i > 0; i--) {
        const j = guard(() => mt(self).choiceIndex(i + 1));
        swap(x, i, j);
      }
      return incref(None);
    },
  },
  sample: {
    kind: "fastkw",
    fn: (self, args, kwnames) => withItems(() => {
      const population = kw(args, kwnames, "population", 0);
      const kArg = kw(args, kwnames, "k", 1);
      const counts = kw(args, kwnames, "counts", 2);
      if (population === null || kArg === null) raise(TypeError, "Random.sample() missing 1 required positional argument: 'k'");
      if (population.type !== ListType && population.type !== TupleType) {
        const getitem = abs.getAttrOrNull(population, internStr("__getitem__"));
        if (getitem === null) raise(TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
        decref(getitem);
      }
      const pop = items(population);
      const k = Number(intArg(kArg));
      const indices = counts === null || counts === None
        ? guard(() => mt(self).sampleIndices(pop.length, k))
        : guard(() => mt(self).sampleCountsIndices(items(counts).map((c) => Number(intArg(c))), k));
      return newList(indices.map((i) => incref(pop[i]!)));
    }),
  },
  choices: {
    kind: "fastkw",
    fn: (self, args, kwnames) => withItems(() => {
      const population = kw(args, kwnames, "population", 0);
      const weights = kw(args, kwnames, "weights", 1);
      const cumWeights = kwnames?.includes("cum_weights") ? kw(args, kwnames, "cum_weights", 99) : null;
      const kArg = kwnames?.includes("k") ? kw(args, kwnames, "k", 99) : null;
      if (population === null) raise(TypeError, "Random.choices() missing 1 required positional argument: 'population'");
      const pop = items(population);
      const k = kArg === null ? 1 : Number(intArg(kArg));
      let indices: number[];
      if ((weights === null || weights === None) && (cumWeights === null || cumWeights === None)) {
        indices = guard(() => mt(self).choicesIndices(pop.length, k));
      } else {
        if (weights !== null && weights !== None && cumWeights !== null && cumWeights !== None) raise(TypeError, "Cannot specify both weights and cumulative weights");
        let cum: number[];
        if (cumWeights !== null && cumWeights !== None) cum = items(cumWeights).map(floatValue);
        else {
          cum = [];
          let total = 0;
          for (const w of items(weights!)) cum.push((total += floatValue(w)));
        }
        if (cum.length !== pop.length) raise(ValueError, "The number of weights does not match the population");
        indices = guard(() => mt(self).choicesWeightedIndices(cum, k));
      }
      return newList(indices.map((i) => incref(pop[i]!)));
    }),
  },
  uniform: { kind: "fast", fn: (self, args) => newFloat(mt(self).uniform(floatValue(args[0]!), floatValue(args[1]!))) },
  gauss: {
    kind: "fast",
    fn: (self, args) => newFloat(mt(self).gauss(args[0] ? floatValue(args[0]) : 0, args[1] ? floatValue(args[1]) : 1)),
  },
  normalvariate: {
    kind: "fast",
    fn: (self, args) => newFloat(mt(self).normalvariate(args[0] ? floatValue(args[0]) : 0, args[1] ? floatValue(args[1]) : 1)),
  },
  expovariate: { kind: "fast", fn: (self, args) => newFloat(guard(() => mt(self).expovariate(args[0] ? floatValue(args[0]) : 1))) },
  triangular: {
    kind: "fast",
    fn: (self, args) => newFloat(mt(self).triangular(args[0] ? floatValue(args[0]) : 0, args[1] ? floatValue(args[1]) : 1,
      args[2] && args[2] !== None ? floatValue(args[2]) : null)),
  },
  getstate: {
    kind: "noargs",
    fn: (self) => {
      const [version, words, gaussNext] = mt(self).getstate();
      return newTuple([newInt(version), newTuple(words.map((w) => newInt(w))), gaussNext === null ? incref(None) : newFloat(gaussNext)]);
    },
  },
  setstate: {
    kind: "o",
    fn: (self, state) => {
      if (state.type !== TupleType) raise(TypeError, "state vector must be a tuple");
      const [v, words, g] = tupleItems(state) as [PyObject, PyObject, PyObject];
      guard(() => mt(self).setstate([Number(v.v) as 3, tupleItems(words).map((w) => Number(w.v)), g === None ? null : (g.v as number)]));
      return incref(None);
    },
  },
};

function swap(x: PyObject, i: number, j: number): void {
  const ki = newInt(i);
  const kj = newInt(j);
  try {
    const a = abs.getItem(x, ki);
    const b = abs.getItem(x, kj);
    try {
      abs.setItem(x, ki, b);
      abs.setItem(x, kj, a);
    } finally {
      decref(a);
      decref(b);
    }
  } finally {
    decref(ki);
    decref(kj);
  }
}

const data = typeData(RandomType);
data.methodDefs = METHODS;
data.new = (type, args) => {
  const s = seedValue(args[0] ?? null);
  const gen = guard(() => new MersenneTwister());
  guard(() => gen.seedObject(s.value, s.identity));
  const o = allocObject(type, typeData(type).basicsize + typeData(type).preHeaderSize, gen, null);
  gcTrack(o);
  return o;
};
data.init = () => {};
data.dealloc = (o) => {
  gcUntrack(o);
  const dict = o.dict;
  o.dict = null;
  if (dict !== null) decref(dict);
  freeObject(o);
};
data.traverse = (o, visit) => {
  if (o.dict !== null) visit(o.dict);
};

function makeRandomModule(): PyObject {
  const d = newModuleDict("random");
  const inst = data.new!(RandomType, [], null);
  for (const name of Object.keys(METHODS)) {
    const f = newBuiltin(name, METHODS[name]!, inst);
    dictSetItem(d, internStr(name), f);
    decref(f);
  }
  decref(inst);
  dictSetItem(d, internStr("Random"), RandomType);
  return newModule("random", d);
}

registerModule("random", makeRandomModule);

