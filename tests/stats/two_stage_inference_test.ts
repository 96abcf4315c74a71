/**
 * twoStageInference against an independent implementation. Reference values:
 * tests/fixtures/simon.json (`inference`), written by tests/fixtures/generate_simon.py
 * (Python 3.11.2, scipy 1.10.1: p-values from scipy.stats.binom, confidence limits by
 * scipy.optimize.brentq to rtol 8.9e-16, UMVUE from log-gamma weights, Clopper–Pearson from
 * scipy.stats.beta.ppf; versions recorded in the JSON). Every outcome of each design is
 * checked, including x = 0 at stage 1 and x = n at stage 2. The "koyama-chen" convention is
 * checked at the end of this file against its own fixture.
 */
import { assert, assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import { twoStageInference, type TwoStageOutcome } from "../../lib/stats/two_stage_inference.ts";
import type { TwoStageRule } from "../../lib/stats/two_stage_characteristics.ts";
import { simonDesigns } from "../../lib/stats/simon_designs.ts";

interface FixtureRow {
  stage: 1 | 2;
  x: number;
  pValue: number;
  umvue: number;
  mle: number;
  lower: number;
  upper: number;
  exactLower: number;
  exactUpper: number;
}
const fixture = JSON.parse(
  Deno.readTextFileSync(new URL("../fixtures/simon.json", import.meta.url)),
) as { inference: { design: TwoStageRule; p0: number; level: number; rows: FixtureRow[] }[] };

/** Tolerances, by kind (observed agreement ~3e-15). */
const TOL = {
  /** p-values and estimates: sums of binomial terms. */
  probability: 1e-13,
  /** Confidence limits: roots found to full precision on both sides. */
  limit: 1e-12,
};

for (const c of fixture.inference) {
  const { r1, n1, r, n } = c.design;
  Deno.test(`twoStageInference equals the reference: ${r1}/${n1}, ${r}/${n}, p0 = ${c.p0}`, () => {
    for (const row of c.rows) {
      const what = `stage ${row.stage}, x = ${row.x}`;
      const res = twoStageInference(c.design, { stage: row.stage, x: row.x }, {
        p0: c.p0,
        level: c.level,
      });
      assertAlmostEquals(res.pValue, row.pValue, TOL.probability, `${what}: p-value`);
      assertAlmostEquals(res.umvue, row.umvue, TOL.probability, `${what}: UMVUE`);
      assertAlmostEquals(res.naive.mle, row.mle, TOL.probability, `${what}: MLE`);
      assertAlmostEquals(res.ci.lower, row.lower, TOL.limit, `${what}: lower`);
      assertAlmostEquals(res.ci.upper, row.upper, TOL.limit, `${what}: upper`);
      assertAlmostEquals(res.naive.ci.lower, row.exactLower, TOL.limit, `${what}: CP lower`);
      assertAlmostEquals(res.naive.ci.upper, row.exactUpper, TOL.limit, `${what}: CP upper`);
    }
  });
}

Deno.test("twoStageInference: the extreme outcomes have the closed-form limits", () => {
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  // Stage-1 stop with 0 of 13: [0, 1 − 0.025^(1/13)] (Clopper–Pearson for x = 0).
  const low = twoStageInference(d, { stage: 1, x: 0 }, { p0: 0.2 });
  assertEquals(low.ci.lower, 0);
  assertAlmostEquals(low.ci.upper, 1 - 0.025 ** (1 / 13), 1e-15);
  assertEquals(low.pValue, 1);
  assertEquals(low.sampleSize, 13);
  // All 43 respond: lower limit solves P(X1 > 3, S = 43) = p^43 = 0.025.
  const high = twoStageInference(d, { stage: 2, x: 43 }, { p0: 0.2 });
  assertEquals(high.ci.upper, 1);
  assertAlmostEquals(high.ci.lower, 0.025 ** (1 / 43), 1e-15);
  assertAlmostEquals(high.pValue / 0.2 ** 43, 1, 1e-13); // relative: p0^43 ≈ 8.8e-31
  assertEquals(high.umvue, 1);
});

Deno.test("twoStageInference: the p-value at x = r + 1 is the design's exact type I error", () => {
  // Stage-wise ordering: P(X1 > r1, S ≥ r + 1 | p0) is the rejection probability under p0.
  const { optimal } = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 });
  const res = twoStageInference(optimal, { stage: 2, x: optimal.r + 1 }, { p0: 0.2 });
  assertAlmostEquals(res.pValue, optimal.alpha, 1e-14);
  assert(res.pValue <= 0.05);
  const below = twoStageInference(optimal, { stage: 2, x: optimal.r }, { p0: 0.2 });
  assert(below.pValue > 0.05);
});

