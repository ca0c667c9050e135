import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: process.env["PYARENA_STRESS"] ? 600_000 : 30_000,
    // The same JS stack as the CLI (src/cli/bin.ts's shebang): native recursion up to
    // the C recursion limit (1500) must fit, whatever the runner has on the stack.
    execArgv: ["--stack-size=3000"],
    // PYARENA_STRESS=1 adds the stress collector check (npm run test:stress)
    env: { PYARENA_DEBUG: process.env["PYARENA_STRESS"] ? "refs,stressgc" : "refs", PYTHONHASHSEED: "0" },
  },
});
