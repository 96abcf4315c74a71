/**
 * Cross-check against jStat (npm:jstat 1.9.6), the JavaScript statistics library the project
 * chose. The core no longer calls it — its beta inverse is good to only ~1e-9 relative, and the
 * issue asks for 1e-10 on exact intervals up to n = 100 000 — but an independent library
 * agreeing within its own documented accuracy guards against a gross error in ours.
 */
import { assert } from "@std/assert";
import jStatModule from "jstat";
import {
  betaCdf,
  betaQuantile,
  chiSquareCdf,
  normalQuantile,
  studentTQuantile,
} from "../../lib/stats/distributions.ts";

// deno-lint-ignore no-explicit-any
const jStat: any = (jStatModule as any).jStat ?? jStatModule;

/** jStat's accuracy as measured here: ~1e-9 relative for inverse beta, ~1e-8 when a < 1. */
const JSTAT_RELATIVE = 1e-7;
const JSTAT_ABSOLUTE = 1e-14;

function close(ours: number, theirs: number, what: string): void {
  const scale = Math.max(Math.abs(ours), Math.abs(theirs));
  assert(
    Math.abs(ours - theirs) <= JSTAT_RELATIVE * scale + JSTAT_ABSOLUTE,
    `${what}: ${ours} vs jStat ${theirs}`,
  );
}

Deno.test("distributions agree with jStat 1.9.6 within jStat's accuracy", () => {
  for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
    close(normalQuantile(p), jStat.normal.inv(p, 0, 1), `normalQuantile(${p})`);
    close(studentTQuantile(p, 7), jStat.studentt.inv(p, 7), `studentTQuantile(${p}, 7)`);
    for (const [a, b] of [[1, 14], [3, 12], [81, 109], [0.5, 14.5]] as const) {
      close(betaQuantile(p, a, b), jStat.beta.inv(p, a, b), `betaQuantile(${p}, ${a}, ${b})`);
    }
  }
  for (const x of [0.05, 0.3, 0.7]) close(betaCdf(x, 5, 7), jStat.ibeta(x, 5, 7), `betaCdf(${x})`);
  for (const x of [0.5, 3.84, 10]) close(chiSquareCdf(x, 3), jStat.chisquare.cdf(x, 3), "chi2");
});
