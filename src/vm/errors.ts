// Printing an uncaught exception as CPython 3.12's default excepthook does
// (Python/pythonrun.c print_exception, traceback.c): chained sections first, then
// "Traceback (most recent call last):", one entry per frame with its source line and
// the caret line, repetition folding, and the final "Type: message" line.
import type { PyObject } from "../objects/object.js";
import { excState, excField, NameError, AttributeError } from "../objects/exceptions.js";
import { decref } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { isSubtype } from "../objects/typeobject.js";
import { StrType, ListType } from "../objects/types.js";
import { listItems } from "../objects/listobject.js";
import { dictItems } from "../objects/dictobject.js";
import { dirOf } from "./introspection.js";
import { nameErrorSuffix, suggest } from "./suggestions.js";
import { typeData } from "../objects/typeobject.js";
import { strText } from "../objects/abstract.js";
import { tracebackEntries, type TracebackEntry } from "./traceback.js";
import { parse } from "../parser/parser.js";
import type * as A from "../parser/ast.js";

const RECURSIVE_CUTOFF = 3;
const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

export interface SourceLines {
  line(filename: string, lineno: number): string | null;
}

export function formatException(exc: PyObject, sources: SourceLines): string {
  const seen = new Set<PyObject>();
  return formatChain(exc, sources, seen);
}

function formatChain(exc: PyObject, sources: SourceLines, seen: Set<PyObject>): string {
  seen.add(exc);
  const state = excState(exc);
  let out = "";
  if (state.cause !== null && !seen.has(state.cause)) {
    out += formatChain(state.cause, sources, seen) + CAUSE_MESSAGE;
  } else if (state.context !== null && !state.suppressContext && !seen.has(state.context)) {
    out += formatChain(state.context, sources, seen) + CONTEXT_MESSAGE;
  }
  const entries = tracebackEntries(state.traceback);
  if (state.traceback !== null) out += "Traceback (most recent call last):\n" + formatEntries(entries, sources);
  return out + finalLine(exc, entries[entries.length - 1] ?? null);
}

function formatEntries(entries: TracebackEntry[], sources: SourceLines): string {
  let out = "";
  let last: string | null = null;
  let repeats = 0;
  for (const e of entries) {
    const key = `${e.unit.filename}\0${e.lineno}\0${e.unit.name}`;
    if (key === last) repeats++;
    else {
      out += repeatedLine(repeats);
      last = key;
      repeats = 1;
    }
    if (repeats <= RECURSIVE_CUTOFF) out += formatEntry(e, sources);
  }
  return out + repeatedLine(repeats);
}

function repeatedLine(count: number): string {
  const extra = count - RECURSIVE_CUTOFF;
  if (extra <= 0) return "";
  return `  [Previous line repeated ${extra} more time${extra === 1 ? "" : "s"}]\n`;
}

function formatEntry(e: TracebackEntry, sources: SourceLines): string {
  let out = `  File "${e.unit.filename}", line ${e.lineno}, in ${e.unit.name}\n`;
  const line = sources.line(e.unit.filename, e.lineno);
  if (line === null) return out;
  const stripped = line.replace(/^[ \t\f]+/, "").replace(/\s+$/, "");
  if (stripped === "") return out;
  out += `    ${stripped}\n`;
  out += caretLine(e, line, stripped);
  return out;
}

/**
 * The caret line (traceback.c tb_displayline): the failing expression's columns,
 * with `~` under the operands and `^` under the operator of a binary operation, or
 * `~` under the value and `^` under the brackets of a subscript (found by parsing the
 * expression's text, as CPython does); omitted when plain `^` would cover the whole
 * stripped line. An expression running past its first line is marked to the end of it.
 */
function caretLine(e: TracebackEntry, line: string, _stripped: string): string {
  const i = e.lasti;
  const p = e.unit.positions;
  const startLine = p[i * 4]!;
  const endLine = p[i * 4 + 1]!;
  const startByte = p[i * 4 + 2]!;
  const endByte = p[i * 4 + 3]!;
  if (startLine < 0 || startByte < 0 || endByte < 0 || startLine !== e.lineno) return "";
  const text = line.replace(/[\s]+$/, "");
  const start = byteToChar(line, startByte);
  let end = byteToChar(line, endByte);
  let anchors: [number, number] | null = null;
  if (startLine === endLine) anchors = caretAnchors(line, start, end);
  else end = text.length;
  const truncation = line.length - line.replace(/^[ \t\f]+/, "").length;
  const strippedLength = text.length - truncation;
  if (end - start === strippedLength && anchors === null) return "";
  // one mark per display column: East Asian wide characters take two
  const chars = [...line];
  let out = "    ";
  for (let pos = truncation + 1; pos <= end; pos++) {
    const mark = pos <= start ? " " : anchors !== null && anchors[0] < pos && pos <= anchors[1] ? "^" : anchors !== null ? "~" : "^";
    out += mark.repeat(displayWidth(chars[pos - 1]?.codePointAt(0) ?? 0x20));
  }
  return out + "\n";
}

