import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  identifyCiMethod,
  type ReportedScale,
  type RoundingRule,
} from "../../lib/stats/identify_ci_method.ts";
import { CI_METHODS } from "../../lib/stats/binomial_ci.ts";

Deno.test("Boissel 2022, Table 2: 0/14 printed as 0.0%–23.2% is Clopper–Pearson's interval", () => {
  // Boissel 2022, Table 2, "Responders, CR or CRi: 0 (0.0%–23.2%)".
  const id = identifyCiMethod(0, 14, { lower: "0.0", upper: "23.2", scale: "percent" });
  assert(id.matches.includes("clopper-pearson"));
  assertEquals(id.decimals, { lower: 1, upper: 1 });
  // Every method is reported with its rounded strings, matching or not.
  assertEquals(id.candidates.map((c) => c.method), [...CI_METHODS]);
  const cp = id.candidates.find((c) => c.method === "clopper-pearson")!;
  assertEquals([cp.lowerText, cp.upperText, cp.matches], ["0.0", "23.2", true]);
  // Wilson's upper bound for 0/14 is z²/(14 + z²) = 0.2153 (Wilson 1927, closed form at x = 0).
  const wilson = id.candidates.find((c) => c.method === "wilson")!;
  assertEquals([wilson.upperText, wilson.matches], ["21.5", false]);
});

Deno.test("decimals are read from each printed string; scale proportion", () => {
  const id = identifyCiMethod(0, 14, { lower: "0", upper: "0.2316", scale: "proportion" });
  assertEquals(id.decimals, { lower: 0, upper: 4 });
  assert(id.matches.includes("clopper-pearson")); // 1 − 0.025^(1/14) = 0.23164…
});

Deno.test("rounding rule decides an exact tie: Clopper–Pearson 1/1 has lower bound α/2 = 0.025", () => {
  // For x = n = 1 the exact lower bound solves p = α/2, so it is 0.025: a tie at 2 decimals.
  const up = identifyCiMethod(1, 1, { lower: "0.03", upper: "1.00", scale: "proportion" });
  assert(up.matches.includes("clopper-pearson"));
  const even = identifyCiMethod(
    1,
    1,
    { lower: "0.02", upper: "1.00", scale: "proportion" },
    { rounding: "half-even" },
  );
  assert(even.matches.includes("clopper-pearson"));
  assert(!up.candidates.find((c) => c.method === "clopper-pearson" && c.lowerText === "0.02"));
});

Deno.test("the result is frozen and carries its inputs", () => {
  const id = identifyCiMethod(3, 14, { lower: "4.7", upper: "50.8", scale: "percent" }, {
    level: 0.95,
    sides: "two-sided",
  });
  assert(Object.isFrozen(id) && Object.isFrozen(id.candidates) && Object.isFrozen(id.matches));
  assertEquals([id.x, id.n, id.level, id.sides, id.rounding], [
    3,
    14,
    0.95,
    "two-sided",
    "half-up",
  ]);
});

Deno.test("identifyCiMethod rejects bad input, naming the argument and the value", () => {
  const ok = { lower: "0.0", upper: "23.2", scale: "percent" as ReportedScale };
  assertThrows(
    () => identifyCiMethod(0, 14, { ...ok, lower: 0 as unknown as string }),
    TypeError,
    "`reported.lower` must be a string as printed, got 0",
  );
  assertThrows(
    () => identifyCiMethod(0, 14, { ...ok, upper: "23,2" }),
    RangeError,
    '`reported.upper` must be a non-negative decimal as printed (e.g. "23.2"), got "23,2"',
  );
  assertThrows(
    () => identifyCiMethod(0, 14, { ...ok, upper: "23.2%" }),
    RangeError,
    "`reported.upper`",
  );
  assertThrows(
    () => identifyCiMethod(0, 14, { ...ok, scale: "per-cent" as ReportedScale }),
    RangeError,
    '`reported.scale` must be one of "percent", "proportion", got "per-cent"',
  );
  assertThrows(
    () => identifyCiMethod(0, 14, ok, { rounding: "bankers" as RoundingRule }),
    RangeError,
    '`rounding` must be one of "half-up", "half-even", got "bankers"',
  );
  assertThrows(() => identifyCiMethod(0, 14, ok, { level: 1.5 }), RangeError, "`level`");
  assertThrows(() => identifyCiMethod(15, 14, ok), RangeError, "`x`");
  assertThrows(
    () => identifyCiMethod(0, 14, null as unknown as typeof ok),
    TypeError,
    "`reported` must be an object, got null",
  );
});

Deno.test("Sterne and Blaker mid-p are candidates and can be identified", () => {
  // ocbe-uio/contingencytables, tests/testthat/test-ch2.R:31 (commit 0b16d6d5):
  // Blaker_midP_CI_1x2(100, 500, alpha = 0.5) prints "50% CI 0.1881 to 0.2121".
  const id = identifyCiMethod(100, 500, { lower: "0.1881", upper: "0.2121", scale: "proportion" }, {
    level: 0.5,
  });
  assert(id.matches.includes("blaker-mid-p"));
  const methods = id.candidates.map((c) => c.method);
  assert(methods.includes("sterne") && methods.includes("blaker-mid-p"));
  // 1 of 1 at 95%: Sterne's lower bound is α = 0.05 and Blaker mid-p's 2α = 0.10 (their
  // acceptabilities are p and p/2 there), so "5.0%" singles out Sterne and Blaker's
  // (Blaker's is also p) from Clopper–Pearson's 2.5%.
  const one = identifyCiMethod(1, 1, { lower: "5.0", upper: "100.0", scale: "percent" });
  assert(one.matches.includes("sterne") && !one.matches.includes("blaker-mid-p"));
});
