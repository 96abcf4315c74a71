/**
 * pairedDifference against independent computations and published values. Reference values:
 * tests/fixtures/paired.json, written by tests/fixtures/generate_paired.R (R 4.2.2: Newcombe's
 * method 10 from prop.test's Wilson limits, Tango's interval by uniroot(tol = 1e-15) on the
 * squared score equation with the textbook quadratic root, the Wald interval), and the
 * values printed in peers' tests: contingencytables (ocbe-uio/contingencytables,
 * tests/testthat/test-ch8.R at commit ac7bf36, by line) and ratesci (petelaud/ratesci,
 * tests/testthat/test3.R at commit 0c94228, by the comment above each expectation).
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  PAIRED_DIFFERENCE_METHODS,
  pairedDifference,
  type PairedDifferenceMethod,
  type PairedTable,
} from "../../lib/stats/paired_difference.ts";
import { assertClose } from "./_close.ts";

interface PairedCase {
  name: string;
  table: PairedTable;
  intervals: {
    level: number;
    estimate: number;
    newcombe: [number, number];
    tango: [number, number];
    wald: [number, number];
  }[];
}
const fixture: { cases: PairedCase[] } = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/paired.json", import.meta.url)),
);

/** Tolerances on the limits, by kind (absolute: the limits lie in [−1, 1]). */
const TOL = {
  /** Closed forms (Newcombe, Wald); measured worst 8e-16. */
  closedForm: 1e-14,
  /** Root-found limits (Tango) against R's uniroot(tol = 1e-15); measured worst 9e-16. */
  root: 1e-12,
} as const;

const tolOf = (method: PairedDifferenceMethod) => method === "tango" ? TOL.root : TOL.closedForm;

Deno.test("every method at every level matches the R computation from the papers", () => {
  let checked = 0;
  for (const c of fixture.cases) {
    for (const row of c.intervals) {
      for (const method of PAIRED_DIFFERENCE_METHODS) {
        const r = pairedDifference(c.table, { method, level: row.level });
        const label = `${c.name} ${method} @${row.level}`;
        assertClose(r.estimate, row.estimate, 0, `${label} estimate`, 1e-16);
        assertClose(r.lower, row[method][0], 0, `${label} lower`, tolOf(method));
        assertClose(r.upper, row[method][1], 0, `${label} upper`, tolOf(method));
        checked++;
      }
    }
  }
  assertEquals(checked, fixture.cases.length * 3 * 3);
});

Deno.test("published: contingencytables test-ch8.R, Cavo et al. 2012 (59, 6, 16, 80)", () => {
  const cavo = { n11: 59, n12: 6, n21: 16, n22: 80 };
  const printed = (method: PairedDifferenceMethod) => {
    const r = pairedDifference(cavo, { method });
    return [r.estimate, r.lower, r.upper].map((v) => v.toFixed(4));
  };
  assertEquals(printed("tango"), ["-0.0621", "-0.1240", "-0.0054"]); // test-ch8.R:81
  assertEquals(printed("wald"), ["-0.0621", "-0.1184", "-0.0058"]); // test-ch8.R:85
  assertEquals(printed("newcombe"), ["-0.0621", "-0.1186", "-0.0046"]); // test-ch8.R:101
});

Deno.test("published: the worked examples that ratesci's test3.R reproduces", () => {
  // [n11, n12, n21, n22], method, level, limits as printed (ratesci test3.R, "PAIRED
  // contrasts"; pairbinci's x = c(a, b, c, d) is (n11, n12, n21, n22)).
  const cases: [number[], PairedDifferenceMethod, number, string[]][] = [
    // "# Tango RD" (Tango 1998's examples), closed form and iterative agree
    [[4, 9, 3, 16], "tango", 0.95, ["-0.027", "0.390"]],
    [[43, 0, 1, 0], "tango", 0.90, ["-0.096", "0.037"]],
    // "# paired methods examples from Agresti & Min 2005"
    [[53, 16, 8, 9], "tango", 0.95, ["-0.020", "0.207"]],
    // "# paired methods examples from Fagerland et al 2014": Tango, and MOVER Wilson with
    // Newcombe's correlation correction (method 10)
    [[1, 1, 7, 12], "tango", 0.95, ["-0.517", "-0.026"]],
    [[1, 1, 7, 12], "newcombe", 0.95, ["-0.507", "-0.026"]],
    // "# and against Newcombe's method 10 result" (Newcombe 1998's example)
    [[20, 12, 2, 16], "newcombe", 0.95, ["0.0562", "0.3292"]],
    // "# Tang(ML) RD 2010 example": MOVER-wilson (method 10) and Tang (= Tango) match
    [[8, 3, 1, 2], "newcombe", 0.95, ["-0.1574", "0.4136"]],
    [[8, 3, 1, 2], "tango", 0.95, ["-0.1670", "0.4327"]],
    // "# Chang 2024 RD example"
    [[7, 25, 2, 68], "tango", 0.95, ["0.139", "0.321"]],
    [[7, 25, 2, 68], "newcombe", 0.95, ["0.133", "0.318"]],
  ];
  for (const [[n11, n12, n21, n22], method, level, limits] of cases) {
    const r = pairedDifference({ n11: n11!, n12: n12!, n21: n21!, n22: n22! }, { method, level });
    const digits = limits[0]!.split(".")[1]!.length;
    assertEquals(
      [r.lower.toFixed(digits), r.upper.toFixed(digits)],
      limits,
      `${method} (${n11}, ${n12}, ${n21}, ${n22})`,
    );
  }
});

