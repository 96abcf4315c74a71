/**
 * metaTwoArm against metafor and published values. Reference values:
 * tests/fixtures/meta_two_arm.json, written by tests/fixtures/generate_meta_two_arm.R (R 4.2.2,
 * metafor 3.8.1: rma with tight convergence controls, rma.mh, rma.peto; versions recorded in
 * the JSON). Published values: metafor's own tests (wviechtb/metafor, tests/testthat/, cited
 * by file, commit and line), which compare rma.mh, rma.peto and rma with Stata's metan on
 * dat.bcg and reproduce Yusuf et al. (1985), p. 107.
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  META_POOLING_METHODS,
  metaTwoArm,
  type TwoArmStudy,
} from "../../lib/stats/meta_two_arm.ts";
import type { ComparisonMeasure } from "../../lib/stats/compare_proportions.ts";
import type { Tau2Method } from "../../lib/stats/meta_proportions.ts";
import { assertClose } from "./_close.ts";

type Num = number | null;
interface Dataset {
  name: string;
  label: string[];
  ai: number[];
  n1i: number[];
  ci: number[];
  n2i: number[];
  level: number;
}
interface Common {
  dataset: string;
  level: number;
  yi: Num[];
  vi: Num[];
  weights: number[];
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  zval: number;
  pval: number;
  I2: number;
  H2: number;
  Q: number;
  Qp: number;
}
interface IvCase extends Common {
  measure: ComparisonMeasure;
  tau2: Tau2Method;
  knappHartung: boolean;
  tau2Estimate: number;
  piLower: number;
  piUpper: number;
}
interface MhCase extends Common {
  measure: ComparisonMeasure;
  kyi: number;
  cmh: Num;
  cmhp: Num;
  cmhUncorrected: Num;
  cmhUncorrectedp: Num;
  tarone: Num;
  taronep: Num;
  breslowDay: Num;
  breslowDayp: Num;
  seGreenlandRobins?: number;
}
interface PetoCase extends Common {
  kyi: number;
}
interface Fixture {
  metafor: string;
  datasets: Dataset[];
  inverseVariance: IvCase[];
  mantelHaenszel: MhCase[];
  peto: PetoCase[];
}
const fixture: Fixture = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/meta_two_arm.json", import.meta.url)),
);

/**
 * Relative agreement required with metafor, on every quantity (with an absolute floor of 1e-13
 * for values at or near 0). Measured worst case over all cases: 1e-13 (p-values, Q).
 */
const TOL = 1e-10;
const ABS = 1e-13;

function studiesOf(name: string): TwoArmStudy[] {
  const d = fixture.datasets.find((s) => s.name === name)!;
  return d.ai.map((x, i) => ({
    a: { x, n: d.n1i[i]! },
    b: { x: d.ci[i]!, n: d.n2i[i]! },
    label: d.label[i]!,
  }));
}

function close(actual: Num, expected: Num, what: string): void {
  assertClose(actual, expected, TOL, what, ABS);
}

type Fit = ReturnType<typeof metaTwoArm>;
function compareCommon(fit: Fit, c: Common, label: string): void {
  fit.studies.forEach((s, i) => {
    close(s.yi, c.yi[i]!, `${label} yi[${i}]`);
    close(s.vi, c.vi[i]!, `${label} vi[${i}]`);
    close(s.weightPercent, c.weights[i]!, `${label} weight[${i}]`);
  });
  close(fit.pooled.estimate, c.estimate, `${label} estimate`);
  close(fit.pooled.se, c.se, `${label} se`);
  close(fit.pooled.lower, c.ciLower, `${label} ci.lb`);
  close(fit.pooled.upper, c.ciUpper, `${label} ci.ub`);
  close(fit.test.statistic, c.zval, `${label} zval`);
  close(fit.test.pValue, c.pval, `${label} pval`);
  close(fit.heterogeneity.q, c.Q, `${label} QE`);
  close(fit.heterogeneity.pValue, c.Qp, `${label} QEp`);
  close(fit.heterogeneity.i2, c.I2, `${label} I2`);
  close(fit.heterogeneity.h2, c.H2, `${label} H2`);
}

