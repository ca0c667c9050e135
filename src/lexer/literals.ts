// Decoding of literal token text: string bodies with escapes (str and bytes), and numbers.
// Errors are thrown as LiteralError carrying CPython's message; the parser turns them
// into a PySyntaxError spanning the literal token.

export class LiteralError extends Error {}

/**
 * \N{...} names this implementation knows (CPython knows all of Unicode's; pyarena has
 * no Unicode name database). Lookup is case-insensitive, as in CPython.
 */
const UNICODE_NAMES: Record<string, number> = {
  "NULL": 0x0, "CHARACTER TABULATION": 0x9, "LINE FEED": 0xa, "CARRIAGE RETURN": 0xd, "ESCAPE": 0x1b,
  "SPACE": 0x20, "EXCLAMATION MARK": 0x21, "QUOTATION MARK": 0x22, "NUMBER SIGN": 0x23, "DOLLAR SIGN": 0x24,
  "PERCENT SIGN": 0x25, "AMPERSAND": 0x26, "APOSTROPHE": 0x27, "ASTERISK": 0x2a, "PLUS SIGN": 0x2b,
  "COMMA": 0x2c, "HYPHEN-MINUS": 0x2d, "FULL STOP": 0x2e, "SOLIDUS": 0x2f, "DIGIT ZERO": 0x30, "COLON": 0x3a,
  "SEMICOLON": 0x3b, "LESS-THAN SIGN": 0x3c, "EQUALS SIGN": 0x3d, "GREATER-THAN SIGN": 0x3e, "QUESTION MARK": 0x3f,
  "COMMERCIAL AT": 0x40, "LATIN CAPITAL LETTER A": 0x41, "REVERSE SOLIDUS": 0x5c, "LOW LINE": 0x5f,
  "GRAVE ACCENT": 0x60, "LATIN SMALL LETTER A": 0x61, "LEFT CURLY BRACKET": 0x7b, "VERTICAL LINE": 0x7c,
  "RIGHT CURLY BRACKET": 0x7d, "TILDE": 0x7e, "DELETE": 0x7f, "NO-BREAK SPACE": 0xa0, "POUND SIGN": 0xa3,
  "YEN SIGN": 0xa5, "SECTION SIGN": 0xa7, "COPYRIGHT SIGN": 0xa9, "REGISTERED SIGN": 0xae, "DEGREE SIGN": 0xb0,
  "PLUS-MINUS SIGN": 0xb1, "MICRO SIGN": 0xb5, "PILCROW SIGN": 0xb6, "MIDDLE DOT": 0xb7,
  "MULTIPLICATION SIGN": 0xd7, "DIVISION SIGN": 0xf7, "LATIN SMALL LETTER E WITH ACUTE": 0xe9,
  "LATIN SMALL LETTER A WITH GRAVE": 0xe0, "LATIN SMALL LETTER U WITH DIAERESIS": 0xfc,
  "LATIN SMALL LETTER O WITH DIAERESIS": 0xf6, "LATIN SMALL LETTER A WITH DIAERESIS": 0xe4,
  "LATIN SMALL LETTER SHARP S": 0xdf, "LATIN SMALL LETTER N WITH TILDE": 0xf1, "LATIN SMALL LETTER C WITH CEDILLA": 0xe7,
  "GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER GAMMA": 0x3b3,
  "GREEK SMALL LETTER DELTA": 0x3b4, "GREEK SMALL LETTER EPSILON": 0x3b5, "GREEK SMALL LETTER LAMDA": 0x3bb,
  "GREEK SMALL LETTER MU": 0x3bc, "GREEK SMALL LETTER PI": 0x3c0, "GREEK SMALL LETTER SIGMA": 0x3c3,
  "GREEK SMALL LETTER OMEGA": 0x3c9, "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3a3,
  "GREEK CAPITAL LETTER OMEGA": 0x3a9, "EN DASH": 0x2013, "EM DASH": 0x2014, "LEFT SINGLE QUOTATION MARK": 0x2018,
  "RIGHT SINGLE QUOTATION MARK": 0x2019, "LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d,
  "BULLET": 0x2022, "HORIZONTAL ELLIPSIS": 0x2026, "EURO SIGN": 0x20ac, "LEFTWARDS ARROW": 0x2190,
  "UPWARDS ARROW": 0x2191, "RIGHTWARDS ARROW": 0x2192, "DOWNWARDS ARROW": 0x2193, "INFINITY": 0x221e,
  "BLACK STAR": 0x2605, "WHITE STAR": 0x2606, "SNOWMAN": 0x2603, "WHITE SMILING FACE": 0x263a,
  "BLACK HEART SUIT": 0x2665, "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717,
  "ZERO WIDTH SPACE": 0x200b, "ZERO WIDTH JOINER": 0x200d, "BYTE ORDER MARK": 0xfeff, "ZERO WIDTH NO-BREAK SPACE": 0xfeff,
  "REPLACEMENT CHARACTER": 0xfffd, "GRINNING FACE": 0x1f600, "PILE OF POO": 0x1f4a9, "SNAKE": 0x1f40d,
  "THUMBS UP SIGN": 0x1f44d, "FACE WITH TEARS OF JOY": 0x1f602, "RED APPLE": 0x1f34e,
};

