// Loading compiled code into the object heap: constants are boxed once per
// compilation unit (CPython's constant cache), so equal constants are one object
// across every function of a module; identifier-like str constants and all names
// are interned (immortal in 3.12). Each CodeUnit becomes a code object.
import { CodeUnit, type Const } from "../compiler/code.js";
import { constKey } from "../compiler/constkey.js";
import { codeObjectSize } from "../compiler/cocode.js";
import { decref, PyObject } from "../objects/object.js";
import { None, True, False, Ellipsis } from "../objects/singletons.js";
import { newTuple } from "../objects/tupleobject.js";
import { mayBeTracked } from "../objects/gc.js";
import { gcUntrack } from "../objects/gcheader.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { newInt, normInt } from "../objects/longobject.js";
import { newFloat } from "../objects/floatobject.js";
import { newCodeObject, isIdentifierLike } from "../objects/codeobject.js";
import { newBytes } from "../objects/bytesobject.js";
import { newComplex } from "../objects/complexobject.js";
import { frozensetFromItems, setItems } from "../objects/setobject.js";

export class ConstBoxer {
  private readonly boxed = new Map<string, PyObject>();
  private filenameObject: PyObject | null = null;
  /** hooks for constant types defined by other modules (bytes, complex, frozenset) */
  static boxOther: ((c: Const, boxer: ConstBoxer) => PyObject) | null = null;

  /** Objects the AST already holds for constants (their first occurrences), used before making new ones. */
  preferred: ReadonlyMap<string, PyObject> = new Map();

  /** A new reference to the object for constant `c` (one object per distinct constant). */
  box(c: Const): PyObject {
    if (c instanceof CodeUnit) return loadCode(c, this);
    const key = constKey(c);
    let o = this.boxed.get(key);
    if (o === undefined) {
      const existing = this.preferred.get(key);
      if (existing !== undefined) existing.rc++;
      o = existing ?? this.make(c);
      this.boxed.set(key, o);
    }
    o.rc++;
    return o;
  }

  /** A new object for one occurrence of a constant in the source (the parser's view). */
  boxFresh(c: Const): PyObject {
    return this.make(c);
  }

  private make(c: Const): PyObject {
    if (c === null) return None;
    switch (typeof c) {
      case "boolean":
        return c ? True : False;
      case "bigint":
        return newInt(normInt(c));
      case "number":
        return newFloat(c);
      case "string":
        return isIdentifierLike(c) ? internStr(c) : newStr(c);
      case "symbol":
        return Ellipsis;
      default:
        break;
    }
    if (c instanceof Uint8Array) return newBytes(c);
    if (typeof c === "object" && "kind" in c && c.kind === "tuple") {
      // constant tuples hold only constants: the compiler leaves them untracked
      const t = newTuple(c.items.map((item) => this.box(item)));
      if (!(t.v as PyObject[]).some(mayBeTracked)) gcUntrack(t);
      return t;
    }
    if (typeof c === "object" && "kind" in c && c.kind === "frozenset") {
      // The compiler builds the frozenset from the literal's items, then
      // merge_consts_recursive rebuilds it from that set's iteration order: two
      // insertions, which can change the table order when hashes collide.
      const items = c.items.map((item) => this.box(item));
      const first = frozensetFromItems(items);
      for (const item of items) decref(item);
      try {
        return frozensetFromItems(setItems(first));
      } finally {
        decref(first);
      }
    }
    if (typeof c === "object" && "complex" in c) return newComplex(c.real, c.imag);
    if (ConstBoxer.boxOther === null) throw new Error("pyarena: constant type not supported yet");
    return ConstBoxer.boxOther(c, this);
  }

  /** One filename object shared by every code object of the unit (c_filename). */
  filename(name: string): PyObject {
    if (this.filenameObject === null) this.filenameObject = newStr(name);
    this.filenameObject.rc++;
    return this.filenameObject;
  }

  /** Release the boxer's own references (the code objects keep theirs). */
  release(): void {
    for (const o of this.boxed.values()) decref(o);
    this.boxed.clear();
    if (this.filenameObject !== null) decref(this.filenameObject);
    this.filenameObject = null;
  }
}

/** A code object for `unit` with its constants boxed by `boxer`. */
export function loadCode(unit: CodeUnit, boxer: ConstBoxer): PyObject {
  const constItems = unit.consts.map((c) => boxer.box(c));
  const nameItems = unit.names.map((n) => internStr(n));
  return newCodeObject(unit, {
    consts: newTuple(constItems),
    names: newTuple(nameItems),
    localsplusnames: newTuple(unit.localsplusnames.map((n) => internStr(n))),
    constItems,
    nameItems,
    filename: boxer.filename(unit.filename),
    name: internStr(unit.name),
    qualname: internStr(unit.qualname),
    size: codeSize(unit),
  });
}

/** __sizeof__ of a code object: 192 + len(co_code) (CPython's bytes, caches included), rounded to 8. */
export function codeSize(unit: CodeUnit): number {
  return codeObjectSize(unit);
}

/** The CodeUnit of a code object. */
export function codeUnit(code: PyObject): CodeUnit {
  return code.v as CodeUnit;
}