Deno.test("fixture covers every measure × tau² × test, MH and Peto, with metafor's version", () => {
  assertEquals(fixture.metafor, "3.8.1");
  assertEquals(fixture.inverseVariance.length, 156);
  assertEquals(fixture.mantelHaenszel.length, fixture.datasets.length * 3);
  assertEquals(fixture.peto.length, fixture.datasets.length);
});

for (const c of fixture.inverseVariance) {
  const name = `${c.dataset}: ${c.measure}, ${c.tau2}${c.knappHartung ? ", Knapp–Hartung" : ""}`;
  Deno.test(`metafor rma ${name}`, () => {
    const fit = metaTwoArm(studiesOf(c.dataset), {
      measure: c.measure,
      tau2: c.tau2,
      knappHartung: c.knappHartung,
      level: c.level,
    });
    compareCommon(fit, c, name);
    close(fit.heterogeneity.tau2, c.tau2Estimate, `${name} tau2`);
    close(fit.pooled.predictionLower, c.piLower, `${name} pi.lb`);
    close(fit.pooled.predictionUpper, c.piUpper, `${name} pi.ub`);
    assertEquals(fit.test.distribution, c.knappHartung ? "t" : "normal");
  });
}

/** Σ(aᵢ − Eᵢ): below ½ in absolute value, metafor's CMH correction differs from R's. */
function delta(name: string): number {
  return studiesOf(name).reduce((sum, s) => {
    const n = s.a.n + s.b.n;
    return sum + s.a.x - (s.a.n * (s.a.x + s.b.x)) / n;
  }, 0);
}

for (const c of fixture.mantelHaenszel) {
  Deno.test(`metafor rma.mh ${c.dataset}: ${c.measure}`, () => {
    const options = { measure: c.measure, pooling: "mantel-haenszel", level: c.level } as const;
    const fit = metaTwoArm(studiesOf(c.dataset), options);
    compareCommon(fit, c, `${c.dataset} MH ${c.measure}`);
    assertEquals(fit.heterogeneity.df, Math.max(0, c.kyi - 1));
    assertEquals([fit.heterogeneity.tau2, fit.method.tau2], [0, "FE"]);
    if (c.measure === "odds-ratio") {
      // metafor computes the CMH test for the odds ratio only (it is the same for every
      // measure); its correction equals R's whenever |Σ(a − E)| ≥ ½, as in every data set here
      assert(Math.abs(delta(c.dataset)) >= 0.5);
      close(fit.cmh!.statistic, c.cmh, "CMH");
      close(fit.cmh!.pValue, c.cmhp, "CMH p");
      const plain = metaTwoArm(studiesOf(c.dataset), { ...options, correct: false });
      close(plain.cmh!.statistic, c.cmhUncorrected, "CMH uncorrected");
      close(plain.cmh!.pValue, c.cmhUncorrectedp, "CMH uncorrected p");
      if (c.kyi > 1) {
        close(fit.tarone!.statistic, c.tarone, "Tarone");
        close(fit.tarone!.pValue, c.taronep, "Tarone p");
        close(fit.breslowDay!.statistic, c.breslowDay, "Breslow–Day");
        close(fit.breslowDay!.pValue, c.breslowDayp, "Breslow–Day p");
      } else {
        // One stratum: metafor reports BD = TA = 0 with p = NA; we report no test.
        assertEquals([fit.breslowDay, fit.tarone, c.tarone, c.taronep], [null, null, 0, null]);
      }
    } else {
      assertEquals([fit.breslowDay, fit.tarone], [null, null]);
    }
    if (c.seGreenlandRobins !== undefined) {
      const gr = metaTwoArm(studiesOf(c.dataset), {
        ...options,
        differenceVariance: "greenland-robins",
      });
      close(gr.pooled.se, c.seGreenlandRobins, "Greenland–Robins se");
      assertEquals(gr.method.differenceVariance, "greenland-robins");
    }
  });
}

