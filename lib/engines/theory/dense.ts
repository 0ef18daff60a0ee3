// Hand-written Float64Array kernels for the hot loops of the min-norm and random-features kernels.
//
// ml-matrix stores a matrix as an array of row arrays and its decompositions index through get()/set();
// on n = 400 its Cholesky took 45 ms against 6.5 ms for the unrolled loops below, and its 400³ product
// 170 ms (measured while writing these kernels; see README). The Gram products dominate the budget of the benchmark (n = 400,
// 12 aspect ratios, 20 repetitions in ≤ 5 s). ml-matrix is used where matrices are small and clarity
// wins (linear-imbalance) and as an independent oracle in the tests.
//
// Layout: row-major, with an explicit leading dimension `ld` so that a leading principal block of a
// larger factor can be used in place (the Cholesky factor of a leading block of G is the leading block
// of the factor of G).

/**
 * G[i, j] += Σ_{k0 ≤ k < k1} A[i, k] A[j, k] for 0 ≤ j ≤ i < m (lower triangle only; G is m×m, ld m).
 * Rows of A are contiguous, so every entry is a dot product of two contiguous slices. Register blocking:
 * two rows i against four rows j per pass, 8 independent accumulators fed by 6 loads per k.
 */
export function gramAddLower(A: Float64Array, ldA: number, m: number, k0: number, k1: number, G: Float64Array): void {
  // Blocking over k keeps the m row slices in cache while all pairs are formed (256 doubles × 400 rows
  // = 800 KB; whole rows of 1,600 would be 5 MB).
  const KB = 256;
  for (let kb = k0; kb < k1; kb += KB) {
    const len = Math.min(kb + KB, k1) - kb;
    let i = 0;
    for (; i + 1 < m; i += 2) {
      const ra = i * ldA + kb;
      const rb = ra + ldA;
      const ga = i * m;
      const gb = ga + m;
      let j = 0;
      for (; j + 3 <= i; j += 4) {
        const r0 = j * ldA + kb;
        const r1 = r0 + ldA;
        const r2 = r1 + ldA;
        const r3 = r2 + ldA;
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        for (let k = 0; k < len; k++) {
          const x = A[ra + k]!;
          const y = A[rb + k]!;
          const c0 = A[r0 + k]!;
          const c1 = A[r1 + k]!;
          const c2 = A[r2 + k]!;
          const c3 = A[r3 + k]!;
          a0 += x * c0; a1 += x * c1; a2 += x * c2; a3 += x * c3;
          b0 += y * c0; b1 += y * c1; b2 += y * c2; b3 += y * c3;
        }
        G[ga + j] = G[ga + j]! + a0;
        G[ga + j + 1] = G[ga + j + 1]! + a1;
        G[ga + j + 2] = G[ga + j + 2]! + a2;
        G[ga + j + 3] = G[ga + j + 3]! + a3;
        G[gb + j] = G[gb + j]! + b0;
        G[gb + j + 1] = G[gb + j + 1]! + b1;
        G[gb + j + 2] = G[gb + j + 2]! + b2;
        G[gb + j + 3] = G[gb + j + 3]! + b3;
      }
      for (; j <= i + 1; j++) {
        const rj = j * ldA + kb;
        let sa = 0, sb = 0;
        for (let k = 0; k < len; k++) {
          const c = A[rj + k]!;
          sa += A[ra + k]! * c;
          sb += A[rb + k]! * c;
        }
        if (j <= i) G[ga + j] = G[ga + j]! + sa;
        G[gb + j] = G[gb + j]! + sb;
      }
    }
    for (; i < m; i++) {
      const ri = i * ldA + kb;
      const gi = i * m;
      for (let j = 0; j <= i; j++) G[gi + j] = G[gi + j]! + dot(A, ri, A, j * ldA + kb, len);
    }
  }
}

/**
 * In-place lower Cholesky of the leading m×m block of L (row stride ld): on return L[i, j], j ≤ i, holds the
 * factor; the strict upper triangle is not read. Returns false when a pivot is not positive (the matrix
 * is not numerically positive definite).
 *
 * Row-oriented (Cholesky–Banachiewicz): L[i, j] = (G[i, j] − ⟨L[i, :j], L[j, :j]⟩) / L[j, j], so the inner
 * loop is a dot product of two contiguous row prefixes; four j are done together and the 4×4 triangle
 * they depend on is finished by hand.
 */
