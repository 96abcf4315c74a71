// Speed of `deno task audit` on one paper (issue 12's target: under 0.5 s including Deno's
// start-up, one paper, no workers). In-process: what the CLI does after start-up (read, audit,
// report); then the whole CLI process, as a user runs it, with and without the task's V8 flag
// `--no-regexp-tier-up` (it compiles the extractor's large regular expressions to machine code
// at once, instead of interpreting them first and compiling them again: the cold first paper
// then takes about half the time). The whole corpus: tests/bench/audit_cli_corpus.ts.
//
// Run: deno task bench (needs --allow-read --allow-run). Papers that are absent are left out.
import { auditForCli } from "../../lib/audit_cli/process.ts";
import { auditText } from "../../lib/report/audit_text.ts";
import { auditHtml } from "../../lib/report/audit_html.ts";
import { paperTextCandidates } from "../support/papers.ts";

const root = new URL("../../", import.meta.url);
const cli = new URL("lib/cli/audit.ts", root).pathname;

function existing(url: URL): string | undefined {
  try {
    return Deno.statSync(url).isFile ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

const papers: [string, string][] = [];
const aureli = paperTextCandidates("aureli-2023").map(existing).find((p) => p !== undefined);
if (aureli !== undefined) papers.push(["Aureli 2023 (123 kB)", aureli]);
const corpusPaper = existing(new URL("../shared/corpus/rct-train/PMC3266205.txt", root));
if (corpusPaper !== undefined) papers.push(["corpus PMC3266205 (96 kB, the largest)", corpusPaper]);

for (const [name, path] of papers) {
  const text = Deno.readTextFileSync(path);
  const request = { paragraphs: true, claims: true } as const;
  Deno.bench(`audit ${name}: read, audit, text report (in process)`, {
    group: `in process: ${name}`,
    baseline: true,
  }, () => {
    const paper = auditForCli(Deno.readTextFileSync(path), path, request);
    auditText({
      summaries: [paper.summary],
      papers: [paper],
      skipped: [],
      resumed: 0,
      filters: "",
    });
  });
  const paper = auditForCli(text, path, request);
  Deno.bench(`audit ${name}: HTML report (in process)`, { group: `in process: ${name}` }, () => {
    auditHtml({
      summaries: [paper.summary],
      papers: [paper],
      skipped: [],
      resumed: 0,
      filters: "",
    });
  });
  for (const flags of [["--v8-flags=--no-regexp-tier-up"], []]) {
    Deno.bench(
      `audit ${name}: whole CLI process${flags.length === 0 ? ", without the V8 flag" : ""}`,
      { group: `process: ${name}`, n: 10, ...(flags.length > 0 ? { baseline: true } : {}) },
      async () => {
        const { success } = await new Deno.Command(Deno.execPath(), {
          args: ["run", "--allow-read", "--allow-env=COLUMNS", ...flags, cli, path],
          stdout: "null",
          stderr: "inherit",
        }).output();
        if (!success) throw new Error(`deno task audit ${path} failed`);
      },
    );
  }
}
