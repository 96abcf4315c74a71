/**
 * Simon's two-stage designs for single-arm phase II trials: the optimal and minimax designs
 * (Simon 1989), the admissible designs between them (Jung, Lee, Kim and George 2004), and the
 * best design for every total sample size (the list R's `clinfun::ph2simon` returns).
 *
 * References:
 * - Simon, R. 1989. "Optimal two-stage designs for phase II clinical trials." Controlled
 *   Clinical Trials 10 (1): 1–10. doi:10.1016/0197-2456(89)90015-9
 * - Jung, S.-H., T. Lee, K. Kim, and S. L. George. 2004. "Admissible two-stage designs for
 *   phase II cancer clinical trials." Statistics in Medicine 23 (4): 561–569.
 *   doi:10.1002/sim.1600
 * - Seshan, V. E. clinfun: Clinical Trial Design and Data Analysis Functions (R package),
 *   function `ph2simon`.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { requireFinite, requireInteger, requireOpenUnit } from "./_validate.ts";
import { BinomialTable, offset } from "./_binomial_rows.ts";
import type { TwoStageRule } from "./two_stage_characteristics.ts";

/** Largest `nmax` accepted (as in clinfun::ph2simon); the tables then take about 30 MB. */
export const SIMON_NMAX_CAP = 1000;

/** A Simon two-stage design with its exact error rates under p0 and p1. */
export interface SimonDesign extends TwoStageRule {
  /** Expected sample size under p0. */
  readonly en0: number;
  /** Probability of early termination under p0. */
  readonly pet0: number;
  /** Exact type I error: P(X1 > r1, X1 + X2 > r | p0). */
  readonly alpha: number;
  /** Exact power: P(X1 > r1, X1 + X2 > r | p1). */
  readonly power: number;
}

/** An admissible design with the range of weights q for which it minimises q·n + (1 − q)·EN0. */
export interface AdmissibleDesign extends SimonDesign {
  readonly qLow: number;
  readonly qHigh: number;
}

/** Progress of a long search, reported once it has run for more than a second. */
export interface SimonProgress {
  /** Work done, in units proportional to the cost of each total sample size (n²). */
  readonly done: number;
  /** Total work. */
  readonly total: number;
  /** Total sample size just finished. */
  readonly n: number;
  /** Milliseconds since the search started. */
  readonly elapsedMs: number;
}

/** Options of {@link simonDesigns}. */
export interface SimonDesignOptions {
  /** Unacceptable response rate (null hypothesis p ≤ p0). */
  readonly p0: number;
  /** Desirable response rate (alternative p ≥ p1), p1 > p0. */
  readonly p1: number;
  /** Largest type I error allowed, in (0, 0.5]. */
  readonly alpha: number;
  /** Largest type II error allowed (power ≥ 1 − beta), in (0, 0.5]. */
  readonly beta: number;
  /** Largest total sample size searched; default 100, at most {@link SIMON_NMAX_CAP}. */
  readonly nmax?: number;
  /** Called as the search goes (every 100 ms at most), once it has run `progressAfterMs`. */
  readonly onProgress?: (progress: SimonProgress) => void;
  /** How long a search runs before `onProgress` is first called; default 1000 ms. */
  readonly progressAfterMs?: number;
}

/** Result of {@link simonDesigns}. */
export interface SimonDesignResult {
  readonly method: "simon-two-stage";
  readonly p0: number;
  readonly p1: number;
  readonly alpha: number;
  readonly beta: number;
  readonly nmax: number;
  /** Smallest EN0 (ties: smaller n). The admissible design for q = 0. */
  readonly optimal: SimonDesign;
  /** Smallest n (ties: smallest EN0). The admissible design for q = 1. */
  readonly minimax: SimonDesign;
  /** Admissible designs, ordered from minimax (q near 1) to optimal (q near 0). */
  readonly admissible: readonly AdmissibleDesign[];
  /** For each total n ≤ nmax with a feasible design, the one with the smallest EN0. */
  readonly candidates: readonly SimonDesign[];
}

function requireErrorRate(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (!(value > 0 && value <= 0.5)) {
    throw new RangeError(`\`${name}\` must be in (0, 0.5], got ${value}`);
  }
}

