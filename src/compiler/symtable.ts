// Scope analysis, modelled on CPython 3.12's Python/symtable.c.
//
// Pass 1 (SymtableBuilder) walks the AST once, creating one entry per block (module,
// function, lambda, class, comprehension) and recording per name how it is used
// (flags below). The errors CPython raises while doing so are raised here, with
// CPython's texts and locations. Pass 2 (analyzeBlock) decides each name's scope
// (local, global explicit/implicit, free, cell) from the flags of the block and of
// the blocks around it, and inlines list/set/dict comprehensions into their
// enclosing block as PEP 709 does.
import type * as A from "../parser/ast.js";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { SourceText } from "./sourcetext.js";

// Name flags (symtable.h). DEF_BOUND is what binds a name in its block.
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_COMP_CELL = 2048; // 1024 is DEF_TYPE_PARAM, unused without type parameters
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum Scope {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export type BlockType = "module" | "function" | "class";
export type ComprehensionKind = "none" | "list" | "set" | "dict" | "generator";

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, Scope>();
  children: SymbolTableEntry[] = [];
  /** Parameter names in order, then other locals as first bound. */
  readonly varnames: string[] = [];
  /** Where each global/nonlocal directive was written, for error locations. */
  readonly directives = new Map<string, A.Pos>();
  isGenerator = false;
  comprehension: ComprehensionKind = "none";
  compInlined = false;
  /** A nested block refers to names free in this block or further out. */
  childFree = false;
  hasFree = false;
  /** The block uses super() or __class__, so its class needs a __class__ cell. */
  needsClassClosure = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: A.Node,
    readonly nested: boolean,
    readonly lineno: number,
  ) {}

  get isFunctionLike(): boolean {
    return this.type === "function";
  }

  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? Scope.None;
  }
}

export class SymbolTable {
  constructor(
    readonly top: SymbolTableEntry,
    /** The entry of every block-creating AST node. */
    readonly entries: Map<A.Node, SymbolTableEntry>,
  ) {}

  lookup(node: A.Node): SymbolTableEntry {
    const entry = this.entries.get(node);
    if (!entry) throw new Error("symtable: no entry for node");
    return entry;
  }
}

const COMPREHENSION_NAMES: Record<Exclude<ComprehensionKind, "none">, string> = {
  list: "listcomp",
  set: "setcomp",
  dict: "dictcomp",
  generator: "genexpr",
};

const COMPREHENSION_TEXT: Record<Exclude<ComprehensionKind, "none">, string> = {
  list: "list comprehension",
  set: "set comprehension",
  dict: "dict comprehension",
  generator: "generator expression",
};

export function buildSymtable(mod: A.Module, filename: string, source: string): SymbolTable {
  const builder = new SymtableBuilder(filename, new SourceText(source));
  const top = builder.run(mod);
  analyzeBlock(top, null, new Set(), new Set(), builder.errors);
  return new SymbolTable(top, builder.entries);
}

/**
 * Raises a SyntaxError at an AST location. CPython's compiler and symbol table pass
 * the AST's UTF-8 byte columns + 1 as the offsets, unconverted (compiler_error,
 * PyErr_RangedSyntaxLocationObject), so a caret after non-ASCII text sits further
 * right than the character it means; pyarena prints the same.
 */
export class ErrorReporter {
  constructor(
    readonly filename: string,
    readonly text: SourceText,
  ) {}

  error(msg: string, pos: A.Pos): PySyntaxError {
    return new PySyntaxError(
      "SyntaxError",
      msg,
      {
        lineno: pos.lineno,
        offset: pos.col_offset + 1,
        end_lineno: pos.end_lineno,
        end_offset: pos.end_col_offset + 1,
      },
      this.filename,
      this.text.line(pos.lineno),
    );
  }
}

class SymtableBuilder {
  readonly entries = new Map<A.Node, SymbolTableEntry>();
  readonly errors: ErrorReporter;
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;

  constructor(filename: string, text: SourceText) {
    this.errors = new ErrorReporter(filename, text);
  }

  run(mod: A.Module): SymbolTableEntry {
    const top = this.enter("top", "module", mod, 0);
    for (const stmt of mod.body) this.visitStmt(stmt);
    this.exit();
    return top;
  }

