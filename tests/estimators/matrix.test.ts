import { describe, expect, it } from "vitest";
import {
  matVec,
  applyQTranspose,
  cholesky,
  choleskyInverse,
  choleskySolve,
  householderQr,
  inverseFromR,
  solveUpperTriangular,
  symmetricEigen,
  symmetricPseudoInverse,
} from "../../estimators/src/index.ts";

const close = (a: number[][], b: number[][], digits = 12) => a.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo((b[i] as number[])[j] as number, digits)));

describe("householderQr", () => {
  it("factors the documented example (|R| up to signs)", () => {
    const { r } = householderQr([
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(Math.abs(r[0]![0]!)).toBeCloseTo(Math.sqrt(3), 14);
    expect(Math.abs(r[0]![1]!)).toBeCloseTo(Math.sqrt(3), 14);
    expect(Math.abs(r[1]![1]!)).toBeCloseTo(Math.SQRT2, 14);
  });
  it("solves least squares and gives (RᵀR)⁻¹ = (XᵀX)⁻¹", () => {
    const X = [
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ];
    const qr = householderQr(X);
    const beta = solveUpperTriangular(qr.r, applyQTranspose(qr, [1, 3, 5, 7]));
    expect(beta[0]).toBeCloseTo(1, 13);
    expect(beta[1]).toBeCloseTo(2, 13);
    // XᵀX = [[4, 6], [6, 14]], inverse = [[0.7, -0.3], [-0.3, 0.2]]
    close(inverseFromR(qr.r), [
      [0.7, -0.3],
      [-0.3, 0.2],
    ]);
  });
  it("names the collinear column, and refuses fewer rows than columns", () => {
    expect(() =>
      householderQr(
        [
          [1, 2, 4],
          [1, 3, 6],
          [1, 5, 10],
        ],
        ["(Intercept)", "a", "b"],
      ),
    ).toThrow(/X: "b" \(column 2\) is a linear combination of the preceding columns/);
    expect(() =>
      householderQr(
        [
          [1, 0],
          [1, 0],
        ],
        ["(Intercept)", "z"],
      ),
    ).toThrow(/"z" \(column 1\) is all zeros/);
    expect(() => householderQr([[1, 2, 3]])).toThrow(/fewer rows \(1\) than columns\/parameters \(3\)/);
  });
});

describe("cholesky and symmetric eigen", () => {
  const A = [
    [4, 2, 0.6],
    [2, 5, 1],
    [0.6, 1, 3],
  ];
  it("solves and inverts a positive-definite matrix", () => {
    const l = cholesky(A)!;
    const x = choleskySolve(l, [1, 2, 3]);
    A.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * x[j]!, 0)).toBeCloseTo([1, 2, 3][i]!, 13));
    const inv = choleskyInverse(l);
    const prod = A.map((row) => inv[0]!.map((_, j) => row.reduce((s, v, k) => s + v * inv[k]![j]!, 0)));
    close(prod, [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });
  it("returns null for a matrix that is not positive definite", () => {
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
  });
  it("diagonalises and pseudo-inverts (a singular matrix included)", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(Math.abs(vectors[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 14);
    // [[1, 1], [1, 1]]⁺ = [[0.25, 0.25], [0.25, 0.25]]
    close(
      symmetricPseudoInverse([
        [1, 1],
        [1, 1],
      ]),
      [
        [0.25, 0.25],
        [0.25, 0.25],
      ],
    );
  });
});

describe("documented examples of the small helpers", () => {
  it("solveUpperTriangular, cholesky, choleskySolve, choleskyInverse, matVec, applyQTranspose", () => {
    expect(
      solveUpperTriangular(
        [
          [2, 1],
          [0, 4],
        ],
        [4, 8],
      ),
    ).toEqual([1, 2]);
    expect(
      cholesky([
        [4, 2],
        [2, 5],
      ]),
    ).toEqual([
      [2, 0],
      [1, 2],
    ]);
    expect(
      choleskySolve(
        [
          [2, 0],
          [1, 2],
        ],
        [8, 9],
      ),
    ).toEqual([1.375, 1.25]);
    close(
      choleskyInverse([
        [2, 0],
        [1, 2],
      ]),
      [
        [0.3125, -0.125],
        [-0.125, 0.25],
      ],
    );
    expect(
      matVec(
        [
          [1, 2],
          [3, 4],
        ],
        [1, 1],
      ),
    ).toEqual([3, 7]);
    const qty = applyQTranspose(householderQr([[3], [4]]), [3, 4]);
    expect(Math.abs(qty[0]!)).toBeCloseTo(5, 14);
    expect(qty[1]).toBeCloseTo(0, 14);
  });
});