/** Columns a character takes in a terminal: 2 for East Asian Wide and Fullwidth ones (the main blocks). */
function displayWidth(cp: number): number {
  for (let i = 0; i < WIDE.length; i += 2) {
    if (cp < WIDE[i]!) return 1;
    if (cp <= WIDE[i + 1]!) return 2;
  }
  return 1;
}
/** [first, last] pairs, ascending: Hangul Jamo, CJK radicals to CJK symbols, kana, CJK ideographs, Yi, Hangul syllables, compatibility ideographs, vertical and fullwidth forms, emoji pictographs, supplementary ideographs. */
const WIDE = [
  0x1100, 0x115f, 0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa960, 0xa97f,
  0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60, 0xffe0, 0xffe6,
  0x1f300, 0x1f64f, 0x1f900, 0x1f9ff, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function byteToChar(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  return [...new TextDecoder().decode(bytes.subarray(0, byteOffset))].length;
}

/** extract_anchors_from_line: [operator start, operator end) in characters of the line, or null. */
function caretAnchors(line: string, start: number, end: number): [number, number] | null {
  const chars = [...line];
  const segment = chars.slice(start, end).join("");
  let tree: A.Module;
  try {
    tree = parse(segment, "<string>", "exec") as A.Module;
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]!._type !== "Expr") return null;
  const expr = (tree.body[0] as A.ExprStmt).value;
  const seg = new TextEncoder().encode(segment);
  const isWs = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0c || b === 0x0a || b === 0x0d;
  let left = -1;
  let right = -1;
  if (expr._type === "BinOp") {
    for (let k = expr.left.end_col_offset; k < expr.right.col_offset; k++) {
      if (isWs(seg[k])) continue;
      left = k;
      right = k + 1;
      if (k + 1 < expr.right.col_offset && !isWs(seg[k + 1])) right++;
      if (k + 1 < expr.right.col_offset && seg[k] === 0x29) continue; // ')'
      break;
    }
    if (left < 0) return null;
  } else if (expr._type === "Subscript") {
    left = expr.value.end_col_offset;
    right = expr.slice.end_col_offset + 1;
    while (left < seg.length && (isWs(seg[left]) || seg[left] !== 0x5b)) left++;
    while (right < seg.length && (isWs(seg[right]) || seg[right] !== 0x5d)) right++;
    if (right < seg.length) right++;
  } else {
    return null;
  }
  const toChars = (b: number) => [...new TextDecoder().decode(seg.subarray(0, b))].length;
  return [start + toChars(left), start + toChars(right)];
}

function finalLine(exc: PyObject, innermost: TracebackEntry | null): string {
  const data = typeData(exc.type);
  const name = data.module === "builtins" || data.module === "__main__" ? data.qualname : `${data.module}.${data.qualname}`;
  let message: string;
  try {
    message = strText(exc);
  } catch {
    message = "<exception str() failed>";
  }
  let suffix = "";
  try {
    suffix = suggestionSuffix(exc, innermost);
  } catch {
    suffix = "";
  }
  let out = message === "" && suffix === "" ? `${name}\n` : `${name}: ${message}${suffix}\n`;
  const notes = excState(exc).notes;
  if (notes !== null && notes.type === ListType) for (const note of listItems(notes)) out += strText(note) + "\n";
  return out;
}

/** The "Did you mean" text the default excepthook appends (never part of str(exc)). */
function suggestionSuffix(exc: PyObject, innermost: TracebackEntry | null): string {
  const name = excField(exc, "name");
  if (name.type !== StrType) return "";
  const wanted = name.v as string;
  if (isSubtype(exc.type, NameError)) {
    if (innermost === null) return "";
    const keys = (d: PyObject) => dictItems(d).map(([k]) => k).filter((k) => k.type === StrType).map((k) => k.v as string);
    return nameErrorSuffix(wanted, [innermost.unit.varnames, keys(innermost.globals), keys(innermost.builtins)]);
  }
  if (isSubtype(exc.type, AttributeError)) {
    const obj = excField(exc, "obj");
    if (obj === None) return "";
    const names = dirOf(obj);
    try {
      const suggestion = suggest(listItems(names).map((n) => n.v as string), wanted);
      return suggestion === null ? "" : `. Did you mean: '${suggestion}'?`;
    } finally {
      decref(names);
    }
  }
  return "";
}
