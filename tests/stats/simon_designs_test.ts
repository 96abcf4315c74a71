/**
 * simonDesigns against an independent brute-force search and Simon's published table.
 *
 * Reference values: tests/fixtures/simon.json, written by tests/fixtures/generate_simon.py
 * (Python 3.11.2, numpy 1.24.2, scipy 1.10.1; versions recorded in the JSON), which enumerates
 * every (n1, r1, r) of every n with scipy.stats.binom and finds the admissible designs by
 * intersecting half-lines in q. R clinfun is not packaged by Debian 12, so it is not a fixture
 * source here.
 *
 * Published values: Simon, R. 1989. "Optimal two-stage designs for phase II clinical trials."
 * Controlled Clinical Trials 10: 1–10, Table 1 (designs for p1 − p0 = 0.20), cited by row
 * (p0, p1, α, β). Page numbers of the print edition could not be checked here.
 */
import { assert, assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import {
  type SimonDesign,
  simonDesigns,
  type SimonProgress,
} from "../../lib/stats/simon_designs.ts";

interface FixtureDesign {
  r1: number;
  n1: number;
  r: number;
  n: number;
  en0: number;
  pet0: number;
  alpha: number;
  power: number;
  qLow?: number;
  qHigh?: number;
}
interface FixtureCase {
  name: string;
  p0: number;
  p1: number;
  alpha: number;
  beta: number;
  nmax: number;
  optimal: FixtureDesign;
  minimax: FixtureDesign;
  candidates: FixtureDesign[];
  admissible: FixtureDesign[];
}

const fixture = JSON.parse(
  Deno.readTextFileSync(new URL("../fixtures/simon.json", import.meta.url)),
) as { designs: FixtureCase[] };

/** Tolerances, by kind. */
const TOL = {
  /** EN and PET: the brief's 1e-10 (observed agreement ~1e-15). */
  expected: 1e-10,
  /** Exact error rates and weights q: sums of binomial terms, ~1e-15 observed. */
  probability: 1e-12,
};

const rule = (d: { r1: number; n1: number; r: number; n: number }) => [d.r1, d.n1, d.r, d.n];

function assertSameDesign(actual: SimonDesign, expected: FixtureDesign, what: string): void {
  assertEquals(rule(actual), rule(expected), `${what}: r1, n1, r, n`);
  assertAlmostEquals(actual.en0, expected.en0, TOL.expected, `${what}: EN0`);
  assertAlmostEquals(actual.pet0, expected.pet0, TOL.expected, `${what}: PET0`);
  assertAlmostEquals(actual.alpha, expected.alpha, TOL.probability, `${what}: alpha`);
  assertAlmostEquals(actual.power, expected.power, TOL.probability, `${what}: power`);
}

for (const c of fixture.designs) {
  Deno.test(`simonDesigns equals the brute-force search: ${c.name}`, () => {
    const res = simonDesigns({ p0: c.p0, p1: c.p1, alpha: c.alpha, beta: c.beta, nmax: c.nmax });
    assertEquals(res.candidates.length, c.candidates.length, "number of n with a design");
    res.candidates.forEach((d, i) => assertSameDesign(d, c.candidates[i]!, `n = ${d.n}`));
    assertSameDesign(res.optimal, c.optimal, "optimal");
    assertSameDesign(res.minimax, c.minimax, "minimax");
    assertEquals(res.admissible.map(rule), c.admissible.map(rule), "admissible designs");
    res.admissible.forEach((d, i) => {
      assertAlmostEquals(d.qLow, c.admissible[i]!.qLow!, TOL.probability, "qLow");
      assertAlmostEquals(d.qHigh, c.admissible[i]!.qHigh!, TOL.probability, "qHigh");
    });
  });
}

// Simon (1989), Table 1: [p0, p1, α, β, optimal r1/n1, r/n, minimax r1/n1, r/n]
const SIMON_TABLE_1: [number, number, number, number, number[], number[]][] = [
  [0.05, 0.25, 0.10, 0.10, [0, 9, 2, 24], [0, 13, 2, 20]],
  [0.10, 0.30, 0.05, 0.20, [1, 10, 5, 29], [1, 15, 5, 25]],
  [0.20, 0.40, 0.05, 0.20, [3, 13, 12, 43], [4, 18, 10, 33]],
  [0.20, 0.40, 0.10, 0.10, [3, 17, 10, 37], [3, 19, 10, 36]],
  [0.30, 0.50, 0.05, 0.10, [8, 24, 24, 63], [7, 24, 21, 53]],
];

Deno.test("simonDesigns reproduces Simon (1989) Table 1", () => {
  for (const [p0, p1, alpha, beta, optimal, minimax] of SIMON_TABLE_1) {
    const res = simonDesigns({ p0, p1, alpha, beta, nmax: 100 });
    assertEquals(rule(res.optimal), optimal, `optimal, row ${p0}/${p1}/${alpha}/${beta}`);
    assertEquals(rule(res.minimax), minimax, `minimax, row ${p0}/${p1}/${alpha}/${beta}`);
  }
});

Deno.test("simonDesigns: the widely reproduced EN(p0) of p0 = 0.2, p1 = 0.4, α = 0.05, β = 0.2", () => {
  // Simon (1989), Table 1, row 0.20/0.40/0.05/0.20: optimal EN(p0) 20.6, minimax 22.3 (1 decimal)
  const res = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 100 });
  assertEquals(res.optimal.en0.toFixed(1), "20.6");
  assertEquals(res.minimax.en0.toFixed(1), "22.3");
});

