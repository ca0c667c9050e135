// _frozen_importlib: ModuleSpec and BuiltinImporter, written in Python (pysrc/importlib.ts).
import { registerSourceModule } from "../vm/imports.js";
import { IMPORTLIB_SOURCE } from "./pysrc/importlib.js";

registerSourceModule("_frozen_importlib", IMPORTLIB_SOURCE);
