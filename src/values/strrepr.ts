// repr() of str and bytes as CPython 3.12 writes them (unicode_repr, bytes_repr):
// single quotes unless the text contains ' and no ", backslash escapes for the quote,
// \\, \t, \n, \r, \xNN for other control characters, and \xNN / \uNNNN / \UNNNNNNNN
// for code points that Python does not consider printable.

// Py_UNICODE_ISPRINTABLE is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
// other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

function escapeCodePoint(cp: number, quote: string): string {
  if (cp === 0x5c) return "\\\\";
  if (cp === quote.charCodeAt(0)) return "\\" + quote;
  if (cp === 0x09) return "\\t";
  if (cp === 0x0a) return "\\n";
  if (cp === 0x0d) return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (cp < 0x7f) return String.fromCharCode(cp);
  const ch = String.fromCodePoint(cp);
  if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
    if (cp <= 0xff) return "\\x" + hex(cp, 2);
    if (cp <= 0xffff) return "\\u" + hex(cp, 4);
    return "\\U" + hex(cp, 8);
  }
  return ch;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += escapeCodePoint(ch.codePointAt(0)!, quote);
  return out + quote;
}

export function bytesRepr(b: Uint8Array, prefix = "b"): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of b) {
    if (byte === 0x27) hasSingle = true;
    else if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const byte of b) {
    if (byte === 0x5c) out += "\\\\";
    else if (byte === quote.charCodeAt(0)) out += "\\" + quote;
    else if (byte === 0x09) out += "\\t";
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += "\\x" + hex(byte, 2);
    else out += String.fromCharCode(byte);
  }
  return out + quote;
}
