// THE opcode table: one row per instruction, the single source of truth for the code
// generator, the assembler (stack depth), the eval loop, the disassembler and the
// tests. Names and stack behaviour follow CPython 3.12's bytecode (Python/bytecodes.c)
// so that `pyarena --dis` reads like `python3 -m dis` and so that the value stack
// holds references exactly where CPython's does — which is what sys.getrefcount sees.
// Not modelled: inline caches, specialisation, instrumentation, async and match ops.
//
// An instruction is two Int32 slots in a code array: opcode, argument.

export const enum ArgKind {
  None, // no argument
  Raw, // a plain number (counts, flags)
  Const, // index into co_consts
  Name, // index into co_names
  Local, // index into co_varnames (fast locals)
  Deref, // index into the cell/free variables (localsplus numbering)
  Jump, // absolute instruction index (forward)
  JumpBack, // absolute instruction index (backward)
  Compare, // comparison operator
  BinaryOp, // NB_* operator
  Intrinsic, // intrinsic function number
}

export interface OpInfo {
  readonly name: string;
  readonly arg: ArgKind;
  /** Stack effect (pushes − pops) when the instruction falls through / when it jumps. */
  readonly effect: (arg: number, jump: boolean) => number;
  readonly doc: string;
  /** A pseudo-instruction is rewritten by the assembler and never reaches the VM. */
  readonly pseudo?: boolean;
}

const fixed = (n: number) => () => n;

// Op numbers are pyarena's own (dense, so the eval loop's switch is a jump table);
// the order only groups related instructions.
export const enum Op {
  NOP,
  POP_TOP,
  PUSH_NULL,
  END_FOR,
  END_SEND,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_SUBSCR,
  BINARY_SLICE,
  STORE_SLICE,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  GET_ITER,
  GET_YIELD_FROM_ITER,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  WITH_EXCEPT_START,
  BEFORE_WITH,
  CLEANUP_THROW,
  LOAD_BUILD_CLASS,
  LOAD_ASSERTION_ERROR,
  RETURN_GENERATOR,
  RETURN_VALUE,
  SETUP_ANNOTATIONS,
  LOAD_LOCALS,
  STORE_NAME,
  DELETE_NAME,
  UNPACK_SEQUENCE,
  FOR_ITER,
  UNPACK_EX,
  STORE_ATTR,
  DELETE_ATTR,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  SWAP,
  LOAD_CONST,
  LOAD_NAME,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  LOAD_ATTR,
  COMPARE_OP,
  IMPORT_NAME,
  IMPORT_FROM,
  JUMP_FORWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  LOAD_GLOBAL,
  IS_OP,
  CONTAINS_OP,
  RERAISE,
  COPY,
  RETURN_CONST,
  BINARY_OP,
  SEND,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_FAST_CHECK,
  POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_NONE,
  RAISE_VARARGS,
  MAKE_FUNCTION,
  BUILD_SLICE,
  JUMP_BACKWARD_NO_INTERRUPT,
  MAKE_CELL,
  LOAD_CLOSURE,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  JUMP_BACKWARD,
  LOAD_SUPER_ATTR,
  CALL_FUNCTION_EX,
  LOAD_FAST_AND_CLEAR,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  COPY_FREE_VARS,
  YIELD_VALUE,
  RESUME,
  FORMAT_VALUE,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_MERGE,
  DICT_UPDATE,
  CALL,
  KW_NAMES,
  CALL_INTRINSIC_1,
  CALL_INTRINSIC_2,
  LOAD_FROM_DICT_OR_DEREF,
  // pseudo-instructions (compile.c): resolved by the assembler
  SETUP_FINALLY,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  LOAD_METHOD,
  LOAD_SUPER_METHOD,
  LOAD_ZERO_SUPER_METHOD,
  LOAD_ZERO_SUPER_ATTR,
  STORE_FAST_MAYBE_NULL,
}

export const OP_COUNT = Op.STORE_FAST_MAYBE_NULL + 1;

function popcount(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}

