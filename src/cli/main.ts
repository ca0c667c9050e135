// The pyarena command line: `pyarena [options] [FILE | -c CODE | -] [args...]`.
// Options come before the program, as with python3; everything after the program is
// left for sys.argv. Exit statuses follow python3: 0 ok, 1 error in the program,
// 2 usage error or unreadable file.
import { readFileSync } from "node:fs";
import { dirname, isAbsolute } from "node:path";
import { parseArgs } from "node:util";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { parse } from "../parser/parser.js";
import { checkModule } from "../compiler/checks.js";
import { compileModule } from "../compiler/compile.js";
import { disassemble } from "../compiler/dis.js";
import { runModule } from "../vm/interpreter.js";
import { importConfig } from "../vm/imports.js";
import { sysConfig } from "../modules/sys.js";
import "../modules/index.js";
import { inputSource } from "../modules/builtins.js";
import { runRepl } from "./repl.js";
import type { Module } from "../parser/ast.js";
import { dumpAst } from "./astdump.js";
import { formatSyntaxError } from "./report.js";
import { VERSION } from "./version.js";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input (for `pyarena -`). */
  readStdin(): string;
  cwd: string;
  stdinIsTTY: boolean;
  /** write out buffered stdout (before a prompt) */
  flush?(): void;
}

const USAGE = `usage: pyarena [option] ... [-c cmd | file | -] [arg] ...`;

const HELP = `${USAGE}
Options (and corresponding environment variables):
-c cmd   : program passed in as string (terminates option list)
-h       : print this help message and exit (also -? or --help)
--version: print the pyarena version number and exit
--ast    : print ast.dump(ast.parse(source), indent=2) of the program, as CPython 3.12 does
--check  : parse and compile only (like py_compile); report errors as CPython does
--dis    : print the bytecode of the program in the layout of python3 -m dis
--heap   : after the program, print a heap report (arenas, pools, objects by type) to stderr
file     : program read from script file
-        : program read from stdin (default; interactive mode if a tty)
arg ...  : arguments passed to program in sys.argv[1:]

Environment variables:
PYARENA_DEBUG  : comma-separated debug modes: refs, stressgc, malloc, trace
PYTHONHASHSEED : if this variable is set to 'random', a random value is used to seed
                 the hashes of str and bytes objects; an integer fixes the seed
`;

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  ast: { type: "boolean" },
  check: { type: "boolean" },
  dis: { type: "boolean" },
  heap: { type: "boolean" },
} as const;

/** Where the program comes from, and the argv it sees. */
interface ProgramSource {
  kind: "file" | "command" | "stdin";
  text: string | null; // file path for "file", code for "command"
  argv: string[];
}

class UsageError extends Error {}

/** Split argv at the program (python3 stops reading options there). */
function splitArgv(argv: string[]): { options: string[]; program: ProgramSource | null } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-c") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the -c option");
      return { options: argv.slice(0, i), program: { kind: "command", text: argv[i + 1]!, argv: ["-c", ...argv.slice(i + 2)] } };
    }
    if (arg === "-") return { options: argv.slice(0, i), program: { kind: "stdin", text: null, argv: ["-", ...argv.slice(i + 1)] } };
    if (!arg.startsWith("-")) return { options: argv.slice(0, i), program: { kind: "file", text: arg, argv: argv.slice(i) } };
  }
  return { options: argv, program: null };
}

function parseOptions(options: string[]) {
  try {
    return parseArgs({ args: options, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const arg = /'([^']+)'/.exec((e as Error).message)?.[1] ?? options.join(" ");
    throw new UsageError(`Unknown option: ${arg}`);
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let split: ReturnType<typeof splitArgv>;
  let values: ReturnType<typeof parseOptions>;
  try {
    split = splitArgv(argv);
    values = parseOptions(split.options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${USAGE}\nTry \`pyarena -h' for more information.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`pyarena ${VERSION} (Python 3.12.1 subset)\n`);
    return 0;
  }
  if (split.program === null && io.stdinIsTTY && !values.ast && !values.check) {
    sysConfig.argv = [""];
    return runRepl(io);
  }
  const program = split.program ?? { kind: "stdin", text: null, argv: [""] };
  const loaded = loadProgram(program, io);
  if (typeof loaded === "number") return loaded;
  sysConfig.argv = program.argv;
  // sys.path[0]: the script's directory, or the working directory for -c and stdin
  const searchDir = program.kind === "file" ? dirname(loaded.filename) : io.cwd;
  importConfig.find = (name) => findModuleSource(searchDir, name);
  let stdinLines: string[] | null = null;
  inputSource.readLine = () => {
    if (stdinLines === null) stdinLines = program.kind === "stdin" ? [] : io.readStdin().split(/(?<=\n)/).filter((l) => l !== "");
    return stdinLines.shift() ?? null;
  };
  return runProgram(loaded.source, loaded.filename, { ast: values.ast === true, check: values.check === true, dis: values.dis === true, heap: values.heap === true }, io);
}

/** `import name` from a directory: name.py there, if it can be read. */
function findModuleSource(dir: string, name: string): { source: string; filename: string } | null {
  const filename = `${dir}/${name}.py`;
  try {
    return { source: readFileSync(filename, "utf8"), filename };
  } catch {
    return null;
  }
}

/** Reads the program text; returns an exit status instead when it cannot. */
function loadProgram(program: ProgramSource, io: CliIO): { source: string; filename: string } | number {
  if (program.kind === "command") return { source: program.text!, filename: "<string>" };
  if (program.kind === "stdin") return { source: io.readStdin(), filename: "<stdin>" };
  // CPython makes the main script's path absolute by joining it to the working directory.
  const path = program.text!;
  const filename = isAbsolute(path) ? path : `${io.cwd}/${path}`;
  try {
    return { source: readFileSync(filename, "utf8"), filename };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === "EISDIR" ? null : err.code === "ENOENT" ? "[Errno 2] No such file or directory" : `[Errno] ${err.message}`;
    if (reason === null) io.stderr(`pyarena: can't find '__main__' module in '${filename}'\n`);
    else io.stderr(`pyarena: can't open file '${filename}': ${reason}\n`);
    return 2;
  }
}

function runProgram(source: string, filename: string, mode: { ast: boolean; check: boolean; dis: boolean; heap: boolean }, io: CliIO): number {
  try {
    const tree = parse(source, filename, "exec") as Module;
    if (mode.ast) {
      io.stdout(dumpAst(tree) + "\n");
      return 0;
    }
    if (mode.check) {
      checkModule(tree, filename, source);
      return 0;
    }
    if (mode.dis) {
      io.stdout(disassemble(compileModule(tree, filename, source)) + "\n");
      return 0;
    }
    return runModule(tree, source, filename, io, mode.heap ? { heapReport: io.stderr } : {}).status;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(e, !filename.startsWith("<")));
      return 1;
    }
    throw e;
  }
}
