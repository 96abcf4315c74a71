/**
 * Probability distributions used across the numerical core: normal, Student t, chi-square, F,
 * beta and binomial. One tight family; every other module in `lib/stats/` gets its
 * distribution functions from here, so accuracy work happens in one place.
 *
 * Conventions: `*Cdf` is P(X ≤ x); `*Sf` is the upper tail P(X > x), computed directly (not as
 * 1 − cdf) so that small tails keep their relative accuracy; `*Quantile(p)` is the inverse of
 * the cdf. Arguments outside a function's domain throw a `RangeError` naming the argument.
 *
 * Accuracy (checked against mpmath at 50 digits, `tests/fixtures/binomial.json`): about
 * 1e-14 relative or better for the normal, beta, binomial, chi-square and Student t functions
 * over the ranges tested (binomial n ≤ 100 000, t with 1 to 100 000 df, beta parameters 0.1 to
 * 100 000), including far tails down to 1e-300; binomial probabilities near 1e-300 about
 * 2e-13 (the argument of exp is itself about −690).
 *
 * How:
 * - Normal: Φ by its Taylor series near 0 and by the continued fraction of Mills' ratio in
 *   the tails (Marsaglia 2004), with exp(−x²/2) evaluated from an exact split of x²; the
 *   quantile by a rational starting value (Abramowitz & Stegun 26.2.23) polished with Halley
 *   steps on that Φ.
 * - Beta and binomial: the continued fraction for the regularized incomplete beta function
 *   (Abramowitz & Stegun 26.5.8) evaluated by the modified Lentz method, always on the side
 *   where it converges fast, so the smaller tail is computed directly. Its prefactor
 *   xᵃ(1−x)ᵇ/B(a, b) is computed by Loader's saddle-point form (Stirling error and deviance
 *   `bd0`), which keeps full relative accuracy for large a and b where exp(a log x + …)
 *   would lose digits to cancellation. Where the continued fraction is ill-conditioned (x near
 *   the mean with one parameter large and the other small), the other tail is summed by the
 *   series of positive terms (A&S 26.5.23) and complemented. Quantiles: Newton steps on the log of the smaller tail,
 *   kept inside a shrinking bracket (bisection when a step leaves it).
 * - Chi-square: regularized incomplete gamma by series below the mean and continued fraction
 *   above it, with the same saddle-point prefactor.
 * - Student t: through the incomplete beta function, with both x and 1 − x formed exactly.
 * - F: through the incomplete beta function at z = d₁x/(d₁x + d₂), with z and 1 − z formed
 *   exactly (A&S 26.6.2).
 *
 * References:
 * - Abramowitz, M., and I. A. Stegun, eds. 1964. Handbook of Mathematical Functions. National
 *   Bureau of Standards, Applied Mathematics Series 55. Formulas 26.2.23, 26.5.8, 26.5.22.
 * - Marsaglia, G. 2004. "Evaluating the normal distribution." Journal of Statistical Software
 *   11 (4): 1–11. doi:10.18637/jss.v011.i04
 * - Loader, C. 2000. "Fast and accurate computation of binomial probabilities." Technical
 *   note (AT&T Bell Laboratories); the algorithm of R's `dbinom`.
 * - Lentz, W. J. 1976. "Generating Bessel functions in Mie scattering calculations using
 *   continued fractions." Applied Optics 15 (3): 668–671. doi:10.1364/AO.15.000668
 * - DiDonato, A. R., and A. H. Morris. 1992. "Algorithm 708: Significant digit computation of
 *   the incomplete beta function ratios." ACM Transactions on Mathematical Software 18 (3):
 *   360–373. doi:10.1145/131766.131776 (the two-tail, x-and-y interface used here).
 *
 * @module
 */

const LN_SQRT_2PI = 0.9189385332046727; // log(sqrt(2π))
const SQRT_2PI = 2.5066282746310002;
const EPS = 2.220446049250313e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 200_000;

function requireNumber(name: string, v: number): void {
  if (typeof v !== "number" || Number.isNaN(v)) {
    throw new RangeError(`\`${name}\` must be a number, got ${v}`);
  }
}