/**
 * Checks the options of {@link simonDesigns} and fills in the default nmax (100); exported for
 * the CLI. Throws a `RangeError`/`TypeError` naming the argument.
 *
 * @example
 * ```ts
 * import { validateSimonOptions } from "./simon_designs.ts";
 * import { assertEquals, assertThrows } from "@std/assert";
 * assertEquals(validateSimonOptions({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 }).nmax, 100);
 * assertThrows(
 *   () => validateSimonOptions({ p0: 0.4, p1: 0.2, alpha: 0.05, beta: 0.2 }),
 *   RangeError,
 *   "`p0` must be smaller than `p1`",
 * );
 * ```
 */
export function validateSimonOptions(options: SimonDesignOptions): Required<
  Omit<SimonDesignOptions, "onProgress" | "progressAfterMs">
> {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`\`options\` must be an object, got ${String(options)}`);
  }
  const { p0, p1, alpha, beta, nmax = 100 } = options;
  requireOpenUnit("p0", p0);
  requireOpenUnit("p1", p1);
  if (p0 >= p1) throw new RangeError(`\`p0\` must be smaller than \`p1\` (${p1}), got ${p0}`);
  requireErrorRate("alpha", alpha);
  requireErrorRate("beta", beta);
  requireInteger("nmax", nmax, 1);
  if (nmax > SIMON_NMAX_CAP) {
    throw new RangeError(`\`nmax\` must be at most ${SIMON_NMAX_CAP}, got ${nmax}`);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(`\`onProgress\` must be a function, got ${String(options.onProgress)}`);
  }
  return { p0, p1, alpha, beta, nmax };
}

/** P(X1 > r1, X1 + X2 > r) with X1 ~ Bin(n1, p), X2 ~ Bin(n2, p), from a table at p. */
function reject(t: BinomialTable, n1: number, r1: number, r: number, n2: number): number {
  const pmf = t.pmf;
  const up = t.upper;
  const at1 = offset(n1);
  const at2 = offset(n2);
  // x1 > r: the stage-2 outcome does not matter (r ≥ r1).
  let sum = r < n1 ? up[at1 + r]! : 0;
  const lo = Math.max(r1 + 1, r - n2 + 1);
  const hi = Math.min(n1, r);
  for (let x1 = lo; x1 <= hi; x1++) sum += pmf[at1 + x1]! * up[at2 + r - x1]!;
  return sum;
}

/**
 * Smallest n at which the most powerful test of p0 against p1 (Neyman–Pearson: reject for
 * large X ~ Bin(n, p), randomised at the boundary) of size `alpha` reaches the power `target`.
 * A two-stage design with maximum n is a (non-randomised) test on at most n observations, so
 * none exists below this n; the search starts there. Returns at least 2.
 */
function smallestPossibleN(t0: BinomialTable, t1: BinomialTable, alpha: number, target: number) {
  for (let n = 2; n <= t0.nmax; n++) {
    const at = offset(n);
    // Smallest k with P0(X > k) ≤ alpha; reject above k, and at k with probability gamma.
    let k = 0;
    while (t0.upper[at + k]! > alpha) k++;
    const mass = t0.pmf[at + k]!;
    const gamma = mass > 0 ? Math.min(1, (alpha - t0.upper[at + k]!) / mass) : 0;
    // A hair of slack for rounding: starting early only costs time, starting late loses designs.
    if (t1.upper[at + k]! + gamma * t1.pmf[at + k]! >= target - 1e-12) return n;
  }
  return t0.nmax + 1;
}

/**
 * Lower convex hull of (n, EN0) from the minimax to the optimal design, with the weight range
 * of each vertex: design j beats its right-hand neighbour k for q above
 * (EN0_j − EN0_k) / ((EN0_j − EN0_k) + (n_k − n_j)).
 */
