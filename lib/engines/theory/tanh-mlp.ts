// A small fully connected tanh network with scalar output and squared loss, with exact gradients and
// exact Hessian-vector products (Pearlmutter's R-operator: the forward-mode derivative of the backward
// pass, written out by hand). Exact HVPs matter for sharpness: finite differences of gradients lose
// about half the digits and bias the top eigenvalue near the edge of stability by O(h·‖∇³L‖).
//
// Parameters live in one Float64Array θ, layer by layer: W_l (out × in, row-major) then b_l.
// Loss L(θ) = (1/2n) Σ_i (f(x_i) − y_i)². Activations are n × width, row-major.

interface LayerSlice {
  inDim: number;
  outDim: number;
  wOff: number;
  bOff: number;
}

/** Z (+)= A Wᵀ (+ b): four outputs per pass share the loads of a row of A. */
function affine(A: Float64Array, n: number, L: LayerSlice, P: Float64Array, withBias: boolean, Z: Float64Array, accumulate: boolean): void {
  const { inDim, outDim, wOff, bOff } = L;
  for (let i = 0; i < n; i++) {
    const ai = i * inDim;
    const zi = i * outDim;
    let o = 0;
    for (; o + 3 < outDim; o += 4) {
      const w0 = wOff + o * inDim;
      const w1 = w0 + inDim;
      const w2 = w1 + inDim;
      const w3 = w2 + inDim;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0; k < inDim; k++) {
        const a = A[ai + k]!;
        s0 += a * P[w0 + k]!;
        s1 += a * P[w1 + k]!;
        s2 += a * P[w2 + k]!;
        s3 += a * P[w3 + k]!;
      }
      if (withBias) {
        s0 += P[bOff + o]!;
        s1 += P[bOff + o + 1]!;
        s2 += P[bOff + o + 2]!;
        s3 += P[bOff + o + 3]!;
      }
      if (accumulate) {
        Z[zi + o] = Z[zi + o]! + s0;
        Z[zi + o + 1] = Z[zi + o + 1]! + s1;
        Z[zi + o + 2] = Z[zi + o + 2]! + s2;
        Z[zi + o + 3] = Z[zi + o + 3]! + s3;
      } else {
        Z[zi + o] = s0;
        Z[zi + o + 1] = s1;
        Z[zi + o + 2] = s2;
        Z[zi + o + 3] = s3;
      }
    }
    for (; o < outDim; o++) {
      const w = wOff + o * inDim;
      let s = withBias ? P[bOff + o]! : 0;
      for (let k = 0; k < inDim; k++) s += A[ai + k]! * P[w + k]!;
      Z[zi + o] = accumulate ? Z[zi + o]! + s : s;
    }
  }
}

/** out_W += Gᵀ A and (optionally) out_b += Σ_i G[i, :]: four samples per pass, so each gradient row is
 * read and written a quarter as often. */
function accumulateOuter(G: Float64Array, A: Float64Array, n: number, L: LayerSlice, out: Float64Array, withBias: boolean): void {
  const { inDim, outDim, wOff, bOff } = L;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a0 = i * inDim;
    const a1 = a0 + inDim;
    const a2 = a1 + inDim;
    const a3 = a2 + inDim;
    for (let o = 0; o < outDim; o++) {
      const g0 = G[i * outDim + o]!;
      const g1 = G[(i + 1) * outDim + o]!;
      const g2 = G[(i + 2) * outDim + o]!;
      const g3 = G[(i + 3) * outDim + o]!;
      if (withBias) out[bOff + o] = out[bOff + o]! + g0 + g1 + g2 + g3;
      const w = wOff + o * inDim;
      for (let k = 0; k < inDim; k++) out[w + k] = out[w + k]! + g0 * A[a0 + k]! + g1 * A[a1 + k]! + g2 * A[a2 + k]! + g3 * A[a3 + k]!;
    }
  }
  for (; i < n; i++) {
    const a = i * inDim;
    for (let o = 0; o < outDim; o++) {
      const g = G[i * outDim + o]!;
      if (withBias) out[bOff + o] = out[bOff + o]! + g;
      const w = wOff + o * inDim;
      for (let k = 0; k < inDim; k++) out[w + k] = out[w + k]! + g * A[a + k]!;
    }
  }
}

/** S (+)= G W (n × in): four outputs o per pass. */
function backpropInput(G: Float64Array, n: number, L: LayerSlice, P: Float64Array, S: Float64Array, accumulate: boolean): void {
  const { inDim, outDim, wOff } = L;
  if (!accumulate) S.fill(0, 0, n * inDim);
  for (let i = 0; i < n; i++) {
    const si = i * inDim;
    const gi = i * outDim;
    let o = 0;
    for (; o + 3 < outDim; o += 4) {
      const g0 = G[gi + o]!;
      const g1 = G[gi + o + 1]!;
      const g2 = G[gi + o + 2]!;
      const g3 = G[gi + o + 3]!;
      const w0 = wOff + o * inDim;
      const w1 = w0 + inDim;
      const w2 = w1 + inDim;
      const w3 = w2 + inDim;
      for (let k = 0; k < inDim; k++) S[si + k] = S[si + k]! + g0 * P[w0 + k]! + g1 * P[w1 + k]! + g2 * P[w2 + k]! + g3 * P[w3 + k]!;
    }
    for (; o < outDim; o++) {
      const g = G[gi + o]!;
      const w = wOff + o * inDim;
      for (let k = 0; k < inDim; k++) S[si + k] = S[si + k]! + g * P[w + k]!;
    }
  }
}