export function choleskyInPlace(L: Float64Array, ld: number, m: number): boolean {
  for (let i = 0; i < m; i++) {
    const ri = i * ld;
    let j = 0;
    for (; j + 3 < i; j += 4) {
      const r0 = j * ld;
      const r1 = r0 + ld;
      const r2 = r1 + ld;
      const r3 = r2 + ld;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0; k < j; k++) {
        const a = L[ri + k]!;
        s0 += a * L[r0 + k]!;
        s1 += a * L[r1 + k]!;
        s2 += a * L[r2 + k]!;
        s3 += a * L[r3 + k]!;
      }
      const l0 = (L[ri + j]! - s0) / L[r0 + j]!;
      L[ri + j] = l0;
      const l1 = (L[ri + j + 1]! - s1 - l0 * L[r1 + j]!) / L[r1 + j + 1]!;
      L[ri + j + 1] = l1;
      const l2 = (L[ri + j + 2]! - s2 - l0 * L[r2 + j]! - l1 * L[r2 + j + 1]!) / L[r2 + j + 2]!;
      L[ri + j + 2] = l2;
      L[ri + j + 3] = (L[ri + j + 3]! - s3 - l0 * L[r3 + j]! - l1 * L[r3 + j + 1]! - l2 * L[r3 + j + 2]!) / L[r3 + j + 3]!;
    }
    for (; j < i; j++) {
      const rj = j * ld;
      let s = 0;
      for (let k = 0; k < j; k++) s += L[ri + k]! * L[rj + k]!;
      L[ri + j] = (L[ri + j]! - s) / L[rj + j]!;
    }
    let d = L[ri + i]!;
    for (let k = 0; k < i; k++) d -= L[ri + k]! * L[ri + k]!;
    if (!(d > 0)) return false;
    L[ri + i] = Math.sqrt(d);
  }
  return true;
}

/** Solves L z = b in place (b ← z) with the leading m×m lower block of L. */
export function forwardSubstitute(L: Float64Array, ld: number, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    const ri = i * ld;
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[ri + k]! * b[k]!;
    b[i] = s / L[ri + i]!;
  }
}

/** Solves Lᵀ x = z in place (z ← x) with the leading m×m lower block of L; walks L by rows (axpy form)
 * so that the access stays contiguous. */
export function backSubstituteTransposed(L: Float64Array, ld: number, m: number, z: Float64Array): void {
  for (let i = m - 1; i >= 0; i--) {
    const ri = i * ld;
    const xi = z[i]! / L[ri + i]!;
    z[i] = xi;
    for (let k = 0; k < i; k++) z[k] = z[k]! - L[ri + k]! * xi;
  }
}

/** Solves (L Lᵀ) x = b in place with the leading m×m block of a Cholesky factor. */
export function choleskySolve(L: Float64Array, ld: number, m: number, b: Float64Array): void {
  forwardSubstitute(L, ld, m, b);
  backSubstituteTransposed(L, ld, m, b);
}

/** Copies the lower triangle (diagonal included) of an m×m matrix; the factorization overwrites its input
 * and the Gram matrix keeps growing after it. */
export function copyLower(src: Float64Array, dst: Float64Array, m: number): void {
  for (let i = 0; i < m; i++) {
    const r = i * m;
    for (let j = 0; j <= i; j++) dst[r + j] = src[r + j]!;
  }
}

/** Transpose (cols×rows) of the first `cols` columns of a rows×ld row-major matrix. */
export function transpose(A: Float64Array, rows: number, cols: number, ld = cols): Float64Array {
  const T = new Float64Array(rows * cols);
  // Tiles keep both the read and the write side within a few cache lines.
  const B = 32;
  for (let i0 = 0; i0 < rows; i0 += B) {
    const i1 = Math.min(i0 + B, rows);
    for (let j0 = 0; j0 < cols; j0 += B) {
      const j1 = Math.min(j0 + B, cols);
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) T[j * rows + i] = A[i * ld + j]!;
    }
  }
  return T;
}

export function dot(a: Float64Array, aOff: number, b: Float64Array, bOff: number, len: number): number {
  let s0 = 0, s1 = 0;
  let k = 0;
  for (; k + 1 < len; k += 2) {
    s0 += a[aOff + k]! * b[bOff + k]!;
    s1 += a[aOff + k + 1]! * b[bOff + k + 1]!;
  }
  if (k < len) s0 += a[aOff + k]! * b[bOff + k]!;
  return s0 + s1;
}

export function squaredNorm(a: Float64Array, len = a.length): number {
  return dot(a, 0, a, 0, len);
}
