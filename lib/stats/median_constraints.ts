/**
 * What a reported n, minimum, median and maximum pin down exactly about a sample, and the
 * exact range of sample means they allow.
 *
 * Write the ordered sample x₍₁₎ ≤ … ≤ x₍ₙ₎, with x₍₁₎ = a (min), x₍ₙ₎ = b (max), median m.
 *
 * - n = 1: a = m = b, and the mean is m.
 * - n = 2: the median is the mean of the two observations, so m = (a + b)/2 and the mean is m.
 * - n = 3: the sample is {a, m, b}; the mean is (a + m + b)/3.
 * - n odd: the median is an observation, x₍ₖ₎ = m with k = (n + 1)/2. The other n − 3 values
 *   are free: k − 2 of them in [a, m], n − k − 1 in [m, b].
 * - n even: the median is the mean of the two middle values, x₍ₖ₎ + x₍ₖ₊₁₎ = 2m with k = n/2,
 *   a ≤ x₍ₖ₎ ≤ m ≤ x₍ₖ₊₁₎ ≤ b. The middle pair may spread around m (x₍ₖ₎ = m − d,
 *   x₍ₖ₊₁₎ = m + d) but its sum is fixed at 2m. The other n − 4 values are free: k − 2 in
 *   [a, x₍ₖ₎], k − 2 in [x₍ₖ₊₁₎, b]. For n = 4 there are none and the mean is exactly
 *   (a + 2m + b)/4 (Hozo et al.'s approximation is exact there).
 *
 * Extremal means (n ≥ 3). The sum is a + b + (the median term) + the free values, and each free
 * value moves alone within its interval, so the smallest sum puts every free value at the lower
 * end of its interval and the largest at the upper end. For n even the lower end of the upper
 * free values is x₍ₖ₊₁₎ = m + d, smallest when d = 0; the upper end of the lower free values is
 * m − d, largest when d = 0: spreading the middle pair never helps, and both extremes keep
 * x₍ₖ₎ = x₍ₖ₊₁₎ = m. Hence, with L = ⌈n/2⌉ − 1 values at a (counting x₍₁₎) and U = ⌊n/2⌋
 * values at m (counting the median term),
 *
 *   smallest mean = (L·a + U·m + b)/n,   largest mean = (a + U·m + L·b)/n,
 *
 * attained by the samples {a ×L, m ×U, b} and {a, m ×U, b ×L} (for n odd, L = U = (n − 1)/2;
 * for n even, L = n/2 − 1, U = n/2). The bounds are sharp over real-valued samples; data
 * recorded on a grid (integers, one decimal) reach them only if m lies on the grid.
 *
 * The derivation above is this module's own; the setting (estimating a mean from the median,
 * range and n, by bounding it between extreme samples) is that of Hozo, S. P., B. Djulbegovic,
 * and I. Hozo. 2005. "Estimating the mean and variance from the median, range, and the size of
 * a sample." BMC Medical Research Methodology 5: 13. doi:10.1186/1471-2288-5-13
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { requireFinite, requireInteger } from "./_validate.ts";

/** The input summary of {@linkcode medianConstraints}. */
export interface RangeSummary {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** What n, min, median and max pin down. */
export interface MedianConstraints {
  readonly input: RangeSummary;
  /** True when n is odd: the median is one of the observations. */
  readonly medianIsObservation: boolean;
  /** True when n ≤ 3: every observation is known (given by `knownSample`). */
  readonly sampleKnown: boolean;
  /** The whole ordered sample when n ≤ 3, else undefined. */
  readonly knownSample: readonly number[] | undefined;
  /** Number of observations left free by the summary (n − 3 for n odd ≥ 3, n − 4 for n even ≥ 4). */
  readonly freeObservations: number;
  /** Smallest possible sample mean. */
  readonly meanLower: number;
  /** Largest possible sample mean. */
  readonly meanUpper: number;
  /** An ordered sample attaining `meanLower`. */
  readonly lowerSample: readonly number[];
  /** An ordered sample attaining `meanUpper`. */
  readonly upperSample: readonly number[];
  /** One sentence on what the summary pins down. */
  readonly explanation: string;
}

function repeat(value: number, times: number): number[] {
  return Array.from({ length: times }, () => value);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * What a reported n, minimum, median and maximum pin down exactly, with the smallest and
 * largest sample means they allow and samples attaining them (see the module docs for the
 * derivation).
 *
 * @throws {RangeError} naming the field and its value: n not an integer ≥ 1, min > median,
 *   median > max, n = 1 with min ≠ max, or n = 2 with median ≠ (min + max)/2
 *
 * @example Ten patients (Boissel 2022, Table 3, baseline receptor density in blood)
 * ```ts
 * import { medianConstraints } from "./median_constraints.ts";
 * import { assertEquals } from "@std/assert";
 * const c = medianConstraints({ n: 10, min: 181, median: 11093.5, max: 76131 });
 * assertEquals(c.meanLower, (4 * 181 + 5 * 11093.5 + 76131) / 10);
 * assertEquals(c.meanUpper, (181 + 5 * 11093.5 + 4 * 76131) / 10);
 * assertEquals(c.medianIsObservation, false);
 * ```
 *
 * @example Three patients: the whole sample is known
 * ```ts
 * import { medianConstraints } from "./median_constraints.ts";
 * import { assertEquals } from "@std/assert";
 * const c = medianConstraints({ n: 3, min: 61.7, median: 63.99, max: 73.0 });
 * assertEquals(c.knownSample, [61.7, 63.99, 73.0]);
 * assertEquals(c.meanLower, c.meanUpper);
 * ```
 */
export function medianConstraints(summary: RangeSummary): MedianConstraints {
  const { n, min: a, median: m, max: b } = summary;
  requireInteger("n", n, 1);
  requireFinite("min", a);
  requireFinite("median", m);
  requireFinite("max", b);
  if (a > m) throw new RangeError(`\`min\` must be ≤ \`median\` (median = ${m}), got ${a}`);
  if (m > b) throw new RangeError(`\`median\` must be ≤ \`max\` (max = ${b}), got ${m}`);
  const input = { n, min: a, median: m, max: b };
  if (n === 1 && !(a === m && m === b)) {
    throw new RangeError(
      `\`max\` must equal \`min\` and \`median\` when n = 1 (min = ${a}, median = ${m}), got ${b}`,
    );
  }
  if (n === 2 && m !== (a + b) / 2) {
    throw new RangeError(
      `\`median\` must be (min + max)/2 = ${(a + b) / 2} when n = 2, got ${m}`,
    );
  }
  if (n <= 3) {
    const sample = n === 1 ? [m] : n === 2 ? [a, b] : [a, m, b];
    const exact = mean(sample);
    return {
      input,
      medianIsObservation: n !== 2,
      sampleKnown: true,
      knownSample: sample,
      freeObservations: 0,
      meanLower: exact,
      meanUpper: exact,
      lowerSample: sample,
      upperSample: sample,
      explanation: n === 2
        ? "n = 2: the two observations are the minimum and the maximum; the median is their mean."
        : `n = ${n}: the summary lists every observation, so the mean is known exactly.`,
    };
  }
  const odd = n % 2 === 1;
  const lower = Math.ceil(n / 2) - 1;
  const upper = Math.floor(n / 2);
  const lowerSample = [...repeat(a, lower), ...repeat(m, upper), b];
  const upperSample = [a, ...repeat(m, upper), ...repeat(b, lower)];
  const free = odd ? n - 3 : n - 4;
  return displayAs(`What n, median and range pin down (n = ${summary.n})`, {
    input,
    medianIsObservation: odd,
    sampleKnown: false,
    knownSample: undefined,
    freeObservations: free,
    meanLower: (lower * a + upper * m + b) / n,
    meanUpper: (a + upper * m + lower * b) / n,
    lowerSample,
    upperSample,
    explanation: odd
      ? `n = ${n} is odd: the median is observation ${(n + 1) / 2} of ${n}; ` +
        `${free} observations are free within [min, median] or [median, max].`
      : `n = ${n} is even: the median is the mean of observations ${n / 2} and ${n / 2 + 1}, ` +
        `which sum to ${2 * m}; ` +
        (free === 0
          ? "no observation is free, so the mean is known exactly."
          : `${free} observations are free; the extreme means put both middle values at the median.`),
  });
}
