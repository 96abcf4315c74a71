/**
 * The randomized comparisons of Aureli 2023, re-derived from the printed counts. Reference
 * p-values: R 4.2.2 `fisher.test(matrix(c(xa, na - xa, xb, nb - xb), 2, byrow = TRUE))`;
 * Newcombe limits: statsmodels 0.13.5 `confint_proportions_2indep(..., method="newcomb")`.
 */
import { assertAlmostEquals, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { rederiveComparisons } from "../../../lib/papers/aureli-2023/comparisons.ts";
import { loadTrials } from "../../../lib/trials/trials.ts";

const rows = await loadTrials(new URL("../../../data/aureli-2023/trials.csv", import.meta.url));
const results = rederiveComparisons(rows);
const find = (comparison: string, endpoint: string) =>
  results.find((r) => r.comparison === comparison && r.endpoint === endpoint)!;

Deno.test("Locatelli 2021 CR: 44/49 (90%) vs 26/48 (54%), Aureli 2023 §4.1.2", () => {
  const c = find("locatelli-2021", "CR");
  assertEquals(c.status, "reproduced");
  const [t] = c.tables;
  assertAlmostEquals(t!.fisherPValue, 9.753680999013644e-05, 1e-12); // R fisher.test
  assertAlmostEquals(t!.difference.lower, 0.18044253852871459, 1e-9); // statsmodels newcomb
  assertAlmostEquals(t!.difference.upper, 0.5065523841725362, 1e-9);
  assertStringIncludes(c.explanation, "44/49 (89.8%) vs 26/48 (54.2%)");
});

Deno.test("Locatelli 2021 deaths 8 vs 16 of 54 (14.8% vs 29.6%): not significant", () => {
  const c = find("locatelli-2021", "death");
  assertAlmostEquals(c.tables[0]!.fisherPValue, 0.1040055906675122, 1e-12); // R fisher.test
  assertAlmostEquals(c.tables[0]!.difference.upper, 0.009642745871752123, 1e-9); // statsmodels
});

Deno.test("Locatelli 2021 adverse events 31.5% vs 57.4% 'significantly fewer'", () => {
  const c = find("locatelli-2021", "adverse events (as worded)");
  assertEquals([c.tables[0]!.a.x, c.tables[0]!.b.x], [17, 31]);
  assertAlmostEquals(c.tables[0]!.fisherPValue, 0.0114565842276932, 1e-12); // R fisher.test
  assertEquals(c.status, "reproduced");
});

Deno.test("TOWER CR 34% of 271 vs 16% of 134, p < 0.001: six tables, all below", () => {
  const c = find("tower", "CR");
  assertEquals(c.a.candidates, [91, 92, 93]);
  assertEquals(c.b.candidates, [21, 22]);
  assertEquals(c.tables.length, 6);
  // R fisher.test: 93/271 vs 21/134 gives the smallest p, 91/271 vs 22/134 the largest
  assertAlmostEquals(c.pValueRange![0], 6.264573839899086e-05, 1e-12);
  assertAlmostEquals(c.pValueRange![1], 0.0002498252145681408, 1e-12);
  assertEquals(c.status, "reproduced");
});

Deno.test("INO-VATE, Brown 2021 and TOWER MRD are not derivable (no arm sizes)", () => {
  for (
    const [comparison, endpoint] of [
      ["ino-vate", "CR"],
      ["brown-2021", "MRD clearance"],
      ["tower", "MRD negativity"],
    ]
  ) {
    const c = find(comparison!, endpoint!);
    assertEquals([c.status, c.tables.length, c.pValueRange], ["not-derivable", 0, null]);
  }
});

Deno.test("Brown 2021 DFS and OS are survival estimates, not counts", () => {
  for (const endpoint of ["DFS", "OS"]) {
    const c = find("brown-2021", endpoint);
    assertEquals(c.status, "not-derivable");
    assertStringIncludes(c.explanation, "survival estimates at a time point");
  }
});

Deno.test("a comparison without a control arm is refused", () => {
  const arm = rows.find((r) => r.id === "a-locatelli-2021-blinatumomab-cr")!;
  assertThrows(
    () => rederiveComparisons([arm]),
    RangeError,
    'comparison "locatelli-2021/CR" must have one experimental and one chemotherapy arm',
  );
});
