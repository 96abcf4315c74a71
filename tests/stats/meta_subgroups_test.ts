/**
 * metaSubgroups and leaveOneOut against metafor. Reference values: tests/fixtures/meta.json
 * ("subgroups" and "leaveOneOut"), written by tests/fixtures/generate_meta.R (R 4.2.2,
 * metafor 3.8.1).
 */
import { assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import type { MetaTransform, Tau2Method } from "../../lib/stats/meta_proportions.ts";
import { leaveOneOut, metaSubgroups } from "../../lib/stats/meta_subgroups.ts";

interface Fixture {
  datasets: { name: string; label: string[]; x: number[]; n: number[] }[];
  subgroups: {
    dataset: string;
    transform: MetaTransform;
    tau2: Tau2Method;
    groups: string[];
    group: string[];
    estimate: number[];
    se: number[];
    tau2Estimate: number[];
    Qbetween: number;
    df: number;
    p: number;
  }[];
  leaveOneOut: {
    dataset: string;
    transform: MetaTransform;
    tau2: Tau2Method;
    estimate: number[];
    se: number[];
    ciLower: number[];
    ciUpper: number[];
    Q: number[];
    Qp: number[];
    tau2Estimate?: number[];
    I2: number[];
    H2: number[];
  }[];
}

const fixture: Fixture = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/meta.json", import.meta.url)),
);
const TOL = 1e-6;

for (const s of fixture.subgroups) {
  Deno.test(`subgroups vs metafor: ${s.dataset}, ${s.transform}, ${s.tau2}`, () => {
    const d = fixture.datasets.find((x) => x.name === s.dataset)!;
    const studies = d.x.map((x, i) => ({ x, n: d.n[i]!, label: d.label[i]!, group: s.group[i]! }));
    const result = metaSubgroups(studies, { transform: s.transform, tau2: s.tau2 });
    assertEquals(result.subgroups.map((g) => g.group), s.groups);
    result.subgroups.forEach((g, i) => {
      assertAlmostEquals(g.fit.transformed.estimate, s.estimate[i]!, TOL);
      assertAlmostEquals(g.fit.transformed.se, s.se[i]!, TOL);
      assertAlmostEquals(g.fit.heterogeneity.tau2, s.tau2Estimate[i]!, TOL);
    });
    assertAlmostEquals(result.between.q, s.Qbetween, TOL);
    assertEquals(result.between.df, s.df);
    assertAlmostEquals(result.between.pValue, s.p, TOL);
    assertEquals(result.overall.k, studies.length);
  });
}

for (const l of fixture.leaveOneOut) {
  Deno.test(`leave-one-out vs metafor leave1out(): ${l.transform}, ${l.tau2}`, () => {
    const d = fixture.datasets.find((x) => x.name === l.dataset)!;
    const studies = d.x.map((x, i) => ({ x, n: d.n[i]!, label: d.label[i]! }));
    const rows = leaveOneOut(studies, { transform: l.transform, tau2: l.tau2 });
    assertEquals(rows.map((r) => r.omitted), d.label);
    rows.forEach(({ fit }, i) => {
      assertAlmostEquals(fit.transformed.estimate, l.estimate[i]!, TOL);
      assertAlmostEquals(fit.transformed.se, l.se[i]!, TOL);
      assertAlmostEquals(fit.transformed.lower, l.ciLower[i]!, TOL);
      assertAlmostEquals(fit.transformed.upper, l.ciUpper[i]!, TOL);
      assertAlmostEquals(fit.heterogeneity.q, l.Q[i]!, TOL);
      assertAlmostEquals(fit.heterogeneity.pValue, l.Qp[i]!, TOL);
      assertAlmostEquals(fit.heterogeneity.tau2, l.tau2Estimate?.[i] ?? 0, TOL);
      assertAlmostEquals(fit.heterogeneity.i2, l.I2[i]!, TOL);
      assertAlmostEquals(fit.heterogeneity.h2, l.H2[i]!, TOL);
    });
  });
}

Deno.test("subgroups: bad input names the argument", () => {
  const one = [{ x: 1, n: 10, group: "a" }, { x: 2, n: 10, group: "a" }];
  assertThrows(() => metaSubgroups(one), RangeError, 'at least 2 subgroups, got 1 ("a")');
  assertThrows(
    () => metaSubgroups([{ x: 1, n: 10, group: "a" }, { x: 2, n: 10, group: " " }]),
    RangeError,
    '`studies[1].group` must be a non-empty string, got " "',
  );
  assertThrows(
    () => metaSubgroups([{ x: 11, n: 10, group: "a" }, { x: 2, n: 10, group: "b" }]),
    RangeError,
    "`studies[0].x`",
  );
});

Deno.test("leave-one-out: one study is refused", () => {
  assertThrows(
    () => leaveOneOut([{ x: 1, n: 10 }]),
    RangeError,
    "`studies` must contain at least 2 studies, got 1",
  );
});
