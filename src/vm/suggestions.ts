// "Did you mean" (Python/suggestions.c): the closest name by a Levenshtein distance on
// UTF-8 bytes where a case-only change costs 1 and any other edit 2, limited to
// (len(a) + len(b) + 3) // 3 and to lists of fewer than 750 names of at most 40
// characters; NameError also checks whether the name is a standard-library module.
import { STDLIB_MODULE_NAMES } from "./stdlibnames.js";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const UTF8 = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance, returning maxCost + 1 as soon as the bound is exceeded. */
export function levenshtein(aText: string, bText: string, maxCost: number): number {
  let a = UTF8.encode(aText);
  let b = UTF8.encode(bText);
  if (a.length === b.length && a.every((x, i) => x === b[i])) return 0;
  // strip the common prefix and suffix
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.subarray(start);
  b = b.subarray(start);
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.subarray(0, a.length - end);
  b = b.subarray(0, b.length - end);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex]!;
    let distance = bIndex * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the first closest candidate, or null. */
export function suggest(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameSize = UTF8.encode(name).length;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  let best: string | null = null;
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = UTF8.encode(item).length;
    let maxDistance = Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const distance = levenshtein(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (best === null || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** The text appended to a NameError's printed message. */
export function nameErrorSuffix(name: string, lists: readonly (readonly string[])[]): string {
  let suggestion: string | null = null;
  for (const list of lists) {
    suggestion = suggest(list, name);
    if (suggestion !== null) break;
  }
  const stdlib = STDLIB_MODULE_NAMES.has(name);
  if (suggestion !== null && stdlib) return `. Did you mean: '${suggestion}'? Or did you forget to import '${name}'?`;
  if (suggestion !== null) return `. Did you mean: '${suggestion}'?`;
  if (stdlib) return `. Did you forget to import '${name}'?`;
  return "";
}