/** names used in CPython 3.12's own library and tests */
const UNICODE_NAMES_2: Record<string, number> = {
  "AMPERSAND": 0x26, "CANCEL TAG": 0xe007f, "CIRCLED NUMBER THIRTY NINE": 0x32b4, "COPYRIGHT SIGN": 0xa9, "CYRILLIC SMALL LETTER ZHE": 0x436, "DIGIT NINE": 0x39, "DIGIT SEVEN": 0x37, "EM DASH": 0x2014, "EM SPACE": 0x2003, "EMPTY SET": 0x2205, "EN SPACE": 0x2002, "ETHIOPIC SYLLABLE SEE": 0x1234, "EURO SIGN": 0x20ac, "FULLWIDTH DIGIT ZERO": 0xff10, "GREATER-THAN SIGN": 0x3e, "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER OMEGA": 0x3a9, "GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER ZETA": 0x3b6, "HANGZHOU NUMERAL TWENTY": 0x3039, "HIRAGANA LETTER A": 0x3042, "KELVIN SIGN": 0x212a, "LATIN CAPITAL LETTER A WITH DIAERESIS": 0xc4, "LATIN SMALL LETTER A WITH DIAERESIS": 0xe4, "LATIN SMALL LETTER O WITH HORN": 0x1a1, "LATIN SMALL LETTER Y WITH CIRCUMFLEX": 0x177, "LATIN SMALL LETTER Y WITH DIAERESIS": 0xff, "LEFT CURLY BRACKET": 0x7b, "LESS-THAN SIGN": 0x3c, "LONG RIGHTWARDS SQUIGGLE ARROW": 0x27ff, "NARROW NO-BREAK SPACE": 0x202f, "NO-BREAK SPACE": 0xa0, "NOT SIGN": 0xac, "RIGHT CURLY BRACKET": 0x7d, "ROMAN NUMERAL SIX": 0x2165, "SNAKE": 0x1f40d, "SNOWMAN": 0x2603, "SOFT HYPHEN": 0xad, "SPACE": 0x20, "SUBSCRIPT TWO": 0x2082, "THAI DIGIT SIX": 0xe56,
};

function lookupName(name: string): number | undefined {
  const m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (m) return parseInt(m[1]!, 16);
  return UNICODE_NAMES[name] ?? UNICODE_NAMES_2[name];
}