  private enter(name: string, type: BlockType, node: A.Node, lineno: number): SymbolTableEntry {
    const prev = this.stack[this.stack.length - 1];
    const nested = prev !== undefined && (prev.nested || prev.isFunctionLike);
    const entry = new SymbolTableEntry(name, type, node, nested, lineno);
    prev?.children.push(entry);
    this.entries.set(node, entry);
    this.stack.push(entry);
    this.cur = entry;
    return entry;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDef(name: string, flag: number, pos: A.Pos | null, entry = this.cur): void {
    const mangled = mangle(this.className(), name);
    const old = entry.symbols.get(mangled) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM && pos) {
      throw this.errors.error(`duplicate argument '${name}' in function definition`, pos);
    }
    entry.symbols.set(mangled, old | flag);
    if (flag & DEF_PARAM) entry.varnames.push(mangled);
    // A global declaration anywhere also marks the name in the module's table (st_global).
    if (flag & DEF_GLOBAL) {
      const top = this.stack[0]!;
      top.symbols.set(mangled, (top.symbols.get(mangled) ?? 0) | flag);
    }
  }

  /** The innermost enclosing class name, for private-name mangling. */
  private className(): string | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i]!;
      if (e.type === "class") return e.name;
    }
    return null;
  }

  // ---- statements -----------------------------------------------------------
  private visitStmts(stmts: A.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enter(s.name, "function", s, s.lineno);
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.exit();
        return;
      case "ClassDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enter(s.name, "class", s, s.lineno);
        this.visitStmts(s.body);
        this.exit();
        return;
      case "Return":
        if (s.value) this.visitExpr(s.value);
        return;
      case "Delete":
        this.visitExprs(s.targets);
        return;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        return;
      case "AnnAssign":
        this.visitAnnAssign(s);
        return;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        return;
      case "For":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case "With":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        return;
      case "Raise":
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        return;
      case "Try":
        this.visitStmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.orelse);
        this.visitStmts(s.finalbody);
        return;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case "Import":
      case "ImportFrom":
        for (const alias of s.names) this.visitAlias(alias);
        return;
      case "Global":
      case "Nonlocal":
        this.visitDirective(s);
        return;
      case "Expr":
        this.visitExpr(s.value);
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
    }
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    if (s.target._type === "Name") {
      const name = s.target.id;
      const cur = this.cur.symbols.get(mangle(this.className(), name)) ?? 0;
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== undefined && s.simple) {
        const kind = cur & DEF_GLOBAL ? "global" : "nonlocal";
        throw this.errors.error(`annotated name '${name}' can't be ${kind}`, s);
      }
      if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
      else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
    } else {
      this.visitExpr(s.target);
    }
    this.visitExpr(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitAlias(alias: A.Alias): void {
    if (alias.name === "*") {
      if (this.cur.type !== "module") throw this.errors.error("import * only allowed at module level", alias);
      return;
    }
    const stored = alias.asname ?? alias.name.split(".")[0]!;
    this.addDef(stored, DEF_IMPORT, alias);
  }

  private visitDirective(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === "Global";
    const word = isGlobal ? "global" : "nonlocal";
    if (!isGlobal && this.cur.type === "module") {
      throw this.errors.error("nonlocal declaration not allowed at module level", s);
    }
    for (const name of s.names) {
      const cur = this.cur.symbols.get(mangle(this.className(), name)) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        throw this.errors.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
    }
  }

  // ---- functions and parameters ---------------------------------------------
  private visitDefaults(args: A.Arguments): void {
    this.visitExprs(args.defaults);
    for (const d of args.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitAnnotations(args: A.Arguments, returns: A.Expr | null): void {
    for (const a of allParams(args)) if (a.annotation) this.visitExpr(a.annotation);
    if (returns) this.visitExpr(returns);
  }

  private visitParams(args: A.Arguments): void {
    // CPython's order: positional-only, positional, keyword-only, then *args, **kwargs.
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
  }

  // ---- expressions ------------------------------------------------------------
  private visitExprs(exprs: (A.Expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  private visitExpr(e: A.Expr): void {
    switch (e._type) {
      case "Name":
        this.visitName(e);
        return;
      case "NamedExpr":
        this.visitNamedExpr(e);
        return;
      case "BoolOp":
        this.visitExprs(e.values);
        return;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        return;
      case "UnaryOp":
        this.visitExpr(e.operand);
        return;
      case "Lambda":
        this.visitDefaults(e.args);
        this.enter("lambda", "function", e, e.lineno);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exit();
        return;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        return;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        return;
      case "Set":
        this.visitExprs(e.elts);
        return;
      case "ListComp":
        this.visitComprehension(e, "list", e.generators, [e.elt]);
        return;
      case "SetComp":
        this.visitComprehension(e, "set", e.generators, [e.elt]);
        return;
      case "DictComp":
        this.visitComprehension(e, "dict", e.generators, [e.key, e.value]);
        return;
      case "GeneratorExp":
        this.visitComprehension(e, "generator", e.generators, [e.elt]);
        return;
      case "Yield":
      case "YieldFrom":
        if (e.value) this.visitExpr(e.value);
        this.markGenerator(e);
        return;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        return;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        return;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case "JoinedStr":
        this.visitExprs(e.values);
        return;
      case "Constant":
        return;
      case "Attribute":
        this.visitExpr(e.value);
        return;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        return;
      case "Starred":
        this.visitExpr(e.value);
        return;
      case "Slice":
        this.visitExprs([e.lower, e.upper, e.step]);
        return;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        return;
    }
  }

  private visitName(e: A.Name): void {
    this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, e);
    // super() needs the implicit __class__ cell of the enclosing class (symtable.c).
    if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") {
      this.addDef("__class__", USE, e);
    }
  }

  private markGenerator(e: A.Yield | A.YieldFrom): void {
    if (this.cur.comprehension !== "none") {
      const what = e._type === "Yield" ? "yield" : "yield from";
      throw this.errors.error(`'${what}' inside ${COMPREHENSION_TEXT[this.cur.comprehension]}`, e);
    }
    this.cur.isGenerator = true;
  }

  /**
   * The iterable of the first `for` is evaluated in the enclosing block; the rest
   * lives in a new function-like block with the implicit parameter `.0`.
   */
  private visitComprehension(e: A.Expr, kind: Exclude<ComprehensionKind, "none">, gens: A.Comprehension[], elts: A.Expr[]): void {
    const first = gens[0]!;
    this.visitExpr(first.iter);
    const entry = this.enter(COMPREHENSION_NAMES[kind], "function", e, (e as A.Pos).lineno);
    entry.comprehension = kind;
    if (kind === "generator") entry.isGenerator = true;
    this.addDef(".0", DEF_PARAM, null);
    this.visitComprehensionTarget(first);
    for (const g of gens.slice(1)) {
      this.visitExpr(g.iter);
      this.visitComprehensionTarget(g);
    }
    for (const elt of elts) this.visitExpr(elt);
    this.exit();
  }

  private visitComprehensionTarget(g: A.Comprehension): void {
    this.visitCompIterTarget(g.target);
    for (const cond of g.ifs) this.visitExpr(cond);
  }

  /** Names bound by a comprehension's `for` are marked so walrus can refuse to rebind them. */
  private visitCompIterTarget(target: A.Expr): void {
    if (target._type === "Name") {
      this.addDef(target.id, DEF_LOCAL | DEF_COMP_ITER, target);
    } else if (target._type === "Tuple" || target._type === "List") {
      for (const t of target.elts) this.visitCompIterTarget(t);
    } else if (target._type === "Starred") {
      this.visitCompIterTarget(target.value);
    } else {
      this.visitExpr(target);
    }
  }

  /** symtable_handle_namedexpr: the value is visited before the target. */
  private visitNamedExpr(e: A.NamedExpr): void {
    if (this.cur.comprehension !== "none") this.extendNamedExprScope(e);
    this.visitExpr(e.value);
    this.visitName(e.target);
  }

  /**
   * symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the
   * nearest enclosing function (as nonlocal, or global if declared so there) or module.
   */
  private extendNamedExprScope(e: A.NamedExpr): void {
    const name = e.target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i]!;
      if (entry.comprehension !== "none") {
        const flags = entry.symbols.get(name) ?? 0;
        if (flags & DEF_COMP_ITER && flags & DEF_LOCAL) {
          throw this.errors.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e.target);
        }
        continue;
      }
      if (entry.type === "function") {
        const declaredGlobal = (entry.symbols.get(name) ?? 0) & DEF_GLOBAL;
        this.addDef(name, declaredGlobal ? DEF_GLOBAL : DEF_NONLOCAL, e);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, e);
        this.addDef(name, DEF_LOCAL, e, entry);
        return;
      }
      if (entry.type === "module") {
        this.addDef(name, DEF_GLOBAL, e);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, e);
        this.addDef(name, DEF_GLOBAL, e, entry);
        return;
      }
      throw this.errors.error("assignment expression within a comprehension cannot be used in a class body", e);
    }
  }
}

