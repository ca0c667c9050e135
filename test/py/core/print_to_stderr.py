import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
print("a", "b", sep="-", file=sys.stderr)
print("stdout again")
