// The automatic audit over a whole folder of papers on one core, for the speed figure
// (≥ 35 papers/s per core, so that 2 workers on 2 cores audit the 3,562-paper dev corpus in
// ≤ 60 s). Prints papers/s, the slowest paper and the corpus summary; writes nothing.
//   deno run --allow-read tests/bench/audit_corpus.ts [DIR]   (default ../shared/corpus/rct-train/)
import { auditPaper } from "../../lib/audit/audit.ts";
import { mergeSummaries } from "../../lib/audit/summary.ts";

const dir = Deno.args[0] ?? new URL("../../../shared/corpus/rct-train/", import.meta.url).pathname;
const names = [...Deno.readDirSync(dir)]
  .filter((e) => e.isFile && e.name.endsWith(".txt"))
  .map((e) => e.name)
  .sort();
// Reading is timed apart: the figure is the engine's.
const texts = names.map((n) => Deno.readTextFileSync(`${dir}/${n}`));
const bytes = texts.reduce((a, t) => a + t.length, 0);
const summaries = [];
let slowest = { ms: 0, name: "" };
const t0 = performance.now();
for (const [i, text] of texts.entries()) {
  const a = performance.now();
  summaries.push(auditPaper(text, { file: names[i]! }).summary);
  const ms = performance.now() - a;
  if (ms > slowest.ms) slowest = { ms, name: names[i]! };
}
const seconds = (performance.now() - t0) / 1000;
const all = mergeSummaries(summaries);
console.log(
  `${names.length} papers (${(bytes / 1e6).toFixed(1)} M characters) in ${seconds.toFixed(1)} s ` +
    `on one core: ${(names.length / seconds).toFixed(0)} papers/s; slowest ${
      slowest.ms.toFixed(0)
    } ms ` +
    `(${slowest.name}, the first call includes compiling)`,
);
console.log(
  `${all.statements} statements (${all.dropped} dropped); papers with statements ` +
    `${all.papersWithStatements}; with an explicit discrepancy ${all.papersWithExplicitDiscrepancy} ` +
    `(${((100 * all.papersWithExplicitDiscrepancy) / all.papers).toFixed(1)}% of all papers)`,
);
console.log(JSON.stringify({ byStatus: all.byStatus, byTier: all.byTier, byKind: all.byKind }));
