// Speed of the automatic audit (issue 12): the whole dev corpus (3,562 papers, 95 MB) must run in
// ≤ 60 s on 2 cores with 2 workers, so one core must audit ≥ 35 papers/s (~30 ms for a 27 kB
// paper). Run: deno task bench (needs --allow-read). The whole corpus on one core is measured by
//   deno run --allow-read tests/bench/audit_corpus.ts
import { auditPaper } from "../../lib/audit/audit.ts";
import { extractStatements } from "../../lib/extract/extract.ts";
import { readPaper } from "../support/papers.ts";

const boissel = readPaper("boissel-2022");
const aureli = readPaper("aureli-2023");

const corpus = new URL("../../../shared/corpus/rct-train/", import.meta.url);
/** The first 100 corpus papers in name order (a fixed sample), when the corpus is there. */
const sample: string[] = (() => {
  try {
    return [...Deno.readDirSync(corpus)]
      .map((e) => e.name)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .slice(0, 100)
      .map((n) => Deno.readTextFileSync(new URL(n, corpus)));
  } catch {
    return [];
  }
})();

if (boissel !== undefined) {
  Deno.bench("audit: Boissel 2022 (31 kB), extract only", { group: "paper" }, () => {
    extractStatements(boissel);
  });
  Deno.bench("audit: Boissel 2022 (31 kB), extract and re-derive", {
    group: "paper",
    baseline: true,
  }, () => {
    auditPaper(boissel);
  });
}
if (aureli !== undefined) {
  Deno.bench("audit: Aureli 2023 (123 kB), extract and re-derive", { group: "paper" }, () => {
    auditPaper(aureli);
  });
}
if (sample.length > 0) {
  // Target: ≥ 35 papers/s on one core, i.e. ≤ 2.9 s for these 100 papers.
  Deno.bench(
    "audit: 100 corpus papers (one core; target ≤ 2.9 s)",
    { group: "corpus", n: 5 },
    () => {
      for (const text of sample) auditPaper(text);
    },
  );
}
