import { Matrix, pseudoInverse, solve } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { choleskyInPlace, choleskySolve, copyLower, gramAddLower, transpose } from "@/lib/engines/theory/dense";
import { fitColumnPrefixes, fitRowPrefixes } from "@/lib/engines/theory/nested-min-norm";
import { Rng } from "@/lib/engines/theory/rng";

const noop = async () => {};

/** ml-matrix's pseudo-inverse (SVD based) as an independent oracle for X⁺y. */
function pinvSolve(X: Float64Array, rows: number, ld: number, cols: number, y: ArrayLike<number>): number[] {
  const M = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) M.set(i, j, X[i * ld + j]!);
  return pseudoInverse(M).mmul(Matrix.columnVector(Array.from(y).slice(0, rows))).getColumn(0);
}

describe("dense kernels", () => {
  it("accumulate the lower Gram matrix in pieces, equal to the direct product", () => {
    const rng = new Rng(5);
    const m = 13, k = 37;
    const A = rng.fillNormal(new Float64Array(m * k));
    const G = new Float64Array(m * m);
    gramAddLower(A, k, m, 0, 10, G);
    gramAddLower(A, k, m, 10, k, G);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += A[i * k + t]! * A[j * k + t]!;
        expect(G[i * m + j]).toBeCloseTo(s, 10);
      }
    }
  });

  it("solve SPD systems by Cholesky like ml-matrix's LU solve", () => {
    const rng = new Rng(6);
    const m = 23;
    const A = rng.fillNormal(new Float64Array(m * 40));
    const G = new Float64Array(m * m);
    gramAddLower(A, 40, m, 0, 40, G);
    const L = new Float64Array(m * m);
    copyLower(G, L, m);
    expect(choleskyInPlace(L, m, m)).toBe(true);
    const b = rng.fillNormal(new Float64Array(m));
    const x = b.slice();
    choleskySolve(L, m, m, x);
    const full = new Matrix(m, m);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j <= i; j++) {
        full.set(i, j, G[i * m + j]!);
        full.set(j, i, G[i * m + j]!);
      }
    }
    const ref = solve(full, Matrix.columnVector(Array.from(b))).getColumn(0);
    ref.forEach((v, i) => expect(x[i]).toBeCloseTo(v, 9));
  });

  it("reports a matrix that is not positive definite", () => {
    const L = Float64Array.from([1, 0, 2, 1]); // [[1, 2], [2, 1]] has eigenvalue −1
    expect(choleskyInPlace(L, 2, 2)).toBe(false);
  });

  it("transposes a column prefix", () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2 × 3
    expect(Array.from(transpose(A, 2, 2, 3))).toEqual([1, 4, 2, 5]);
  });
});

describe("nested min-norm fits", () => {
  it("equal X⁺y on every column prefix, under- and over-parameterized", async () => {
    const rng = new Rng(7);
    const n = 12, P = 30;
    const X = rng.fillNormal(new Float64Array(n * P));
    const y = rng.fillNormal(new Float64Array(n));
    const seen: number[] = [];
    await fitColumnPrefixes(X, n, P, [3, 7, 11, 12, 13, 20, 30], () => y, (p, b) => {
      seen.push(p);
      expect(b).not.toBeNull();
      pinvSolve(X, n, P, p, y).forEach((v, j) => expect(b![j]).toBeCloseTo(v, 8));
    }, noop);
    expect(seen).toEqual([3, 7, 11, 12, 13, 20, 30]);
  });

  it("equal X⁺y on every row prefix", async () => {
    const rng = new Rng(8);
    const N = 30, p = 12;
    const X = rng.fillNormal(new Float64Array(N * p));
    const y = rng.fillNormal(new Float64Array(N));
    await fitRowPrefixes(X, N, p, [4, 11, 12, 13, 30], y, (n, b) => {
      pinvSolve(X, n, p, p, y).forEach((v, j) => expect(b![j]).toBeCloseTo(v, 8));
    }, noop);
  });
});
