import { main } from "../src/cli/main.ts";
import { readFileSync } from "node:fs";
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), readStdin: () => "", cwd: process.cwd(), stdinIsTTY: false };
try { process.exitCode = await main(process.argv.slice(2), io as any); } catch (e) { console.error(e); }
