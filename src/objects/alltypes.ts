// Loading this module loads every built-in type's file, so that all static types have
// their slots and methods before the interpreter readies them.
import "./objecttype.js";
import "./intmethods.js";
import "./boolobject.js";
import "./floatmethods.js";
import "./complexobject.js";
import "./strmethods.js";
import "./bytesobject.js";
import "./tuplemethods.js";
import "./listmethods.js";
import "./dictobject.js";
import "./setobject.js";
import "./rangeobject.js";
import "./sliceobject.js";
import "./iterobject.js";
import "./exceptions.js";
import "./oserror.js";
import "./funcobject.js";
import "./cellobject.js";
import "./moduleobject.js";
import "./codeobject.js";
import "./descrobject.js";