function requireProbability(name: string, p: number): void {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new RangeError(`\`${name}\` must be a probability in [0, 1], got ${p}`);
  }
}

function requirePositive(name: string, v: number): void {
  if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) {
    throw new RangeError(`\`${name}\` must be a positive finite number, got ${v}`);
  }
}

function requireCount(name: string, v: number): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    throw new RangeError(`\`${name}\` must be an integer ≥ 0, got ${v}`);
  }
}

function requireWholeNumber(name: string, v: number): void {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new RangeError(`\`${name}\` must be an integer, got ${v}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Normal

/** exp(−x²/2) with x² split exactly, so the result keeps full relative accuracy for |x| ≫ 1. */
function expHalfSquare(x: number): number {
  const hi = Math.trunc(x * 16) / 16;
  const lo = x - hi;
  return Math.exp(-0.5 * hi * hi) * Math.exp(-0.5 * lo * (x + hi));
}

/** Standard normal density φ(x). */
function normalPdf(x: number): number {
  return expHalfSquare(x) / SQRT_2PI;
}

/** Lower tail Φ(x) for x ≤ 0, with full relative accuracy. */
function normalLowerTail(x: number): number {
  const z = -x;
  if (z > 38.5) return 0; // below the smallest subnormal
  if (z < 1) return 0.5 + normalCentral(x);
  // Mills' ratio R(z) = 1/(z + 1/(z + 2/(z + 3/(z + …)))), modified Lentz.
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < MAX_ITERATIONS; k++) {
    d = z + k * d;
    d = d === 0 ? 1 / TINY : 1 / d;
    c = z + k / c;
    if (c === 0) c = TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return normalPdf(z) / f;
}

/** Standard normal cumulative distribution function Φ(x). */
export function normalCdf(x: number): number {
  requireNumber("x", x);
  return x <= 0 ? normalLowerTail(x) : 1 - normalLowerTail(-x);
}

/** Standard normal upper tail 1 − Φ(x), accurate in the far tail. */
export function normalSf(x: number): number {
  requireNumber("x", x);
  return x >= 0 ? normalLowerTail(-x) : 1 - normalLowerTail(x);
}

/** Φ(x) − ½ = φ(x)(x + x³/3 + x⁵/15 + …) for |x| < 1, without forming Φ (Marsaglia 2004). */
function normalCentral(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let k = 3; Math.abs(term) > EPS * Math.abs(sum) * 0.5; k += 2) {
    term *= x2 / k;
    sum += term;
  }
  return normalPdf(x) * sum;
}

/** Φ⁻¹(p) for 0 < p ≤ 1/2: rational start (A&S 26.2.23), then Halley steps on Φ. */
function normalLowerQuantile(p: number): number {
  if (p > 0.25) {
    // Near the centre solve Φ(x) − ½ = p − ½ (exact for p ∈ [¼, ½]), keeping x's relative
    // accuracy as x → 0. Start from the first terms of the series.
    const target = p - 0.5;
    let x = target * SQRT_2PI;
    for (let i = 0; i < 8; i++) {
      const u = (normalCentral(x) - target) / normalPdf(x);
      const step = u / (1 + 0.5 * x * u);
      x -= step;
      if (Math.abs(step) <= 2 * EPS * Math.abs(x)) break;
    }
    return x;
  }
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + t * (0.802853 + t * 0.010328)) /
      (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
  for (let i = 0; i < 8; i++) {
    const u = (normalLowerTail(Math.min(x, 0)) - p) / normalPdf(x);
    const step = u / (1 + 0.5 * x * u);
    if (!Number.isFinite(step)) break;
    x -= step;
    if (Math.abs(step) <= 2 * EPS * Math.abs(x)) break;
  }
  return Math.min(x, 0);
}

/** Standard normal quantile Φ⁻¹(p). */
export function normalQuantile(p: number): number {
  requireProbability("p", p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  return p < 0.5 ? normalLowerQuantile(p) : -normalLowerQuantile(1 - p);
}

// ---------------------------------------------------------------------------------------------
// Log-gamma, Stirling error and deviance (Loader 2000)

/**
 * Stirling series Σ B₂ₖ / (2k(2k − 1) z²ᵏ⁻¹), k = 1…10: log Γ(z) − ((z − ½) log z − z + log √(2π)).
 * For z ≥ 10 the first omitted term is below 2e-20.
 */
function stirlingSeries(z: number): number {
  const r = 1 / z;
  const r2 = r * r;
  const coefficients = [
    1 / 12,
    -1 / 360,
    1 / 1260,
    -1 / 1680,
    1 / 1188,
    -691 / 360360,
    1 / 156,
    -3617 / 122400,
    43867 / 244188,
    -174611 / 125400,
  ];
  let sum = 0;
  for (let k = coefficients.length - 1; k >= 0; k--) sum = coefficients[k]! + r2 * sum;
  return r * sum;
}

/**
 * Stirling error δ(s) at s = ½, 1, 3/2, …, 10 (index 2s − 1), from mpmath 1.2.1 at 40 digits
 * (δ(s) = log Γ(s + 1) − (s + ½) log s + s − log √(2π)). Tabulated because the defining
 * difference loses digits to cancellation; R's `stirlerr` does the same (Loader 2000).
 */
const STIRLING_ERROR_HALVES = [
  0.15342640972002736,
  0.08106146679532726,
  0.05481412105191765,
  0.0413406959554093,
  0.03316287351993629,
  0.02767792568499834,
  0.023746163656297496,
  0.020790672103765093,
  0.018488450532673187,
  0.016644691189821193,
  0.015134973221917378,
  0.013876128823070748,
  0.012810465242920227,
  0.01189670994589177,
  0.011104559758206917,
  0.010411265261972096,
  0.009799416126158804,
  0.009255462182712733,
  0.008768700134139386,
  0.00833056343336287,
];

/** 0!, 1!, …, 9!: exact in double precision. */
const FACTORIALS: number[] = [1];
for (let k = 1; k < 10; k++) FACTORIALS.push(FACTORIALS[k - 1]! * k);

function logGammaUnchecked(z: number): number {
  if (Number.isInteger(z) && z < 10) return Math.log(FACTORIALS[z - 1]!);
  if (z >= 10) return (z - 0.5) * Math.log(z) - z + LN_SQRT_2PI + stirlingSeries(z);
  if (Number.isInteger(2 * z)) {
    // Half-integers from the tabulated Stirling error: log Γ(s + 1) with s = z − 1.
    if (z === 0.5) return logGammaUnchecked(1.5) + Math.LN2;
    const s = z - 1;
    return STIRLING_ERROR_HALVES[2 * s - 1]! + (s + 0.5) * Math.log(s) - s + LN_SQRT_2PI;
  }
  // Recurrence up to 10: Γ(z) = Γ(z + k) / (z (z + 1) … (z + k − 1)).
  let product = 1;
  let w = z;
  while (w < 10) product *= w++;
  return logGammaUnchecked(w) - Math.log(product);
}

/**
 * Stirling error δ(s) = log Γ(s + 1) − (s + ½) log s + s − log √(2π), for s > 0, as in
 * Loader (2000): the series from 10, the table at half-integers below, the definition
 * otherwise.
 */
function stirlerr(s: number): number {
  if (s >= 10) return stirlingSeries(s);
  if (Number.isInteger(2 * s)) return STIRLING_ERROR_HALVES[2 * s - 1]!;
  return logGammaUnchecked(s + 1) - (s + 0.5) * Math.log(s) + s - LN_SQRT_2PI;
}

/** Deviance term bd0(x, m) = x log(x/m) + m − x, by its series when x ≈ m (Loader 2000). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const next = sum + ej / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * Γ(m+1)/(Γ(s+1)Γ(m−s+1)) pˢ q^(m−s) for real 0 ≤ s ≤ m, q = 1 − p given separately: the
 * binomial probability extended to real arguments, with full relative accuracy (Loader 2000).
 */
function binomialKernel(s: number, m: number, p: number, q: number): number {
  if (s === 0) return m === 0 ? 1 : Math.exp(m * (q < 0.5 ? Math.log(q) : Math.log1p(-p)));
  if (s === m) return Math.exp(m * (p < 0.5 ? Math.log(p) : Math.log1p(-q)));
  if (p === 0 || q === 0) return 0;
  const lc = stirlerr(m) - stirlerr(s) - stirlerr(m - s) - bd0(s, m * p) - bd0(m - s, m * q);
  const lf = Math.log(2 * Math.PI) + Math.log(s) + Math.log1p(-s / m);
  return Math.exp(lc - 0.5 * lf);
}

/** xᵃ yᵇ / B(a, b) with y = 1 − x given separately, to full relative accuracy. */
function betaKernel(a: number, b: number, x: number, y: number): number {
  if (x === 0 || y === 0) return 0;
  if (b > 1) return binomialKernel(a, a + b - 1, x, y) * y * a;
  if (a > 1) return binomialKernel(b, a + b - 1, y, x) * x * b;
  // Both ≤ 1: no large terms, the direct form is accurate.
  return Math.exp(
    a * Math.log(x) + b * Math.log(y) - logGammaUnchecked(a) - logGammaUnchecked(b) +
      logGammaUnchecked(a + b),
  );
}

// ---------------------------------------------------------------------------------------------
// Regularized incomplete beta

/** Continued fraction of A&S 26.5.8 for I_x(a, b) · a / (xᵃ yᵇ / B(a, b)), modified Lentz. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const apb = a + b;
  let c = 1;
  let d = 1 - (apb * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step: m (b − m) x / ((a + 2m − 1)(a + 2m)).
    let coefficient = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step: −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    coefficient = -((a + m) * (apb + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  return h;
}

/**
 * I_v(p, q) by its series of positive terms, I_v(p, q) = vᵖ wᑫ / (p B(p, q)) ·
 * Σₖ (p + q)ₖ / (p + 1)ₖ · vᵏ (A&S 26.5.23 with 15.1.1), w = 1 − v. Accurate to a few ulps
 * whatever the parameters; its cost grows with v (p + q) − p, so it is used only where the
 * continued fraction is ill-conditioned and this sum is short. Returns NaN if it does not
 * converge within `maxTerms`.
 */
function betaSeries(v: number, w: number, p: number, q: number, maxTerms: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((p + q + k) / (p + 1 + k)) * v;
    term *= ratio;
    sum += term;
    // Terms decrease from here on with ratio at most `ratio`: the rest is below term·r/(1 − r).
    if (ratio < 1 && term * ratio < 0.25 * EPS * sum * (1 - ratio)) {
      return (betaKernel(p, q, v, w) / p) * sum;
    }
  }
  return NaN;
}

/**
 * Both tails of the Beta(a, b) distribution at x, with y = 1 − x passed separately so that
 * neither loses precision: `[I_x(a, b), 1 − I_x(a, b)]`. The tail on which the continued
 * fraction converges (x below (a + 1)/(a + b + 2), else the mirror) is computed directly and
 * the other as its complement. The continued fraction loses about log₁₀ A digits, where
 * A = (a + 1)/((a + 1) − x(a + b)) grows as x nears the mean — badly so when one parameter is
 * large and the other small (Student t with many degrees of freedom). There, when it is
 * cheaper in error, the other tail is summed by the positive series and complemented instead
 * (error about ε / tail).
 */
function betaTails(x: number, y: number, a: number, b: number): [number, number] {
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  const lowerDirect = x < (a + 1) / (a + b + 2);
  // Orient: v is the variable of the directly computed tail, with parameters (p, q).
  const [v, w, p, q] = lowerDirect ? [x, y, a, b] : [y, x, b, a];
  let tail = (betaKernel(p, q, v, w) * betaContinuedFraction(p, q, v)) / p;
  const amplification = (p + 1) / (p + 1 - v * (p + q));
  if (amplification > 1024 && w < 0.95) {
    const peak = (w * (p + q) - q - 1) / v; // where the series' terms stop growing
    if (peak < 20_000) {
      const other = betaSeries(w, v, q, p, 40_000);
      if (1 - other > 1 / amplification) tail = 1 - other;
    }
  }
  return lowerDirect ? [tail, 1 - tail] : [1 - tail, tail];
}

/**
 * The Beta(a, b) quantile as the pair (x, 1 − x), each with full relative accuracy.
 * `lower` and `upper` are the target tails (lower + upper = 1, each exact in floating point
 * as given by the caller). Newton steps on the log of the smaller tail, in whichever of x or
 * 1 − x is the smaller, inside a bracket that shrinks at every step.
 */
function betaQuantilePair(lower: number, upper: number, a: number, b: number): [number, number] {
  if (lower <= 0) return [0, 1];
  if (upper <= 0) return [1, 0];
  const half = betaTails(0.5, 0.5, a, b)[0];
  // Solve in v = x when the quantile is below 1/2, in v = 1 − x otherwise (symmetry).
  const flip = lower > half;
  const [pa, pb] = flip ? [b, a] : [a, b];
  const [pLower, pUpper] = flip ? [upper, lower] : [lower, upper];
  // Now find v ≤ 1/2 with I_v(pa, pb) = pLower; match the smaller of the two tails.
  const useLower = pLower <= pUpper;
  const logTarget = Math.log(useLower ? pLower : pUpper);
  let lo = 0;
  let hi = 0.5;
  let v = initialBetaGuess(pLower, pUpper, pa, pb);
  // The leading term underflows: the quantile is below the smallest positive double.
  if (v === 0 && pLower < 1e-8) return flip ? [1, 0] : [0, 1];
  if (!(v > lo && v < hi)) v = 0.25;
  for (let i = 0; i < 400; i++) {
    const w = 1 - v;
    const [tl, tu] = betaTails(v, w, pa, pb);
    const tail = useLower ? tl : tu;
    // g(v) = log(tail) − log(target); the lower tail increases with v, the upper decreases.
    const g = Math.log(tail) - logTarget;
    const increasing = useLower;
    if (g === 0) break;
    if ((g < 0) === increasing) lo = v;
    else hi = v;
    const density = betaKernel(pa, pb, v, w) / (v * w);
    const slope = (increasing ? density : -density) / tail;
    let next = v - g / slope;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = lo === 0 ? hi / 64 : hi / lo > 16 ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
    }
    const converged = Math.abs(next - v) <= 4 * EPS * v || hi - lo <= 4 * EPS * hi;
    v = next;
    if (converged) break;
  }
  return flip ? [1 - v, v] : [v, 1 - v];
}

/** Starting value for the beta quantile (A&S 26.5.22 when a, b ≥ 1; power law otherwise). */
function initialBetaGuess(lower: number, upper: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const z = lower < 0.5 ? -normalQuantile(lower) : normalQuantile(upper); // upper-tail deviate
    const lambda = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(h + lambda)) / h -
      (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * h));
    const guess = a / (a + b * Math.exp(2 * w));
    if (guess > 0 && guess < 1) return guess;
  }
  // Leading term of the series at 0: I_x(a, b) ≈ xᵃ / (a B(a, b)).
  const logBeta = logGammaUnchecked(a) + logGammaUnchecked(b) - logGammaUnchecked(a + b);
  return Math.exp((Math.log(lower) + Math.log(a) + logBeta) / a);
}

/** Regularized incomplete beta function I_x(a, b): the Beta(a, b) cdf at `x`. */
export function betaCdf(x: number, a: number, b: number): number {
  requireNumber("x", x);
  requirePositive("a", a);
  requirePositive("b", b);
  return betaTails(x, 1 - x, a, b)[0];
}

/** Beta(a, b) upper tail 1 − I_x(a, b), computed directly (accurate when it is small). */
export function betaSf(x: number, a: number, b: number): number {
  requireNumber("x", x);
  requirePositive("a", a);
  requirePositive("b", b);
  return betaTails(x, 1 - x, a, b)[1];
}

/** Beta(a, b) density at `x` (0 outside [0, 1]; the limit at an endpoint, possibly ∞). */
export function betaPdf(x: number, a: number, b: number): number {
  requireNumber("x", x);
  requirePositive("a", a);
  requirePositive("b", b);
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? b : 0;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? a : 0;
  return betaKernel(a, b, x, 1 - x) / (x * (1 - x));
}

/** Beta(a, b) quantile: the `x` with I_x(a, b) = p. */
export function betaQuantile(p: number, a: number, b: number): number {
  requireProbability("p", p);
  requirePositive("a", a);
  requirePositive("b", b);
  return betaQuantilePair(p, 1 - p, a, b)[0];
}

/**
 * Beta(a, b) upper quantile: the `x` with 1 − I_x(a, b) = q. Use it instead of
 * `betaQuantile(1 - q, …)` when q is small: 1 − q would discard q's low-order digits.
 */
export function betaQuantileUpper(q: number, a: number, b: number): number {
  requireProbability("q", q);
  requirePositive("a", a);
  requirePositive("b", b);
  return betaQuantilePair(1 - q, q, a, b)[0];
}

// ---------------------------------------------------------------------------------------------
// Student t

/** Both tails of Student t at t: [P(T ≤ t), P(T > t)]. */
function studentTTails(t: number, df: number): [number, number] {
  if (t === 0) return [0.5, 0.5];
  if (!Number.isFinite(t)) return t > 0 ? [1, 0] : [0, 1];
  // x = df/(df + t²) and y = t²/(df + t²), each formed without cancellation.
  const r = Math.abs(t) / Math.sqrt(df);
  let x: number;
  let y: number;
  if (r > 1) {
    const s = 1 / r;
    x = (s * s) / (1 + s * s);
    y = 1 / (1 + s * s);
  } else {
    x = 1 / (1 + r * r);
    y = (r * r) / (1 + r * r);
  }
  const far = 0.5 * betaTails(x, y, df / 2, 0.5)[0]; // P(T > |t|)
  return t < 0 ? [far, 1 - far] : [1 - far, far];
}

/** Student t cumulative distribution function with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  requireNumber("x", x);
  requirePositive("df", df);
  return studentTTails(x, df)[0];
}

/** Student t upper tail P(T > x) with `df` degrees of freedom, computed directly. */
export function studentTSf(x: number, df: number): number {
  requireNumber("x", x);
  requirePositive("df", df);
  return studentTTails(x, df)[1];
}

/** Student t quantile with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  requireProbability("p", p);
  requirePositive("df", df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p); // one-sided tail; P(|T| > t) = 2·tail
  // y = t²/(df + t²) ~ Beta(1/2, df/2); x = 1 − y ~ Beta(df/2, 1/2): I_x(df/2, 1/2) = 2·tail.
  const [x, y] = betaQuantilePair(2 * tail, 1 - 2 * tail, df / 2, 0.5);
  const t = Math.sqrt(df) * Math.sqrt(y) / Math.sqrt(x);
  return p < 0.5 ? -t : t;
}

// ---------------------------------------------------------------------------------------------
// Chi-square (regularized incomplete gamma)

/** Poisson-type kernel xᵃ e⁻ˣ / Γ(a + 1) with full relative accuracy (Loader 2000). */
function gammaKernel(a: number, x: number): number {
  if (x === 0) return 0;
  return Math.exp(-stirlerr(a) - bd0(a, x)) / Math.sqrt(2 * Math.PI * a);
}

/** Both tails [P(a, x), Q(a, x)] of the regularized incomplete gamma function. */
function gammaTails(a: number, x: number): [number, number] {
  if (x <= 0) return [0, 1];
  if (x === Infinity) return [1, 0];
  if (x < a + 1) {
    // P(a, x) = xᵃe⁻ˣ/Γ(a+1) · Σ xᵏ / ((a+1)…(a+k)).
    let term = 1;
    let sum = 1;
    for (let k = 1; k < MAX_ITERATIONS; k++) {
      term *= x / (a + k);
      sum += term;
      if (term < EPS * sum) break;
    }
    const lower = gammaKernel(a, x) * sum;
    return [lower, 1 - lower];
  }
  // Q(a, x) = a · xᵃe⁻ˣ/Γ(a+1) · 1/(x+1−a − 1(1−a)/(x+3−a − 2(2−a)/(x+5−a − …))), Lentz.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let k = 1; k < MAX_ITERATIONS; k++) {
    const an = -k * (k - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const upper = a * gammaKernel(a, x) * h;
  return [1 - upper, upper];
}

/** Chi-square cumulative distribution function P(X ≤ x) with `df` degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  requireNumber("x", x);
  requirePositive("df", df);
  return gammaTails(df / 2, x / 2)[0];
}

/** Chi-square upper tail P(X > x) with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  requireNumber("x", x);
  requirePositive("df", df);
  return gammaTails(df / 2, x / 2)[1];
}

// ---------------------------------------------------------------------------------------------
// F (Fisher–Snedecor), through the incomplete beta function

/** Both tails of F(df1, df2) at x: [P(F ≤ x), P(F > x)]. */
function fTails(x: number, df1: number, df2: number): [number, number] {
  if (x <= 0) return [0, 1];
  if (x === Infinity) return [1, 0];
  // z = df1·x/(df1·x + df2) ~ Beta(df1/2, df2/2); z and 1 − z each formed without cancellation.
  const u = df1 * x;
  const z = u / (u + df2);
  const w = df2 / (u + df2);
  return betaTails(z, w, df1 / 2, df2 / 2);
}

/**
 * F distribution cumulative distribution function P(F ≤ x) with `df1` and `df2` degrees of
 * freedom (numerator, denominator).
 */
export function fCdf(x: number, df1: number, df2: number): number {
  requireNumber("x", x);
  requirePositive("df1", df1);
  requirePositive("df2", df2);
  return fTails(x, df1, df2)[0];
}

/**
 * F distribution upper tail P(F > x) with `df1` and `df2` degrees of freedom, computed
 * directly (the p-value of an F test).
 */
export function fSf(x: number, df1: number, df2: number): number {
  requireNumber("x", x);
  requirePositive("df1", df1);
  requirePositive("df2", df2);
  return fTails(x, df1, df2)[1];
}

// ---------------------------------------------------------------------------------------------
// Gamma function and binomial

/** Natural logarithm of the gamma function, for x > 0. */
export function logGamma(x: number): number {
  requirePositive("x", x);
  return logGammaUnchecked(x);
}

/** log C(n, k). */
export function logChoose(n: number, k: number): number {
  requireNumber("n", n);
  requireNumber("k", k);
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  return logGammaUnchecked(n + 1) - logGammaUnchecked(k + 1) - logGammaUnchecked(n - k + 1);
}

/** Binomial probability mass P(X = k) for X ~ Bin(n, p), to full relative accuracy. */
export function binomialPmf(k: number, n: number, p: number): number {
  requireWholeNumber("k", k);
  requireCount("n", n);
  requireProbability("p", p);
  if (k < 0 || k > n) return 0;
  return binomialKernel(k, n, p, 1 - p);
}

/** Binomial lower tail P(X ≤ k) for X ~ Bin(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  requireWholeNumber("k", k);
  requireCount("n", n);
  requireProbability("p", p);
  if (k < 0) return 0;
  if (k >= n) return 1;
  // P(X ≤ k) = 1 − I_p(k + 1, n − k).
  return betaTails(p, 1 - p, k + 1, n - k)[1];
}

/** Binomial upper tail P(X ≥ k) for X ~ Bin(n, p). */
export function binomialUpper(k: number, n: number, p: number): number {
  requireWholeNumber("k", k);
  requireCount("n", n);
  requireProbability("p", p);
  if (k <= 0) return 1;
  if (k > n) return 0;
  // P(X ≥ k) = I_p(k, n − k + 1).
  return betaTails(p, 1 - p, k, n - k + 1)[0];
}
