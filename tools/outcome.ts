// What a differential program produced, and how it is written to NAME.expected.
// A program that exits 0 with nothing on stderr is recorded as its stdout alone;
// otherwise the stderr and the exit status follow, each after a marker line.
// tools/gen-expected.ts (CPython side) and test/py.test.ts (pyarena side) both use
// this one function, so the two sides are serialised identically.

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export const STDERR_MARKER = "\n=== stderr ===\n";
export const STATUS_MARKER = "\n=== exit status ";

export function formatOutcome(outcome: Outcome): string {
  if (outcome.status === 0 && outcome.stderr === "") return outcome.stdout;
  return `${outcome.stdout}${STDERR_MARKER}${outcome.stderr}${STATUS_MARKER}${outcome.status} ===\n`;
}

/**
 * CPython 3.12 makes the main script's path absolute (cwd + "/" + the path given), so
 * tracebacks name the checkout's location. Both sides replace it by a placeholder so
 * that expectations do not depend on where the repository is cloned.
 */
export const ROOT_PLACEHOLDER = "<repo>/";

export function normalizeRoot(outcome: Outcome, root: string): Outcome {
  const prefix = root.endsWith("/") ? root : root + "/";
  const strip = (text: string) => text.split(prefix).join(ROOT_PLACEHOLDER);
  return { stdout: strip(outcome.stdout), stderr: strip(outcome.stderr), status: outcome.status };
}

/** How a program in test/py/<area>/ is run: the ast area is parsed and dumped, others run. */
export function argsFor(area: string, relPath: string): string[] {
  return area === "ast" ? ["--ast", relPath] : [relPath];
}

/** Environment for both interpreters: fixed hash seed so set/dict orders are reproducible. */
export const DIFF_ENV = { PYTHONHASHSEED: "0" } as const;
