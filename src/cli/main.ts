#!/usr/bin/env node
process.stdout.write("pyarena: not yet\n");