function utf8Len(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

function unicodeError(body: string, start: number, end: number, what: string): LiteralError {
  const s = utf8Len(body.slice(0, start));
  const e = s + utf8Len(body.slice(start, end)) - 1;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${s}-${e}: ${what}`);
}

/**
 * Decode the body of a string literal (the text between the quotes).
 * For bytes the result holds one char per byte (code units 0..255).
 */
export function decodeStringBody(body: string, raw: boolean, bytes: boolean): string {
  if (bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 128) throw new LiteralError("bytes can only contain ASCII literal characters");
    }
  }
  if (raw || body.indexOf("\\") < 0) return normalizeNewlines(body);
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const bs = body.indexOf("\\", i);
    if (bs < 0) {
      out += normalizeNewlines(body.slice(i));
      break;
    }
    out += normalizeNewlines(body.slice(i, bs));
    i = bs + 1;
    if (i >= n) {
      out += "\\";
      break;
    }
    const c = body.charCodeAt(i);
    i++;
    switch (c) {
      case 10: // backslash-newline: line continuation inside the string
        break;
      case 13:
        if (body.charCodeAt(i) === 10) i++;
        break;
      case 92: out += "\\"; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 97: out += "\x07"; break;
      case 98: out += "\b"; break;
      case 102: out += "\f"; break;
      case 110: out += "\n"; break;
      case 114: out += "\r"; break;
      case 116: out += "\t"; break;
      case 118: out += "\v"; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = c - 48;
        if (isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        out += String.fromCharCode(bytes ? v & 0xff : v);
        break;
      }
      case 120: { // \xhh
        const h1 = hexVal(body.charCodeAt(i));
        const h2 = hexVal(body.charCodeAt(i + 1));
        if (h1 < 0 || h2 < 0) {
          if (bytes) throw new LiteralError(`(value error) invalid \\x escape at position ${utf8Len(body.slice(0, bs))}`);
          const end = h1 < 0 ? i : i + 1;
          throw unicodeError(body, bs, end, "truncated \\xXX escape");
        }
        out += String.fromCharCode(h1 * 16 + h2);
        i += 2;
        break;
      }
      case 117: case 85: { // \uXXXX, \UXXXXXXXX
        if (bytes) {
          out += "\\" + String.fromCharCode(c);
          break;
        }
        const len = c === 117 ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < len; k++) {
          const h = hexVal(body.charCodeAt(i + k));
          if (h < 0) break;
          v = v * 16 + h;
        }
        if (k < len) throw unicodeError(body, bs, i + k, `truncated \\${c === 117 ? "uXXXX" : "UXXXXXXXX"} escape`);
        if (v > 0x10ffff) throw unicodeError(body, bs, i + k, "illegal Unicode character");
        out += String.fromCodePoint(v);
        i += len;
        break;
      }
      case 78: { // \N{name}
        if (bytes) {
          out += "\\N";
          break;
        }
        if (body.charCodeAt(i) !== 123) throw unicodeError(body, bs, i, "malformed \\N character escape");
        const close = body.indexOf("}", i + 1);
        if (close < 0 || close === i + 1) throw unicodeError(body, bs, close < 0 ? n : close + 1, "malformed \\N character escape");
        const name = body.slice(i + 1, close).toUpperCase();
        const cp = lookupName(name);
        if (cp === undefined) throw unicodeError(body, bs, close + 1, "unknown Unicode character name");
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // unknown escape: kept as is (CPython warns)
        out += "\\";
        i--;
    }
  }
  return out;
}

function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

export interface StringParts {
  prefix: string; // lower-cased
  body: string;
  quoteLen: number;
}

/** Split a complete (non-f) string token image into prefix and body. */
export function splitString(image: string): StringParts {
  let q = 0;
  while (image[q] !== "'" && image[q] !== '"') q++;
  const quote = image[q]!;
  const quoteLen = image.startsWith(quote + quote + quote, q) && image.length - q >= 6 ? 3 : 1;
  return {
    prefix: image.slice(0, q).toLowerCase(),
    body: image.slice(q + quoteLen, image.length - quoteLen),
    quoteLen,
  };
}

/** Value of a Number token: bigint, number, or imaginary {imag}. */
export function parseNumber(image: string): bigint | number | { imag: number } {
  const s = image.indexOf("_") >= 0 ? image.replace(/_/g, "") : image;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return { imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1) | 32;
  if (s.length > 1 && s[0] === "0" && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return BigInt(s[0] + String.fromCharCode(c1) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  return BigInt(s);
}
