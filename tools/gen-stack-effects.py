"""Records CPython 3.12's dis.stack_effect for every opcode pyarena shares with it.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-stack-effects.py > test/fixtures/stack_effects.json
"""
import dis
import json
import sys

assert sys.version_info[:2] == (3, 12), "use PYENV_VERSION=3.12.1 python3"
ARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 256, 513]
out = {}
for name, op in sorted(dis.opmap.items()):
    if name.startswith("INSTRUMENTED") or name in ("CACHE", "RESERVED"):
        continue
    rows = []
    for arg in (ARGS if op >= dis.HAVE_ARGUMENT else [None]):
        for jump in (False, True):
            try:
                effect = dis.stack_effect(op, arg, jump=jump) if arg is not None else dis.stack_effect(op, jump=jump)
            except ValueError:
                continue
            rows.append([arg, jump, effect])
    out[name] = rows
print(json.dumps(out, sort_keys=True).replace('], "', '],\n "'))
