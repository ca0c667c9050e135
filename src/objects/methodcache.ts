// The references of the type method cache (MCACHE, Objects/typeobject.c 3.12). Every
// _PyType_Lookup of a str name of at most 100 characters stores the name, with a new
// reference, in one of 4096 entries chosen by the type's version tag and the name's
// address; the entry's previous name is released. Interned names are immortal, so the
// cache only shows on names built at run time: after `getattr(o, "".join(...))` the
// name has one reference more, until another lookup takes its entry.
//
// pyarena looks attributes up in per-type maps (TypeData.lookupCache); this module
// models only which names the cache keeps alive. Version tags are CPython's
// (versiontags.ts), dropped by typeModified.
import { decref, incref, isImmortal, type PyObject } from "./object.js";
import { objectId, onRuntimeReset } from "./runtime.js";
import { typeData } from "./typeobject.js";
import { StrType } from "./types.js";
import { assignVersionTag } from "./versiontags.js";

const MCACHE_SIZE = 4096;
const MCACHE_MAX_ATTR_SIZE = 100;

const entryVersions = new Float64Array(MCACHE_SIZE);
const entryNames: (PyObject | null)[] = new Array<PyObject | null>(MCACHE_SIZE).fill(null);

/**
 * Called by _PyType_Lookup (typeLookup) for every lookup of `name` on `type`. Only
 * entries holding mortal names are tracked (an immortal name's reference changes
 * nothing visible): lookups of immortal names cost one test while no mortal name is
 * cached, and otherwise only evict a mortal name from the entry they land in.
 */
export function noteTypeLookup(type: PyObject, name: PyObject): void {
  const mortal = !isImmortal(name);
  if (!mortal && mortalEntries === 0) return;
  if (name.type !== StrType || (name.v as string).length > MCACHE_MAX_ATTR_SIZE) return;
  const td = typeData(type);
  const version = td.versionTag === 0 ? assignVersionTag(td) : td.versionTag;
  // MCACHE_HASH_METHOD: (version ^ (address >> 3)) & (size - 1)
  const slot = (version ^ (Math.floor(objectId(name) / 8) % MCACHE_SIZE)) & (MCACHE_SIZE - 1);
  const old = entryNames[slot]!;
  if (old === name && entryVersions[slot] === version) return;
  entryVersions[slot] = version;
  entryNames[slot] = mortal ? incref(name) : null;
  if (mortal) mortalEntries++;
  if (old !== null) {
    mortalEntries--;
    decref(old);
  }
}

/** entries whose name is mortal (the others are kept as null: nothing to release) */
let mortalEntries = 0;

/** type_cache_clear at finalization: every name is released. */
export function clearMethodCache(): void {
  for (let i = 0; i < MCACHE_SIZE; i++) {
    const name = entryNames[i]!;
    entryNames[i] = null;
    entryVersions[i] = 0;
    if (name !== null) decref(name);
  }
  mortalEntries = 0;
}

onRuntimeReset(() => {
  mortalEntries = 0;
  entryNames.fill(null);
  entryVersions.fill(0);
});
