import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  identifyTest,
  TWO_GROUP_TEST_NAMES,
  TWO_GROUP_TEST_SHORT_NAMES,
  TWO_GROUP_TESTS,
} from "../../lib/stats/identify_test.ts";
import { assertClose } from "./_two_arm_fixture.ts";
import { barnardRows, boschlooRows, fixture, TOL } from "./_unconditional_fixture.ts";

// Reference values: R 4.2.2 fisher.test and chisq.test (printed with options(digits = 15),
// quoted where used); tests/fixtures/unconditional.json (generate_unconditional.py) for the
// exact unconditional tests, Fisher's mid-p and the z-tests.

function reference(xa: number, na: number, xb: number, nb: number) {
  const t = fixture.tables.find((t) =>
    t.a.x === xa && t.a.n === na && t.b.x === xb && t.b.n === nb
  )!;
  const barnard =
    barnardRows().find(([u, r]) => u === t && r.alternative === "two-sided" && r.pooled)![1];
  const boschloo = boschlooRows().find(([u, r]) => u === t && r.alternative === "two-sided")![1];
  const midP = t.mid_p.find((r) => r.alternative === "two-sided" && r.level === 0.95)!;
  return { t, barnard, boschloo, midP };
}

Deno.test('"0.29" for 3/6 vs 9/32 fits the uncorrected chi-square test, not Fisher\'s (0.36)', () => {
  const id = identifyTest({ x: 3, n: 6 }, { x: 9, n: 32 }, "0.29");
  assertEquals(id.matches, ["chi-square", "z-pooled"]);
  const p = Object.fromEntries(id.candidates.map((c) => [c.test, c.pValue]));
  // R 4.2: m <- matrix(c(3, 9, 3, 23), 2); fisher.test(m)$p.value, chisq.test(m, correct =
  // FALSE)$p.value, chisq.test(m)$p.value print 0.356658737463691 0.290135954132630
  // 0.562397389050205.
  assertClose(p.fisher!, 0.356658737463691, 1e-13, "fisher");
  assertClose(p["chi-square"]!, 0.290135954132630, 1e-13, "chi-square");
  assertClose(p["chi-square-yates"]!, 0.562397389050205, 1e-13, "yates");
  const ref = reference(3, 6, 9, 32);
  assertClose(p["z-pooled"]!, ref.t.z.pooled!.pValue, TOL.normalTail, "z pooled");
  assertClose(p["z-unpooled"]!, ref.t.z.unpooled!.pValue, TOL.normalTail, "z unpooled");
  assertClose(p["fisher-mid-p"]!, ref.midP.pValue, TOL.pValue, "mid-p");
  assertClose(p.barnard!, ref.barnard.exact.pValue, TOL.supremum, "barnard");
  assertClose(p.boschloo!, ref.boschloo.exact.pValue, TOL.supremum, "boschloo");
  assertEquals(id.candidates.map((c) => c.test), [...TWO_GROUP_TESTS]);
  assertEquals(id.printed, { text: "0.29", relation: "=", value: 0.29, decimals: 2 });
});

Deno.test("Aureli 2023 §4.1.1 (TOWER) CR 92/271 vs 21/134, 'p < 0.001': every test fits", () => {
  // R 4.2: fisher.test 9.38085408471896e-05, chisq.test uncorrected 1.14030625054806e-04 and
  // corrected 1.83371737164321e-04; the unconditional tests from the fixture.
  const id = identifyTest({ x: 92, n: 271 }, { x: 21, n: 134 }, "p < 0.001");
  assertEquals(id.matches, [...TWO_GROUP_TESTS]);
  const p = Object.fromEntries(id.candidates.map((c) => [c.test, c.pValue]));
  assertClose(p.fisher!, 9.38085408471896e-05, 1e-13, "fisher");
  assertClose(p["chi-square"]!, 1.14030625054806e-04, 1e-13, "chi-square");
  assertClose(p["chi-square-yates"]!, 1.83371737164321e-04, 1e-13, "yates");
  const ref = reference(92, 271, 21, 134);
  assertClose(p.barnard!, ref.barnard.exact.pValue, TOL.supremum, "barnard");
  assertClose(p.boschloo!, ref.boschloo.exact.pValue, TOL.supremum, "boschloo");
});

Deno.test("NS, P > 0.05 and the significance level", () => {
  const a = { x: 3, n: 6 };
  const b = { x: 9, n: 32 };
  // Every p-value here is ≥ 0.25 (previous test), so all fit "NS" and "P > 0.05".
  assertEquals(identifyTest(a, b, "NS").matches, [...TWO_GROUP_TESTS]);
  assertEquals(identifyTest(a, b, "P > 0.05").matches, [...TWO_GROUP_TESTS]);
  assertEquals(identifyTest(a, b, "p < 0.05").matches, []);
  assertEquals(identifyTest(a, b, "NS", { alpha: 0.3 }).matches, [
    "fisher",
    "chi-square-yates",
    "z-unpooled",
    "barnard",
    "boschloo",
  ]);
});

Deno.test("a subset of tests, in the canonical order", () => {
  const id = identifyTest({ x: 3, n: 6 }, { x: 9, n: 32 }, "0.36", {
    tests: ["chi-square", "fisher"],
  });
  assertEquals(id.candidates.map((c) => c.test), ["fisher", "chi-square"]);
  assertEquals(id.matches, ["fisher"]);
  assert(Object.isFrozen(id) && Object.isFrozen(id.candidates[0]));
});

Deno.test("every test has a sentence name and a short name", () => {
  for (const t of TWO_GROUP_TESTS) {
    assert(TWO_GROUP_TEST_NAMES[t].length > 0 && TWO_GROUP_TEST_SHORT_NAMES[t].length > 0);
  }
  assertEquals(
    TWO_GROUP_TEST_NAMES["chi-square"],
    "the chi-square test without continuity correction",
  );
});

Deno.test("bad input: TypeError/RangeError naming the argument and the value", () => {
  const ok = { x: 2, n: 18 };
  assertThrows(() => identifyTest(ok, ok, 0.05 as never), TypeError, "`printed` must be a string");
  assertThrows(() => identifyTest(ok, ok, "p ~ 0.05"), RangeError, "`printed` must be a p-value");
  assertThrows(() => identifyTest({ x: 3, n: 2 }, ok, "0.5"), RangeError, "`a.x`");
  assertThrows(() => identifyTest(ok, ok, "NS", { alpha: 0 }), RangeError, "`alpha`");
  assertThrows(
    () => identifyTest(ok, ok, "0.5", { tests: ["fisher", "t-test" as never] }),
    RangeError,
    '`tests[1]` must be one of "fisher"',
  );
  assertThrows(
    () => identifyTest(ok, ok, "0.5", { tests: "fisher" as never }),
    TypeError,
    "`tests` must be an array",
  );
});
