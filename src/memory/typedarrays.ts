// Growing typed arrays: used only when the arena vector doubles (new_arena), never per allocation.

export function growInt32(old: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(old);
  return bigger;
}

export function growFloat64(old: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(length);
  bigger.set(old);
  return bigger;
}

export function growUint16(old: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(length);
  bigger.set(old);
  return bigger;
}

export function growUint8(old: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(length);
  bigger.set(old);
  return bigger;
}
