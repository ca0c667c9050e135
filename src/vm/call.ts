// Binding call arguments to a Python function's parameters (ceval.c,
// initialize_locals), with CPython's error messages. The arguments' references move
// into the frame's locals: the caller must not release them afterwards.
import { CO_VARARGS, CO_VARKEYWORDS, type CodeUnit } from "../compiler/code.js";
import { decref, incref, PyObject } from "../objects/object.js";
import { raise, TypeError } from "../objects/exceptions.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { newDict, dictSetItem, dictGetItemStr } from "../objects/dictobject.js";
import type { FuncData } from "../objects/funcobject.js";

/**
 * Fill `fast[0 .. nparams)` from `args[start .. start + nargs)` (positional values then
 * keyword values, as the stack holds them) and `kwnames` (a tuple of str or null).
 */
export function bindArguments(
  func: FuncData,
  unit: CodeUnit,
  fast: (PyObject | null)[],
  args: (PyObject | null)[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): void {
  // The common call: exactly the positional parameters, nothing else to bind.
  if (kwnames === null && nargs === unit.argcount && (unit.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && unit.kwonlyargcount === 0) {
    for (let i = 0; i < nargs; i++) fast[i] = args[start + i]!;
    return;
  }
  const names = kwnames === null ? [] : tupleItems(kwnames);
  const npositional = nargs - names.length;
  const argcount = unit.argcount;
  const total = argcount + unit.kwonlyargcount;
  const hasVarargs = (unit.flags & CO_VARARGS) !== 0;
  let kwdict: PyObject | null = null;
  if (unit.flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    fast[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npositional, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[start + i]!;
  if (hasVarargs) {
    fast[total] = newTuple(args.slice(start + n, start + npositional) as PyObject[]);
  }
  try {
    bindKeywords(func, unit, fast, args, start + npositional, names, kwdict);
    if (npositional > argcount && !hasVarargs) {
      tooManyPositional(func, unit, fast, npositional);
    }
    fillDefaults(func, unit, fast, npositional);
  } catch (e) {
    // The frame owns what was bound; the rest of the arguments are released here.
    if (!hasVarargs) for (let i = start + n; i < start + npositional; i++) decref(args[i]!);
    throw e;
  }
}

function bindKeywords(
  func: FuncData, unit: CodeUnit, fast: (PyObject | null)[], args: (PyObject | null)[], kwstart: number,
  names: PyObject[], kwdict: PyObject | null,
): void {
  const params = unit.localsplusnames;
  const total = unit.argcount + unit.kwonlyargcount;
  for (let k = 0; k < names.length; k++) {
    const keyword = names[k]!;
    const value = args[kwstart + k]!;
    const name = keyword.v as string;
    let j = -1;
    for (let p = unit.posonlyargcount; p < total; p++) {
      if (params[p] === name) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (kwdict === null) {
        releaseFrom(args, kwstart + k, names.length - k);
        const posonly = positionalOnlyPassedAsKeyword(unit, names);
        if (posonly !== null) raise(TypeError, `${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${posonly}'`);
        raise(TypeError, `${qualname(func)}() got an unexpected keyword argument '${name}'`);
      }
      dictSetItem(kwdict, keyword, value);
      decref(value);
      continue;
    }
    if (fast[j] !== null) {
      releaseFrom(args, kwstart + k, names.length - k);
      raise(TypeError, `${qualname(func)}() got multiple values for argument '${name}'`);
    }
    fast[j] = value;
  }
}

function releaseFrom(args: (PyObject | null)[], from: number, count: number): void {
  for (let i = from; i < from + count; i++) decref(args[i]!);
}

function positionalOnlyPassedAsKeyword(unit: CodeUnit, names: PyObject[]): string | null {
  const given = new Set(names.map((n) => n.v as string));
  const posonly = unit.localsplusnames.slice(0, unit.posonlyargcount).filter((n) => given.has(n));
  return posonly.length ? posonly.join(", ") : null;
}

function fillDefaults(func: FuncData, unit: CodeUnit, fast: (PyObject | null)[], npositional: number): void {
  const argcount = unit.argcount;
  const defaults = func.defaults === null ? [] : tupleItems(func.defaults);
  const firstDefault = argcount - defaults.length;
  if (npositional < firstDefault) {
    const missing: string[] = [];
    for (let i = npositional; i < firstDefault; i++) if (fast[i] === null) missing.push(unit.localsplusnames[i]!);
    if (missing.length) raise(TypeError, missingMessage(func, missing, "positional"));
  }
  for (let i = Math.max(npositional, firstDefault); i < argcount; i++) {
    if (fast[i] === null) fast[i] = incref(defaults[i - firstDefault]!);
  }
  const total = argcount + unit.kwonlyargcount;
  const missingKw: string[] = [];
  for (let i = argcount; i < total; i++) {
    if (fast[i] !== null) continue;
    const name = unit.localsplusnames[i]!;
    const dflt = func.kwdefaults === null ? null : dictGetItemStr(func.kwdefaults, name);
    if (dflt !== null) fast[i] = incref(dflt);
    else missingKw.push(name);
  }
  if (missingKw.length) raise(TypeError, missingMessage(func, missingKw, "keyword-only"));
}

function qualname(func: FuncData): string {
  return func.qualname.v as string;
}

/** missing_arguments: 'a'; 'a' and 'b'; 'a', 'b', and 'c' */
function missingMessage(func: FuncData, names: string[], kind: string): string {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  const plural = names.length === 1 ? "" : "s";
  return `${qualname(func)}() missing ${names.length} required ${kind} argument${plural}: ${list}`;
}

/** too_many_positional */
function tooManyPositional(func: FuncData, unit: CodeUnit, fast: (PyObject | null)[], given: number): never {
  const argcount = unit.argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + unit.kwonlyargcount; i++) if (fast[i] !== null) kwonlyGiven++;
  const defcount = func.defaults === null ? 0 : tupleItems(func.defaults).length;
  const sig = defcount ? `from ${argcount - defcount} to ${argcount}` : `${argcount}`;
  const plural = defcount ? true : argcount !== 1;
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  const verb = given === 1 && !kwonlyGiven ? "was" : "were";
  raise(TypeError, `${qualname(func)}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${verb} given`);
}