function admissibleDesigns(candidates: readonly SimonDesign[], optimal: SimonDesign) {
  const points = candidates.filter((d) => d.n <= optimal.n);
  const hull: SimonDesign[] = [];
  for (const d of points) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2]!;
      const b = hull[hull.length - 1]!;
      // Drop b unless it lies strictly below the chord from a to d.
      const cross = (b.n - a.n) * (d.en0 - a.en0) - (b.en0 - a.en0) * (d.n - a.n);
      if (cross <= 0) hull.pop();
      else break;
    }
    hull.push(d);
  }
  const switchAt = (j: SimonDesign, k: SimonDesign): number => {
    const de = j.en0 - k.en0;
    return de / (de + (k.n - j.n));
  };
  return hull.map((d, i): AdmissibleDesign => ({
    ...d,
    qLow: i + 1 < hull.length ? switchAt(d, hull[i + 1]!) : 0,
    qHigh: i > 0 ? switchAt(hull[i - 1]!, d) : 1,
  }));
}

/**
 * Searches Simon two-stage designs: stop after stage 1 if responses ≤ r1 among n1; at the end
 * declare the treatment promising if responses > r among n. A design is feasible if its exact
 * type I error at p0 is ≤ `alpha` and its exact power at p1 is ≥ 1 − `beta`.
 *
 * Search space and ties, as in Simon (1989) and the order of clinfun::ph2simon's search:
 * 0 ≤ r1 < n1 < n ≤ nmax and r1 ≤ r ≤ r1 + n − n1. For each n, the design with the smallest
 * EN0 is kept (ties: smaller n1, then larger r1); for a given (n1, r1, n) the largest feasible r
 * is taken (the smallest type I error that still reaches the power). The minimax design has the
 * smallest n (ties broken by the smallest EN0, Simon 1989); the optimal one the smallest EN0
 * (ties: smaller n). Admissible designs (Jung et al. 2004) minimise q·n + (1 − q)·EN0 for
 * some q in [0, 1]: the vertices of the lower convex hull of (n, EN0) between minimax and
 * optimal; a design that wins only at a single q (collinear on the hull) is not listed. Unlike
 * clinfun, the constraints are not strict (≤ α, ≥ 1 − β), and r1 = −1 (no interim stop) is not
 * a two-stage design.
 *
 * Speed: binomial rows for every size are built once by Pascal's recurrence (Float64Array);
 * r1 is bounded by the stage-1 power; a feasible r exists for (n1, r1, n) iff the type I error
 * at the largest r that keeps the power is ≤ α (both fall as r rises), so only that r is
 * searched; for fixed (n1, r1) it never decreases with n (one more patient raises the power)
 * and rises by at most one per patient, so its search gallops up from the value left at a
 * smaller n; for fixed (n, n1) EN0 falls as r1 rises, so r1 is scanned downwards and dropped
 * once it cannot beat the best EN0 so far, and the previous n's best n1 is tried first to make
 * that bound tight; no n is tried below the smallest n at which even the most powerful
 * single-stage test (Neyman–Pearson, randomised) reaches the power.
 *
 * @example The widely reproduced example: p0 = 0.2, p1 = 0.4, α = 0.05, β = 0.2
 * ```ts
 * import { simonDesigns } from "./simon_designs.ts";
 * import { assertEquals, assertAlmostEquals } from "@std/assert";
 * const { optimal, minimax } = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 });
 * // Simon (1989), Table 1, row p0 = 0.20, p1 = 0.40, α = 0.05, β = 0.20
 * assertEquals([optimal.r1, optimal.n1, optimal.r, optimal.n], [3, 13, 12, 43]);
 * assertAlmostEquals(optimal.en0, 20.6, 0.05);
 * assertEquals([minimax.r1, minimax.n1, minimax.r, minimax.n], [4, 18, 10, 33]);
 * assertAlmostEquals(minimax.en0, 22.3, 0.05);
 * ```
 */
