/**
 * mcnemarTest against R and published values. Reference values: tests/fixtures/paired.json,
 * written by tests/fixtures/generate_paired.R (R 4.2.2: mcnemar.test, binom.test, and the
 * mid-p formula of Fagerland et al. 2013 in pbinom/dbinom), and the printed values of
 * contingencytables' tests (ocbe-uio/contingencytables, tests/testthat/test-ch8.R at commit
 * ac7bf36, cited by line).
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import { MCNEMAR_METHODS, mcnemarTest, type PairedTable } from "../../lib/stats/mcnemar.ts";
import { assertClose } from "./_close.ts";

interface PairedCase {
  name: string;
  table: PairedTable;
  mcnemar: {
    corrected: { statistic: number | null; pValue: number | null };
    uncorrected: { statistic: number | null; pValue: number | null };
    exact: number | null;
    midP: number | null;
  };
}
const fixture: { R: string; cases: PairedCase[] } = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/paired.json", import.meta.url)),
);

/** Relative tolerances, by kind. */
const TOL = {
  /** Closed-form statistics: (|b − c| − 1)²/(b + c) and (b − c)²/(b + c). */
  statistic: 1e-14,
  /** Chi-square and binomial tail p-values (measured worst: 7e-15). */
  pValue: 1e-12,
} as const;

Deno.test("asymptotic versions match R's mcnemar.test (correct = TRUE / FALSE)", () => {
  let checked = 0;
  for (const c of fixture.cases) {
    if (c.mcnemar.corrected.statistic === null) continue; // R: NaN without discordant pairs
    const cc = mcnemarTest(c.table);
    assertEquals(cc.method, "asymptotic-cc");
    assertClose(cc.statistic, c.mcnemar.corrected.statistic, TOL.statistic, `${c.name} cc`);
    assertClose(cc.pValue, c.mcnemar.corrected.pValue, TOL.pValue, `${c.name} cc p`);
    const plain = mcnemarTest(c.table, { method: "asymptotic" });
    assertClose(plain.statistic, c.mcnemar.uncorrected.statistic, TOL.statistic, c.name);
    assertClose(plain.pValue, c.mcnemar.uncorrected.pValue, TOL.pValue, `${c.name} p`);
    checked++;
  }
  assertEquals(checked, fixture.cases.length - 2);
});

Deno.test("exact and mid-p versions match R's binom.test and the mid-p formula", () => {
  for (const c of fixture.cases) {
    if (c.mcnemar.exact === null) continue;
    const exact = mcnemarTest(c.table, { method: "exact" });
    assertEquals([exact.statistic, exact.df], [null, null]);
    assertClose(exact.pValue, c.mcnemar.exact, TOL.pValue, `${c.name} exact`);
    const midP = mcnemarTest(c.table, { method: "mid-p" });
    assertClose(midP.pValue, c.mcnemar.midP, TOL.pValue, `${c.name} mid-p`);
  }
});

Deno.test("published: Cavo et al. (2012), Fagerland, Lydersen & Laake (2017), chapter 8", () => {
  const cavo = { n11: 59, n12: 6, n21: 16, n22: 80 };
  const p = (method: (typeof MCNEMAR_METHODS)[number]) =>
    mcnemarTest(cavo, { method }).pValue.toFixed(6);
  assertEquals(p("asymptotic-cc"), "0.055009"); // contingencytables test-ch8.R:49
  assertEquals(p("asymptotic"), "0.033006"); // test-ch8.R:57 (Z = −2.132: Z² = 4.545)
  assertEquals(p("exact"), "0.052479"); // test-ch8.R:65
  assertEquals(p("mid-p"), "0.034690"); // test-ch8.R:73
  assertEquals(mcnemarTest(cavo, { method: "asymptotic" }).statistic!.toFixed(3), "4.545");
});

Deno.test("no discordant pair: statistic 0, P = 1 and a note (R: NaN)", () => {
  // contingencytables test-ch8.R:53 and :61 print "No discordant pairs" for (10, 0, 0, 1).
  for (const method of MCNEMAR_METHODS) {
    const r = mcnemarTest({ n11: 10, n12: 0, n21: 0, n22: 1 }, { method });
    assertEquals(r.pValue, 1);
    assertEquals(r.statistic, method.startsWith("asymptotic") ? 0 : null);
    assert(r.note?.includes("no discordant pair"));
  }
  // b = c: the corrected statistic is 0 (no correction below |b − c| = 1), mid-p exactly 1
  const tie = { n11: 3, n12: 4, n21: 4, n22: 3 };
  assertEquals(mcnemarTest(tie).statistic, 0);
  assertEquals(mcnemarTest(tie, { method: "mid-p" }).pValue, 1);
  assertEquals(mcnemarTest(tie, { method: "exact" }).pValue, 1);
});

Deno.test("results are frozen and carry the table, n and the discordant count", () => {
  const input = { n11: 23, n12: 15, n21: 19, n22: 31 };
  const r = mcnemarTest(input);
  assert(Object.isFrozen(r) && Object.isFrozen(r.table));
  assertEquals([r.n, r.discordant, r.df], [88, 34, 1]);
  assertEquals(r.table, input);
  assert(r.table !== input);
  assertEquals([...MCNEMAR_METHODS], ["asymptotic-cc", "asymptotic", "exact", "mid-p"]);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { n11: 1, n12: 2, n21: 3, n22: 4 };
  const cases: [unknown, unknown, ErrorConstructor, string][] = [
    [{ ...ok, n12: -1 }, {}, RangeError, "`table.n12` must be an integer ≥ 0, got -1"],
    [{ ...ok, n21: 2.5 }, {}, RangeError, "`table.n21` must be an integer ≥ 0, got 2.5"],
    [{ ...ok, n11: "3" }, {}, TypeError, '`table.n11` must be a number, got "3"'],
    [{ n11: 0, n12: 0, n21: 0, n22: 0 }, {}, RangeError, "`table` must contain at least one pair"],
    [
      [1, 2, 3, 4],
      {},
      TypeError,
      "`table` must be an object { n11, n12, n21, n22 }, got [1,2,3,4]",
    ],
    [null, {}, TypeError, "`table` must be an object { n11, n12, n21, n22 }, got null"],
    [ok, { method: "binomial" }, RangeError, '`method` must be one of "asymptotic-cc"'],
  ];
  for (const [table, options, ErrorClass, message] of cases) {
    assertThrows(() => mcnemarTest(table as never, options as never), ErrorClass, message);
  }
});
