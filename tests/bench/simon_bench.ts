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

// Memory at nmax = 1000: the search runs in a process of its own (simon_peak_memory.ts), which
// reports its peak resident set size, Deno runtime included. Measuring inside this process says
// little: `deno bench` type-checks first, so its rss starts near 400 MB.
Deno.bench("simonDesigns 0.6 vs 0.8, α 0.1, β 0.2, nmax 1000 (own process; peak memory)", {
  group: "memory",
  n: 1,
  warmup: 0,
}, async () => {
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", new URL("./simon_peak_memory.ts", import.meta.url).pathname],
    stderr: "inherit",
  }).output();
  if (!success) throw new Error("simon_peak_memory.ts failed");
  const { peakMiB } = JSON.parse(new TextDecoder().decode(stdout)) as { peakMiB: number };
  console.log(
    `simonDesigns nmax 1000: peak resident memory ${peakMiB.toFixed(1)} MiB, ` +
      `Deno runtime included (target: under 200 MB)`,
  );
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
