// Speed of `deno task reproduce` on the repository's data/ (target: a warm run under 1 s,
// start-up included; the in-process parts below are what the CLI does after start-up).
// Run: deno task bench (needs --allow-read). The whole CLI, start-up included, is timed by
//   time deno run --allow-read lib/cli/reproduce.ts > /dev/null
import { reportLedger } from "../../lib/ledger/findings.ts";
import { readLedger } from "../../lib/ledger/load.ts";
import { runLedger } from "../../lib/ledger/run.ts";
import { toJson } from "../../lib/report/json.ts";
import { toText } from "../../lib/report/text.ts";

const data = new URL("../../data", import.meta.url).pathname;
const papers = await readLedger(data);
const report = reportLedger(papers);
const { entries } = report;

Deno.bench("reproduce: load and validate the ledger (all CSVs)", { group: "ledger" }, async () => {
  await readLedger(data);
});

Deno.bench("reproduce: run every check", { group: "ledger", baseline: true }, () => {
  runLedger(papers);
});

Deno.bench("reproduce: run every check and group the findings", { group: "ledger" }, () => {
  reportLedger(papers);
});

Deno.bench("reproduce: text report", { group: "report" }, () => {
  toText(report);
});

Deno.bench("reproduce: JSON report", { group: "report" }, () => {
  toJson(entries.map((e) => e.result));
});

Deno.bench("reproduce: load, run and render (the CLI after start-up)", async () => {
  toText(reportLedger(await readLedger(data)));
});

// The whole command as a user runs it, start-up included (target: a warm run under 1 s). The
// first iterations warm Deno's module cache; the timing is of the process, end to end.
const cli = new URL("../../lib/cli/reproduce.ts", import.meta.url).pathname;
Deno.bench("reproduce: whole CLI process, warm (deno run … --json)", {
  group: "process",
  n: 10,
}, async () => {
  const { success } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-env", cli, "--json"],
    stdout: "null",
    stderr: "inherit",
  }).output();
  if (!success) throw new Error("reproduce --json failed");
});