for (const c of fixture.peto) {
  Deno.test(`metafor rma.peto ${c.dataset}`, () => {
    const fit = metaTwoArm(studiesOf(c.dataset), { pooling: "peto", level: c.level });
    assertEquals(fit.method.measure, "odds-ratio");
    compareCommon(fit, c, `${c.dataset} Peto`);
    assertEquals(fit.heterogeneity.df, Math.max(0, c.kyi - 1));
    assertEquals([fit.cmh, fit.breslowDay], [null, null]);
  });
}

Deno.test("published: metafor's comparisons with Stata's metan on dat.bcg", () => {
  const bcg = studiesOf("bcg");
  const four = (v: number) => v.toFixed(4);
  const show = (fit: Fit, natural: boolean) => {
    const s = natural ? fit.effect : fit.pooled;
    return [s.estimate, s.lower, s.upper].map(four);
  };
  // tests/testthat/test_misc_metan_vs_rma.mh_with_dat.bcg.r (commit 191d2cb)
  const rr = metaTwoArm(bcg, { measure: "ratio", pooling: "mantel-haenszel" });
  assertEquals(show(rr, false), ["-0.4537", "-0.5308", "-0.3766"]); // :13–15
  assertEquals([four(rr.test.statistic), four(rr.heterogeneity.q)], ["-11.5338", "152.5676"]); // :16–17
  assertEquals(show(rr, true), ["0.6353", "0.5881", "0.6862"]); // :23–25
  const or = metaTwoArm(bcg, { measure: "odds-ratio", pooling: "mantel-haenszel" });
  assertEquals(show(or, false), ["-0.4734", "-0.5538", "-0.3930"]); // :35–37
  assertEquals([four(or.test.statistic), four(or.heterogeneity.q)], ["-11.5444", "163.9426"]); // :38–39
  assertEquals(show(or, true), ["0.6229", "0.5748", "0.6750"]); // :45–47
  const rd = metaTwoArm(bcg, { measure: "difference", pooling: "mantel-haenszel" });
  assertEquals(show(rd, false), ["-0.0033", "-0.0039", "-0.0027"]); // :57–59
  assertEquals([four(rd.test.statistic), four(rd.heterogeneity.q)], ["-11.4708", "386.7759"]); // :60–61
  // :60 notes "11.56 in Stata": metan uses the Greenland–Robins (1985) variance
  const rdGr = metaTwoArm(bcg, {
    measure: "difference",
    pooling: "mantel-haenszel",
    differenceVariance: "greenland-robins",
  });
  assertEquals(rdGr.test.statistic.toFixed(2), "-11.56");
  // tests/testthat/test_misc_metan_vs_rma.peto_with_dat.bcg.r (commit 191d2cb)
  const peto = metaTwoArm(bcg, { pooling: "peto" });
  assertEquals(show(peto, false), ["-0.4744", "-0.5541", "-0.3948"]); // :13–15
  assertEquals([four(peto.test.statistic), four(peto.heterogeneity.q)], ["-11.6689", "167.7302"]); // :16–17
  assertEquals(show(peto, true), ["0.6222", "0.5746", "0.6738"]); // :23–25
  // tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r (commit 0e54b31)
  const cases: [ComparisonMeasure, Tau2Method, string[], string, string, string[] | null][] = [
    ["ratio", "FE", ["-0.4303", "-0.5097", "-0.3509"], "-10.6247", "152.2330", [
      "0.6503",
      "0.6007",
      "0.7040",
    ]], // :16–28
    ["ratio", "DL", ["-0.7141", "-1.0644", "-0.3638"], "-3.9952", "0.3088", [
      "0.4896",
      "0.3449",
      "0.6950",
    ]], // :41–54 (τ²)
    ["odds-ratio", "FE", ["-0.4361", "-0.5190", "-0.3533"], "-10.3190", "163.1649", [
      "0.6465",
      "0.5951",
      "0.7024",
    ]], // :67–79
    ["odds-ratio", "DL", ["-0.7474", "-1.1242", "-0.3706"], "-3.8873", "0.3663", [
      "0.4736",
      "0.3249",
      "0.6903",
    ]], // :92–105 (τ²)
    ["difference", "FE", ["-0.0009", "-0.0014", "-0.0005"], "-4.0448", "276.4737", null], // :118–122
    ["difference", "DL", ["-0.0071", "-0.0101", "-0.0040"], "-4.5128", "0.0000", null], // :135–139 (τ²)
  ];
  for (const [measure, tau2, log, z, qOrTau2, natural] of cases) {
    const fit = metaTwoArm(bcg, { measure, tau2 });
    assertEquals(show(fit, false), log, `${measure} ${tau2}`);
    assertEquals(four(fit.test.statistic), z);
    assertEquals(four(tau2 === "FE" ? fit.heterogeneity.q : fit.heterogeneity.tau2), qOrTau2);
    if (natural) assertEquals(show(fit, true), natural);
  }
  // I² of the DL fits: :46 (RR) 92.1173, :97 (OR) 92.6455, :140 (RD) 95.6596
  const i2 = (measure: ComparisonMeasure) =>
    metaTwoArm(bcg, { measure, tau2: "DL" }).heterogeneity.i2;
  assertEquals([i2("ratio"), i2("odds-ratio"), i2("difference")].map(four), [
    "92.1173",
    "92.6455",
    "95.6596",
  ]);
});

