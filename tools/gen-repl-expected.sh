#!/bin/sh
# Regenerates the REPL fixtures of test/cli/repl from CPython 3.12's interactive mode:
# each NAME.in is fed to `python3 -i` on a pipe; NAME.stdout is what it printed there,
# NAME.stderr what it printed on stderr (prompts included) without the two banner lines,
# NAME.status its exit status.
set -e
cd "$(dirname "$0")/../test/cli/repl"
for input in *.in; do
  name=${input%.in}
  status=0
  PYENV_VERSION=3.12.1 PYTHONHASHSEED=0 python3 -i < "$input" > "$name.stdout" 2> "$name.stderr.full" || status=$?
  echo "$status" > "$name.status"
  tail -n +3 "$name.stderr.full" > "$name.stderr"
  rm "$name.stderr.full"
done
