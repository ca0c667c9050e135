// The pyarena version, printed by `pyarena --version`; keep in step with package.json.
export const VERSION = "0.1.0";