Deno.test("twoStageInference: result carries its method and inputs", () => {
  const d = { r1: 6, n1: 11, r: 17, n: 24 };
  const res = twoStageInference(d, { stage: 2, x: 18 }, { p0: 0.6, level: 0.9 });
  assertEquals(res.method, "stage-wise-ordering");
  assertEquals(res.design, d);
  assertEquals(res.outcome, { stage: 2, x: 18 });
  assertEquals([res.p0, res.level, res.sampleSize], [0.6, 0.9, 24]);
});

Deno.test("twoStageInference: impossible outcomes and bad options throw naming the argument", () => {
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  const bad: [unknown, ErrorConstructor, string][] = [
    [{ stage: 1, x: 14 }, RangeError, "`outcome.x` must be at most n1 = 13 at stage 1, got 14"],
    [{ stage: 1, x: 4 }, RangeError, "`outcome.x` = 4 > r1 = 3 at stage 1 is impossible"],
    [{ stage: 2, x: 3 }, RangeError, "`outcome.x` = 3 ≤ r1 = 3 is impossible at stage 2"],
    [{ stage: 2, x: 44 }, RangeError, "`outcome.x` must be at most n = 43, got 44"],
    [{ stage: 3, x: 1 }, RangeError, "`outcome.stage` must be 1 or 2, got 3"],
    [{ stage: 1, x: -1 }, RangeError, "`outcome.x` must be an integer ≥ 0, got -1"],
    [{ stage: 1, x: 1.5 }, RangeError, "`outcome.x` must be an integer ≥ 0, got 1.5"],
    [null, TypeError, "`outcome` must be an object"],
  ];
  for (const [outcome, ErrorClass, message] of bad) {
    assertThrows(
      () => twoStageInference(d, outcome as TwoStageOutcome, { p0: 0.2 }),
      ErrorClass,
      message,
    );
  }
  const ok: TwoStageOutcome = { stage: 2, x: 13 };
  assertThrows(() => twoStageInference(d, ok, { p0: 1 }), RangeError, "`p0` must be in (0, 1)");
  assertThrows(
    () => twoStageInference(d, ok, { p0: 0.2, level: 95 }),
    RangeError,
    "`level` must be in (0, 1), got 95",
  );
  assertThrows(
    () => twoStageInference({ ...d, n1: 50 }, ok, { p0: 0.2 }),
    RangeError,
    "`design.n1` must be smaller than `design.n`",
  );
});

// ---- convention: "koyama-chen" ---------------------------------------------------------------
// Reference values: tests/fixtures/two_stage_conventions.json, written by
// tests/fixtures/generate_two_stage_conventions.py (mpmath, 50 digits: the limits solving
// P(at or above) = α/2 and = 1 − α/2; and clinfun's grid rule, R/ph2simon.R of
// veseshan/clinfun at commit 20f0338, re-typed: the smallest grid point k/10⁴ above the lower
// limit, the largest below the upper one).
interface ConventionRow {
  stage: 1 | 2;
  x: number;
  koyama_chen: { lower: number; upper: number | null };
  clinfun_grid: { lower: number | null; upper: number | null };
}
const conventions = JSON.parse(
  Deno.readTextFileSync(new URL("../fixtures/two_stage_conventions.json", import.meta.url)),
) as { cases: { design: TwoStageRule; p0: number; level: number; rows: ConventionRow[] }[] };

