/**
 * twoStageCharacteristics and operatingCharacteristics against scipy. Reference values:
 * tests/fixtures/simon.json (`characteristics`), written by tests/fixtures/generate_simon.py
 * (Python 3.11.2, scipy 1.10.1 binom.cdf/pmf/sf; versions recorded in the JSON).
 */
import { assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import {
  DEFAULT_OC_GRID,
  operatingCharacteristics,
  twoStageCharacteristics,
  type TwoStageRule,
} from "../../lib/stats/two_stage_characteristics.ts";

interface FixtureRow {
  p: number;
  pet: number;
  en: number;
  pReject: number;
}
const fixture = JSON.parse(
  Deno.readTextFileSync(new URL("../fixtures/simon.json", import.meta.url)),
) as { characteristics: { design: TwoStageRule; rows: FixtureRow[] }[] };

/** Tolerance for PET, EN and rejection probabilities (observed agreement ~1e-15). */
const TOL = 1e-12;

for (const c of fixture.characteristics) {
  const { r1, n1, r, n } = c.design;
  Deno.test(`twoStageCharacteristics equals scipy: ${r1}/${n1}, ${r}/${n}`, () => {
    for (const row of c.rows) {
      const oc = twoStageCharacteristics(c.design, row.p);
      assertAlmostEquals(oc.pet, row.pet, TOL, `PET at p = ${row.p}`);
      assertAlmostEquals(oc.en, row.en, TOL * n, `EN at p = ${row.p}`);
      assertAlmostEquals(oc.pReject, row.pReject, TOL, `P(reject) at p = ${row.p}`);
    }
    const table = operatingCharacteristics(c.design, c.rows.map((row) => row.p));
    assertEquals(table.length, c.rows.length);
    table.forEach((oc, i) => assertAlmostEquals(oc.pReject, c.rows[i]!.pReject, TOL));
  });
}

Deno.test("twoStageCharacteristics: Simon (1989) Table 1, optimal design for 0.2 vs 0.4", () => {
  // Row p0 = 0.20, p1 = 0.40, α = 0.05, β = 0.20: optimal 3/13, 12/43, EN(p0) 20.6
  const oc = twoStageCharacteristics({ r1: 3, n1: 13, r: 12, n: 43 }, 0.2);
  assertEquals(oc.en.toFixed(1), "20.6");
  assertEquals(oc.design, { r1: 3, n1: 13, r: 12, n: 43 });
  assertEquals(oc.p, 0.2);
});

Deno.test("twoStageCharacteristics at p = 0 and p = 1", () => {
  // With no responses the trial always stops; with all responses it always rejects.
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  assertEquals(twoStageCharacteristics(d, 0), { design: d, p: 0, pet: 1, en: 13, pReject: 0 });
  assertEquals(twoStageCharacteristics(d, 1), { design: d, p: 1, pet: 0, en: 43, pReject: 1 });
});

Deno.test("operatingCharacteristics: default grid is 0, 0.01, …, 1", () => {
  const rows = operatingCharacteristics({ r1: 4, n1: 18, r: 10, n: 33 });
  assertEquals(rows.length, 101);
  assertEquals(rows.map((r) => r.p), [...DEFAULT_OC_GRID]);
});

Deno.test("twoStageCharacteristics: bad input throws naming the argument", () => {
  const d = { r1: 3, n1: 13, r: 12, n: 43 };
  const bad: [unknown, ErrorConstructor, string][] = [
    [{ ...d, n1: 0 }, RangeError, "`design.n1` must be an integer ≥ 1, got 0"],
    [{ ...d, n1: 43 }, RangeError, "`design.n1` must be smaller than `design.n` (43), got 43"],
    [{ ...d, r1: 13 }, RangeError, "`design.r1` must be smaller than `design.n1` (13), got 13"],
    [{ ...d, r: 2 }, RangeError, "`design.r` must be an integer in [r1, n − 1] = [3, 42], got 2"],
    [{ ...d, r: 43 }, RangeError, "`design.r` must be an integer in [r1, n − 1]"],
    [{ ...d, n: 4.5 }, RangeError, "`design.n` must be an integer ≥ 2, got 4.5"],
    [null, TypeError, "`design` must be an object"],
  ];
  for (const [design, ErrorClass, message] of bad) {
    assertThrows(
      () => twoStageCharacteristics(design as TwoStageRule, 0.2),
      ErrorClass,
      message,
    );
  }
  assertThrows(() => twoStageCharacteristics(d, 1.2), RangeError, "`p` must be in [0, 1], got 1.2");
  assertThrows(() => twoStageCharacteristics(d, NaN), RangeError, "`p` must be a finite number");
  assertThrows(() => operatingCharacteristics(d, []), RangeError, "`grid` must be a non-empty");
  assertThrows(
    () => operatingCharacteristics(d, [0.1, -0.1]),
    RangeError,
    "`grid[1]` must be in [0, 1], got -0.1",
  );
});
