// Loading this module registers every built-in module with the VM (the VM cannot
// import the modules layer: dependencies point down).
import "./builtins.js";
import "./sys.js";
import "./importlibmodule.js";
import "./gcmodule.js";
import "./weakrefmodule.js";
import "./atexitmodule.js";
import "./copymodule.js";
import "./randommodule.js";
import "./timemodule.js";
import "./collectionsmodule.js";
import "./itertoolsmodule.js";
import "./arraymodule.js";
import "./functoolsmodule.js";
import "./mathmodule.js";
import "./operatormodule.js";
import "./pysrc/stringmodule.js";