/** clinfun reads its limits off a grid of step 1e-4. */
const CLINFUN_GRID = 1e-4;

Deno.test("koyama-chen convention: the mpmath limits and clinfun's 1e-4 grid, every outcome", () => {
  let compared = 0;
  for (const c of conventions.cases) {
    for (const row of c.rows) {
      const what = `${c.design.r1}/${c.design.n1}, ${c.design.r}/${c.design.n} @${c.level}: ` +
        `stage ${row.stage}, x = ${row.x}`;
      const outcome = { stage: row.stage, x: row.x };
      const options = { p0: c.p0, level: c.level, convention: "koyama-chen" } as const;
      if (row.koyama_chen.upper === null) {
        // The lowest outcome: no upper limit (clinfun: NA).
        assertThrows(() => twoStageInference(c.design, outcome, options), RangeError, "NA");
        assertEquals(row.clinfun_grid, { lower: null, upper: null });
        continue;
      }
      const kc = twoStageInference(c.design, outcome, options);
      const exact = twoStageInference(c.design, outcome, { p0: c.p0, level: c.level });
      assertEquals(kc.convention, "koyama-chen");
      assertAlmostEquals(kc.ci.lower, row.koyama_chen.lower, TOL.limit, `${what}: lower`);
      assertAlmostEquals(kc.ci.upper, row.koyama_chen.upper, TOL.limit, `${what}: upper`);
      // Same lower limit as the exact convention, and an upper limit never above it.
      assertEquals(kc.ci.lower, exact.ci.lower, `${what}: lower vs exact`);
      assert(kc.ci.upper <= exact.ci.upper, `${what}: upper vs exact`);
      assertEquals([kc.pValue, kc.umvue], [exact.pValue, exact.umvue]);
      // clinfun: LCL the first grid point above the limit, UCL the last one below.
      const { lower: lcl, upper: ucl } = row.clinfun_grid;
      if (lcl !== null) {
        assert(lcl - CLINFUN_GRID < kc.ci.lower && kc.ci.lower <= lcl, `${what}: LCL ${lcl}`);
      }
      assert(ucl !== null);
      assert(ucl <= kc.ci.upper && kc.ci.upper < ucl + CLINFUN_GRID, `${what}: UCL ${ucl}`);
      compared++;
    }
  }
  assert(compared > 150, `${compared}`);
});

Deno.test("koyama-chen convention: the upper limit is the exact one of the outcome below", () => {
  // P(at or above x) = 1 − α/2 is P(at or below the outcome ranked just below x) = α/2.
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  const kc = (stage: 1 | 2, x: number) =>
    twoStageInference(d, { stage, x }, { p0: 0.2, convention: "koyama-chen" }).ci.upper;
  const exact = (stage: 1 | 2, x: number) =>
    twoStageInference(d, { stage, x }, { p0: 0.2 }).ci.upper;
  assertAlmostEquals(kc(1, 2), exact(1, 1), 1e-15);
  assertAlmostEquals(kc(2, 4), exact(1, 3), 1e-15); // the lowest stage-2 outcome
  assertAlmostEquals(kc(2, 20), exact(2, 19), 1e-15);
  // At x = n the upper limit is below 1: P(at or above n) = P(X1 > r1, all respond) < 1.
  assert(kc(2, 43) < 1);
});

Deno.test("convention: the default is exact, and an unknown convention is a RangeError", () => {
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  assertEquals(twoStageInference(d, { stage: 2, x: 14 }, { p0: 0.2 }).convention, "exact");
  assertThrows(
    () =>
      twoStageInference(d, { stage: 2, x: 14 }, {
        p0: 0.2,
        convention: "clinfun" as "exact",
      }),
    RangeError,
    '`convention` must be one of "exact", "koyama-chen", got "clinfun"',
  );
  assertThrows(
    () => twoStageInference(d, { stage: 1, x: 0 }, { p0: 0.2, convention: "koyama-chen" }),
    RangeError,
    '`convention` "koyama-chen" has no upper limit at the lowest outcome',
  );
});
