"""Records CPython 3.12's bytecode for the compiler's differential tests.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-dis-fixtures.py > test/fixtures/dis.json

For every program in test/py/ast/ that compiles: each code object (depth-first, as
`dis` prints them) as its name and a list of [opname, argrepr], with jump targets and
code-object reprs normalised (pyarena has no inline caches, so offsets differ).
"""
import dis
import glob
import json
import sys
import types
import warnings

assert sys.version_info[:2] == (3, 12), "use PYENV_VERSION=3.12.1 python3"
warnings.simplefilter("ignore")

def normalise(ins):
    argrepr = ins.argrepr
    if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
        argrepr = "to L"
    elif argrepr.startswith("<code object "):
        argrepr = "<code object " + argrepr.split()[2] + ">"
    return [ins.opname, argrepr]

def codes(co, out):
    out.append({"name": co.co_qualname, "instructions": [normalise(i) for i in dis.get_instructions(co)]})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out)
    return out

result = {}
for path in sorted(glob.glob("test/py/ast/*.py")):
    source = open(path, encoding="utf-8").read()
    try:
        co = compile(source, path, "exec")
    except SyntaxError:
        continue
    result[path] = codes(co, [])
print(json.dumps(result, sort_keys=True).replace('}], "test/', '}],\n "test/'))
