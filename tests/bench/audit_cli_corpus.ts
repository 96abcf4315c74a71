/**
 * The whole `deno task audit` over a corpus, as a user runs it (issue 12's speed and memory
 * targets: the 3,562-paper dev corpus in at most 60 s on this 2-core machine, i.e. at least
 * 60 papers/s, with a peak resident set under 1 GB). Runs the CLI in a process of its own with
 * the task's flags and `--jsonl` (records to a counter, the progress and totals to this
 * script's stderr), polls the process's peak resident set size (Linux `VmHWM` of
 * `/proc/<pid>/status`; the workers are threads of that process, so it covers them), and prints
 * papers/s and the peak.
 *
 *     deno run --allow-all tests/bench/audit_cli_corpus.ts [DIR] [CLI options…]
 *
 * DIR defaults to `../shared/corpus/rct-train/` beside the checkout; options are passed on
 * (`--workers 1`, `--html /tmp/corpus.html`, …). (`--allow-all` because Deno grants `/proc`
 * only with it.) A script, not a test: timings are never asserted.
 *
 * @module
 */

const root = new URL("../../", import.meta.url);
const first = Deno.args[0];
const dir = first !== undefined && !first.startsWith("-")
  ? first
  : new URL("../shared/corpus/rct-train/", root).pathname;
const extra = first !== undefined && !first.startsWith("-") ? Deno.args.slice(1) : Deno.args;
const cli = new URL("lib/cli/audit.ts", root).pathname;

const papers = [...Deno.readDirSync(dir)].filter((e) => e.isFile && !e.name.startsWith("."))
  .length;
const start = performance.now();
const child = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "--allow-read",
    "--allow-write",
    "--allow-env=COLUMNS,REDERIVE_DEBUG",
    "--v8-flags=--no-regexp-tier-up", // as the task runs it
    cli,
    dir,
    "--jsonl",
    ...extra,
  ],
  stdout: "piped",
  stderr: "inherit",
}).spawn();

let peakKiB = 0;
const poll = setInterval(() => {
  try {
    const status = Deno.readTextFileSync(`/proc/${child.pid}/status`);
    peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0));
  } catch {
    // the process has ended
  }
}, 50);

let records = 0;
for await (const chunk of child.stdout) {
  for (const byte of chunk) if (byte === 0x0a) records++;
}
const { code } = await child.status;
clearInterval(poll);
const seconds = (performance.now() - start) / 1000;
console.log(
  `deno task audit ${dir} --jsonl ${extra.join(" ")}`.trim() + `: exit ${code}\n` +
    `${papers} papers in ${seconds.toFixed(1)} s, start-up included: ` +
    `${(papers / seconds).toFixed(0)} papers/s (target ≥ 60, i.e. the corpus in ≤ 60 s)\n` +
    `peak resident set ${(peakKiB / 1024).toFixed(0)} MB (target < 1024 MB); ` +
    `${records} records; ${navigator.hardwareConcurrency} cores`,
);
