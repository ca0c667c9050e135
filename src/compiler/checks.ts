// The SyntaxErrors CPython's compiler raises after parsing (Python/compile.c): scope
// errors come first from the symbol table for the whole module, then the compiler's
// own checks in the order it compiles the code, which is source order.
import type * as A from "../parser/ast.js";
import { buildSymtable, ErrorReporter, type SymbolTable } from "./symtable.js";
import { SourceText } from "./sourcetext.js";

interface BlockContext {
  /** "module" | "class" | "function" (lambda included) */
  kind: "module" | "class" | "function";
  loopDepth: number;
}

export function checkModule(mod: A.Module, filename: string, source: string): SymbolTable {
  const symtable = buildSymtable(mod, filename, source);
  new CompileChecks(new ErrorReporter(filename, new SourceText(source))).stmts(mod.body, { kind: "module", loopDepth: 0 });
  return symtable;
}

class CompileChecks {
  constructor(private readonly errors: ErrorReporter) {}

  stmts(body: A.Stmt[], ctx: BlockContext): void {
    for (const s of body) this.stmt(s, ctx);
  }

  private stmt(s: A.Stmt, ctx: BlockContext): void {
    switch (s._type) {
      case "FunctionDef":
        this.decoratorsAndDefaults(s.decorator_list, s.args, ctx);
        this.stmts(s.body, { kind: "function", loopDepth: 0 });
        return;
      case "ClassDef":
        this.exprs([...s.decorator_list, ...s.bases.map(unstar), ...s.keywords.map((k) => k.value)], ctx);
        this.stmts(s.body, { kind: "class", loopDepth: 0 });
        return;
      case "Return":
        if (ctx.kind !== "function") throw this.errors.error("'return' outside function", s);
        if (s.value) this.expr(s.value, ctx);
        return;
      case "Break":
        if (ctx.loopDepth === 0) throw this.errors.error("'break' outside loop", s);
        return;
      case "Continue":
        if (ctx.loopDepth === 0) throw this.errors.error("'continue' not properly in loop", s);
        return;
      case "For":
        this.expr(s.iter, ctx);
        this.assignTarget(s.target, ctx);
        this.stmts(s.body, { ...ctx, loopDepth: ctx.loopDepth + 1 });
        this.stmts(s.orelse, ctx);
        return;
      case "While":
        this.expr(s.test, ctx);
        this.stmts(s.body, { ...ctx, loopDepth: ctx.loopDepth + 1 });
        this.stmts(s.orelse, ctx);
        return;
      case "Try":
        this.tryStmt(s, ctx);
        return;
      case "Assign":
        this.expr(s.value, ctx);
        for (const t of s.targets) this.assignTarget(t, ctx);
        return;
      default:
        this.children(s, ctx);
    }
  }

  private tryStmt(s: A.Try, ctx: BlockContext): void {
    this.stmts(s.body, ctx);
    s.handlers.forEach((h, i) => {
      if (h.type === null && i < s.handlers.length - 1) throw this.errors.error("default 'except:' must be last", h);
      if (h.type) this.expr(h.type, ctx);
      this.stmts(h.body, ctx);
    });
    this.stmts(s.orelse, ctx);
    this.stmts(s.finalbody, ctx);
  }

  private decoratorsAndDefaults(decorators: A.Expr[], args: A.Arguments, ctx: BlockContext): void {
    this.exprs(decorators, ctx);
    this.exprs(args.defaults, ctx);
    this.exprs(args.kw_defaults.filter((d): d is A.Expr => d !== null), ctx);
  }

  /** Starred targets: compile.c's unpack_helper and the Starred store case. */
  private assignTarget(t: A.Expr, ctx: BlockContext): void {
    if (t._type === "Starred") throw this.errors.error("starred assignment target must be in a list or tuple", t);
    if (t._type === "Tuple" || t._type === "List") {
      const starred = t.elts.filter((e) => e._type === "Starred");
      if (starred.length > 1) throw this.errors.error("multiple starred expressions in assignment", t);
      for (const e of t.elts) this.assignTarget(e._type === "Starred" ? e.value : e, ctx);
      return;
    }
    this.expr(t, ctx);
  }

  private exprs(list: A.Expr[], ctx: BlockContext): void {
    for (const e of list) this.expr(e, ctx);
  }

  private expr(e: A.Expr, ctx: BlockContext): void {
    switch (e._type) {
      case "Lambda":
        this.exprs(e.args.defaults, ctx);
        this.expr(e.body, { kind: "function", loopDepth: 0 });
        return;
      case "Yield":
      case "YieldFrom":
        if (ctx.kind !== "function") throw this.errors.error("'yield' outside function", e);
        if (e.value) this.expr(e.value, ctx);
        return;
      case "Starred":
        if (e.ctx._type === "Load") throw this.errors.error("can't use starred expression here", e);
        this.expr(e.value, ctx);
        return;
      case "List":
      case "Tuple":
      case "Set":
        // Starred items are allowed in displays.
        for (const elt of e.elts) this.expr(unstar(elt), ctx);
        return;
      case "Call":
        this.expr(e.func, ctx);
        for (const a of e.args) this.expr(unstar(a), ctx);
        for (const k of e.keywords) this.expr(k.value, ctx);
        return;
      default:
        this.children(e, ctx);
    }
  }

  /** Visit every statement and expression directly below a node. */
  private children(node: A.Node, ctx: BlockContext): void {
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) this.child(item, ctx);
      } else {
        this.child(value, ctx);
      }
    }
  }

  private child(value: unknown, ctx: BlockContext): void {
    if (value === null || typeof value !== "object" || !("_type" in value)) return;
    const node = value as A.Node;
    if (isStmt(node)) this.stmt(node, ctx);
    else if (isExpr(node)) this.expr(node, ctx);
    else this.children(node, ctx);
  }
}

/** Starred items are allowed where CPython unpacks them (call arguments, class bases). */
function unstar(e: A.Expr): A.Expr {
  return e._type === "Starred" ? e.value : e;
}

const STMT_TYPES = new Set([
  "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If", "With",
  "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);
const NON_EXPR_TYPES = new Set(["comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias", "withitem", "Module"]);

function isStmt(node: A.Node): node is A.Stmt {
  return STMT_TYPES.has(node._type);
}

function isExpr(node: A.Node): node is A.Expr {
  return !STMT_TYPES.has(node._type) && !NON_EXPR_TYPES.has(node._type) && "lineno" in node;
}
