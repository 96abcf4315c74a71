import { assert, assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import { betaPosterior, type BetaPrior } from "../../lib/stats/beta_posterior.ts";
import { binomialCI } from "../../lib/stats/binomial_ci.ts";

Deno.test("uniform prior, x = n: Beta(n + 1, 1) has closed-form cdf pⁿ⁺¹", () => {
  // Beta(a, 1): F(p) = pᵃ, quantile q^(1/a); mean a/(a + 1); mode 1.
  const post = betaPosterior(14, 14, { prior: "uniform" });
  assertEquals([post.a, post.b, post.mode], [15, 1, 1]);
  assertAlmostEquals(post.mean, 15 / 16, 1e-16);
  assertAlmostEquals(post.median, Math.pow(0.5, 1 / 15), 1e-15);
  assertAlmostEquals(post.lower, Math.pow(0.025, 1 / 15), 1e-15);
  assertAlmostEquals(post.upper, Math.pow(0.975, 1 / 15), 1e-15);
  assertAlmostEquals(post.probabilityAbove(0.8), 1 - Math.pow(0.8, 15), 1e-15);
});

Deno.test("Jeffreys prior (default): the credible interval is the Jeffreys interval for 0 < x < n", () => {
  // Brown, Cai & DasGupta 2001: the Jeffreys interval is the equal-tailed Beta(x + ½,
  // n − x + ½) interval (modified only at x = 0 and x = n).
  for (const [x, n] of [[1, 14], [4, 14], [300, 1000], [30_000, 100_000]]) {
    const post = betaPosterior(x!, n!);
    const ci = binomialCI(x!, n!, { method: "jeffreys" });
    assertEquals([post.a, post.b, post.lower, post.upper], [
      x! + 0.5,
      n! - x! + 0.5,
      ci.lower,
      ci.upper,
    ]);
  }
  // At x = 0 the posterior keeps its lower quantile (no modification), unlike the CI.
  assert(betaPosterior(0, 14).lower > 0);
});

Deno.test("symmetric posterior: median ½, P(p > ½) = ½, mode ½", () => {
  // Prior Beta(2, 2), 5 of 10: posterior Beta(7, 7), symmetric about ½.
  const post = betaPosterior(5, 10, { prior: { a: 2, b: 2 } });
  assertEquals([post.a, post.b, post.mean, post.mode], [7, 7, 0.5, 0.5]);
  assertAlmostEquals(post.median, 0.5, 1e-15);
  assertAlmostEquals(post.probabilityAbove(0.5), 0.5, 1e-15);
  assertAlmostEquals(post.lower + post.upper, 1, 1e-15);
});

Deno.test("mode: (a − 1)/(a + b − 2) when a, b ≥ 1, undefined when the density is unbounded", () => {
  // Jeffreys at x = 0: Beta(½, n + ½) and at x = n: Beta(n + ½, ½) are unbounded at an end.
  assertEquals(betaPosterior(0, 14).mode, undefined);
  assertEquals(betaPosterior(14, 14).mode, undefined);
  // Prior Beta(½, 1) after 1 of 1: Beta(3/2, 1), density (3/2)√p, maximal at 1.
  assertEquals(betaPosterior(1, 1, { prior: { a: 0.5, b: 1 } }).mode, 1);
  // Uniform prior, 3 of 14: Beta(4, 12), mode 3/14 (the maximum-likelihood estimate).
  assertAlmostEquals(betaPosterior(3, 14, { prior: "uniform" }).mode!, 3 / 14, 1e-16);
});

Deno.test("betaPosterior rejects bad input, naming the argument and the value", () => {
  assertThrows(() => betaPosterior(3, 2), RangeError, "`x`");
  assertThrows(() => betaPosterior(1, 0), RangeError, "`n` must be an integer ≥ 1, got 0");
  assertThrows(
    () => betaPosterior(1, 5, { level: 1 }),
    RangeError,
    "`level` must be in (0, 1), got 1",
  );
  assertThrows(
    () => betaPosterior(1, 5, { prior: "flat" as BetaPrior }),
    RangeError,
    '`prior` must be "jeffreys", "uniform" or { a, b } with a, b > 0, got "flat"',
  );
  assertThrows(
    () => betaPosterior(1, 5, { prior: { a: 0, b: 1 } }),
    RangeError,
    "`prior.a` must be > 0, got 0",
  );
  assertThrows(
    () => betaPosterior(1, 5, { prior: { a: 1, b: -2 } }),
    RangeError,
    "`prior.b` must be > 0, got -2",
  );
  assertThrows(() => betaPosterior(1, 5, { prior: { a: NaN, b: 1 } }), RangeError, "`prior.a`");
  const post = betaPosterior(1, 5);
  assertThrows(
    () => post.probabilityAbove(1.2),
    RangeError,
    "`threshold` must be in [0, 1], got 1.2",
  );
  assertThrows(() => post.probabilityAbove(NaN), RangeError, "`threshold`");
});