/** Indexed by Op. */
export const OP_INFO: readonly OpInfo[] = [
  { name: "NOP", arg: ArgKind.None, effect: fixed(0), doc: "do nothing (keeps a line number alive)" },
  { name: "POP_TOP", arg: ArgKind.None, effect: fixed(-1), doc: "drop the top of stack" },
  { name: "PUSH_NULL", arg: ArgKind.None, effect: fixed(1), doc: "push NULL (the 'no self' marker for CALL)" },
  { name: "END_FOR", arg: ArgKind.None, effect: fixed(-2), doc: "end of a for loop: pop the exhausted value and the iterator" },
  { name: "END_SEND", arg: ArgKind.None, effect: fixed(-1), doc: "drop the receiver under the value sent back" },
  { name: "UNARY_NEGATIVE", arg: ArgKind.None, effect: fixed(0), doc: "TOS = -TOS" },
  { name: "UNARY_NOT", arg: ArgKind.None, effect: fixed(0), doc: "TOS = not TOS" },
  { name: "UNARY_INVERT", arg: ArgKind.None, effect: fixed(0), doc: "TOS = ~TOS" },
  { name: "BINARY_SUBSCR", arg: ArgKind.None, effect: fixed(-1), doc: "TOS = TOS1[TOS]" },
  { name: "BINARY_SLICE", arg: ArgKind.None, effect: fixed(-2), doc: "TOS = TOS2[TOS1:TOS]" },
  { name: "STORE_SLICE", arg: ArgKind.None, effect: fixed(-4), doc: "TOS2[TOS1:TOS] = TOS3" },
  { name: "STORE_SUBSCR", arg: ArgKind.None, effect: fixed(-3), doc: "TOS1[TOS] = TOS2" },
  { name: "DELETE_SUBSCR", arg: ArgKind.None, effect: fixed(-2), doc: "del TOS1[TOS]" },
  { name: "GET_ITER", arg: ArgKind.None, effect: fixed(0), doc: "TOS = iter(TOS)" },
  { name: "GET_YIELD_FROM_ITER", arg: ArgKind.None, effect: fixed(0), doc: "TOS = iter(TOS) unless it is a generator" },
  { name: "PUSH_EXC_INFO", arg: ArgKind.None, effect: fixed(1), doc: "push the previous handled exception below the new one" },
  { name: "POP_EXCEPT", arg: ArgKind.None, effect: fixed(-1), doc: "restore the handled exception from TOS" },
  { name: "CHECK_EXC_MATCH", arg: ArgKind.None, effect: fixed(0), doc: "TOS = isinstance-match of TOS1 against TOS" },
  { name: "WITH_EXCEPT_START", arg: ArgKind.None, effect: fixed(1), doc: "call __exit__ with the exception being handled" },
  { name: "BEFORE_WITH", arg: ArgKind.None, effect: fixed(1), doc: "push bound __exit__, then the result of __enter__()" },
  { name: "CLEANUP_THROW", arg: ArgKind.None, effect: fixed(-1), doc: "turn StopIteration from a throw() into the yield-from result" },
  { name: "LOAD_BUILD_CLASS", arg: ArgKind.None, effect: fixed(1), doc: "push builtins.__build_class__" },
  { name: "LOAD_ASSERTION_ERROR", arg: ArgKind.None, effect: fixed(1), doc: "push AssertionError" },
  { name: "RETURN_GENERATOR", arg: ArgKind.None, effect: fixed(0), doc: "create the generator for this frame and return it" },
  { name: "RETURN_VALUE", arg: ArgKind.None, effect: fixed(-1), doc: "return TOS to the caller" },
  { name: "SETUP_ANNOTATIONS", arg: ArgKind.None, effect: fixed(0), doc: "create __annotations__ in the local namespace" },
  { name: "LOAD_LOCALS", arg: ArgKind.None, effect: fixed(1), doc: "push the locals mapping" },
  { name: "STORE_NAME", arg: ArgKind.Name, effect: fixed(-1), doc: "locals[name] = TOS" },
  { name: "DELETE_NAME", arg: ArgKind.Name, effect: fixed(0), doc: "del locals[name]" },
  { name: "UNPACK_SEQUENCE", arg: ArgKind.Raw, effect: (n) => n - 1, doc: "unpack TOS into n values, first on top" },
  { name: "FOR_ITER", arg: ArgKind.Jump, effect: fixed(1), doc: "push next(TOS), or pop the iterator and jump past END_FOR" },
  { name: "UNPACK_EX", arg: ArgKind.Raw, effect: (n) => (n & 0xff) + (n >> 8), doc: "unpack with a starred target (before | after << 8)" },
  { name: "STORE_ATTR", arg: ArgKind.Name, effect: fixed(-2), doc: "TOS.name = TOS1" },
  { name: "DELETE_ATTR", arg: ArgKind.Name, effect: fixed(-1), doc: "del TOS.name" },
  { name: "STORE_GLOBAL", arg: ArgKind.Name, effect: fixed(-1), doc: "globals[name] = TOS" },
  { name: "DELETE_GLOBAL", arg: ArgKind.Name, effect: fixed(0), doc: "del globals[name]" },
  { name: "SWAP", arg: ArgKind.Raw, effect: fixed(0), doc: "swap TOS with the item n-1 below it" },
  { name: "LOAD_CONST", arg: ArgKind.Const, effect: fixed(1), doc: "push co_consts[i]" },
  { name: "LOAD_NAME", arg: ArgKind.Name, effect: fixed(1), doc: "push locals/globals/builtins[name]" },
  { name: "BUILD_TUPLE", arg: ArgKind.Raw, effect: (n) => 1 - n, doc: "tuple of the top n items" },
  { name: "BUILD_LIST", arg: ArgKind.Raw, effect: (n) => 1 - n, doc: "list of the top n items" },
  { name: "BUILD_SET", arg: ArgKind.Raw, effect: (n) => 1 - n, doc: "set of the top n items" },
  { name: "BUILD_MAP", arg: ArgKind.Raw, effect: (n) => 1 - 2 * n, doc: "dict of the top n key/value pairs" },
  { name: "LOAD_ATTR", arg: ArgKind.Name, effect: (n) => n & 1, doc: "TOS = TOS.name (arg>>1); bit 0: push method and self" },
  { name: "COMPARE_OP", arg: ArgKind.Compare, effect: fixed(-1), doc: "TOS = TOS1 <op> TOS" },
  { name: "IMPORT_NAME", arg: ArgKind.Name, effect: fixed(-1), doc: "import module name (fromlist, level on the stack)" },
  { name: "IMPORT_FROM", arg: ArgKind.Name, effect: fixed(1), doc: "push TOS.name for from-import" },
  { name: "JUMP_FORWARD", arg: ArgKind.Jump, effect: fixed(0), doc: "jump forward" },
  { name: "POP_JUMP_IF_FALSE", arg: ArgKind.Jump, effect: fixed(-1), doc: "pop TOS; jump if false" },
  { name: "POP_JUMP_IF_TRUE", arg: ArgKind.Jump, effect: fixed(-1), doc: "pop TOS; jump if true" },
  { name: "LOAD_GLOBAL", arg: ArgKind.Name, effect: (n) => 1 + (n & 1), doc: "push globals/builtins[name] (arg>>1); bit 0: push NULL first" },
  { name: "IS_OP", arg: ArgKind.Raw, effect: fixed(-1), doc: "TOS = TOS1 is TOS (is not when arg = 1)" },
  { name: "CONTAINS_OP", arg: ArgKind.Raw, effect: fixed(-1), doc: "TOS = TOS1 in TOS (not in when arg = 1)" },
  { name: "RERAISE", arg: ArgKind.Raw, effect: fixed(-1), doc: "re-raise TOS; arg 1: restore f_lasti from the stack" },
  { name: "COPY", arg: ArgKind.Raw, effect: fixed(1), doc: "push the item n-1 below TOS" },
  { name: "RETURN_CONST", arg: ArgKind.Const, effect: fixed(0), doc: "return co_consts[i]" },
  { name: "BINARY_OP", arg: ArgKind.BinaryOp, effect: fixed(-1), doc: "TOS = TOS1 <op> TOS" },
  { name: "SEND", arg: ArgKind.Jump, effect: fixed(0), doc: "send TOS into the receiver TOS1; jump when it returns" },
  { name: "LOAD_FAST", arg: ArgKind.Local, effect: fixed(1), doc: "push a local" },
  { name: "STORE_FAST", arg: ArgKind.Local, effect: fixed(-1), doc: "local = TOS" },
  { name: "DELETE_FAST", arg: ArgKind.Local, effect: fixed(0), doc: "del local" },
  { name: "LOAD_FAST_CHECK", arg: ArgKind.Local, effect: fixed(1), doc: "push a local that may be unbound" },
  { name: "POP_JUMP_IF_NOT_NONE", arg: ArgKind.Jump, effect: fixed(-1), doc: "pop TOS; jump if not None" },
  { name: "POP_JUMP_IF_NONE", arg: ArgKind.Jump, effect: fixed(-1), doc: "pop TOS; jump if None" },
  { name: "RAISE_VARARGS", arg: ArgKind.Raw, effect: (n) => 0 - n, doc: "raise (0: re-raise, 1: exc, 2: exc from cause)" },
  { name: "MAKE_FUNCTION", arg: ArgKind.Raw, effect: (n) => 0 - popcount(n & 0xf), doc: "function from a code object; flags say which extras are on the stack" },
  { name: "BUILD_SLICE", arg: ArgKind.Raw, effect: (n) => (n === 3 ? -2 : -1), doc: "slice of the top 2 or 3 items" },
  { name: "JUMP_BACKWARD_NO_INTERRUPT", arg: ArgKind.JumpBack, effect: fixed(0), doc: "jump backward without an eval-breaker check" },
  { name: "MAKE_CELL", arg: ArgKind.Deref, effect: fixed(0), doc: "wrap a local in a new cell" },
  { name: "LOAD_CLOSURE", arg: ArgKind.Deref, effect: fixed(1), doc: "push the cell itself" },
  { name: "LOAD_DEREF", arg: ArgKind.Deref, effect: fixed(1), doc: "push the content of a cell" },
  { name: "STORE_DEREF", arg: ArgKind.Deref, effect: fixed(-1), doc: "store TOS in a cell" },
  { name: "DELETE_DEREF", arg: ArgKind.Deref, effect: fixed(0), doc: "empty a cell" },
  { name: "JUMP_BACKWARD", arg: ArgKind.JumpBack, effect: fixed(0), doc: "jump backward (loops; checks the eval breaker)" },
  { name: "LOAD_SUPER_ATTR", arg: ArgKind.Name, effect: (n) => (n & 1 ? -1 : -2), doc: "super(TOS1, TOS).name (arg>>2); bit 0: method" },
  { name: "CALL_FUNCTION_EX", arg: ArgKind.Raw, effect: (n) => -2 - (n & 1), doc: "call with *args tuple (and **kwargs dict when arg & 1)" },
  { name: "LOAD_FAST_AND_CLEAR", arg: ArgKind.Local, effect: fixed(1), doc: "push a local (or NULL) and unbind it (inlined comprehensions)" },
  { name: "LIST_APPEND", arg: ArgKind.Raw, effect: fixed(-1), doc: "append TOS to the list n-1 below" },
  { name: "SET_ADD", arg: ArgKind.Raw, effect: fixed(-1), doc: "add TOS to the set n-1 below" },
  { name: "MAP_ADD", arg: ArgKind.Raw, effect: fixed(-2), doc: "dict n-1 below [TOS1] = TOS" },
  { name: "COPY_FREE_VARS", arg: ArgKind.Raw, effect: fixed(0), doc: "copy the closure's cells into the frame" },
  { name: "YIELD_VALUE", arg: ArgKind.Raw, effect: fixed(0), doc: "yield TOS; the value sent replaces it" },
  { name: "RESUME", arg: ArgKind.Raw, effect: fixed(0), doc: "start or resume the frame (eval-breaker check)" },
  { name: "FORMAT_VALUE", arg: ArgKind.Raw, effect: (n) => ((n & 0x04) === 0x04 ? -1 : 0), doc: "format TOS (conversion in bits 0-1, spec on stack if bit 2)" },
  { name: "BUILD_CONST_KEY_MAP", arg: ArgKind.Raw, effect: (n) => 0 - n, doc: "dict from n values and a tuple of keys" },
  { name: "BUILD_STRING", arg: ArgKind.Raw, effect: (n) => 1 - n, doc: "concatenate the top n strings" },
  { name: "LIST_EXTEND", arg: ArgKind.Raw, effect: fixed(-1), doc: "extend the list n-1 below with TOS" },
  { name: "SET_UPDATE", arg: ArgKind.Raw, effect: fixed(-1), doc: "update the set n-1 below with TOS" },
  { name: "DICT_MERGE", arg: ArgKind.Raw, effect: fixed(-1), doc: "merge TOS into the dict n-1 below, refusing duplicate keys" },
  { name: "DICT_UPDATE", arg: ArgKind.Raw, effect: fixed(-1), doc: "update the dict n-1 below with TOS" },
  { name: "CALL", arg: ArgKind.Raw, effect: (n) => -1 - n, doc: "call with n arguments (callable, self-or-NULL below them)" },
  { name: "KW_NAMES", arg: ArgKind.Const, effect: fixed(0), doc: "the next CALL's last arguments are keywords named by co_consts[i]" },
  { name: "CALL_INTRINSIC_1", arg: ArgKind.Intrinsic, effect: fixed(0), doc: "TOS = intrinsic(TOS)" },
  { name: "CALL_INTRINSIC_2", arg: ArgKind.Intrinsic, effect: fixed(-1), doc: "TOS = intrinsic(TOS1, TOS)" },
  { name: "LOAD_FROM_DICT_OR_DEREF", arg: ArgKind.Deref, effect: fixed(0), doc: "TOS = TOS[name] or the cell's content (class bodies)" },
  { name: "SETUP_FINALLY", arg: ArgKind.Jump, effect: (_, jump) => (jump ? 1 : 0), doc: "pseudo: push a try block", pseudo: true },
  { name: "SETUP_CLEANUP", arg: ArgKind.Jump, effect: (_, jump) => (jump ? 2 : 0), doc: "pseudo: push a cleanup block (lasti kept)", pseudo: true },
  { name: "SETUP_WITH", arg: ArgKind.Jump, effect: (_, jump) => (jump ? 1 : 0), doc: "pseudo: push a with block", pseudo: true },
  { name: "POP_BLOCK", arg: ArgKind.None, effect: fixed(0), doc: "pseudo: pop a block", pseudo: true },
  { name: "JUMP", arg: ArgKind.Jump, effect: fixed(0), doc: "pseudo: jump forward or backward", pseudo: true },
  { name: "JUMP_NO_INTERRUPT", arg: ArgKind.Jump, effect: fixed(0), doc: "pseudo: jump without eval-breaker check", pseudo: true },
  { name: "LOAD_METHOD", arg: ArgKind.Name, effect: fixed(1), doc: "pseudo: LOAD_ATTR with the method bit", pseudo: true },
  { name: "LOAD_SUPER_METHOD", arg: ArgKind.Name, effect: fixed(-1), doc: "pseudo: LOAD_SUPER_ATTR, method form", pseudo: true },
  { name: "LOAD_ZERO_SUPER_METHOD", arg: ArgKind.Name, effect: fixed(-1), doc: "pseudo: zero-argument super(), method form", pseudo: true },
  { name: "LOAD_ZERO_SUPER_ATTR", arg: ArgKind.Name, effect: fixed(-1), doc: "pseudo: zero-argument super() attribute", pseudo: true },
  { name: "STORE_FAST_MAYBE_NULL", arg: ArgKind.Local, effect: fixed(-1), doc: "pseudo: STORE_FAST of a possibly NULL value", pseudo: true },
];

export function opName(op: Op): string {
  return OP_INFO[op]!.name;
}

export function hasArg(op: Op): boolean {
  return OP_INFO[op]!.arg !== ArgKind.None;
}

export function isJump(op: Op): boolean {
  const kind = OP_INFO[op]!.arg;
  return kind === ArgKind.Jump || kind === ArgKind.JumpBack;
}

/** Comparison operators in COMPARE_OP's argument (arg >> 4 in 3.12's encoding). */
export const COMPARE_OPS = ["<", "<=", "==", "!=", ">", ">="] as const;

/** BINARY_OP arguments, in CPython's NB_* order. */
export const BINARY_OPS = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
] as const;

export const INTRINSIC_1 = [
  "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
  "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE",
] as const;
export const INTRINSIC_2 = ["INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR"] as const;

/** MAKE_FUNCTION flags. */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;