export function simonDesigns(options: SimonDesignOptions): SimonDesignResult {
  const { p0, p1, alpha, beta, nmax } = validateSimonOptions(options);
  const onProgress = options.onProgress;
  const progressAfterMs = options.progressAfterMs ?? 1000;
  if (!(progressAfterMs >= 0)) {
    throw new RangeError(`\`progressAfterMs\` must be a number ≥ 0, got ${progressAfterMs}`);
  }
  const started = performance.now();
  let lastReport = -Infinity;
  const total = (nmax * (nmax + 1) * (2 * nmax + 1)) / 6;

  const t0 = new BinomialTable(nmax, p0);
  const t1 = new BinomialTable(nmax, p1);
  const target = 1 - beta;

  // Largest r1 whose stage-1 continuation probability under p1 can still give the power.
  const r1max = new Int32Array(nmax + 1).fill(-1);
  for (let n1 = 1; n1 <= nmax; n1++) {
    let r1 = -1;
    while (r1 + 1 < n1 && t1.upper[offset(n1) + r1 + 1]! >= target) r1++;
    r1max[n1] = r1;
  }
  // Per (n1, r1): the largest r meeting the power at the last n visited, a lower bound for
  // every larger n; −1 means not visited yet.
  const rPower = new Int32Array(offset(nmax + 1)).fill(-1);

  const candidates: SimonDesign[] = [];
  let seed = 0; // n1 of the previous n's best design, tried first to tighten the EN0 bound
  for (let n = smallestPossibleN(t0, t1, alpha, target); n <= nmax; n++) {
    let best: { r1: number; n1: number; r: number; en0: number; pet0: number } | undefined;
    // Scans r1 downwards for one n1 and keeps the first feasible design that beats `best` in
    // the order (EN0, n1, −r1); stops once r1 can no longer beat it.
    const scan = (n1: number): void => {
      const n2 = n - n1;
      for (let r1 = r1max[n1]!; r1 >= 0; r1--) {
        const pet0 = t0.lower[offset(n1) + r1]!;
        const en0 = n1 + (1 - pet0) * n2;
        if (best && (en0 > best.en0 || (en0 === best.en0 && n1 >= best.n1))) return;
        const key = offset(n1) + r1;
        const cap = r1 + n2;
        // Largest r with power ≥ target, galloping up from the bound left at a smaller n.
        let rb = Math.max(rPower[key]!, r1); // power(r1) = P(X1 > r1) ≥ target
        let step = 1;
        while (rb + step <= cap && reject(t1, n1, r1, rb + step, n2) >= target) {
          rb += step;
          step *= 2;
        }
        let fails = Math.min(rb + step, cap + 1);
        while (fails - rb > 1) {
          const mid = (rb + fails) >>> 1;
          if (reject(t1, n1, r1, mid, n2) >= target) rb = mid;
          else fails = mid;
        }
        rPower[key] = rb;
        // The type I error falls as r rises, so a feasible r exists iff the largest one is.
        if (reject(t0, n1, r1, rb, n2) <= alpha) {
          best = { r1, n1, r: rb, en0, pet0 };
          return;
        }
      }
    };
    if (seed > 0 && seed < n) scan(seed);
    for (let n1 = 1; n1 < n; n1++) if (n1 !== seed) scan(n1);
    if (best) {
      seed = best.n1;
      const n2 = n - best.n1;
      candidates.push({
        r1: best.r1,
        n1: best.n1,
        r: best.r,
        n,
        en0: best.en0,
        pet0: best.pet0,
        alpha: reject(t0, best.n1, best.r1, best.r, n2),
        power: reject(t1, best.n1, best.r1, best.r, n2),
      });
    }
    if (onProgress) {
      const now = performance.now();
      if (now - started >= progressAfterMs && (now - lastReport > 100 || n === nmax)) {
        lastReport = now;
        onProgress({ done: (n * (n + 1) * (2 * n + 1)) / 6, total, n, elapsedMs: now - started });
      }
    }
  }

  if (candidates.length === 0) {
    throw new RangeError(
      `No two-stage design with n ≤ \`nmax\` = ${nmax} has type I error ≤ ${alpha} at p0 = ${p0} ` +
        `and power ≥ ${Number((1 - beta).toPrecision(12))} at p1 = ${p1}; ` +
        (nmax < SIMON_NMAX_CAP
          ? `try a larger \`nmax\` (at most ${SIMON_NMAX_CAP}).`
          : `${SIMON_NMAX_CAP} is the largest \`nmax\` searched: relax \`alpha\` or \`beta\`, ` +
            "or widen the gap between `p0` and `p1`."),
    );
  }
  const minimax = candidates[0]!;
  let optimal = minimax;
  for (const d of candidates) if (d.en0 < optimal.en0) optimal = d;
  return displayAs(`Simon two-stage designs`, {
    method: "simon-two-stage",
    p0,
    p1,
    alpha,
    beta,
    nmax,
    optimal,
    minimax,
    admissible: admissibleDesigns(candidates, optimal),
    candidates,
  });
}
