import {
  foldRange,
  log10Span,
  ratioOfMedians,
  SAMPLE_RELATIONS,
  type SampleRelation,
} from "../../lib/stats/skewed_summaries.ts";
import { assertAlmostEquals, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";

// Boissel 2022, Table 3 and Results: baseline receptor density (sABC/cell), blood 181.0–76,131.0,
// bone marrow 108.0–44,872.0; medians 11,093.50 (blood) and 6817.50 (bone marrow, Results text).
const blood = { label: "in blood", n: 10, median: 11093.5 };
const marrow = { label: "in bone marrow", n: 10, median: 6817.5 };

Deno.test("foldRange and log10Span of the Table 3 density ranges", () => {
  assertAlmostEquals(foldRange(181, 76131), 76131 / 181, 1e-12); // ≈ 420.6-fold
  assertAlmostEquals(foldRange(108, 44872), 44872 / 108, 1e-12); // ≈ 415.5-fold
  assertAlmostEquals(log10Span(181, 76131), 2.6239, 1e-4); // log10(420.61) by hand
  assertAlmostEquals(log10Span(108, 44872), 2.6186, 1e-4); // log10(415.48) by hand
  assertEquals(foldRange(5, 5), 1);
  assertEquals(log10Span(5, 5), 0);
});

Deno.test("ratioOfMedians: blood vs bone marrow, equal n, relation unknown", () => {
  const r = ratioOfMedians(blood, marrow);
  assertAlmostEquals(r.ratio, 11093.5 / 6817.5, 1e-15); // ≈ 1.627
  assertAlmostEquals(r.log10Ratio, Math.log10(11093.5 / 6817.5), 1e-15);
  assertEquals(r.relation, "unknown");
  assertStringIncludes(r.wording, "The median in blood is 1.63 times the median in bone marrow");
  assertStringIncludes(r.wording, "does not say they are the same patients");
  assertStringIncludes(r.wording, "not the median of per-patient ratios");
});

Deno.test("ratioOfMedians: different n (10 vs 4 vs 3) says what the ratio mixes", () => {
  // Table 3 occupancy (%): baseline blood 61.60 (n = 10), on treatment 57.96 (n = 4), 63.99 (n = 3).
  const onTreatment = { label: "on treatment", n: 4, median: 57.96 };
  const baseline = { label: "at baseline", n: 10, median: 61.6 };
  const unknown = ratioOfMedians(onTreatment, baseline);
  assertStringIncludes(unknown.wording, "(4 vs 10 patients)");
  assertStringIncludes(unknown.wording, "may or may not be among the 10 at baseline");
  assertStringIncludes(unknown.wording, "no uncertainty can be attached");
  const subset = ratioOfMedians(onTreatment, baseline, { relation: "subset" });
  assertStringIncludes(subset.wording, "The 4 patients on treatment are among the 10 at baseline");
  const marrowOnTreatment = { label: "in bone marrow on treatment", n: 3, median: 63.99 };
  const r = ratioOfMedians(onTreatment, marrowOnTreatment);
  assertStringIncludes(r.wording, "(4 vs 3 patients)");
  const same = ratioOfMedians(blood, marrow, { relation: "same-patients" });
  assertStringIncludes(same.wording, "the same 10 patients");
});

Deno.test("skewed summaries: bad input is a RangeError naming the field and the value", () => {
  assertThrows(() => foldRange(0, 5), RangeError, "`min` must be > 0 on a log scale, got 0");
  assertThrows(() => foldRange(-1, 5), RangeError, "`min` must be > 0 on a log scale, got -1");
  assertThrows(() => log10Span(1, -5), RangeError, "`max` must be > 0 on a log scale, got -5");
  assertThrows(() => log10Span(6, 5), RangeError, "`min` must be ≤ `max` (max = 5), got 6");
  assertThrows(() => foldRange(NaN, 5), RangeError, "`min` must be a finite number, got NaN");
  assertThrows(
    () => ratioOfMedians({ ...blood, median: 0 }, marrow),
    RangeError,
    "`numerator.median` must be > 0 on a log scale, got 0",
  );
  assertThrows(
    () => ratioOfMedians(blood, { ...marrow, n: 0 }),
    RangeError,
    "`denominator.n` must be an integer ≥ 1, got 0",
  );
  assertThrows(
    () => ratioOfMedians(blood, { ...marrow, n: 4.5 }),
    RangeError,
    "`denominator.n` must be an integer ≥ 1, got 4.5",
  );
  assertThrows(
    () => ratioOfMedians(blood, { ...marrow, n: 4 }, { relation: "same-patients" }),
    RangeError,
    '`relation` "same-patients" needs equal n (denominator.n = 4), got numerator.n = 10',
  );
  assertThrows(
    () => ratioOfMedians(blood, marrow, { relation: "paired" as SampleRelation }),
    RangeError,
    `\`relation\` must be one of ${SAMPLE_RELATIONS.map((r) => `"${r}"`).join(", ")}, got "paired"`,
  );
});