Deno.test("published: Yusuf et al. (1985), Table 6, Peto's odds ratio 0.93 (0.74 to 1.18)", () => {
  // Yusuf 1985, p. 107, as metafor's tests/testthat/test_analysis_example_yusuf1985.r:33–34
  // (commit 01464f3) reproduce it with rma.peto on dat.yusuf1985, table 6.
  const fit = metaTwoArm(studiesOf("yusuf1985"), { pooling: "peto" });
  const e = fit.effect;
  assertEquals([e.estimate, e.lower, e.upper].map((v) => v.toFixed(2)), ["0.93", "0.74", "1.18"]);
});

Deno.test("zero cells: ½ added for yi/vi only where a cell is 0; MH and Peto drop double zeros from Q", () => {
  const studies = studiesOf("yusuf1985");
  const iv = metaTwoArm(studies, { measure: "odds-ratio" });
  const mh = metaTwoArm(studies, { measure: "odds-ratio", pooling: "mantel-haenszel" });
  studies.forEach((s, i) => {
    const zero = [s.a.x, s.a.n - s.a.x, s.b.x, s.b.n - s.b.x].includes(0);
    const doubleZero = s.a.x === 0 && s.b.x === 0;
    assertEquals(iv.studies[i]!.corrected, zero, s.label);
    assert(iv.studies[i]!.yi !== null, "inverse variance keeps every study");
    assertEquals(mh.studies[i]!.yi === null, doubleZero, s.label);
    if (doubleZero) assertEquals(mh.studies[i]!.weightPercent, 0);
  });
  // Pitt, Hutton and Yusuf have no event in either arm: 21 studies, Q on 17 df
  assertEquals([mh.k, mh.heterogeneity.df, iv.heterogeneity.df], [21, 17, 20]);
  // b = d = 0 (only events in both arms) counts as a double zero too
  const allEvents = metaTwoArm(studiesOf("all-events"), { pooling: "peto" });
  assertEquals(allEvents.studies.map((s) => s.yi === null), [false, true, false, false]);
});

Deno.test("single study, defaults and options that do not apply", () => {
  const one = studiesOf("single-study");
  const fit = metaTwoArm(one);
  assertEquals(fit.method, {
    measure: "ratio",
    pooling: "inverse-variance",
    tau2: "REML",
    level: 0.95,
    knappHartung: false,
    differenceVariance: null,
  });
  assert(fit.note?.startsWith("a single study"));
  assertEquals(fit.pooled.predictionLower, fit.pooled.lower);
  assertEquals(metaTwoArm(one, { pooling: "peto" }).method.measure, "odds-ratio");
  assertEquals([...META_POOLING_METHODS], ["inverse-variance", "mantel-haenszel", "peto"]);
  // τ² = "FE" is accepted with a common-effect method (it says the same thing)
  assertEquals(metaTwoArm(one, { pooling: "mantel-haenszel", tau2: "FE" }).method.tau2, "FE");
});

