import { medianConstraints } from "../../lib/stats/median_constraints.ts";
import { assert, assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";

/** Median of a sorted array (the mean of the two middle values for even length). */
function medianOf(sorted: readonly number[]): number {
  const k = sorted.length;
  return k % 2 === 1 ? sorted[(k - 1) / 2]! : (sorted[k / 2 - 1]! + sorted[k / 2]!) / 2;
}

/** Every non-decreasing sequence of length n over 0..g (brute force). */
function* sortedSamples(n: number, g: number, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) {
    yield prefix;
    return;
  }
  const from = prefix.length === 0 ? 0 : prefix[prefix.length - 1]!;
  for (let v = from; v <= g; v++) yield* sortedSamples(n, g, [...prefix, v]);
}

Deno.test("medianConstraints: bounds agree with brute force over integer samples (n = 1…8, values 0…6)", () => {
  let attained = 0;
  let groups = 0;
  for (let n = 1; n <= 8; n++) {
    const extremes = new Map<string, { lo: number; hi: number }>();
    for (const sample of sortedSamples(n, 6)) {
      const key = `${sample[0]},${medianOf(sample)},${sample[n - 1]}`;
      const m = sample.reduce((s, v) => s + v, 0) / n;
      const seen = extremes.get(key);
      if (seen === undefined) extremes.set(key, { lo: m, hi: m });
      else {
        seen.lo = Math.min(seen.lo, m);
        seen.hi = Math.max(seen.hi, m);
      }
    }
    for (const [key, { lo, hi }] of extremes) {
      const [min, median, max] = key.split(",").map(Number) as [number, number, number];
      const c = medianConstraints({ n, min, median, max });
      groups += 1;
      // The bounds always hold…
      assert(c.meanLower <= lo + 1e-12 && hi <= c.meanUpper + 1e-12, `n=${n} ${key}`);
      // …and are attained whenever the median is itself on the grid (integer).
      if (Number.isInteger(median)) {
        assertAlmostEquals(c.meanLower, lo, 1e-12, `n=${n} ${key} lower`);
        assertAlmostEquals(c.meanUpper, hi, 1e-12, `n=${n} ${key} upper`);
        attained += 1;
      }
    }
  }
  assert(groups > 300 && attained > 250, `${groups} groups, ${attained} attained`);
});

Deno.test("medianConstraints: the extremal samples have the summary and attain the bounds", () => {
  for (const n of [3, 4, 5, 6, 9, 10, 11]) {
    const c = medianConstraints({ n, min: 1, median: 4.5, max: 20 });
    for (
      const [sample, bound] of [[c.lowerSample, c.meanLower], [c.upperSample, c.meanUpper]] as const
    ) {
      assertEquals(sample.length, n);
      assertEquals([sample[0], medianOf(sample), sample[n - 1]], [1, 4.5, 20]);
      assertAlmostEquals(sample.reduce((s, v) => s + v, 0) / n, bound, 1e-12);
    }
  }
});

Deno.test("medianConstraints: what the summary pins down for n = 1, 2, 3, 4, odd and even", () => {
  const one = medianConstraints({ n: 1, min: 7, median: 7, max: 7 });
  assertEquals([one.sampleKnown, one.meanLower, one.meanUpper], [true, 7, 7]);
  const two = medianConstraints({ n: 2, min: 1, median: 2, max: 3 });
  assertEquals([two.medianIsObservation, two.knownSample], [false, [1, 3]]);
  // Boissel 2022 Table 3, bone marrow on treatment: n = 3, 63.99 (61.7: 73.0) — all known.
  const three = medianConstraints({ n: 3, min: 61.7, median: 63.99, max: 73.0 });
  assertEquals(three.knownSample, [61.7, 63.99, 73.0]);
  assertAlmostEquals(three.meanLower, (61.7 + 63.99 + 73.0) / 3, 1e-12);
  // n = 4: the middle pair sums to 2m, nothing is free: mean = (a + 2m + b)/4.
  // Boissel 2022 Table 3, blood on treatment: n = 4, 57.96 (26.6: 75.4).
  const four = medianConstraints({ n: 4, min: 26.6, median: 57.96, max: 75.4 });
  assertEquals([four.sampleKnown, four.freeObservations], [false, 0]);
  assertAlmostEquals(four.meanLower, (26.6 + 2 * 57.96 + 75.4) / 4, 1e-12);
  assertAlmostEquals(four.meanUpper, four.meanLower, 1e-12);
  const odd = medianConstraints({ n: 7, min: 0, median: 1, max: 10 });
  assertEquals([odd.medianIsObservation, odd.freeObservations], [true, 4]);
  assertAlmostEquals(odd.meanLower, (3 * 0 + 3 * 1 + 10) / 7, 1e-15);
  assertAlmostEquals(odd.meanUpper, (0 + 3 * 1 + 3 * 10) / 7, 1e-15);
});

Deno.test("medianConstraints: bad input is a RangeError naming the field and the value", () => {
  const ok = { n: 10, min: 1, median: 2, max: 5 };
  assertThrows(
    () => medianConstraints({ ...ok, min: 3 }),
    RangeError,
    "`min` must be ≤ `median` (median = 2), got 3",
  );
  assertThrows(
    () => medianConstraints({ ...ok, median: 6 }),
    RangeError,
    "`median` must be ≤ `max` (max = 5), got 6",
  );
  assertThrows(
    () => medianConstraints({ ...ok, n: 0 }),
    RangeError,
    "`n` must be an integer ≥ 1, got 0",
  );
  assertThrows(
    () => medianConstraints({ ...ok, n: 2.5 }),
    RangeError,
    "`n` must be an integer ≥ 1, got 2.5",
  );
  assertThrows(
    () => medianConstraints({ ...ok, min: Infinity }),
    RangeError,
    "`min` must be a finite number, got Infinity",
  );
  assertThrows(
    () => medianConstraints({ n: 1, min: 1, median: 1, max: 2 }),
    RangeError,
    "`max` must equal `min` and `median` when n = 1",
  );
  assertThrows(
    () => medianConstraints({ n: 2, min: 1, median: 1.5, max: 3 }),
    RangeError,
    "`median` must be (min + max)/2 = 2 when n = 2, got 1.5",
  );
});
