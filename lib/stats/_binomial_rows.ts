/**
 * Whole rows of binomial probabilities, for the two-stage design code. Internal: the public
 * single-value functions live in `distributions.ts`.
 *
 * A row P(X = 0..n) for X ~ Bin(n, p) is built from its mode outwards with the ratio
 * recurrence P(X = k + 1) / P(X = k) = (n − k) p / ((k + 1)(1 − p)) and then normalised, so no
 * term overflows, terms below the double range underflow harmlessly to 0, and each term has a
 * relative error of about n machine epsilons. Tails are summed from the small end inwards.
 *
 * @module
 */

/** P(X = k), k = 0..n, for X ~ Bin(n, p), with p in [0, 1]. */
export function binomialPmfRow(n: number, p: number): Float64Array {
  const row = new Float64Array(n + 1);
  if (p <= 0) {
    row[0] = 1;
    return row;
  }
  if (p >= 1) {
    row[n] = 1;
    return row;
  }
  const q = 1 - p;
  const odds = p / q;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  row[mode] = 1;
  let sum = 1;
  for (let k = mode; k < n; k++) {
    const next = row[k]! * ((n - k) / (k + 1)) * odds;
    row[k + 1] = next;
    sum += next;
  }
  for (let k = mode; k > 0; k--) {
    const prev = row[k]! * (k / (n - k + 1)) / odds;
    row[k - 1] = prev;
    sum += prev;
  }
  for (let k = 0; k <= n; k++) row[k]! /= sum;
  return row;
}

/** Upper tails P(X > k), k = 0..n (the last is 0), summed from the top. */
export function upperTailRow(pmf: Float64Array): Float64Array {
  const n = pmf.length - 1;
  const tail = new Float64Array(n + 1);
  let acc = 0;
  for (let k = n; k >= 1; k--) {
    acc += pmf[k]!;
    tail[k - 1] = acc;
  }
  return tail;
}

/** Lower tails P(X ≤ k), k = 0..n, summed from the bottom. */
export function lowerTailRow(pmf: Float64Array): Float64Array {
  const cdf = new Float64Array(pmf.length);
  let acc = 0;
  for (let k = 0; k < pmf.length; k++) {
    acc += pmf[k]!;
    cdf[k] = acc;
  }
  return cdf;
}

/**
 * Binomial rows for every size m = 0..nmax at one p, stored in triangular Float64Arrays (row m
 * starts at m(m + 1)/2): the probability mass, the upper tail P(X > k) and the lower tail
 * P(X ≤ k). About 12·nmax² bytes.
 */
export class BinomialTable {
  /** P(X = k) for X ~ Bin(m, p), at `offset(m) + k`. */
  readonly pmf: Float64Array;
  /** P(X > k), at `offset(m) + k`. */
  readonly upper: Float64Array;
  /** P(X ≤ k), at `offset(m) + k`. */
  readonly lower: Float64Array;

  constructor(readonly nmax: number, readonly p: number) {
    const size = ((nmax + 1) * (nmax + 2)) / 2;
    const pmf = new Float64Array(size);
    const upper = new Float64Array(size);
    const lower = new Float64Array(size);
    const q = 1 - p;
    pmf[0] = 1;
    // Pascal's recurrence P_{m+1}(k) = q·P_m(k) + p·P_m(k − 1): positive terms only, so each
    // entry carries a relative error of at most about m machine epsilons.
    for (let m = 0; m < nmax; m++) {
      const from = (m * (m + 1)) / 2;
      const to = from + m + 1;
      pmf[to] = q * pmf[from]!;
      for (let k = 1; k <= m; k++) pmf[to + k] = q * pmf[from + k]! + p * pmf[from + k - 1]!;
      pmf[to + m + 1] = p * pmf[from + m]!;
    }
    for (let m = 0; m <= nmax; m++) {
      const at = (m * (m + 1)) / 2;
      let acc = 0;
      for (let k = m; k >= 1; k--) {
        acc += pmf[at + k]!;
        upper[at + k - 1] = acc;
      }
      acc = 0;
      for (let k = 0; k <= m; k++) {
        acc += pmf[at + k]!;
        lower[at + k] = acc;
      }
    }
    this.pmf = pmf;
    this.upper = upper;
    this.lower = lower;
  }
}

/** Start of row m in a triangular table. */
export function offset(m: number): number {
  return (m * (m + 1)) / 2;
}
