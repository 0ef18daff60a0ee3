// Seeded randomness for the theory kernels. Math.random is unseeded and differs between the worker,
// the CLI and the benchmark, so every draw goes through this generator.
//
// xoshiro128** (Blackman & Vigna) works on 32-bit integers, which V8 handles without BigInt boxing;
// its state is seeded from splitmix32 so that nearby seeds (0, 1, 2, …) give unrelated streams.

function splitmix32(state: number): [next: number, out: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** Mixes a seed and a stream index into one 32-bit seed: stream k of seed s never depends on how many
 * other streams exist, so results do not change when repetitions are split differently across workers. */
export function deriveSeed(seed: number, stream: number): number {
  let [s, a] = splitmix32(seed >>> 0);
  [s, a] = splitmix32((s ^ Math.imul(stream + 1, 0x27d4eb2f)) | 0);
  const [, b] = splitmix32((s ^ a) | 0);
  return b;
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    let out: number;
    [s, out] = splitmix32(s);
    this.s0 = out;
    [s, out] = splitmix32(s);
    this.s1 = out;
    [s, out] = splitmix32(s);
    this.s2 = out;
    [, out] = splitmix32(s);
    this.s3 = out;
    // The all-zero state is the one fixed point of xoshiro.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** An independent generator for stream `k` of this seed (see deriveSeed). */
  static stream(seed: number, k: number): Rng {
    return new Rng(deriveSeed(seed, k));
  }

  nextUint32(): number {
    const s1 = this.s1;
    const t = s1 << 9;
    let r = Math.imul(s1, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return r >>> 0;
  }

  /** Uniform on [0, 1) with the full 53 bits of a double (one 32-bit draw would leave gaps of 2^-32). */
  uniform(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /**
   * Standard normal by the ziggurat method (Marsaglia & Tsang 2000, 128 layers): ~99% of draws cost one
   * 32-bit output, a multiply and a compare, against a log, a sqrt and a sin/cos for Box–Muller; the
   * min-norm benchmark draws ~13 million normals. The layer index (7 low bits) and the signed magnitude
   * (25 high bits) come from disjoint bits of the output, which avoids the layer/value correlation of
   * the original code (Doornik 2005).
   */
  normal(): number {
    for (;;) {
      const u = this.nextUint32();
      const iz = u & 127;
      const hz = (u | 0) >> 7;
      if (Math.abs(hz) < ZIG_K[iz]!) return hz * ZIG_W[iz]!;
      const x = hz * ZIG_W[iz]!;
      if (iz === 0) {
        // Base layer overflow: sample the tail beyond R exactly (Marsaglia 1964).
        let t: number;
        let e: number;
        do {
          t = -Math.log(1 - this.uniform()) / ZIG_R;
          e = -Math.log(1 - this.uniform());
        } while (e + e < t * t);
        return hz > 0 ? ZIG_R + t : -ZIG_R - t;
      }
      if (ZIG_F[iz]! + this.uniform() * (ZIG_F[iz - 1]! - ZIG_F[iz]!) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  fillNormal(out: Float64Array, scale = 1): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = scale * this.normal();
    return out;
  }

  /** ±1 with equal probability. */
  sign(): number {
    return this.nextUint32() & 1 ? 1 : -1;
  }
}

// Ziggurat tables for 128 layers of equal area V under exp(−x²/2), rightmost edge R (Marsaglia & Tsang).
// Magnitudes are 24-bit integers (the sign takes the 25th bit), hence the scale M = 2^24.
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_K = new Float64Array(128);
const ZIG_W = new Float64Array(128);
const ZIG_F = new Float64Array(128);
{
  const M = 16777216;
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  ZIG_K[0] = Math.floor((dn / q) * M);
  ZIG_K[1] = 0;
  ZIG_W[0] = q / M;
  ZIG_W[127] = dn / M;
  ZIG_F[0] = 1;
  ZIG_F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_K[i + 1] = Math.floor((dn / tn) * M);
    tn = dn;
    ZIG_F[i] = Math.exp(-0.5 * dn * dn);
    ZIG_W[i] = dn / M;
  }
}
