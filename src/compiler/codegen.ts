// AST → instructions, following CPython 3.12's Python/compile.c construct by
// construct, so that the value stack holds the same references at the same moments
// (sys.getrefcount), the same temporaries are created (gc counts, tracemalloc) and
// tracebacks point at the same expressions. Each visit method cites the compile.c
// function it models. Names, constants and scopes come from symtable.ts.
import type * as A from "../parser/ast.js";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { CodeUnit, type Const, type ConstTuple, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from "./code.js";
import { isConstant, tuple, type FoldedConstant } from "./constfold.js";
import { assemble } from "./assembler.js";
import { DEREF_CELL_BASE, DEREF_FREE_BASE, InstrSequence, Label, NO_LOCATION, type Loc } from "./instr.js";
import {
  Op, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS, COMPARE_OPS, BINARY_OPS,
} from "./opcodes.js";
import {
  DEF_COMP_CELL, DEF_FREE_CLASS, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, ErrorReporter, Scope, SymbolTable, SymbolTableEntry, mangle,
} from "./symtable.js";
import { constKey } from "./constkey.js";

/** CPython's STACK_USE_GUIDELINE: beyond this, displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

const enum FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue, ExceptionHandler,
}

interface FBlock {
  type: FBlockType;
  block: Label | null;
  exit: Label | null;
  /** FinallyTry: the finally body; With: the With statement; HandlerCleanup: the bound name */
  datum: A.Stmt[] | A.With | string | null;
  loc: Loc | null;
}

type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension";

/** One code object being generated (CPython's compiler_unit). */
class Unit {
  readonly seq = new InstrSequence();
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  /** names made fast locals temporarily by inlined comprehensions at module/class level */
  readonly fastHidden = new Map<string, boolean>();
  inInlinedComp = 0;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  privateName: string | null = null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly kind: ScopeKind,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
  ) {
    this.varnames = [...ste.varnames];
    const sorted = (scope: Scope) => [...ste.scopes].filter(([, s]) => s === scope).map(([n]) => n).sort();
    // u_cellvars: CELL names plus the cells of inlined comprehensions (DEF_COMP_CELL)
    const compCells = [...ste.symbols].filter(([n, f]) => f & DEF_COMP_CELL && ste.scopeOf(n) !== Scope.Cell).map(([n]) => n);
    this.cellvars = [...sorted(Scope.Cell), ...compCells].sort();
    if (ste.needsClassClosure) this.cellvars = [...this.cellvars, "__class__"].sort();
    this.freevars = sorted(Scope.Free);
    // a class also passes through the free names its methods use but it binds itself (DEF_FREE_CLASS)
    if (ste.type === "class") this.freevars = [...ste.scopes].filter(([n, s]) => s === Scope.Free || (ste.symbols.get(n)! & DEF_FREE_CLASS) !== 0).map(([n]) => n).sort();
  }

  addConst(value: Const, key: unknown): number {
    const found = this.constIndex.get(key);
    if (found !== undefined) return found;
    this.consts.push(value);
    this.constIndex.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  varIndex(name: string): number {
    let i = this.varnames.indexOf(name);
    if (i < 0) {
      this.varnames.push(name);
      i = this.varnames.length - 1;
    }
    return i;
  }
}

export interface CompileOptions {
  filename: string;
  source: string;
  /** "single" prints expression statements (the REPL) */
  mode: "exec" | "single";
}

export class CodeGenerator {
  private unit!: Unit;
  private readonly stack: Unit[] = [];
  /** The compiler's const cache: one canonical JS value per constant key, for all units. */
  private readonly constCache = new Map<string, Const>();
  private readonly errors: ErrorReporter;

  constructor(
    private readonly symtable: SymbolTable,
    private readonly options: CompileOptions,
    errors: ErrorReporter,
  ) {
    this.errors = errors;
  }

  compileModule(mod: A.Module): CodeUnit {
    this.enterScope("<module>", "module", mod, 1);
    this.compileBody(mod.body, null);
    return this.exitScope(true);
  }

  // ---- scopes ------------------------------------------------------------------------

  private enterScope(name: string, kind: ScopeKind, node: A.Node, firstlineno: number): void {
    const ste = this.symtable.lookup(node);
    const qualname = this.qualname(name, kind);
    const unit = new Unit(ste, kind, name, qualname, firstlineno);
    if (this.unit) this.stack.push(this.unit);
    unit.privateName = kind === "class" ? name : this.unit?.privateName ?? null;
    this.unit = unit;
    this.emit(Op.RESUME, 0, kind === "module" ? { lineno: 0, end_lineno: 1, col_offset: -1, end_col_offset: -1 } : this.lineLoc(firstlineno));
  }

  /** compiler_set_qualname */
  private qualname(name: string, kind: ScopeKind): string {
    const parent = this.unit;
    if (!parent || parent.kind === "module") return name;
    if (kind === "function" || kind === "class") {
      const mangled = mangle(parent.privateName, name);
      if (parent.ste.scopeOf(mangled) === Scope.GlobalExplicit) return name;
    }
    const base = parent.kind === "class" ? parent.qualname : `${parent.qualname}.<locals>`;
    return `${base}.${name}`;
  }

  private exitScope(addReturnNone: boolean): CodeUnit {
    const unit = this.unit;
    const shell = this.codeShell(unit);
    this.insertPrefixInstructions(unit, shell);
    const code = assemble(unit.seq, {
      addReturnNone,
      noneConst: () => this.constIndex(null),
      unit: shell,
      consts: unit.consts,
      cellNames: unit.cellvars,
      freeNames: unit.freevars,
    });
    this.unit = this.stack.pop()!;
    return code;
  }

  /**
   * insert_prefix_instructions (flowgraph.c): copy the closure's cells in, create the
   * cells of escaping locals (in localsplus order), and for a generator return the
   * generator object before running any of the body.
   */
  private insertPrefixInstructions(unit: Unit, code: CodeUnit): void {
    const seq = unit.seq;
    if (code.flags & CO_GENERATOR) {
      seq.insertAtStart({ op: Op.POP_TOP, arg: 0, target: null, loc: NO_LOCATION });
      seq.insertAtStart({ op: Op.RETURN_GENERATOR, arg: 0, target: null, loc: this.lineLoc(unit.firstlineno) });
    }
    const cells = code.localsplusnames.filter((_, i) => code.localspluskinds[i]! & CO_FAST_CELL);
    for (let i = cells.length - 1; i >= 0; i--) {
      const cellIndex = unit.cellvars.indexOf(cells[i]!);
      seq.insertAtStart({ op: Op.MAKE_CELL, arg: DEREF_CELL_BASE + cellIndex, target: null, loc: NO_LOCATION });
    }
    if (unit.freevars.length) {
      seq.insertAtStart({ op: Op.COPY_FREE_VARS, arg: unit.freevars.length, target: null, loc: NO_LOCATION });
    }
  }

  private codeShell(unit: Unit): CodeUnit {
    const code = new CodeUnit();
    code.name = unit.name;
    code.qualname = unit.qualname;
    code.filename = this.options.filename;
    code.firstlineno = unit.firstlineno;
    code.argcount = unit.argcount;
    code.posonlyargcount = unit.posonlyargcount;
    code.kwonlyargcount = unit.kwonlyargcount;
    code.flags = this.codeFlags(unit);
    code.names = unit.names;
    const cells = new Set(unit.cellvars);
    for (const name of unit.varnames) {
      code.localsplusnames.push(name);
      code.localspluskinds.push(CO_FAST_LOCAL | (cells.has(name) ? CO_FAST_CELL : 0));
    }
    for (const name of unit.cellvars) {
      if (unit.varnames.includes(name)) continue;
      code.localsplusnames.push(name);
      code.localspluskinds.push(CO_FAST_CELL);
    }
    for (const name of unit.freevars) {
      code.localsplusnames.push(name);
      code.localspluskinds.push(CO_FAST_FREE);
    }
    return code;
  }

