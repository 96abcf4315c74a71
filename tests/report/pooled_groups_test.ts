// Tests of lib/report/pooled_groups.ts on data/aureli-2023/trials.csv (the transcription of
// Aureli 2023 and Boissel 2022; each row quotes its sentence) and on copies of its rows with one
// field changed.
import { assertEquals, assertThrows } from "@std/assert";
import { poolableGroups } from "../../lib/report/pooled_groups.ts";
import { loadTrials, type TrialResult } from "../../lib/trials/trials.ts";

const rows = await loadTrials(new URL("../../data/aureli-2023/trials.csv", import.meta.url));

Deno.test("trials.csv: one poolable group, blinatumomab CR/CRh in adult R/R B-ALL", () => {
  const groups = poolableGroups(rows);
  assertEquals(groups.map((g) => g.title), [
    "blinatumomab — CR/CRh, adult, relapsed/refractory",
  ]);
  // Aureli 2023 §4.1.1: Topp 2015 [70] "43% (81/189)"; ALCANTARA [79] "Sixteen patients out
  // of forty-five enrolled achieved a CR/CRh rate of 36%".
  assertEquals(groups[0]!.studies.map((s) => [s.label, s.x, s.n]), [
    ["Topp 2015 [ref 70]", 81, 189],
    ["ALCANTARA [ref 79]", 16, 45],
  ]);
  assertEquals(
    groups[0]!.studies.every((s) => s.population === "adult, relapsed/refractory"),
    true,
  );
});

Deno.test("different endpoint, agent, population or kind, or no counts: not pooled", () => {
  const topp = rows.find((r) => r.id === "a-topp-2015-cr-crh")!;
  const copy = (change: Partial<TrialResult>): TrialResult => ({ ...topp, ...change });
  // TOWER's "34%" CR (not CR/CRh) and no count; a CR row of another agent; a pediatric row.
  assertEquals(poolableGroups([topp, copy({ endpoint: "CR" })]), []);
  assertEquals(poolableGroups([topp, copy({ agent: "inotuzumab ozogamicin" })]), []);
  assertEquals(poolableGroups([topp, copy({ age: "pediatric" })]), []);
  assertEquals(poolableGroups([topp, copy({ setting: "first relapse" })]), []);
  assertEquals(poolableGroups([topp, copy({ kind: "safety" })]), []);
  assertEquals(poolableGroups([topp, copy({ responders: null, basis: "percent-only" })]), []);
  // A single study is a group only when asked for.
  assertEquals(poolableGroups([topp], 1).length, 1);
  assertThrows(() => poolableGroups(rows, 0), RangeError, "`minStudies`");
  assertThrows(() => poolableGroups(rows, 1.5), RangeError, "`minStudies`");
});
