/**
 * Bracketed root finding for the interval inversions of the two-arm comparisons (exact
 * conditional odds-ratio limits, score intervals). Private to `lib/stats/`.
 *
 * The algorithm is Brent's: inverse quadratic interpolation or secant steps, falling back to
 * bisection whenever a step would leave the bracket or shrink it too slowly, so it converges
 * at least as surely as bisection and usually superlinearly.
 *
 * Reference: Brent, R. P. 1973. Algorithms for Minimization without Derivatives, chapter 4
 * ("An algorithm with guaranteed convergence for finding a zero of a function"). Englewood
 * Cliffs, NJ: Prentice-Hall.
 *
 * @module
 */

const EPSILON = Number.EPSILON;

/**
 * A root of `f` in the bracket [`a`, `b`], where `f(a)` and `f(b)` have opposite signs (or one
 * is zero). Stops when the bracket is narrower than `2·ε·|x| + absTol` (ε = 2⁻⁵²), that is at
 * full double precision unless `absTol` asks for less. The values `fa`, `fb` may be passed when
 * already known (or when `f` cannot be evaluated at an end point but its sign there is known).
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  absTol = 0,
  fa: number = f(a),
  fb: number = f(b),
): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  if ((fa > 0) === (fb > 0)) {
    throw new RangeError(`brentRoot: f(${a}) = ${fa} and f(${b}) = ${fb} do not bracket a root`);
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 400; iteration++) {
    if ((fb > 0) === (fc > 0)) {
      // Keep the root between b (the best estimate) and c (the contrapoint).
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPSILON * Math.abs(b) + 0.5 * absTol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      d = m;
      e = m;
    } else {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s; // secant
        q = 1 - s;
      } else {
        const qa = fa / fc; // inverse quadratic interpolation through a, b, c
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
    fb = f(b);
  }
  return b;
}
