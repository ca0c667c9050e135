// The interactive prompt: `>>> ` and `... ` prompts (node's readline), inputs
// collected until the layout pass says they form a complete statement, each compiled
// as its own unit in "single" mode (expression results are echoed with repr and
// stored in `_`), tracebacks printed and the session kept. Ctrl-D or exit() leaves.
import { createInterface } from "node:readline";
import { isComplete } from "../lexer/layout.js";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { parse } from "../parser/parser.js";
import type * as A from "../parser/ast.js";
import { Session } from "../vm/interpreter.js";
import "../modules/index.js";
import { setReplPrint } from "../vm/evalhelpers.js";
import { reprText } from "../objects/abstract.js";
import { None } from "../objects/singletons.js";
import { incref } from "../objects/object.js";
import { dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { formatSyntaxError } from "./report.js";
import { VERSION } from "./version.js";
import type { CliIO } from "./main.js";

export async function runRepl(io: CliIO): Promise<number> {
  io.stderr(`pyarena ${VERSION} (Python 3.12 subset) on linux\nType "exit()" or press Ctrl-D to leave.\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const status = await interact(rl, io, (prompt) => {
    io.flush?.();
    rl.setPrompt(prompt);
    rl.prompt();
  });
  rl.close();
  return status;
}

/**
 * The read-eval-print loop over any source of lines (the terminal, or a test's
 * list): `showPrompt` is told `>>> ` or `... ` before each line is read.
 */
export async function interact(lines: AsyncIterable<string>, io: CliIO, showPrompt: (prompt: string) => void): Promise<number> {
  const session = new Session({ stdout: io.stdout, stderr: io.stderr });
  setReplPrint((value) => {
    if (value !== None) {
      io.stdout(reprText(value) + "\n");
      dictSetItem(session.builtins, internStr("_"), value);
    }
    return incref(None);
  });
  let buffer: string[] = [];
  let status: number | null = null;
  showPrompt(">>> ");
  for await (const line of lines) {
    buffer.push(line);
    const source = buffer.join("\n");
    if (!isComplete(buffer.length > 1 && line === "" ? source + "\n" : source)) {
      showPrompt("... ");
      continue;
    }
    buffer = [];
    const exit = runInput(session, source, io);
    if (exit !== null) {
      status = exit;
      break;
    }
    showPrompt(">>> ");
  }
  // End of input at a prompt: CPython ends the prompt's line before leaving.
  if (status === null && buffer.length === 0) showPrompt("\n");
  return session.finish(status ?? 0);
}

/** Run one complete input; returns an exit status when the input asked to leave. */
function runInput(session: Session, source: string, io: CliIO): number | null {
  if (source.trim() === "") return null;
  let tree: A.Interactive;
  try {
    tree = parse(source + "\n", "<stdin>", "single");
  } catch (e) {
    if (e instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(e));
      return null;
    }
    throw e;
  }
  const module: A.Module = { _type: "Module", body: tree.body, type_ignores: [] };
  try {
    session.exec(module, source, "<stdin>", "single");
  } catch (e) {
    if (e instanceof PySyntaxError) io.stderr(formatSyntaxError(e));
    else throw e;
  }
  return session.exitRequested;
}