Deno.test("results are frozen and carry their inputs; weights sum to 100", () => {
  const fit = metaTwoArm(studiesOf("bcg"), { pooling: "mantel-haenszel", measure: "odds-ratio" });
  for (const part of [fit, fit.studies, fit.studies[0], fit.pooled, fit.effect, fit.test]) {
    assert(Object.isFrozen(part));
  }
  assertEquals(fit.studies[0]!.a, { x: 4, n: 123 });
  assertEquals(fit.studies[0]!.label, "Aronson 1948");
  assertClose(fit.studies.reduce((s, x) => s + x.weightPercent, 0), 100, 1e-13, "weights");
  assert(JSON.parse(JSON.stringify(fit)).cmh.correct === true);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { a: { x: 3, n: 10 }, b: { x: 5, n: 10 } };
  const cases: [unknown, unknown, ErrorConstructor, string][] = [
    [[], {}, RangeError, "`studies` must contain at least one study, got 0"],
    [{}, {}, TypeError, "`studies` must be an array of { a, b }"],
    [[ok, 3], {}, TypeError, "`studies[1]` must be an object { a, b }, got 3"],
    [
      [{ ...ok, a: { x: -1, n: 10 } }],
      {},
      RangeError,
      "`studies[0].a.x` must be an integer ≥ 0, got -1",
    ],
    [[{ ...ok, endpoint: 1 }], {}, TypeError, "`studies[0].endpoint` must be a string, got 1"],
    [
      [ok],
      { measure: "OR" },
      RangeError,
      '`measure` must be one of "difference", "ratio", "odds-ratio", got "OR"',
    ],
    [[ok], { pooling: "MH" }, RangeError, '`pooling` must be one of "inverse-variance"'],
    [
      [ok],
      { pooling: "peto", measure: "ratio" },
      RangeError,
      '`measure` must be "odds-ratio" for pooling "peto"',
    ],
    [[ok], { tau2: "HS" }, RangeError, '`tau2` must be one of "DL", "REML", "PM", "FE", got "HS"'],
    [
      [ok],
      { pooling: "mantel-haenszel", tau2: "DL" },
      RangeError,
      '`tau2` must be "FE" (or left out) for pooling "mantel-haenszel"',
    ],
    [
      [ok, ok],
      { pooling: "peto", knappHartung: true },
      RangeError,
      '`knappHartung` applies to pooling "inverse-variance" only',
    ],
    [[ok], { knappHartung: true }, RangeError, "`knappHartung` needs at least 2 studies"],
    [[ok], { knappHartung: 1 }, TypeError, "`knappHartung` must be a boolean, got 1"],
    [[ok], { correct: "no" }, TypeError, '`correct` must be a boolean, got "no"'],
    [[ok], { level: -0.1 }, RangeError, "`level` must be in (0, 1), got -0.1"],
    [
      [ok],
      { differenceVariance: "RevMan" },
      RangeError,
      '`differenceVariance` must be one of "sato", "greenland-robins"',
    ],
    [
      [{ ...ok, label: "A", endpoint: "CR" }, { ...ok, label: "B", endpoint: "CR/CRh" }],
      {},
      RangeError,
      'cannot pool different endpoints: "CR" (A) vs "CR/CRh" (B)',
    ],
    [
      [{ a: { x: 0, n: 5 }, b: { x: 0, n: 5 } }, { a: { x: 5, n: 5 }, b: { x: 5, n: 5 } }],
      { pooling: "peto" },
      RangeError,
      "Peto's odds ratio of `studies` is not estimable",
    ],
    [
      [{ a: { x: 0, n: 5 }, b: { x: 2, n: 5 } }],
      { pooling: "mantel-haenszel", measure: "odds-ratio" },
      RangeError,
      "the Mantel–Haenszel odds ratio of `studies` is not estimable",
    ],
  ];
  for (const [studies, options, ErrorClass, message] of cases) {
    assertThrows(() => metaTwoArm(studies as never, options as never), ErrorClass, message);
  }
  // Mixed endpoints may be pooled on request
  const mixed = [{ ...ok, endpoint: "CR" }, { ...ok, endpoint: "CR/CRh" }];
  assertEquals(metaTwoArm(mixed, { allowMixedEndpoints: true }).k, 2);
});
