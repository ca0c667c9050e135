// Building `arguments` nodes from a flat parameter list, with CPython's ordering errors.

import type { IToken } from "chevrotain";
import type { Arg, Arguments, Expr } from "./ast.js";
import type { ParseContext } from "./errors.js";

export type ParamItem =
  | { kind: "/"; tok: IToken }
  | { kind: "*"; tok: IToken; arg: Arg | null }
  | { kind: "**"; tok: IToken; arg: Arg }
  | { kind: "arg"; arg: Arg; default: Expr | null };

export function buildArguments(items: ParamItem[], ctx: ParseContext, lenient = false): Arguments {
  const posonlyargs: Arg[] = [];
  const args: Arg[] = [];
  let vararg: Arg | null = null;
  const kwonlyargs: Arg[] = [];
  const kw_defaults: (Expr | null)[] = [];
  let kwarg: Arg | null = null;
  const defaults: Expr[] = [];
  let sawStar = false;
  let sawSlash = false;
  let sawDefault = false;
  let starTok: IToken | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (kwarg && !lenient) {
      const at = it.kind === "arg" ? it.arg : it.tok;
      ctx.failAny("arguments cannot follow var-keyword argument", at);
    }
    switch (it.kind) {
      case "/":
        if (!lenient && sawSlash) ctx.failAny("/ may appear only once", it.tok);
        if (!lenient && sawStar) ctx.failAny("/ must be ahead of *", it.tok);
        if (!lenient && args.length === 0) ctx.failAny("at least one argument must precede /", it.tok);
        sawSlash = true;
        posonlyargs.push(...args);
        args.length = 0;
        break;
      case "*":
        if (sawStar && !lenient) ctx.failAny("* argument may appear only once", it.tok);
        sawStar = true;
        starTok = it.tok;
        vararg = it.arg;
        break;
      case "**":
        kwarg = it.arg;
        break;
      case "arg":
        if (sawStar) {
          kwonlyargs.push(it.arg);
          kw_defaults.push(it.default);
        } else {
          if (it.default) {
            sawDefault = true;
            defaults.push(it.default);
          } else if (sawDefault && !lenient) {
            ctx.failAny("parameter without a default follows parameter with a default", it.arg);
          }
          args.push(it.arg);
        }
        break;
    }
  }
  if (sawStar && !vararg && kwonlyargs.length === 0 && starTok && !lenient) {
    ctx.failAny("named arguments must follow bare *", starTok);
  }
  return { _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}
