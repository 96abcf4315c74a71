/**
 * Peak memory of a Simon design search at nmax = 1000, measured in a process of its own:
 * runs the search, then prints the process's peak resident set size (Linux `VmHWM`, which
 * includes the Deno runtime itself). `simon_bench.ts` runs this script and reports the figure
 * against the 200 MB target; it can also be run alone:
 *
 *     deno run --allow-all tests/bench/simon_peak_memory.ts
 *
 * (`--allow-all` because Deno grants `/proc/self` only with it.)
 *
 * @module
 */
import { simonDesigns } from "../../lib/stats/simon_designs.ts";

const result = simonDesigns({ p0: 0.6, p1: 0.8, alpha: 0.1, beta: 0.2, nmax: 1000 });
const status = Deno.readTextFileSync("/proc/self/status");
const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
console.log(JSON.stringify({ peakMiB: peakKiB / 1024, minimaxN: result.minimax.n }));