  private codeFlags(unit: Unit): number {
    let flags = 0;
    const ste = unit.ste;
    if (ste.isFunctionLike) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.isGenerator) flags |= CO_GENERATOR;
      const node = ste.node as A.FunctionDef | A.Lambda;
      if ("args" in node) {
        if (node.args.vararg) flags |= CO_VARARGS;
        if (node.args.kwarg) flags |= CO_VARKEYWORDS;
      }
    }
    return flags;
  }

  // ---- emission ------------------------------------------------------------------------

  private emit(op: Op, arg = 0, loc: Loc | null = NO_LOCATION): void {
    const seq = this.unit.seq;
    if (op === Op.LOAD_GLOBAL && seq.last()?.op === Op.PUSH_NULL) {
      seq.drop(1); // flowgraph.c: PUSH_NULL + LOAD_GLOBAL → LOAD_GLOBAL with the NULL bit
      arg |= 1;
    }
    if (op === Op.BUILD_TUPLE && this.foldConstTuple(arg, loc)) return;
    if (op === Op.UNPACK_SEQUENCE && this.swapForTupleUnpack(arg, loc)) return;
    if (op === Op.RETURN_VALUE && seq.last()?.op === Op.LOAD_CONST) {
      seq.last()!.op = Op.RETURN_CONST;
      return;
    }
    seq.push({ op, arg, target: null, loc });
  }

  private emitJump(op: Op, target: Label, loc: Loc | null = NO_LOCATION): void {
    this.unit.seq.push({ op, arg: 0, target, loc });
  }

  private bind(label: Label): void {
    this.unit.seq.bind(label);
  }

  /** fold_tuple_on_constants: BUILD_TUPLE n after n LOAD_CONSTs becomes one LOAD_CONST. */
  private foldConstTuple(n: number, loc: Loc | null): boolean {
    if (n === 0) return false;
    const prev = this.unit.seq.lastN(n);
    if (!prev || !prev.every((i) => i.op === Op.LOAD_CONST)) return false;
    const items = prev.map((i) => this.unit.consts[i.arg]!);
    this.unit.seq.drop(n);
    this.loadConst(tuple(items), loc ?? prev[0]!.loc);
    return true;
  }

  /** optimize_basic_block: BUILD_TUPLE n; UNPACK_SEQUENCE n (n ≤ 3) needs no tuple. */
  private swapForTupleUnpack(n: number, loc: Loc | null): boolean {
    const last = this.unit.seq.last();
    if (!last || last.op !== Op.BUILD_TUPLE || last.arg !== n || n > 3) return false;
    if (n === 1) this.unit.seq.drop(1);
    else {
      last.op = Op.SWAP;
      last.arg = n;
      last.loc = last.loc ?? loc;
    }
    return true;
  }

  private canonicalConst(value: Const): { value: Const; key: string } {
    const key = constKey(value);
    const cached = this.constCache.get(key);
    if (cached !== undefined || this.constCache.has(key)) return { value: cached as Const, key };
    this.constCache.set(key, value);
    return { value, key };
  }

  private constIndex(value: Const): number {
    if (value instanceof CodeUnit) return this.unit.addConst(value, value);
    const canonical = this.canonicalConst(value);
    return this.unit.addConst(canonical.value, canonical.key);
  }

  private loadConst(value: Const, loc: Loc | null): void {
    this.emit(Op.LOAD_CONST, this.constIndex(value), loc);
  }

  private loc(node: A.Pos): Loc {
    return { lineno: node.lineno, end_lineno: node.end_lineno, col_offset: node.col_offset, end_col_offset: node.end_col_offset };
  }

  private lineLoc(lineno: number): Loc {
    return { lineno, end_lineno: lineno, col_offset: -1, end_col_offset: -1 };
  }

  private error(msg: string, node: A.Pos): PySyntaxError {
    return this.errors.error(msg, node);
  }

  // ---- names -------------------------------------------------------------------------

  /** compiler_nameop: pick FAST / DEREF / GLOBAL / NAME from the symbol's scope. */
  private nameOp(rawName: string, ctx: "Load" | "Store" | "Del", loc: Loc | null): void {
    const unit = this.unit;
    const name = mangle(unit.privateName, rawName);
    const scope = unit.ste.scopeOf(name);
    let kind: "fast" | "deref" | "global" | "name" = "name";
    switch (scope) {
      case Scope.Free:
      case Scope.Cell:
        kind = "deref";
        break;
      case Scope.Local:
        if (unit.ste.isFunctionLike || unit.fastHidden.get(name) === true) kind = "fast";
        break;
      case Scope.GlobalImplicit:
        // A comprehension inlined in a class body cannot see the class namespace.
        if (unit.ste.isFunctionLike || (unit.ste.type === "class" && unit.inInlinedComp > 0)) kind = "global";
        break;
      case Scope.GlobalExplicit:
        kind = "global";
        break;
      default:
        break;
    }
    if (kind === "fast") {
      const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
      this.emit(op, this.localsplusIndex(name), loc);
    } else if (kind === "deref") {
      if (ctx === "Load" && unit.ste.type === "class" && unit.inInlinedComp === 0) {
        this.emit(Op.LOAD_LOCALS, 0, loc);
        this.emit(Op.LOAD_FROM_DICT_OR_DEREF, this.derefIndex(name), loc);
      } else {
        const op = ctx === "Load" ? Op.LOAD_DEREF : ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, this.derefIndex(name), loc);
      }
    } else if (kind === "global") {
      const op = ctx === "Load" ? Op.LOAD_GLOBAL : ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
      const index = this.unit.addName(name);
      this.emit(op, ctx === "Load" ? index << 1 : index, loc);
    } else {
      const op = ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
      this.emit(op, this.unit.addName(name), loc);
    }
  }

  /** Index in localsplus for a fast local (parameters and locals come first). */
  private localsplusIndex(name: string): number {
    return this.unit.varIndex(name);
  }

  /**
   * Cell and free variables are numbered after the locals; the final numbering is only
   * known when the unit ends, so deref arguments are encoded as (kind, index) and
   * fixed up by the assembler through `derefSlot`.
   */
  private derefIndex(name: string): number {
    const unit = this.unit;
    const cell = unit.cellvars.indexOf(name);
    if (cell >= 0) return DEREF_CELL_BASE + cell;
    const free = unit.freevars.indexOf(name);
    if (free >= 0) return DEREF_FREE_BASE + free;
    throw new Error(`codegen: '${name}' is neither a cell nor a free variable of ${unit.qualname}`);
  }

  // ---- module and class bodies -------------------------------------------------------

  /** compiler_body: docstring, annotations set-up, statements. */
  private compileBody(body: A.Stmt[], loc: Loc | null): void {
    if (findAnnotations(body)) this.emit(Op.SETUP_ANNOTATIONS, 0, loc);
    let start = 0;
    // An interactive input has no docstring: its first string is echoed (compiler_codegen, Interactive_kind).
    const interactive = this.options.mode === "single" && this.unit.kind === "module";
    const doc = interactive ? null : docstring(body);
    if (doc !== null) {
      const first = body[0] as A.ExprStmt;
      this.visitExpr(first.value);
      this.nameOp("__doc__", "Store", this.loc(first));
      start = 1;
    }
    for (let i = start; i < body.length; i++) this.visitStmt(body[i]!);
  }

  // ---- statements ----------------------------------------------------------------------

  private visitStmts(stmts: A.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: A.Stmt): void {
    const loc = this.loc(s);
    switch (s._type) {
      case "FunctionDef": return this.visitFunctionDef(s);
      case "ClassDef": return this.visitClassDef(s);
      case "Return": return this.visitReturn(s);
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        return;
      case "Assign": return this.visitAssign(s);
      case "AugAssign": return this.visitAugAssign(s);
      case "AnnAssign": return this.visitAnnAssign(s);
      case "For": return this.visitFor(s);
      case "While": return this.visitWhile(s);
      case "If": return this.visitIf(s);
      case "With": return this.visitWith(s, 0);
      case "Raise": return this.visitRaise(s);
      case "Try": return s.finalbody.length ? this.visitTryFinally(s) : this.visitTryExcept(s);
      case "Assert": return this.visitAssert(s);
      case "Import": return this.visitImport(s);
      case "ImportFrom": return this.visitImportFrom(s);
      case "Global":
      case "Nonlocal":
        return;
      case "Expr": return this.visitExprStmt(s);
      case "Pass":
        this.emit(Op.NOP, 0, loc);
        return;
      case "Break": return this.visitBreak(s);
      case "Continue": return this.visitContinue(s);
    }
  }

  /** compiler_stmt_expr */
  private visitExprStmt(s: A.ExprStmt): void {
    const loc = this.loc(s);
    if (this.options.mode === "single" && this.unit.kind === "module") {
      this.visitExpr(s.value);
      this.emit(Op.CALL_INTRINSIC_1, 1 /* INTRINSIC_PRINT */, loc);
      this.emit(Op.POP_TOP);
      return;
    }
    if (isConstant(s.value)) {
      this.emit(Op.NOP, 0, loc);
      return;
    }
    this.visitExpr(s.value);
    this.emit(Op.POP_TOP);
  }

  /** compiler_visit_stmt, Assign_kind */
  private visitAssign(s: A.Assign): void {
    this.visitExpr(s.value);
    s.targets.forEach((target, i) => {
      if (i < s.targets.length - 1) this.emit(Op.COPY, 1, this.loc(s));
      this.visitExpr(target);
    });
  }

  /** compiler_augassign */
  private visitAugAssign(s: A.AugAssign): void {
    const target = s.target;
    const tloc = this.loc(target);
    if (target._type === "Attribute") {
      this.visitExpr(target.value);
      this.emit(Op.COPY, 1, tloc);
      this.emit(Op.LOAD_ATTR, this.attrName(target.attr) << 1, tloc);
    } else if (target._type === "Subscript") {
      this.visitExpr(target.value);
      if (isTwoElementSlice(target.slice)) {
        this.compileSlice(target.slice as A.Slice);
        this.emit(Op.COPY, 3, tloc);
        this.emit(Op.COPY, 3, tloc);
        this.emit(Op.COPY, 3, tloc);
        this.emit(Op.BINARY_SLICE, 0, tloc);
      } else {
        this.visitExpr(target.slice);
        this.emit(Op.COPY, 2, tloc);
        this.emit(Op.COPY, 2, tloc);
        this.emit(Op.BINARY_SUBSCR, 0, tloc);
      }
    } else if (target._type === "Name") {
      this.nameOp(target.id, "Load", tloc);
    }
    this.visitExpr(s.value);
    this.emit(Op.BINARY_OP, inplaceOp(s.op._type), this.loc(s));
    if (target._type === "Attribute") {
      this.emit(Op.SWAP, 2, tloc);
      this.emit(Op.STORE_ATTR, this.attrName(target.attr), tloc);
    } else if (target._type === "Subscript") {
      if (isTwoElementSlice(target.slice)) {
        this.emit(Op.SWAP, 4, tloc);
        this.emit(Op.SWAP, 3, tloc);
        this.emit(Op.SWAP, 2, tloc);
        this.emit(Op.STORE_SLICE, 0, tloc);
      } else {
        this.emit(Op.SWAP, 3, tloc);
        this.emit(Op.SWAP, 2, tloc);
        this.emit(Op.STORE_SUBSCR, 0, tloc);
      }
    } else if (target._type === "Name") {
      this.nameOp(target.id, "Store", tloc);
    }
  }

  /** compiler_annassign */
  private visitAnnAssign(s: A.AnnAssign): void {
    const loc = this.loc(s);
    const target = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(target);
    }
    const storesAnnotation = this.unit.kind === "module" || this.unit.kind === "class";
    if (target._type === "Name") {
      if (s.simple && storesAnnotation) {
        this.visitExpr(s.annotation);
        this.emit(Op.LOAD_NAME, this.unit.addName("__annotations__"), loc);
        this.loadConst(mangle(this.unit.privateName, target.id), loc);
        this.emit(Op.STORE_SUBSCR, 0, loc);
      }
    } else if (target._type === "Attribute") {
      if (!s.value) this.checkAnnExpr(target.value);
    } else if (target._type === "Subscript") {
      if (!s.value) {
        this.checkAnnExpr(target.value);
        this.checkAnnSubscript(target.slice);
      }
    }
    if (!s.simple && storesAnnotation) this.checkAnnExpr(s.annotation);
  }

  private checkAnnExpr(e: A.Expr): void {
    this.visitExpr(e);
    this.emit(Op.POP_TOP, 0, this.loc(e));
  }

  private checkAnnSubscript(e: A.Expr): void {
    if (e._type === "Slice") {
      for (const part of [e.lower, e.upper, e.step]) if (part) this.checkAnnExpr(part);
    } else if (e._type === "Tuple") {
      for (const elt of e.elts) this.checkAnnSubscript(elt);
    } else {
      this.checkAnnExpr(e);
    }
  }

  /** compiler_if */
  private visitIf(s: A.If): void {
    const end = new Label();
    const next = s.orelse.length ? new Label() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.emitJump(Op.JUMP, end);
      this.bind(next);
      this.visitStmts(s.orelse);
    }
    this.bind(end);
  }

  /** compiler_while */
  private visitWhile(s: A.While): void {
    const loc = this.loc(s);
    const loop = new Label();
    const body = new Label();
    const anchor = new Label();
    const end = new Label();
    this.bind(loop);
    this.pushFBlock(FBlockType.WhileLoop, loop, end, null, loc);
    this.jumpIf(s.test, anchor, false);
    this.bind(body);
    this.visitStmts(s.body);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.bind(anchor);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  /** compiler_for */
  private visitFor(s: A.For): void {
    const loc = this.loc(s);
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.pushFBlock(FBlockType.ForLoop, start, end, null, loc);
    this.visitExpr(s.iter);
    this.emit(Op.GET_ITER, 0, loc);
    this.bind(start);
    this.emitJump(Op.FOR_ITER, cleanup, loc);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.emitJump(Op.JUMP, start);
    this.bind(cleanup);
    this.emit(Op.END_FOR);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  /** compiler_return */
  private visitReturn(s: A.Return): void {
    let loc: Loc | null = this.loc(s);
    const value = s.value;
    const preserveTos = value !== null && !isConstant(value);
    if (preserveTos) {
      this.visitExpr(value);
    } else if (value) {
      this.emit(Op.NOP, 0, this.loc(value));
    }
    if (!value || value.lineno !== s.lineno) {
      loc = this.loc(s);
      this.emit(Op.NOP, 0, loc);
    }
    loc = this.unwindFBlockStack(loc, preserveTos, false).loc;
    if (!value) this.loadConst(null, loc);
    else if (!preserveTos) this.loadConst((value as unknown as FoldedConstant).value, loc);
    this.emit(Op.RETURN_VALUE, 0, loc);
  }

  /** compiler_break */
  private visitBreak(s: A.Break): void {
    const loc = this.loc(s);
    this.emit(Op.NOP, 0, loc);
    const { loop, loc: after } = this.unwindFBlockStack(loc, false, true);
    if (!loop) throw this.error("'break' outside loop", s);
    const exitLoc = this.unwindFBlock(loop, after, false);
    this.emitJump(Op.JUMP, loop.exit!, exitLoc);
  }

  /** compiler_continue */
  private visitContinue(s: A.Continue): void {
    const loc = this.loc(s);
    this.emit(Op.NOP, 0, loc);
    const { loop, loc: after } = this.unwindFBlockStack(loc, false, true);
    if (!loop) throw this.error("'continue' not properly in loop", s);
    this.emitJump(Op.JUMP, loop.block!, after);
  }

  /** compiler_raise */
  private visitRaise(s: A.Raise): void {
    let n = 0;
    if (s.exc) {
      this.visitExpr(s.exc);
      n++;
      if (s.cause) {
        this.visitExpr(s.cause);
        n++;
      }
    }
    this.emit(Op.RAISE_VARARGS, n, this.loc(s));
  }

  /** compiler_assert (assertions are always compiled: pyarena has no -O) */
  private visitAssert(s: A.Assert): void {
    const loc = this.loc(s);
    const end = new Label();
    this.jumpIf(s.test, end, true);
    this.emit(Op.LOAD_ASSERTION_ERROR, 0, loc);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.emit(Op.CALL, 0, loc);
    }
    this.emit(Op.RAISE_VARARGS, 1, loc);
    this.bind(end);
  }

  /** compiler_import */
  private visitImport(s: A.Import): void {
    const loc = this.loc(s);
    for (const alias of s.names) {
      this.loadConst(0n, loc);
      this.loadConst(null, loc);
      this.emit(Op.IMPORT_NAME, this.unit.addName(alias.name), loc);
      if (alias.asname) {
        this.importAs(alias.name, alias.asname, loc);
      } else {
        this.nameOp(alias.name.split(".")[0]!, "Store", loc);
      }
    }
  }

  /** compiler_import_as: `import a.b.c as d` binds the innermost module. */
  private importAs(name: string, asname: string, loc: Loc): void {
    const parts = name.split(".");
    if (parts.length === 1) {
      this.nameOp(asname, "Store", loc);
      return;
    }
    for (let i = 1; i < parts.length; i++) {
      this.emit(Op.IMPORT_FROM, this.unit.addName(parts[i]!), loc);
      if (i === parts.length - 1) break;
      this.emit(Op.SWAP, 2, loc);
      this.emit(Op.POP_TOP, 0, loc);
    }
    this.nameOp(asname, "Store", loc);
    this.emit(Op.POP_TOP, 0, loc);
  }

  /** compiler_from_import */
  private visitImportFrom(s: A.ImportFrom): void {
    const loc = this.loc(s);
    this.loadConst(BigInt(s.level), loc);
    this.loadConst(tuple(s.names.map((a) => a.name)), loc);
    this.emit(Op.IMPORT_NAME, this.unit.addName(s.module ?? ""), loc);
    for (const alias of s.names) {
      if (alias.name === "*") {
        this.emit(Op.CALL_INTRINSIC_1, 2 /* INTRINSIC_IMPORT_STAR */, loc);
        this.emit(Op.POP_TOP);
        return;
      }
      this.emit(Op.IMPORT_FROM, this.unit.addName(alias.name), loc);
      this.nameOp(alias.asname ?? alias.name, "Store", loc);
    }
    this.emit(Op.POP_TOP, 0, loc);
  }

  // ---- try / with ------------------------------------------------------------------------

  /** compiler_try_except */
  private visitTryExcept(s: A.Try): void {
    const loc = this.loc(s);
    const body = new Label();
    let except = new Label();
    const end = new Label();
    const cleanup = new Label();
    this.emitJump(Op.SETUP_FINALLY, except, loc);
    this.bind(body);
    this.pushFBlock(FBlockType.TryExcept, body, null, null, loc);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emit(Op.POP_BLOCK);
    this.visitStmts(s.orelse);
    this.emitJump(Op.JUMP, end);
    this.bind(except);
    this.emitJump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.ExceptionHandler, null, null, null, loc);
    s.handlers.forEach((handler, i) => {
      const hloc = this.loc(handler);
      if (!handler.type && i < s.handlers.length - 1) throw this.error("default 'except:' must be last", handler);
      except = new Label();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.emit(Op.CHECK_EXC_MATCH, 0, hloc);
        this.emitJump(Op.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (handler.name !== null) this.namedHandlerBody(handler, hloc, end);
      else this.plainHandlerBody(handler, hloc, end);
      this.bind(except);
    });
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(end);
  }

  /** `except T as name:` — the body runs in a try/finally that unbinds the name. */
  private namedHandlerBody(handler: A.ExceptHandler, loc: Loc, end: Label): void {
    const name = handler.name!;
    const cleanupEnd = new Label();
    const cleanupBody = new Label();
    this.nameOp(name, "Store", loc);
    this.emitJump(Op.SETUP_CLEANUP, cleanupEnd, loc);
    this.bind(cleanupBody);
    this.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, name, loc);
    this.visitStmts(handler.body);
    this.popFBlock();
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.loadConst(null, NO_LOCATION);
    this.nameOp(name, "Store", NO_LOCATION);
    this.nameOp(name, "Del", NO_LOCATION);
    this.emitJump(Op.JUMP, end);
    this.bind(cleanupEnd);
    this.loadConst(null, NO_LOCATION);
    this.nameOp(name, "Store", NO_LOCATION);
    this.nameOp(name, "Del", NO_LOCATION);
    this.emit(Op.RERAISE, 1);
  }

  private plainHandlerBody(handler: A.ExceptHandler, loc: Loc, end: Label): void {
    const cleanupBody = new Label();
    this.emit(Op.POP_TOP, 0, loc);
    this.bind(cleanupBody);
    this.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null, loc);
    this.visitStmts(handler.body);
    this.popFBlock();
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emitJump(Op.JUMP, end);
  }

  /** POP_EXCEPT_AND_RERAISE */
  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  /** compiler_try_finally */
  private visitTryFinally(s: A.Try): void {
    const loc = this.loc(s);
    const body = new Label();
    const end = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.emitJump(Op.SETUP_FINALLY, end, loc);
    this.bind(body);
    this.pushFBlock(FBlockType.FinallyTry, body, end, s.finalbody, loc);
    if (s.handlers.length) this.visitTryExcept(s);
    else this.visitStmts(s.body);
    this.emit(Op.POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.emitJump(Op.JUMP, exit);
    this.bind(end);
    this.emitJump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.FinallyEnd, end, null, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  /** compiler_with, one item at a time (nested for several items) */
  private visitWith(s: A.With, pos: number): void {
    const item = s.items[pos]!;
    const block = new Label();
    const final = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.visitExpr(item.context_expr);
    const loc = this.loc(s);
    this.emit(Op.BEFORE_WITH, 0, loc);
    this.emitJump(Op.SETUP_WITH, final, loc);
    this.bind(block);
    this.pushFBlock(FBlockType.With, block, final, s, loc);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP, 0, loc);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.visitWith(s, pos + 1);
    this.emit(Op.POP_BLOCK);
    this.popFBlock();
    this.callExitWithNones(loc);
    this.emit(Op.POP_TOP, 0, loc);
    this.emitJump(Op.JUMP, exit, loc);
    this.bind(final);
    this.emitJump(Op.SETUP_CLEANUP, cleanup, loc);
    this.emit(Op.PUSH_EXC_INFO, 0, loc);
    this.emit(Op.WITH_EXCEPT_START, 0, loc);
    this.withExceptFinish(cleanup);
    this.bind(exit);
  }

  private callExitWithNones(loc: Loc | null): void {
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.emit(Op.CALL, 2, loc);
  }

  /** compiler_with_except_finish */
  private withExceptFinish(cleanup: Label): void {
    const suppress = new Label();
    const exit = new Label();
    this.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE, 2);
    this.bind(suppress);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    this.emitJump(Op.JUMP, exit);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  // ---- frame blocks and unwinding --------------------------------------------------------

  private pushFBlock(type: FBlockType, block: Label | null, exit: Label | null, datum: FBlock["datum"], loc: Loc | null): void {
    this.unit.fblocks.push({ type, block, exit, datum, loc });
  }

  private popFBlock(): void {
    this.unit.fblocks.pop();
  }

  /**
   * compiler_unwind_fblock_stack: emit the clean-up of every block being left by a
   * return/break/continue, innermost first; with `stopAtLoop`, stop at a loop.
   */
  private unwindFBlockStack(loc: Loc | null, preserveTos: boolean, stopAtLoop: boolean): { loop: FBlock | null; loc: Loc | null } {
    const fblocks = this.unit.fblocks;
    const top = fblocks[fblocks.length - 1];
    if (!top) return { loop: null, loc };
    if (stopAtLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return { loop: top, loc };
    fblocks.pop();
    const after = this.unwindFBlock(top, loc, preserveTos);
    const result = this.unwindFBlockStack(after, preserveTos, stopAtLoop);
    fblocks.push(top);
    return result;
  }

  /** compiler_unwind_fblock; returns the location for what follows. */
  private unwindFBlock(info: FBlock, loc: Loc | null, preserveTos: boolean): Loc | null {
    switch (info.type) {
      case FBlockType.WhileLoop:
      case FBlockType.ExceptionHandler:
        return loc;
      case FBlockType.ForLoop:
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc);
        return loc;
      case FBlockType.TryExcept:
        this.emit(Op.POP_BLOCK, 0, loc);
        return loc;
      case FBlockType.FinallyTry:
        this.emit(Op.POP_BLOCK, 0, loc);
        if (preserveTos) this.pushFBlock(FBlockType.PopValue, null, null, null, loc);
        this.visitStmts(info.datum as A.Stmt[]);
        if (preserveTos) this.popFBlock();
        return NO_LOCATION;
      case FBlockType.FinallyEnd:
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc);
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_BLOCK, 0, loc);
        this.emit(Op.POP_EXCEPT, 0, loc);
        return loc;
      case FBlockType.With: {
        const withLoc = this.loc(info.datum as A.With);
        this.emit(Op.POP_BLOCK, 0, withLoc);
        if (preserveTos) this.emit(Op.SWAP, 2, withLoc);
        this.callExitWithNones(withLoc);
        this.emit(Op.POP_TOP, 0, withLoc);
        return NO_LOCATION;
      }
      case FBlockType.HandlerCleanup: {
        const name = info.datum as string | null;
        if (name !== null) this.emit(Op.POP_BLOCK, 0, loc);
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_BLOCK, 0, loc);
        this.emit(Op.POP_EXCEPT, 0, loc);
        if (name !== null) {
          this.loadConst(null, loc);
          this.nameOp(name, "Store", loc);
          this.nameOp(name, "Del", loc);
        }
        return loc;
      }
      case FBlockType.PopValue:
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc);
        return loc;
    }
  }

  // ---- functions and classes ---------------------------------------------------------------

  /** compiler_function */
  private visitFunctionDef(s: A.FunctionDef): void {
    const loc = this.loc(s);
    this.visitExprs(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    let flags = this.defaultArguments(s.args, loc);
    flags |= this.annotations(s.args, s.returns, loc);
    this.enterScope(s.name, "function", s, firstlineno);
    const doc = docstring(s.body);
    this.constIndex(doc);
    this.setArgCounts(s.args);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    if (this.unit.ste.isGenerator) this.wrapInStopIterationHandler();
    const code = this.exitScope(true);
    this.makeClosure(code, flags, loc);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, this.loc(s.decorator_list[i]!));
    this.nameOp(s.name, "Store", loc);
  }

  private setArgCounts(args: A.Arguments): void {
    this.unit.argcount = args.posonlyargs.length + args.args.length;
    this.unit.posonlyargcount = args.posonlyargs.length;
    this.unit.kwonlyargcount = args.kwonlyargs.length;
  }

  /** compiler_default_arguments: positional defaults as a tuple, keyword-only ones as a dict. */
  private defaultArguments(args: A.Arguments, loc: Loc): number {
    let flags = 0;
    if (args.defaults.length) {
      this.visitExprs(args.defaults);
      this.emit(Op.BUILD_TUPLE, args.defaults.length, loc);
      flags |= MAKE_FUNCTION_DEFAULTS;
    }
    const keys: string[] = [];
    args.kwonlyargs.forEach((arg, i) => {
      const dflt = args.kw_defaults[i];
      if (!dflt) return;
      keys.push(mangle(this.unit.privateName, arg.arg));
      this.visitExpr(dflt);
    });
    if (keys.length) {
      this.loadConst(tuple(keys), loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
      flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
    return flags;
  }

  /** compiler_annotations: name/value pairs in CPython's (odd) order, then 'return'. */
  private annotations(args: A.Arguments, returns: A.Expr | null, loc: Loc): number {
    let count = 0;
    const visit = (name: string, annotation: A.Expr | null) => {
      if (!annotation) return;
      this.loadConst(mangle(this.unit.privateName, name), loc);
      this.visitExpr(annotation);
      count += 2;
    };
    for (const a of args.args) visit(a.arg, a.annotation);
    for (const a of args.posonlyargs) visit(a.arg, a.annotation);
    if (args.vararg) visit(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) visit(a.arg, a.annotation);
    if (args.kwarg) visit(args.kwarg.arg, args.kwarg.annotation);
    visit("return", returns);
    if (!count) return 0;
    this.emit(Op.BUILD_TUPLE, count, loc);
    return MAKE_FUNCTION_ANNOTATIONS;
  }

  /** wrap_in_stopiteration_handler: a StopIteration escaping a generator becomes RuntimeError. */
  private wrapInStopIterationHandler(): void {
    const handler = new Label();
    this.unit.seq.insertAtStart({ op: Op.SETUP_CLEANUP, arg: 0, target: handler, loc: NO_LOCATION });
    this.loadConst(null, NO_LOCATION);
    this.emit(Op.RETURN_VALUE);
    this.bind(handler);
    this.emit(Op.CALL_INTRINSIC_1, 3 /* INTRINSIC_STOPITERATION_ERROR */);
    this.emit(Op.RERAISE, 1);
  }

  /** compiler_make_closure */
  private makeClosure(code: CodeUnit, flags: number, loc: Loc): void {
    const free = code.freevars;
    if (free.length) {
      for (const name of free) {
        const isCellHere = this.unit.cellvars.includes(name) && !(this.unit.ste.type === "class" && name !== "__class__" && this.unit.freevars.includes(name));
        const index = isCellHere ? DEREF_CELL_BASE + this.unit.cellvars.indexOf(name) : DEREF_FREE_BASE + this.unit.freevars.indexOf(name);
        this.emit(Op.LOAD_CLOSURE, index, loc);
      }
      flags |= MAKE_FUNCTION_CLOSURE;
      this.emit(Op.BUILD_TUPLE, free.length, loc);
    }
    this.loadConst(code, loc);
    this.emit(Op.MAKE_FUNCTION, flags, loc);
  }

  /** compiler_class */
  private visitClassDef(s: A.ClassDef): void {
    const loc = this.loc(s);
    this.visitExprs(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    const code = this.classBody(s, firstlineno);
    this.emit(Op.PUSH_NULL, 0, loc);
    this.emit(Op.LOAD_BUILD_CLASS, 0, loc);
    this.makeClosure(code, 0, loc);
    this.loadConst(s.name, loc);
    this.callHelper(loc, 2, s.bases, s.keywords);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, this.loc(s.decorator_list[i]!));
    this.nameOp(s.name, "Store", loc);
  }

  /** compiler_class_body */
  private classBody(s: A.ClassDef, firstlineno: number): CodeUnit {
    const loc = this.loc(s);
    this.enterScope(s.name, "class", s, firstlineno);
    this.nameOp("__name__", "Load", loc);
    this.nameOp("__module__", "Store", loc);
    this.loadConst(this.unit.qualname, loc);
    this.nameOp("__qualname__", "Store", loc);
    this.compileBody(s.body, loc);
    if (this.unit.ste.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, DEREF_CELL_BASE + this.unit.cellvars.indexOf("__class__"));
      this.emit(Op.COPY, 1);
      this.nameOp("__classcell__", "Store", NO_LOCATION);
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.emit(Op.RETURN_VALUE);
    return this.exitScope(true);
  }

  // ---- expressions -----------------------------------------------------------------------

  private visitExprs(exprs: A.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitExpr(e: A.Expr): void {
    const loc = this.loc(e);
    switch (e._type) {
      case "Constant":
        this.loadConst((e as unknown as FoldedConstant).value, loc);
        return;
      case "Name":
        this.nameOp(e.id, e.ctx._type, loc);
        return;
      case "NamedExpr":
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1, loc);
        this.visitExpr(e.target);
        return;
      case "BoolOp": return this.visitBoolOp(e);
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.emit(Op.BINARY_OP, binaryOp(e.op._type), loc);
        return;
      case "UnaryOp": return this.visitUnaryOp(e);
      case "Lambda": return this.visitLambda(e);
      case "IfExp": {
        const end = new Label();
        const next = new Label();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.emitJump(Op.JUMP, end);
        this.bind(next);
        this.visitExpr(e.orelse);
        this.bind(end);
        return;
      }
      case "Dict": return this.visitDict(e);
      case "Set":
        this.starunpack(loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        return;
      case "ListComp": return this.visitComprehension(e, "list", e.generators, e.elt, null);
      case "SetComp": return this.visitComprehension(e, "set", e.generators, e.elt, null);
      case "DictComp": return this.visitComprehension(e, "dict", e.generators, e.key, e.value);
      case "GeneratorExp": return this.visitComprehension(e, "generator", e.generators, e.elt, null);
      case "Yield":
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null, loc);
        this.emit(Op.YIELD_VALUE, 0, loc);
        this.emit(Op.RESUME, 1, loc);
        return;
      case "YieldFrom":
        this.visitExpr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER, 0, loc);
        this.loadConst(null, loc);
        this.yieldFrom(loc);
        return;
      case "Compare": return this.visitCompare(e);
      case "Call": return this.visitCall(e);
      case "FormattedValue": return this.visitFormattedValue(e);
      case "JoinedStr": return this.visitJoinedStr(e);
      case "Attribute": return this.visitAttribute(e);
      case "Subscript": return this.visitSubscript(e);
      case "Starred":
        if (e.ctx._type === "Store") throw this.error("starred assignment target must be in a list or tuple", e);
        throw this.error("can't use starred expression here", e);
      case "List":
        if (e.ctx._type === "Store") return this.assignmentHelper(loc, e.elts);
        if (e.ctx._type === "Load") return this.starunpack(loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        return this.visitExprs(e.elts);
      case "Tuple":
        if (e.ctx._type === "Store") return this.assignmentHelper(loc, e.elts);
        if (e.ctx._type === "Load") return this.starunpack(loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        return this.visitExprs(e.elts);
      case "Slice": {
        const n = this.compileSlice(e);
        this.emit(Op.BUILD_SLICE, n, loc);
        return;
      }
    }
  }

  private visitUnaryOp(e: A.UnaryOp): void {
    const loc = this.loc(e);
    this.visitExpr(e.operand);
    switch (e.op._type) {
      case "Invert": this.emit(Op.UNARY_INVERT, 0, loc); return;
      case "Not": this.emit(Op.UNARY_NOT, 0, loc); return;
      case "UAdd": this.emit(Op.CALL_INTRINSIC_1, 5 /* INTRINSIC_UNARY_POSITIVE */, loc); return;
      case "USub": this.emit(Op.UNARY_NEGATIVE, 0, loc); return;
    }
  }

  /** compiler_boolop */
  private visitBoolOp(e: A.BoolOp): void {
    const loc = this.loc(e);
    const jump = e.op._type === "And" ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    const end = new Label();
    const last = e.values.length - 1;
    for (let i = 0; i < last; i++) {
      this.visitExpr(e.values[i]!);
      this.emit(Op.COPY, 1, loc);
      this.emitJump(jump, end, loc);
      this.emit(Op.POP_TOP, 0, loc);
    }
    this.visitExpr(e.values[last]!);
    this.bind(end);
  }

  /** compiler_jump_if: jump to `next` when `e` is `cond`, short-circuiting as CPython does. */
  private jumpIf(e: A.Expr, next: Label, cond: boolean): void {
    if (e._type === "UnaryOp" && e.op._type === "Not") return this.jumpIf(e.operand, next, !cond);
    if (e._type === "BoolOp") {
      const cond2 = e.op._type === "Or";
      const next2 = cond2 !== cond ? new Label() : next;
      const last = e.values.length - 1;
      for (let i = 0; i < last; i++) this.jumpIf(e.values[i]!, next2, cond2);
      this.jumpIf(e.values[last]!, next, cond);
      if (next2 !== next) this.bind(next2);
      return;
    }
    if (e._type === "IfExp") {
      const end = new Label();
      const next2 = new Label();
      this.jumpIf(e.test, next2, false);
      this.jumpIf(e.body, next, cond);
      this.emitJump(Op.JUMP, end);
      this.bind(next2);
      this.jumpIf(e.orelse, next, cond);
      this.bind(end);
      return;
    }
    if (e._type === "Compare" && e.ops.length > 1) return this.jumpIfCompareChain(e, next, cond);
    this.visitExpr(e);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, this.loc(e));
  }

  private jumpIfCompareChain(e: A.Compare, next: Label, cond: boolean): void {
    const loc = this.loc(e);
    const cleanup = new Label();
    const n = e.ops.length - 1;
    this.visitExpr(e.left);
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.emit(Op.SWAP, 2, loc);
      this.emit(Op.COPY, 2, loc);
      this.compareOp(e.ops[i]!, loc);
      this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    }
    this.visitExpr(e.comparators[n]!);
    this.compareOp(e.ops[n]!, loc);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
    const end = new Label();
    this.emitJump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.POP_TOP, 0, loc);
    if (!cond) this.emitJump(Op.JUMP, next);
    this.bind(end);
  }

  /** compiler_compare */
  private visitCompare(e: A.Compare): void {
    const loc = this.loc(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.compareOp(e.ops[0]!, loc);
      return;
    }
    const cleanup = new Label();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.emit(Op.SWAP, 2, loc);
      this.emit(Op.COPY, 2, loc);
      this.compareOp(e.ops[i]!, loc);
      this.emit(Op.COPY, 1, loc);
      this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
      this.emit(Op.POP_TOP, 0, loc);
    }
    this.visitExpr(e.comparators[n]!);
    this.compareOp(e.ops[n]!, loc);
    const end = new Label();
    this.emitJump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2, loc);
    this.emit(Op.POP_TOP, 0, loc);
    this.bind(end);
  }

  private compareOp(op: A.CmpOp, loc: Loc): void {
    switch (op._type) {
      case "Is": this.emit(Op.IS_OP, 0, loc); return;
      case "IsNot": this.emit(Op.IS_OP, 1, loc); return;
      case "In": this.emit(Op.CONTAINS_OP, 0, loc); return;
      case "NotIn": this.emit(Op.CONTAINS_OP, 1, loc); return;
      default: this.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf(CMP_SYMBOL[op._type]!), loc);
    }
  }

  private attrName(attr: string): number {
    return this.unit.addName(mangle(this.unit.privateName, attr));
  }

  /** compiler_visit_expr1, Attribute_kind (plus the zero-argument super() form) */
  private visitAttribute(e: A.Attribute): void {
    const loc = this.loc(e);
    if (e.ctx._type === "Load" && this.canOptimizeSuperCall(e)) {
      this.loadArgsForSuper(e.value as A.Call);
      const zero = (e.value as A.Call).args.length === 0;
      this.emit(Op.LOAD_SUPER_ATTR, (this.attrName(e.attr) << 2) | (zero ? 0 : 2), loc);
      return;
    }
    this.visitExpr(e.value);
    const name = this.attrName(e.attr);
    if (e.ctx._type === "Load") this.emit(Op.LOAD_ATTR, name << 1, loc);
    else if (e.ctx._type === "Store") this.emit(Op.STORE_ATTR, name, loc);
    else this.emit(Op.DELETE_ATTR, name, loc);
  }

  /** can_optimize_super_call: `super().x` / `super(C, self).x` inside a method. */
  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    const call = attr.value;
    if (call._type !== "Call" || call.func._type !== "Name" || call.func.id !== "super") return false;
    if (this.unit.ste.scopeOf("super") !== Scope.GlobalImplicit) return false;
    if (call.keywords.length || call.args.length === 1 || call.args.length > 2) return false;
    if (call.args.some((a) => a._type === "Starred")) return false;
    if (call.args.length === 0) {
      const node = this.unit.ste.node as A.FunctionDef;
      if (this.unit.kind !== "function" || !node.args) return false;
      const first = node.args.posonlyargs[0] ?? node.args.args[0];
      if (!first) return false;
      if (this.unit.ste.scopeOf("__class__") !== Scope.Free) return false;
    }
    return true;
  }

  private loadArgsForSuper(call: A.Call): void {
    const loc = this.loc(call.func);
    this.nameOp("super", "Load", loc);
    if (call.args.length) {
      this.visitExpr(call.args[0]!);
      this.visitExpr(call.args[1]!);
    } else {
      this.nameOp("__class__", "Load", loc);
      const node = this.unit.ste.node as A.FunctionDef;
      const first = (node.args.posonlyargs[0] ?? node.args.args[0])!;
      this.nameOp(first.arg, "Load", loc);
    }
  }

  /** compiler_subscript */
  private visitSubscript(e: A.Subscript): void {
    const loc = this.loc(e);
    const ctx = e.ctx._type;
    this.visitExpr(e.value);
    if (isTwoElementSlice(e.slice) && ctx !== "Del") {
      this.compileSlice(e.slice as A.Slice);
      this.emit(ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, 0, loc);
      return;
    }
    this.visitExpr(e.slice);
    this.emit(ctx === "Load" ? Op.BINARY_SUBSCR : ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, 0, loc);
  }

  /** compiler_slice: pushes lower, upper (None when absent) and the step if any. */
  private compileSlice(s: A.Slice): number {
    const loc = this.loc(s);
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null, loc);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null, loc);
    if (s.step) {
      this.visitExpr(s.step);
      return 3;
    }
    return 2;
  }

  /** unpack_helper + assignment_helper */
  private assignmentHelper(loc: Loc, elts: A.Expr[]): void {
    const starAt = elts.findIndex((e) => e._type === "Starred");
    if (starAt >= 0) {
      if (elts.slice(starAt + 1).some((e) => e._type === "Starred")) throw this.error("multiple starred expressions in assignment", loc as A.Pos);
      if (starAt >= 256) throw this.error("too many expressions in star-unpacking assignment", loc as A.Pos);
      this.emit(Op.UNPACK_EX, starAt + ((elts.length - starAt - 1) << 8), loc);
    } else {
      this.emit(Op.UNPACK_SEQUENCE, elts.length, loc);
    }
    for (const elt of elts) this.visitExpr(elt._type === "Starred" ? elt.value : elt);
  }

  /** starunpack_helper: displays and call arguments, with CPython's constant and size rules. */
  private starunpack(loc: Loc, elts: A.Expr[], pushed: number, build: Op, add: Op, extend: Op, asTuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every(isConstant)) {
      let folded: Const = tuple(elts.map((x) => (x as unknown as FoldedConstant).value));
      if (asTuple && !pushed) {
        this.loadConst(folded, loc);
        return;
      }
      if (add === Op.SET_ADD) folded = { kind: "frozenset", items: (folded as ConstTuple).items };
      this.emit(build, pushed, loc);
      this.loadConst(folded, loc);
      this.emit(extend, 1, loc);
      if (asTuple) this.emit(Op.CALL_INTRINSIC_1, 6 /* INTRINSIC_LIST_TO_TUPLE */, loc);
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === "Starred");
    if (!seenStar && !big) {
      this.visitExprs(elts);
      this.emit(asTuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed, loc);
      built = true;
    }
    elts.forEach((elt, i) => {
      if (elt._type === "Starred") {
        if (!built) {
          this.emit(build, i + pushed, loc);
          built = true;
        }
        this.visitExpr(elt.value);
        this.emit(extend, 1, loc);
      } else {
        this.visitExpr(elt);
        if (built) this.emit(add, 1, loc);
      }
    });
    if (asTuple) this.emit(Op.CALL_INTRINSIC_1, 6 /* INTRINSIC_LIST_TO_TUPLE */, loc);
  }

  /** compiler_dict */
  private visitDict(e: A.Dict): void {
    const loc = this.loc(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.emit(Op.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0, loc);
  }

  /** compiler_subdict */
  private subdict(e: A.Dict, begin: number, end: number): void {
    const loc = this.loc(e);
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as A.Expr[];
    if (n > 1 && !big && keys.every(isConstant)) {
      this.visitExprs(e.values.slice(begin, end));
      this.loadConst(tuple(keys.map((k) => (k as unknown as FoldedConstant).value)), loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.emit(Op.MAP_ADD, 1, loc);
    }
    if (!big) this.emit(Op.BUILD_MAP, n, loc);
  }

  // ---- calls -------------------------------------------------------------------------------

  /** compiler_call */
  private visitCall(e: A.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeMethodCall(e)) return;
    this.emit(Op.PUSH_NULL, 0, this.loc(e.func));
    this.visitExpr(e.func);
    this.callHelper(this.loc(e), 0, e.args, e.keywords);
  }

  /** validate_keywords: `f(a=1, a=2)` */
  private validateKeywords(keywords: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const kw of keywords) {
      if (kw.arg === null) continue;
      if (seen.has(kw.arg)) throw this.error(`keyword argument repeated: ${kw.arg}`, kw);
      seen.add(kw.arg);
    }
  }

  /** maybe_optimize_method_call: `obj.meth(args)` uses LOAD_ATTR's method form. */
  private maybeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth._type !== "Attribute" || meth.ctx._type !== "Load") return false;
    if (this.isImportOriginated(meth.value)) return false;
    const nargs = e.args.length;
    const nkw = e.keywords.length;
    if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null)) return false;
    const loc = this.loc(meth);
    if (this.canOptimizeSuperCall(meth)) {
      this.loadArgsForSuper(meth.value as A.Call);
      const zero = (meth.value as A.Call).args.length === 0;
      this.emit(Op.LOAD_SUPER_ATTR, (this.attrName(meth.attr) << 2) | (zero ? 0 : 2) | 1, loc);
    } else {
      this.visitExpr(meth.value);
      this.emit(Op.LOAD_ATTR, (this.attrName(meth.attr) << 1) | 1, attrLoc(meth));
    }
    this.visitExprs(e.args);
    if (nkw) {
      for (const kw of e.keywords) this.visitExpr(kw.value);
      this.emit(Op.KW_NAMES, this.constIndex(tuple(e.keywords.map((k) => k.arg!))), loc);
    }
    this.emit(Op.CALL, nargs + nkw, attrLoc(meth, this.loc(e)));
    return true;
  }

  /** is_import_originated: a name bound by an import at module level. */
  private isImportOriginated(e: A.Expr): boolean {
    if (e._type !== "Name") return false;
    return ((this.symtable.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  /** compiler_call_helper */
  private callHelper(loc: Loc, n: number, args: A.Expr[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords);
    const simple =
      args.length + keywords.length * 2 <= STACK_USE_GUIDELINE &&
      !args.some((a) => a._type === "Starred") &&
      !keywords.some((k) => k.arg === null);
    if (simple) {
      this.visitExprs(args);
      if (keywords.length) {
        for (const kw of keywords) this.visitExpr(kw.value);
        this.emit(Op.KW_NAMES, this.constIndex(tuple(keywords.map((k) => k.arg!))), loc);
      }
      this.emit(Op.CALL, n + args.length + keywords.length, loc);
      return;
    }
    if (n === 0 && args.length === 1 && args[0]!._type === "Starred") this.visitExpr(args[0].value);
    else this.starunpack(loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (keywords.length) this.keywordArgsDict(loc, keywords);
    this.emit(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0, loc);
  }

  private keywordArgsDict(loc: Loc, keywords: A.Keyword[]): void {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) {
        nseen++;
        return;
      }
      if (nseen) {
        this.subkwargs(loc, keywords, i - nseen, i);
        if (haveDict) this.emit(Op.DICT_MERGE, 1, loc);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) {
        this.emit(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      this.visitExpr(kw.value);
      this.emit(Op.DICT_MERGE, 1, loc);
    });
    if (nseen) {
      this.subkwargs(loc, keywords, keywords.length - nseen, keywords.length);
      if (haveDict) this.emit(Op.DICT_MERGE, 1, loc);
    }
  }

  /** compiler_subkwargs */
  private subkwargs(loc: Loc, keywords: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const slice = keywords.slice(begin, end);
    if (n > 1 && !big) {
      for (const kw of slice) this.visitExpr(kw.value);
      this.loadConst(tuple(slice.map((k) => k.arg!)), loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0);
    for (const kw of slice) {
      this.loadConst(kw.arg!, loc);
      this.visitExpr(kw.value);
      if (big) this.emit(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n, loc);
  }

  // ---- f-strings -----------------------------------------------------------------------------

  /** compiler_joined_str */
  private visitJoinedStr(e: A.JoinedStr): void {
    const loc = this.loc(e);
    if (e.values.length > STACK_USE_GUIDELINE) {
      this.loadConst("", loc);
      this.emit(Op.LOAD_ATTR, (this.unit.addName("join") << 1) | 1, loc);
      this.emit(Op.BUILD_LIST, 0, loc);
      for (const v of e.values) {
        this.visitExpr(v);
        this.emit(Op.LIST_APPEND, 1, loc);
      }
      this.emit(Op.CALL, 1, loc);
      return;
    }
    this.visitExprs(e.values);
    if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length, loc);
  }

  /** compiler_formatted_value: conversion in the low bits, 4 when a spec is on the stack */
  private visitFormattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    let arg = 0;
    if (e.conversion === 115) arg = 1;
    else if (e.conversion === 114) arg = 2;
    else if (e.conversion === 97) arg = 3;
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      arg |= 4;
    }
    this.emit(Op.FORMAT_VALUE, arg, this.loc(e));
  }

  // ---- lambda, comprehensions, yield from ------------------------------------------------------

  /** compiler_lambda */
  private visitLambda(e: A.Lambda): void {
    const loc = this.loc(e);
    const flags = this.defaultArguments(e.args, loc);
    this.enterScope("<lambda>", "lambda", e, e.lineno);
    this.constIndex(null); // None first: a lambda has no docstring
    this.setArgCounts(e.args);
    this.visitExpr(e.body);
    let code: CodeUnit;
    if (this.unit.ste.isGenerator) {
      code = this.exitScope(false);
    } else {
      this.emit(Op.RETURN_VALUE, 0, { lineno: e.lineno, end_lineno: e.lineno, col_offset: 0, end_col_offset: 0 });
      code = this.exitScope(true);
    }
    this.makeClosure(code, flags, loc);
  }

  /** compiler_add_yield_from */
  private yieldFrom(loc: Loc): void {
    const send = new Label();
    const fail = new Label();
    const exit = new Label();
    this.bind(send);
    this.emitJump(Op.SEND, exit, loc);
    this.emitJump(Op.SETUP_FINALLY, fail, loc);
    this.emit(Op.YIELD_VALUE, 0, loc);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.RESUME, 2, loc);
    this.emitJump(Op.JUMP_NO_INTERRUPT, send, loc);
    this.bind(fail);
    this.emit(Op.CLEANUP_THROW, 0, loc);
    this.bind(exit);
    this.emit(Op.END_SEND, 0, loc);
  }

  /** compiler_comprehension: list/set/dict comprehensions are inlined (PEP 709). */
  private visitComprehension(e: A.Expr, kind: "list" | "set" | "dict" | "generator", generators: A.Comprehension[], elt: A.Expr, val: A.Expr | null): void {
    const loc = this.loc(e as A.Pos);
    const entry = this.symtable.lookup(e);
    const outermost = generators[0]!;
    if (entry.compInlined) {
      this.visitExpr(outermost.iter);
      this.emit(Op.GET_ITER, 0, loc);
      const state = this.pushInlinedComprehension(loc, entry);
      this.emit(kind === "list" ? Op.BUILD_LIST : kind === "set" ? Op.BUILD_SET : Op.BUILD_MAP, 0, loc);
      this.emit(Op.SWAP, 2, loc);
      this.comprehensionGenerator(loc, generators, 0, 0, elt, val, kind, true);
      this.popInlinedComprehension(loc, state);
      return;
    }
    const name = { list: "<listcomp>", set: "<setcomp>", dict: "<dictcomp>", generator: "<genexpr>" }[kind];
    this.enterScope(name, "comprehension", e, (e as A.Pos).lineno);
    this.unit.argcount = 1;
    this.comprehensionGenerator(loc, generators, 0, 0, elt, val, kind, false);
    this.wrapInStopIterationHandler();
    const code = this.exitScope(true);
    this.makeClosure(code, 0, loc);
    this.visitExpr(outermost.iter);
    this.emit(Op.GET_ITER, 0, loc);
    this.emit(Op.CALL, 0, loc);
  }

  /** compiler_sync_comprehension_generator */
  private comprehensionGenerator(
    loc: Loc, generators: A.Comprehension[], index: number, depth: number,
    elt: A.Expr, val: A.Expr | null, kind: string, iterOnStack: boolean,
  ): void {
    let start: Label | null = new Label();
    const ifCleanup = new Label();
    const anchor = new Label();
    const gen = generators[index]!;
    if (!iterOnStack) {
      if (index === 0) {
        this.emit(Op.LOAD_FAST, this.localsplusIndex(".0"), loc);
      } else {
        const elts = gen.iter._type === "List" || gen.iter._type === "Tuple" ? gen.iter.elts : null;
        if (elts && elts.length === 1 && elts[0]!._type !== "Starred") {
          this.visitExpr(elts[0]!); // `for y in [f(x)]` binds without iterating
          start = null;
        } else {
          this.visitExpr(gen.iter);
          this.emit(Op.GET_ITER, 0, loc);
        }
      }
    }
    if (start) {
      depth++;
      this.bind(start);
      this.emitJump(Op.FOR_ITER, anchor, loc);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(loc, generators, index + 1, depth, elt, val, kind, false);
    } else {
      this.comprehensionElement(elt, val, kind, depth);
    }
    this.bind(ifCleanup);
    if (start) {
      this.emitJump(Op.JUMP, start, this.loc(elt));
      this.bind(anchor);
      this.emit(Op.END_FOR);
    }
  }

  private comprehensionElement(elt: A.Expr, val: A.Expr | null, kind: string, depth: number): void {
    const eltLoc = this.loc(elt);
    this.visitExpr(elt);
    if (kind === "generator") {
      this.emit(Op.YIELD_VALUE, 0, eltLoc);
      this.emit(Op.RESUME, 1, eltLoc);
      this.emit(Op.POP_TOP, 0, eltLoc);
    } else if (kind === "list") {
      this.emit(Op.LIST_APPEND, depth + 1, eltLoc);
    } else if (kind === "set") {
      this.emit(Op.SET_ADD, depth + 1, eltLoc);
    } else {
      this.visitExpr(val!);
      const dictLoc = { lineno: elt.lineno, end_lineno: val!.end_lineno, col_offset: elt.col_offset, end_col_offset: val!.end_col_offset };
      this.emit(Op.MAP_ADD, depth + 1, dictLoc);
    }
  }

  /** push_inlined_comprehension_state: save and clear the names the comprehension binds. */
  private pushInlinedComprehension(loc: Loc, entry: SymbolTableEntry): InlinedState {
    const unit = this.unit;
    const inClassBlock = unit.ste.type === "class" && unit.inInlinedComp === 0;
    unit.inInlinedComp++;
    const state: InlinedState = { pushedLocals: [], tempSymbols: new Map(), tempScopes: new Map(), fastHidden: [], cleanup: null, end: null };
    for (const [name, flags] of entry.symbols) {
      const scope = entry.scopeOf(name);
      const outerScope = unit.ste.scopeOf(name);
      // A name scoped differently inside is compiled with its inner scope meanwhile;
      // free names behave as outside, and a cell inside a free outside stays free.
      if ((scope !== outerScope && scope !== Scope.Free && !(scope === Scope.Cell && outerScope === Scope.Free)) || inClassBlock) {
        state.tempSymbols.set(name, unit.ste.symbols.get(name));
        state.tempScopes.set(name, unit.ste.scopes.get(name));
        unit.ste.symbols.set(name, flags);
        unit.ste.scopes.set(name, scope);
      }
      if (!((flags & DEF_LOCAL && !(flags & DEF_NONLOCAL)) || inClassBlock)) continue;
      if (!unit.ste.isFunctionLike && unit.fastHidden.get(name) !== true) {
        unit.fastHidden.set(name, true);
        state.fastHidden.push(name);
      }
      // Save the outer binding (or NULL) on the stack; a cell is saved and replaced by a fresh one.
      this.emit(Op.LOAD_FAST_AND_CLEAR, this.localsplusIndex(name), loc);
      if (scope === Scope.Cell) this.emit(Op.MAKE_CELL, this.derefIndexOrCell(name, outerScope), loc);
      state.pushedLocals.push(name);
    }
    if (state.pushedLocals.length) {
      this.emit(Op.SWAP, state.pushedLocals.length + 1, loc);
      state.cleanup = new Label();
      state.end = new Label();
      this.emitJump(Op.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  private derefIndexOrCell(name: string, _outerScope: Scope): number {
    const unit = this.unit;
    if (!unit.cellvars.includes(name) && !unit.freevars.includes(name)) unit.cellvars.push(name);
    return this.derefIndex(name);
  }

  /** pop_inlined_comprehension_state */
  private popInlinedComprehension(loc: Loc, state: InlinedState): void {
    const unit = this.unit;
    unit.inInlinedComp--;
    for (const [name, flags] of state.tempSymbols) {
      if (flags === undefined) unit.ste.symbols.delete(name);
      else unit.ste.symbols.set(name, flags);
      const scope = state.tempScopes.get(name);
      if (scope === undefined) unit.ste.scopes.delete(name);
      else unit.ste.scopes.set(name, scope);
    }
    if (state.pushedLocals.length) {
      this.emit(Op.POP_BLOCK);
      this.emitJump(Op.JUMP, state.end!);
      this.bind(state.cleanup!);
      this.emit(Op.SWAP, 2);
      this.emit(Op.POP_TOP);
      this.restoreInlinedLocals(loc, state);
      this.emit(Op.RERAISE, 0);
      this.bind(state.end!);
      this.restoreInlinedLocals(loc, state);
    }
    for (const name of state.fastHidden) unit.fastHidden.set(name, false);
  }

  private restoreInlinedLocals(loc: Loc, state: InlinedState): void {
    this.emit(Op.SWAP, state.pushedLocals.length + 1, loc);
    for (let i = state.pushedLocals.length - 1; i >= 0; i--) {
      this.emit(Op.STORE_FAST_MAYBE_NULL, this.localsplusIndex(state.pushedLocals[i]!), loc);
    }
  }
}

interface InlinedState {
  pushedLocals: string[];
  tempSymbols: Map<string, number | undefined>;
  tempScopes: Map<string, Scope | undefined>;
  fastHidden: string[];
  cleanup: Label | null;
  end: Label | null;
}


const CMP_SYMBOL: Record<string, (typeof COMPARE_OPS)[number]> = { Lt: "<", LtE: "<=", Eq: "==", NotEq: "!=", Gt: ">", GtE: ">=" };

const BINOP_SYMBOL: Record<A.OperatorName, string> = {
  Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "**",
  LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
};

function binaryOp(op: A.OperatorName): number {
  return BINARY_OPS.indexOf(BINOP_SYMBOL[op] as (typeof BINARY_OPS)[number]);
}

function inplaceOp(op: A.OperatorName): number {
  return BINARY_OPS.indexOf((BINOP_SYMBOL[op] + "=") as (typeof BINARY_OPS)[number]);
}

function isTwoElementSlice(e: A.Expr): boolean {
  return e._type === "Slice" && e.step === null;
}

/** update_start_location_to_match_attr: a method call is located at its attribute name. */
function attrLoc(attr: A.Attribute, base?: Loc): Loc {
  const loc = base ?? { lineno: attr.lineno, end_lineno: attr.end_lineno, col_offset: attr.col_offset, end_col_offset: attr.end_col_offset };
  if (attr.lineno !== attr.end_lineno) {
    // The attribute name sits on the last line: start there, as CPython does.
    return { ...loc, lineno: attr.end_lineno, col_offset: Math.max(0, attr.end_col_offset - utf8Length(attr.attr)) };
  }
  return loc;
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** _PyAST_GetDocString: a leading string-constant expression statement. */
function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first?._type !== "Expr" || first.value._type !== "Constant") return null;
  const value = (first.value as unknown as FoldedConstant).value;
  return typeof value === "string" ? value : null;
}

/** find_ann: does a block (not counting nested scopes) contain an annotated assignment? */
function findAnnotations(stmts: A.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "While":
      case "If":
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case "With":
        if (findAnnotations(s.body)) return true;
        break;
      case "Try":
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        if (s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