Deno.test("edges: no discordant pair, all pairs discordant one way, a single pair", () => {
  // No discordant pair: Tango's limits are ±z²/(N + z²) (T(δ)² = Nδ/(1 − δ) for δ > 0).
  const z = 1.959963984540054;
  const t = pairedDifference({ n11: 5, n12: 0, n21: 0, n22: 5 }, { method: "tango" });
  assertClose(t.upper, (z * z) / (10 + z * z), 1e-14, "tango upper");
  assertClose(t.lower, -t.upper, 1e-14, "tango symmetric");
  // Every pair (event, no event): the estimate is 1 and the upper limit 1, for every method
  for (const method of PAIRED_DIFFERENCE_METHODS) {
    const r = pairedDifference({ n11: 0, n12: 5, n21: 0, n22: 0 }, { method });
    assertEquals([r.estimate, r.upper], [1, 1], method);
    assert(r.lower <= 1 && r.lower > -1, method);
  }
  // One pair, 99%: Tango's lower limit solves (1 − δ)/(1 + δ) = z², δ = (1 − z²)/(1 + z²)
  const z99 = 2.5758293035489004;
  const one = pairedDifference({ n11: 0, n12: 1, n21: 0, n22: 0 }, {
    method: "tango",
    level: 0.99,
  });
  assertClose(one.lower, (1 - z99 * z99) / (1 + z99 * z99), 1e-13, "one pair");
});

Deno.test("Newcombe and Tango limits stay in [−1, 1]; Wald is not truncated", () => {
  for (const c of fixture.cases) {
    for (const method of ["newcombe", "tango"] as const) {
      const r = pairedDifference(c.table, { method, level: 0.99 });
      assert(r.lower >= -1 && r.upper <= 1 && r.lower <= r.estimate && r.estimate <= r.upper);
    }
  }
  // 9 of 10 pairs (event, no event): the Wald interval reaches past 1 (as compareProportions)
  assert(pairedDifference({ n11: 0, n12: 9, n21: 0, n22: 1 }, { method: "wald" }).upper > 1);
});

Deno.test("results are frozen and carry method, level, table and both proportions", () => {
  const r = pairedDifference({ n11: 20, n12: 12, n21: 2, n22: 16 });
  assertEquals([r.method, r.level, r.p1, r.p2], ["newcombe", 0.95, 0.64, 0.44]);
  assert(Object.isFrozen(r) && Object.isFrozen(r.table));
  assertEquals([...PAIRED_DIFFERENCE_METHODS], ["newcombe", "tango", "wald"]);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { n11: 1, n12: 2, n21: 3, n22: 4 };
  const cases: [unknown, unknown, ErrorConstructor, string][] = [
    [{ ...ok, n22: -4 }, {}, RangeError, "`table.n22` must be an integer ≥ 0, got -4"],
    [{ ...ok, n12: Infinity }, {}, RangeError, "`table.n12` must be a finite number"],
    [undefined, {}, TypeError, "`table` must be an object { n11, n12, n21, n22 }"],
    [ok, { method: "score" }, RangeError, '`method` must be one of "newcombe", "tango", "wald"'],
    [ok, { level: 0 }, RangeError, "`level` must be in (0, 1), got 0"],
    [ok, { level: "0.95" }, TypeError, '`level` must be a number, got "0.95"'],
  ];
  for (const [table, options, ErrorClass, message] of cases) {
    assertThrows(() => pairedDifference(table as never, options as never), ErrorClass, message);
  }
});