export function allParams(args: A.Arguments): A.Arg[] {
  const params = [...args.posonlyargs, ...args.args];
  if (args.vararg) params.push(args.vararg);
  params.push(...args.kwonlyargs);
  if (args.kwarg) params.push(args.kwarg);
  return params;
}

/** Private name mangling (`__x` inside class C becomes `_C__x`), as _Py_Mangle does. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

// ---- pass 2: scope analysis (analyze_block and friends) ----------------------

function analyzeName(
  entry: SymbolTableEntry,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  errors: ErrorReporter,
): void {
  const where = (): A.Pos => entry.directives.get(name) ?? (entry.node as A.Pos);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errors.error(`name '${name}' is nonlocal and global`, where());
    entry.scopes.set(name, Scope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound || !bound.has(name)) throw errors.error(`no binding for nonlocal '${name}' found`, where());
    entry.scopes.set(name, Scope.Free);
    entry.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    entry.scopes.set(name, Scope.Local);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound?.has(name)) {
    entry.scopes.set(name, Scope.Free);
    entry.hasFree = true;
    free.add(name);
  } else if (global.has(name)) {
    entry.scopes.set(name, Scope.GlobalImplicit);
  } else {
    if (entry.nested) entry.hasFree = true;
    entry.scopes.set(name, Scope.GlobalImplicit);
  }
}

function analyzeBlock(
  entry: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  errors: ErrorReporter,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();

  // A class namespace is invisible to nested functions: pass the outer sets through.
  if (entry.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of entry.symbols) analyzeName(entry, name, flags, bound, local, free, global, errors);
  if (entry.type !== "class") {
    if (entry.isFunctionLike) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }

  const spliced: SymbolTableEntry[] = [];
  for (const child of entry.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), errors);
    if (child.comprehension !== "none" && child.comprehension !== "generator") {
      child.compInlined = true;
      inlineComprehension(entry, child, childFree, inlinedCells);
      spliced.push(...child.children);
    } else {
      spliced.push(child);
    }
    for (const n of childFree) newFree.add(n);
    if (child.hasFree || child.childFree) entry.childFree = true;
  }
  entry.children = spliced;

  if (entry.isFunctionLike) analyzeCells(entry, newFree, inlinedCells);
  else if (entry.type === "class") dropClassFree(entry, newFree);
  updateSymbols(entry, bound, newFree, inlinedCells);
  for (const n of newFree) free.add(n);
}

/** PEP 709: the comprehension's names become names of the enclosing block. */
function inlineComprehension(entry: SymbolTableEntry, comp: SymbolTableEntry, compFree: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, flags] of comp.symbols) {
    if (flags & DEF_PARAM) continue; // the hidden ".0" iterator parameter
    let scope = comp.scopeOf(name);
    if (scope === Scope.Cell || flags & DEF_COMP_CELL) inlinedCells.add(name);
    if (!entry.symbols.has(name)) {
      if (scope === Scope.Free && entry.type === "class" && name === "__class__") {
        scope = Scope.GlobalImplicit;
        compFree.delete(name);
      }
      entry.symbols.set(name, flags);
      entry.scopes.set(name, scope);
    } else if ((entry.symbols.get(name)! & DEF_BOUND) && !isFreeInAnyChild(comp, name) && entry.type !== "class") {
      compFree.delete(name);
    }
  }
}

function isFreeInAnyChild(entry: SymbolTableEntry, name: string): boolean {
  return entry.children.some((c) => c.scopeOf(name) === Scope.Free || isFreeInAnyChild(c, name));
}

/** Locals of a function that nested blocks use become cells. */
function analyzeCells(entry: SymbolTableEntry, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of entry.scopes) {
    if (scope !== Scope.Local) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    entry.scopes.set(name, Scope.Cell);
    free.delete(name);
  }
}

/** A class satisfies its methods' __class__ reference with an implicit cell. */
function dropClassFree(entry: SymbolTableEntry, free: Set<string>): void {
  if (free.delete("__class__")) entry.needsClassClosure = true;
}

/** Free names of children that this block does not define pass through it. */
function updateSymbols(entry: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, flags] of entry.symbols) {
    if (inlinedCells.has(name)) entry.symbols.set(name, flags | DEF_COMP_CELL);
  }
  for (const name of free) {
    const flags = entry.symbols.get(name);
    if (flags !== undefined) {
      // A class that binds a name its methods use freely keeps both meanings.
      if (entry.type === "class" && flags & (DEF_BOUND | DEF_GLOBAL)) entry.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    entry.symbols.set(name, 0);
    entry.scopes.set(name, Scope.Free);
  }
}
