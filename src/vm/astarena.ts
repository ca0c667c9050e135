// The constants of a parsed program, as objects (CPython's PyArena of the AST).
// CPython's parser makes one object per literal occurrence and the AST optimizer one
// per folded result; the arena keeps a reference to each until the module's code
// has run. That is why a literal's object reports one reference more than its
// visible owners (`x = 1001; sys.getrefcount(x)` is 4: co_consts, x, the argument
// and the arena) and why a repeated literal briefly costs a second block. The
// compiler's constant cache then maps each constant to the object of its first
// occurrence, which becomes the one in co_consts.
import type * as A from "../parser/ast.js";
import { AST_FIELDS } from "../parser/astfields.js";
import { constKey } from "../compiler/constkey.js";
import type { Const } from "../compiler/code.js";
import { decref, incref, type PyObject } from "../objects/object.js";

export class AstArena {
  readonly objects: PyObject[] = [];
  private readonly boxed = new Map<A.Constant, { value: unknown; object: PyObject }>();
  /** constant key → the object of its first occurrence in the optimized tree */
  readonly firstByKey = new Map<string, PyObject>();

  constructor(private readonly box: (c: Const) => PyObject) {}

  /**
   * Box every Constant node not boxed yet (or whose value folding replaced), in tree
   * order; `parsed`: the tree is the parser's (before folding).
   */
  collect(mod: A.Module, parsed = false): void {
    walk(mod, (node) => {
      const seen = this.boxed.get(node);
      if (seen !== undefined && Object.is(seen.value, node.value)) return;
      const object = this.box(node.value as Const);
      this.objects.push(object);
      // _PyPegen_concatenate_strings starts a bytes literal's result from b'' and
      // PyBytes_Concat returns the literal itself: the arena holds it a second time.
      // Adjacent literals make a new object instead (whose parts CPython's arena also
      // keeps, as objects pyarena does not make).
      if (parsed && node.value instanceof Uint8Array && node.joinedBytes !== true) this.objects.push(incref(object));
      this.boxed.set(node, { value: node.value, object });
    });
  }

  /** After folding: remember, per constant, the object of its first occurrence. */
  indexFirstOccurrences(mod: A.Module): void {
    walk(mod, (node) => {
      const key = constKey(node.value as Const);
      if (!this.firstByKey.has(key)) this.firstByKey.set(key, this.boxed.get(node)!.object);
    });
  }

  /** _PyArena_Free: drop the arena's references. */
  release(): void {
    for (const o of this.objects) decref(o);
    this.objects.length = 0;
    this.boxed.clear();
    this.firstByKey.clear();
  }
}

/** Visit every Constant node, fields in ast order. */
function walk(node: unknown, visit: (c: A.Constant) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (node === null || typeof node !== "object" || !("_type" in node)) return;
  const n = node as { _type: string } & Record<string, unknown>;
  if (n._type === "Constant") {
    visit(n as unknown as A.Constant);
    return;
  }
  const info = AST_FIELDS[n._type];
  if (info === undefined) return;
  for (const field of info.fields) walk(n[field], visit);
}
