import sys
print("exiting with 0")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
sys.exit(0)
print("never")
