#!/usr/bin/env -S node --stack-size=3000
// Process entry point (the shebang gives node 3000 KiB of the 8 MiB main-thread stack, so
// native recursion up to the C recursion limit never meets the host limit; vitest.config.ts
// gives the tests the same).
// It wires the CLI to the real stdin/stdout/stderr. Output is
// written synchronously so nothing already printed is lost if a later step fails;
// an internal failure is reported as SystemError, never as a JavaScript stack trace.
import { readFileSync, writeSync } from "node:fs";
import { main } from "./main.js";

function write(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

// stdout is buffered (as CPython's is when not a terminal, and line by line when it is);
// the buffer is written out before anything goes to stderr, before stdin is read, when
// it grows past 64 KiB, and at exit, so output order and completeness are kept.
const isTTY = process.stdout.isTTY === true;
let pending = "";
function flushStdout(): void {
  if (pending === "") return;
  const text = pending;
  pending = "";
  write(1, text);
}

const io = {
  stdout: (text: string) => {
    pending += text;
    if (pending.length > 65536 || (isTTY && text.includes("\n"))) flushStdout();
  },
  stderr: (text: string) => {
    flushStdout();
    write(2, text);
  },
  readStdin: () => {
    flushStdout();
    return readFileSync(0, "utf8");
  },
  cwd: process.cwd(),
  stdinIsTTY: process.stdin.isTTY === true,
  flush: flushStdout,
};

try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  const detail = e instanceof Error ? e.message : String(e);
  io.stderr(`SystemError: pyarena internal error: ${detail}\n`);
  process.exitCode = 1;
} finally {
  flushStdout();
}