export class TanhMlp {
  readonly numParams: number;
  private readonly layers: LayerSlice[];
  // Forward/backward caches for one θ, reused by every HVP at that θ: A activations, G = ∂L/∂Z,
  // S = ∂L/∂A (hidden layers), and their R-derivatives.
  private readonly A: Float64Array[];
  private readonly G: Float64Array[];
  private readonly S: Float64Array[];
  private readonly RA: Float64Array[];
  private readonly RG: Float64Array[];
  private readonly RS: Float64Array[];

  constructor(
    readonly sizes: readonly number[],
    X: Float64Array,
    private readonly y: Float64Array,
    readonly n: number,
  ) {
    if (sizes.length < 2 || sizes[sizes.length - 1] !== 1) throw new RangeError("sizes must run from input width to output width 1");
    let off = 0;
    this.layers = [];
    for (let l = 1; l < sizes.length; l++) {
      const inDim = sizes[l - 1]!;
      const outDim = sizes[l]!;
      this.layers.push({ inDim, outDim, wOff: off, bOff: off + inDim * outDim });
      off += inDim * outDim + outDim;
    }
    this.numParams = off;
    const act = () => sizes.map((s) => new Float64Array(n * s));
    this.A = act();
    this.G = act();
    this.S = act();
    this.RA = act();
    this.RG = act();
    this.RS = act();
    this.A[0]!.set(X.subarray(0, n * sizes[0]!));
  }

  /** LeCun-normal weights (variance 1/fan-in), zero biases: the standard parameterization. */
  init(normal: () => number): Float64Array {
    const theta = new Float64Array(this.numParams);
    for (const L of this.layers) {
      const s = 1 / Math.sqrt(L.inDim);
      for (let k = 0; k < L.inDim * L.outDim; k++) theta[L.wOff + k] = s * normal();
    }
    return theta;
  }

  /** Forward pass; caches activations and returns the loss. */
  forward(theta: Float64Array): number {
    const last = this.layers.length - 1;
    for (let l = 0; l <= last; l++) {
      const Z = this.A[l + 1]!;
      affine(this.A[l]!, this.n, this.layers[l]!, theta, true, Z, false);
      if (l < last) for (let k = 0; k < Z.length; k++) Z[k] = Math.tanh(Z[k]!);
    }
    const f = this.A[last + 1]!;
    let loss = 0;
    for (let i = 0; i < this.n; i++) loss += (f[i]! - this.y[i]!) ** 2;
    return loss / (2 * this.n);
  }

  /** Loss and gradient at θ (grad is overwritten). Leaves the caches HVPs at θ need. */
  gradient(theta: Float64Array, grad: Float64Array): number {
    const loss = this.forward(theta);
    const last = this.layers.length - 1;
    const f = this.A[last + 1]!;
    const Gout = this.G[last + 1]!;
    for (let i = 0; i < this.n; i++) Gout[i] = (f[i]! - this.y[i]!) / this.n;
    grad.fill(0);
    for (let l = last; l >= 0; l--) {
      const L = this.layers[l]!;
      accumulateOuter(this.G[l + 1]!, this.A[l]!, this.n, L, grad, true);
      if (l === 0) break;
      // S = ∂L/∂A_l = G W, then through tanh: G_l = S ⊙ (1 − A_l²).
      const S = this.S[l]!;
      const Al = this.A[l]!;
      const Gl = this.G[l]!;
      backpropInput(this.G[l + 1]!, this.n, L, theta, S, false);
      for (let k = 0; k < S.length; k++) Gl[k] = S[k]! * (1 - Al[k]! ** 2);
    }
    return loss;
  }

  /**
   * out = ∇²L(θ) v, where θ is the point of the last gradient() call (its caches are reused).
   * R-operator along v = (V_W, V_b):
   *   R Z = A V_Wᵀ + V_b + R A_prev Wᵀ,   R A = (1 − A²) ⊙ R Z (linear output: R A = R Z),
   *   R G_out = R f / n,   R ∇W = R Gᵀ A + Gᵀ R A,   R ∇b = Σ_i R G,
   *   R S = R G W + G V_W,   R G_prev = R S ⊙ (1 − A²) − 2 S ⊙ A ⊙ R A.
   */
  hvp(theta: Float64Array, v: Float64Array, out: Float64Array): void {
    const last = this.layers.length - 1;
    for (let l = 0; l <= last; l++) {
      const L = this.layers[l]!;
      const RZ = this.RA[l + 1]!;
      affine(this.A[l]!, this.n, L, v, true, RZ, false);
      if (l > 0) affine(this.RA[l]!, this.n, L, theta, false, RZ, true);
      if (l < last) {
        const Aout = this.A[l + 1]!;
        for (let k = 0; k < RZ.length; k++) RZ[k] = (1 - Aout[k]! ** 2) * RZ[k]!;
      }
    }
    const RGout = this.RG[last + 1]!;
    const Rf = this.RA[last + 1]!;
    for (let i = 0; i < this.n; i++) RGout[i] = Rf[i]! / this.n;
    out.fill(0);
    for (let l = last; l >= 0; l--) {
      const L = this.layers[l]!;
      accumulateOuter(this.RG[l + 1]!, this.A[l]!, this.n, L, out, true);
      if (l > 0) accumulateOuter(this.G[l + 1]!, this.RA[l]!, this.n, L, out, false);
      if (l === 0) break;
      const RS = this.RS[l]!;
      backpropInput(this.RG[l + 1]!, this.n, L, theta, RS, false);
      backpropInput(this.G[l + 1]!, this.n, L, v, RS, true);
      const S = this.S[l]!;
      const Al = this.A[l]!;
      const RAl = this.RA[l]!;
      const RGl = this.RG[l]!;
      for (let k = 0; k < RS.length; k++) {
        const a = Al[k]!;
        RGl[k] = RS[k]! * (1 - a * a) - 2 * S[k]! * a * RAl[k]!;
      }
    }
  }
}
