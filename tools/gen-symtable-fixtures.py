"""Records CPython 3.12's symbol tables for the compiler's scope-analysis tests.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-symtable-fixtures.py > test/fixtures/symtable.json

For every program in test/compiler/symtable/ and test/py/ast/, each block (preorder:
type, name, line) with each symbol's scope (1 local, 2 global explicit, 3 global
implicit, 4 free, 5 cell) and its declaration flags, or the SyntaxError the symbol
table raises.
"""
import glob
import json
import symtable
import sys

assert sys.version_info[:2] == (3, 12), "use PYENV_VERSION=3.12.1 python3"

def blocks(table, out):
    symbols = {}
    for sym in table.get_symbols():
        symbols[sym.get_name()] = [sym._Symbol__scope, sym._Symbol__flags]
    out.append({"type": table.get_type(), "name": table.get_name(), "lineno": table.get_lineno(), "symbols": symbols})
    for child in table.get_children():
        blocks(child, out)
    return out

result = {}
files = sorted(glob.glob("test/compiler/symtable/*.py")) + sorted(glob.glob("test/py/ast/*.py"))
for path in files:
    source = open(path, encoding="utf-8").read()
    try:
        compile(source, path, "exec", 1024)  # PyCF_ONLY_AST: skip programs the parser rejects
    except SyntaxError:
        continue
    try:
        result[path] = {"blocks": blocks(symtable.symtable(source, path, "exec"), [])}
    except SyntaxError as e:
        result[path] = {"error": e.msg, "lineno": e.lineno, "offset": e.offset}
print(json.dumps(result, sort_keys=True).replace("}, \"test/", "},\n \"test/"))
