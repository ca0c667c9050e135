import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // The same JS stack as the CLI (src/cli/bin.ts's shebang): native recursion up to
    // the C recursion limit (1500) must fit, whatever the runner has on the stack.
    execArgv: ["--stack-size=3000"],
    env: { PYARENA_DEBUG: "refs", PYTHONHASHSEED: "0" },
  },
});