Deno.test("simonDesigns: optimal and minimax are the ends of the admissible range", () => {
  // Jung, Lee, Kim & George (2004): the optimal design is admissible at q = 0, minimax at q = 1.
  const res = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 });
  const first = res.admissible[0]!;
  const last = res.admissible[res.admissible.length - 1]!;
  assertEquals(rule(first), rule(res.minimax));
  assertEquals(first.qHigh, 1);
  assertEquals(rule(last), rule(res.optimal));
  assertEquals(last.qLow, 0);
  for (let i = 1; i < res.admissible.length; i++) {
    assertEquals(res.admissible[i]!.qHigh, res.admissible[i - 1]!.qLow, "contiguous q ranges");
  }
});

Deno.test("simonDesigns: every listed design meets the targets exactly", () => {
  const res = simonDesigns({ p0: 0.6, p1: 0.8, alpha: 0.1, beta: 0.2, nmax: 60 });
  for (const d of res.candidates) {
    assert(d.alpha <= 0.1 && d.power >= 0.8, `n = ${d.n}`);
    assert(d.r1 < d.n1 && d.n1 < d.n && d.r1 <= d.r && d.r <= d.r1 + d.n - d.n1, `n = ${d.n}`);
  }
  assertEquals(res.method, "simon-two-stage");
  assertEquals([res.p0, res.p1, res.alpha, res.beta, res.nmax], [0.6, 0.8, 0.1, 0.2, 60]);
});

Deno.test("simonDesigns reports progress once the search has run progressAfterMs", () => {
  const seen: SimonProgress[] = [];
  simonDesigns({
    p0: 0.2,
    p1: 0.4,
    alpha: 0.05,
    beta: 0.2,
    nmax: 60,
    progressAfterMs: 0,
    onProgress: (p) => seen.push(p),
  });
  assert(seen.length >= 1);
  const last = seen[seen.length - 1]!;
  assertEquals(last.done, last.total);
  assertEquals(last.n, 60);
  // Fast searches under the default threshold (1 s) report nothing: a bare callback count.
  let calls = 0;
  simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 40, onProgress: () => calls++ });
  assertEquals(calls, 0);
});

Deno.test("simonDesigns: bad input throws RangeError/TypeError naming the argument", () => {
  const ok = { p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 50 };
  const cases: [Record<string, unknown>, ErrorConstructor, string][] = [
    [{ p0: 0.4, p1: 0.4 }, RangeError, "`p0` must be smaller than `p1` (0.4), got 0.4"],
    [{ p0: 0.5, p1: 0.4 }, RangeError, "`p0` must be smaller than `p1`"],
    [{ p0: 0 }, RangeError, "`p0` must be in (0, 1), got 0"],
    [{ p1: 1 }, RangeError, "`p1` must be in (0, 1), got 1"],
    [{ p0: NaN }, RangeError, "`p0` must be a finite number, got NaN"],
    [{ p0: "0.2" }, TypeError, "`p0` must be a number"],
    [{ alpha: 0 }, RangeError, "`alpha` must be in (0, 0.5], got 0"],
    [{ alpha: 0.6 }, RangeError, "`alpha` must be in (0, 0.5], got 0.6"],
    [{ beta: 0.51 }, RangeError, "`beta` must be in (0, 0.5], got 0.51"],
    [{ beta: -0.1 }, RangeError, "`beta` must be in (0, 0.5], got -0.1"],
    [{ alpha: Infinity }, RangeError, "`alpha` must be a finite number, got Infinity"],
    [{ nmax: 0 }, RangeError, "`nmax` must be an integer ≥ 1, got 0"],
    [{ nmax: 30.5 }, RangeError, "`nmax` must be an integer ≥ 1, got 30.5"],
    [{ nmax: 1001 }, RangeError, "`nmax` must be at most 1000, got 1001"],
    [{ onProgress: 3 }, TypeError, "`onProgress` must be a function, got 3"],
    [{ progressAfterMs: -1 }, RangeError, "`progressAfterMs` must be a number ≥ 0, got -1"],
  ];
  for (const [bad, ErrorClass, message] of cases) {
    assertThrows(
      () => simonDesigns({ ...ok, ...bad } as unknown as Parameters<typeof simonDesigns>[0]),
      ErrorClass,
      message,
    );
  }
  assertThrows(
    () => simonDesigns(null as unknown as Parameters<typeof simonDesigns>[0]),
    TypeError,
    "`options` must be an object",
  );
});

Deno.test("simonDesigns: no feasible design within nmax says so and suggests a larger nmax", () => {
  // The brute-force fixture's minimax n for 0.2 vs 0.4, α = 0.05, β = 0.2 is 33.
  assertThrows(
    () => simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 32 }),
    RangeError,
    "No two-stage design with n ≤ `nmax` = 32",
  );
  assertThrows(
    () => simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 1 }),
    RangeError,
    "try a larger `nmax`",
  );
  assertEquals(simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 33 }).minimax.n, 33);
});
