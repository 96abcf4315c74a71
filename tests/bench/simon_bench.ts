/**
 * Speed of the Simon design search, against R clinfun::ph2simon (Fortran) on this machine:
 * ~15 ms for p0 = 0.2, p1 = 0.4, α = 0.05, β = 0.2, nmax = 100, and ~0.7 s for p0 = 0.05,
 * p1 = 0.15, α = 0.05, β = 0.1, nmax = 300 (figures from the task brief). The nmax = 1000
 * search also prints the memory it holds (target: under 200 MB).
 *
 * Run: deno task bench (or deno bench tests/bench/simon_bench.ts)
 */
import { simonDesigns } from "../../lib/stats/simon_designs.ts";
import { twoStageInference } from "../../lib/stats/two_stage_inference.ts";
import { operatingCharacteristics } from "../../lib/stats/two_stage_characteristics.ts";

// Registered first and run once. Resident memory (rss) says little here: `deno bench` type-checks
// in the same process first, so rss starts near 400 MB. The search's memory is its typed arrays
// (binomial tables and bounds), which live outside the V8 heap: it is measured as the growth of
// V8's `external` memory from just before the search to its end (the arrays are still live at
// the last progress report).
let externalBefore = 0;
let externalAtEnd = 0;
Deno.bench("simonDesigns 0.6 vs 0.8, α 0.1, β 0.2, nmax 1000 (once; memory)", {
  group: "memory",
  n: 1,
  warmup: 0,
}, () => {
  externalBefore = Deno.memoryUsage().external;
  simonDesigns({
    p0: 0.6,
    p1: 0.8,
    alpha: 0.1,
    beta: 0.2,
    nmax: 1000,
    onProgress: (p) => {
      if (p.n === 1000) externalAtEnd = Deno.memoryUsage().external;
    },
    progressAfterMs: 0,
  });
});

globalThis.addEventListener("unload", () => {
  if (externalAtEnd > 0) {
    console.log(
      `simonDesigns nmax 1000: typed arrays held by the search ` +
        `${((externalAtEnd - externalBefore) / 2 ** 20).toFixed(1)} MiB (target: under 200 MB)`,
    );
  }
});

Deno.bench("simonDesigns 0.2 vs 0.4, α 0.05, β 0.2, nmax 100 (clinfun ~15 ms)", {
  group: "simon",
  baseline: true,
}, () => {
  simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 100 });
});

Deno.bench("simonDesigns 0.05 vs 0.15, α 0.05, β 0.1, nmax 300 (clinfun ~0.7 s)", {
  group: "simon",
}, () => {
  simonDesigns({ p0: 0.05, p1: 0.15, alpha: 0.05, beta: 0.1, nmax: 300 });
});

Deno.bench("twoStageInference, stage 2, minimax 6/11, 17/24", { group: "inference" }, () => {
  twoStageInference({ r1: 6, n1: 11, r: 17, n: 24 }, { stage: 2, x: 18 }, { p0: 0.6 });
});

Deno.bench("operatingCharacteristics, 101 points, 3/13, 12/43", { group: "inference" }, () => {
  operatingCharacteristics({ r1: 3, n1: 13, r: 12, n: 43 });
});
