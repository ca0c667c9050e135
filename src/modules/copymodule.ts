// The copy module: written in Python (pysrc/copy.ts), registered here.
import { registerSourceModule } from "../vm/imports.js";
import { COPY_SOURCE } from "./pysrc/copy.js";

registerSourceModule("copy", COPY_SOURCE);
