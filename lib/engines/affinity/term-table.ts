// Open-addressing map from 32-bit term hash to a dense term id, in typed arrays so that
// millions of terms cost ~10 bytes each instead of a JS Map's ~50-80.

export class TermTable {
  private keys: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let cap = 1;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.ids = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Dense id of the hash, or -1. */
  get(hash: number): number {
    let slot = mix(hash) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === -1 || this.keys[slot] === hash) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Dense id of the hash, assigning the next id when new. */
  intern(hash: number): number {
    let slot = mix(hash) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === -1) break;
      if (this.keys[slot] === hash) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.count++;
    this.keys[slot] = hash;
    this.ids[slot] = id;
    if (this.count * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const cap = (this.mask + 1) * 2;
    this.keys = new Uint32Array(cap);
    this.ids = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let i = 0; i < oldIds.length; i++) {
      const id = oldIds[i]!;
      if (id === -1) continue;
      const key = oldKeys[i]!;
      let slot = mix(key) & this.mask;
      while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.ids[slot] = id;
    }
  }
}

/** FNV hashes of similar strings share low bits; re-mix before masking to keep probe chains short. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
