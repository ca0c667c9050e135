// Text of errors reported by the CLI, laid out as CPython 3.12 prints them.
import type { PySyntaxError } from "../lexer/syntaxerror.js";

const UTF8 = new TextEncoder();

/**
 * The SyntaxError block printed when a program fails to compile (no "Traceback"
 * header: there is no frame yet). Follows print_exception's SyntaxError branch and
 * print_error_text in Python/pythonrun.c:
 *   - a location spanning several lines is highlighted to the end of its first line;
 *   - the highlight is clipped to the source line's length + 1;
 *   - leading spaces, tabs and form feeds are stripped and the caret moved left;
 *   - the caret count is end_offset - offset when that is positive, else 1;
 *   - no caret line when the caret would sit left of the stripped text.
 */
export function formatSyntaxError(err: PySyntaxError): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) out += sourceAndCaret(err.text, err.offset, highlightEnd(err));
  const msg = err.msg === "" ? "<no detail available>" : err.msg;
  return out + `${err.kind}: ${msg}\n`;
}

function highlightEnd(err: PySyntaxError): number {
  // CPython measures the line in UTF-8 bytes here (PyUnicode_AsUTF8AndSize).
  const lineSize = UTF8.encode(err.text ?? "").length;
  let endOffset = err.end_offset;
  if (err.end_lineno > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  return endOffset;
}

function sourceAndCaret(rawText: string, offset1: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let text = rawText;
  let offset = offset1 - 1;
  let stripped = 0;
  while (stripped < text.length && " \t\f".includes(text[stripped]!)) stripped++;
  text = text.slice(stripped);
  offset -= stripped;
  let len = text.length;
  if (len > 0 && text[len - 1] === "\n") len--;
  if (offset > len) offset = len;
  // A text holding several lines (e.g. from a continuation) shows only the line the caret is on.
  for (;;) {
    const nl = text.indexOf("\n");
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = "    " + text;
  if (text[len] !== "\n") out += "\n";
  if (offset < 0) return out;
  return out + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
}
