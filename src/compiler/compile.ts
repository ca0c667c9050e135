// The compiler's entry point: AST optimizer, symbol table, post-parse checks, code
// generation — in CPython's order (_PyAST_Compile), so that the first error reported
// is the one CPython reports.
import type * as A from "../parser/ast.js";
import type { CodeUnit } from "./code.js";
import { checkModule } from "./checks.js";
import { CodeGenerator } from "./codegen.js";
import { foldModule } from "./constfold.js";
import { SourceText } from "./sourcetext.js";
import { ErrorReporter } from "./symtable.js";

export interface CompileHooks {
  /** called with the parsed tree, then with the optimized one (the VM boxes the AST's constants) */
  beforeFold?(mod: A.Module): void;
  afterFold?(mod: A.Module): void;
}

export function compileModule(mod: A.Module, filename: string, source: string, mode: "exec" | "single" = "exec", hooks: CompileHooks = {}): CodeUnit {
  hooks.beforeFold?.(mod);
  foldModule(mod);
  hooks.afterFold?.(mod);
  const symtable = checkModule(mod, filename, source);
  const generator = new CodeGenerator(symtable, { filename, source, mode }, new ErrorReporter(filename, new SourceText(source)));
  return generator.compileModule(mod);
}
