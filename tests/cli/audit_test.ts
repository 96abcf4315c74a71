// Tests of `deno task audit` (lib/cli/audit.ts and its helpers in lib/audit_cli/): usage,
// every kind of bad input, the outputs (text, --json, --jsonl, --html, --claims, --resume), the
// worker pool, and issue 12's required findings on the two papers' texts.
//
// The made-up texts below are checked by hand: 4/14 = 28.571% prints as 28.6% (reproduced);
// 3/14 = 21.429% cannot print as 25.0% (a discrepancy: no count of 14 gives 25.0%, since
// 3/14 = 21.4% and 4/14 = 28.6%); 9/30 = 30.0% (reproduced).
//
// Unreadable folder entries: the tests run as root, for whom `chmod 000` does not stop a read,
// so an unreadable entry is simulated by what a listing cannot read either — a dangling
// symbolic link and a FIFO (reading a FIFO without a writer would block forever).
import { assert, assertEquals, assertMatch, assertStringIncludes, assertThrows } from "@std/assert";
import { audit, AUDIT_USAGE, AuditUsageError, parseAuditArgs } from "../../lib/cli/audit.ts";
import { reproduce } from "../../lib/cli/reproduce.ts";
import { gatherInputs, MAX_BYTES } from "../../lib/audit_cli/inputs.ts";
import { auditInWorkers } from "../../lib/audit_cli/pool.ts";
import type { PaperOutcome } from "../../lib/audit_cli/process.ts";
import { auditPaper } from "../../lib/audit/mod.ts";
import { PAPERS_AVAILABLE, paperTextCandidates, readPaper } from "../support/papers.ts";

const TRIAL_A = "TITLE: Trial A\n\nBODY.RESULTS:\n" +
  "Relapse occurred in 4/14 (28.6%) patients and progression in 3/14 (25.0%).\n";
const TRIAL_B = "TITLE: Trial B\n\nBODY.RESULTS:\nA response was seen in 9/30 (30.0%).\n";
const TRIAL_C = "TITLE: Trial C\n\nNothing here can be re-derived.\n";

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(
  args: readonly string[],
  extra: { columns?: string; stdin?: Uint8Array } = {},
): Promise<Run> {
  let out = "";
  let err = "";
  const code = await audit(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    ...(extra.columns === undefined ? {} : { columns: extra.columns }),
    ...(extra.stdin === undefined ? {} : { stdin: () => extra.stdin! }),
  });
  return { code, out, err };
}

/** A temporary folder with the three trials (a.txt, b.txt, c.txt), removed after `fn`. */
async function withTrials(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "audit-test-" });
  try {
    await Deno.mkdir(`${dir}/papers`);
    await Deno.writeTextFile(`${dir}/papers/a.txt`, TRIAL_A);
    await Deno.writeTextFile(`${dir}/papers/b.txt`, TRIAL_B);
    await Deno.writeTextFile(`${dir}/papers/c.txt`, TRIAL_C);
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const skippedLines = (err: string) => err.split("\n").filter((l) => l.startsWith("skipped: "));

Deno.test("parseAuditArgs: options, = forms, stdin, and usage errors", () => {
  assertEquals(parseAuditArgs(["a.txt"]), {
    paths: ["a.txt"],
    json: false,
    jsonl: false,
    all: false,
    help: false,
  });
  const o = parseAuditArgs(["d/", "-", "--jsonl", "--workers=3", "--status", "discrepancy"]);
  assertEquals([o.paths, o.jsonl, o.workers, o.status], [["d/", "-"], true, 3, "discrepancy"]);
  assertEquals(parseAuditArgs(["--", "--odd-name.txt"]).paths, ["--odd-name.txt"]);
  assertThrows(() => parseAuditArgs([]), AuditUsageError, "give at least one FILE or DIR");
  assertThrows(() => parseAuditArgs(["a", "--json", "--jsonl"]), AuditUsageError, "not both");
  assertThrows(() => parseAuditArgs(["a", "--tier", "maybe"]), AuditUsageError, "--tier must be");
  assertThrows(() => parseAuditArgs(["a", "--status=odd"]), AuditUsageError, "--status must be");
  assertThrows(() => parseAuditArgs(["a", "--workers", "0"]), AuditUsageError, "--workers must");
  assertThrows(() => parseAuditArgs(["a", "--resume"]), AuditUsageError, "needs a value");
  assertThrows(() => parseAuditArgs(["a", "--html", "--json"]), AuditUsageError, "needs a value");
  assertThrows(() => parseAuditArgs(["-", "-"]), AuditUsageError, "- (stdin) can be given once");
  assertThrows(() => parseAuditArgs(["a", "-x"]), AuditUsageError, 'unknown option "-x"');
});

Deno.test("audit: bad usage exits 2 with the usage message; --help exits 0", async () => {
  for (
    const args of [["--bogus"], [], ["a.txt", "--width", "20"], ["a.txt", "--json", "--jsonl"]]
  ) {
    const bad = await run(args);
    assertEquals([bad.code, bad.out], [2, ""], args.join(" "));
    assertStringIncludes(bad.err, "error: ");
    assertStringIncludes(bad.err, AUDIT_USAGE);
    assert(!bad.err.includes("    at "), "no stack trace");
  }
  const help = await run(["-h"]);
  assertEquals([help.code, help.err], [0, ""]);
  assertStringIncludes(help.out, "Usage: deno task audit");
  // One input and a --claims folder whose name is not a paper id: usage.
  await withTrials(async (dir) => {
    const claims = await run([`${dir}/papers/a.txt`, "--claims", `${dir}/Not An Id`]);
    assertEquals(claims.code, 2);
    assertStringIncludes(claims.err, "kebab-case");
  });
});

Deno.test("audit: one paper, findings first; width from --width, else COLUMNS; nothing cut", async () => {
  await withTrials(async (dir) => {
    const { code, out, err } = await run([`${dir}/papers/a.txt`, "--width", "100"]);
    assertEquals([code, err], [0, ""]);
    assertStringIncludes(out, "Trial A\n====");
    assertStringIncludes(out, "1 finding in 2 claims");
    // 3/14 = 21.43% (by hand): the printed 25.0% is the one discrepancy, explicit.
    assertStringIncludes(
      out,
      "DISCREPANCIES\n1. [discrepancy] line 4, column 62 (percentage, explicit)",
    );
    assert(out.indexOf("DISCREPANCIES") < out.indexOf("2 claims: 1 reproduced, 1 discrepancy"));
    assertStringIncludes(out, "By tier: 2 explicit (1 discrepancy), 0 inferred (0 discrepancies).");
    for (const [args, columns] of [[["--width", "40"], undefined], [[], "50"]] as const) {
      const narrow = await run([`${dir}/papers/a.txt`, "--all", ...args], { columns });
      const limit = columns === undefined ? 40 : 50;
      for (const line of narrow.out.split("\n")) assert(line.length <= limit, line);
      assert(!narrow.out.includes("…"));
      assertStringIncludes(narrow.out.replace(/\s+/g, ""), "percentage-l4-c62");
      assertStringIncludes(narrow.out, "[results]"); // --all: the ledger, section by section
    }
  });
});

Deno.test("audit: every kind of bad input is skipped with one line; the run goes on", async () => {
  await withTrials(async (dir) => {
    const bad = `${dir}/papers`;
    await Deno.writeFile(`${bad}/binary.bin`, new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]));
    await Deno.writeFile(`${bad}/latin1.txt`, new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]));
    await Deno.writeFile(`${bad}/utf16.txt`, new Uint8Array([0xff, 0xfe, 0x68, 0x00]));
    await Deno.writeTextFile(`${bad}/paper.pdf`, "%PDF-1.7\n");
    await Deno.writeTextFile(`${bad}/empty.txt`, "");
    await Deno.writeTextFile(`${bad}/blank.txt`, "  \n\n\t\n");
    // 100 MB, sparse: the size alone skips it (MAX_BYTES is 20 MB), nothing is read.
    const huge = await Deno.open(`${bad}/huge.txt`, { write: true, create: true });
    await huge.truncate(100 * 1024 * 1024);
    huge.close();
    await Deno.symlink(`${dir}/no-such-target.txt`, `${bad}/dangling.txt`);
    const fifo = await new Deno.Command("mkfifo", { args: [`${bad}/fifo`] }).output();
    assert(fifo.success, "mkfifo");
    const { code, out, err } = await run([bad, `${dir}/missing.txt`, "--workers", "2"]);
    assertEquals(code, 0);
    const reasons: Record<string, string> = {
      "binary.bin": "a NUL byte at offset 3",
      "latin1.txt": "not UTF-8 text (byte 0xE9 at offset 3)",
      "utf16.txt": "UTF-16 text",
      "paper.pdf": "a PDF, not text",
      "empty.txt": "an empty file (0 bytes)",
      "blank.txt": "only white space",
      "huge.txt": `100.0 MB, more than the ${MAX_BYTES / 1024 / 1024}.0 MB`,
      "dangling.txt": "a symbolic link whose target does not exist",
      "fifo": "a FIFO (named pipe), not a file",
    };
    const lines = skippedLines(err);
    assertEquals(lines.length, Object.keys(reasons).length + 1);
    for (const [name, reason] of Object.entries(reasons)) {
      const mine = lines.filter((l) => l.startsWith(`skipped: ${bad}/${name}: `));
      assertEquals(mine.length, 1, name);
      assertStringIncludes(mine[0]!, reason);
    }
    assertStringIncludes(err, `skipped: ${dir}/missing.txt: no such file or folder`);
    // Counted in the summary, by reason.
    assertStringIncludes(
      out.replace(/\s+/g, " "),
      "13 inputs: 3 papers read, 10 skipped (1 broken-link, 1 not-a-file, 1 not-found, 2 binary, " +
        "2 empty, 1 too-large, 2 not-utf8).",
    );
    assertStringIncludes(out, "SKIPPED (10)");
    // The last line: the ten files read (3 papers and 7 skipped on reading), and the time.
    assertMatch(err, /audit: 10 papers in [\d.]+ s/);
  });
});

Deno.test("audit: nothing readable exits 1 (a missing file; a folder of bad files)", async () => {
  const missing = await run(["/no/such/paper.txt"]);
  assertEquals([missing.code, missing.out], [1, ""]);
  assertEquals(
    missing.err,
    "skipped: /no/such/paper.txt: no such file or folder\n" +
      "error: nothing could be read (1 input skipped)\n",
  );
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/empty.txt`, "");
    await Deno.writeFile(`${dir}/bin.dat`, new Uint8Array([0]));
    const none = await run([dir, "--json"]);
    assertEquals([none.code, none.out], [1, "[]\n"]);
    assertStringIncludes(none.err, "error: nothing could be read (2 inputs skipped)");
    const empty = await run([dir + "/"], {}); // the same folder, with a trailing slash
    assertEquals(empty.code, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("audit --json: byte-identical across runs and worker counts, in input order", async () => {
  await withTrials(async (dir) => {
    const first = await run([`${dir}/papers`, "--json", "--workers", "1"]);
    const second = await run([`${dir}/papers`, "--json", "--workers", "3"]);
    const third = await run([`${dir}/papers`, "--json"]);
    assertEquals(first.code, 0);
    assertEquals(first.out, second.out);
    assertEquals(first.out, third.out);
    // The records are the engine's own, file by file in name order, keys in issue 12's order.
    const expected = ["a", "b", "c"].flatMap((n) =>
      auditPaper(n === "a" ? TRIAL_A : n === "b" ? TRIAL_B : TRIAL_C, {
        file: `${dir}/papers/${n}.txt`,
      }).records
    );
    assertEquals(first.out, `${JSON.stringify(expected, null, 2)}\n`);
    assertEquals(Object.keys(JSON.parse(first.out)[0]), [
      "file",
      "line",
      "column",
      "quote",
      "kind",
      "reported",
      "recomputed",
      "status",
      "explanation",
      "tier",
    ]);
  });
});

Deno.test("audit --jsonl: one record per line, in input order; filters", async () => {
  await withTrials(async (dir) => {
    const { code, out } = await run([`${dir}/papers/b.txt`, `${dir}/papers`, "--jsonl"]);
    assertEquals(code, 0);
    const files = out.trimEnd().split("\n").map((l) => JSON.parse(l).file as string);
    // b.txt as given first, then the folder in name order (b.txt again: it was named twice).
    assertEquals(files, [
      `${dir}/papers/b.txt`,
      `${dir}/papers/a.txt`,
      `${dir}/papers/a.txt`,
      `${dir}/papers/b.txt`,
    ]);
    const filtered = await run([`${dir}/papers`, "--jsonl", "--status", "discrepancy"]);
    const records = filtered.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    assertEquals(records.map((r) => [r.reported, r.status, r.tier]), [
      ["3/14 (25.0%)", "discrepancy", "explicit"],
    ]);
    const inferred = await run([`${dir}/papers`, "--jsonl", "--tier", "inferred"]);
    assertEquals(inferred.out, "");
  });
});

Deno.test("audit --resume: skips papers already in OUT.jsonl, appends the rest, repairs a cut", async () => {
  await withTrials(async (dir) => {
    const out = `${dir}/out.jsonl`;
    const full = (await run([`${dir}/papers`, "--jsonl"])).out;
    await Deno.rename(`${dir}/papers/b.txt`, `${dir}/b.txt`);
    const first = await run([`${dir}/papers`, "--resume", out]);
    assertEquals(first.code, 0);
    await Deno.rename(`${dir}/b.txt`, `${dir}/papers/b.txt`);
    const second = await run([`${dir}/papers`, "--resume", out]);
    assertEquals(second.code, 0);
    // a.txt was done; c.txt has no record (it leaves no trace, so it is read again); b.txt is new.
    assertStringIncludes(second.out, "3 inputs: 2 papers read, none skipped; 1 paper already in");
    const lines = (await Deno.readTextFile(out)).trimEnd().split("\n");
    assertEquals(lines.map((l) => JSON.parse(l).file).sort(), [
      `${dir}/papers/a.txt`,
      `${dir}/papers/a.txt`,
      `${dir}/papers/b.txt`,
    ]);
    // An interrupted run: the last line cut off. The last paper's records are removed and it
    // is audited again; the file then holds what a single run writes.
    await Deno.writeTextFile(out, full.slice(0, full.length - 20));
    const repaired = await run([`${dir}/papers`, "--resume", out]);
    assertEquals(repaired.code, 0);
    assertStringIncludes(repaired.err, "its last line was cut off (an interrupted run)");
    assertEquals(await Deno.readTextFile(out), full);
    const done = await run([`${dir}/papers`, "--resume", out, "--json"]);
    assertEquals([done.code, done.out], [0, "[]\n"]); // c.txt read again; nothing appended
    assertEquals(await Deno.readTextFile(out), full);
    // Not the audit's records: refused, nothing appended.
    await Deno.writeTextFile(`${dir}/other.jsonl`, '{"id": 1}\n');
    const refused = await run([`${dir}/papers`, "--resume", `${dir}/other.jsonl`]);
    assertEquals(refused.code, 1);
    assertStringIncludes(refused.err, "other.jsonl:1: not a record of `deno task audit --jsonl`");
    assertEquals(await Deno.readTextFile(`${dir}/other.jsonl`), '{"id": 1}\n');
    // OUT.jsonl inside the folder audited is this command's output, not a paper.
    const inside = await run([`${dir}/papers`, "--resume", `${dir}/papers/out.jsonl`]);
    assertEquals(inside.code, 0);
    assertStringIncludes(
      inside.err,
      `note: ${dir}/papers/out.jsonl is an output of this command: not audited`,
    );
  });
});

Deno.test("audit --claims: a draft folder that reproduce --data accepts; never overwrites", async () => {
  await withTrials(async (dir) => {
    const one = `${dir}/drafts/trial-a`;
    await Deno.mkdir(`${dir}/drafts`);
    const { code, err } = await run([`${dir}/papers/a.txt`, "--claims", one]);
    assertEquals(code, 0);
    assertStringIncludes(err, `deno task reproduce --data ${one}`);
    const meta = JSON.parse(await Deno.readTextFile(`${one}/paper.json`));
    assertEquals(meta.title, "Trial A"); // the text's TITLE: line
    assertStringIncludes(meta.citation, "EDIT ME");
    let report = "";
    const quiet = { out: (t: string) => (report += t), err: () => {} };
    assertEquals(await reproduce(["--data", one], quiet), 0);
    // The ledger re-derives the draft's claims as the audit did: 3/14 is not 25.0%.
    assertStringIncludes(report, "1 finding in 2 claims");
    const again = await run([`${dir}/papers/a.txt`, "--claims", one]);
    assertEquals(again.code, 1);
    assertStringIncludes(again.err, `${one}/paper.json exists: --claims never overwrites`);
    // Several papers: one folder each, named from the file.
    const many = await run([`${dir}/papers`, "--claims", `${dir}/corpus-drafts`]);
    assertEquals(many.code, 0);
    const folders = [...Deno.readDirSync(`${dir}/corpus-drafts`)].map((e) => e.name).sort();
    assertEquals(folders, ["a", "b", "c"]);
    report = "";
    assertEquals(await reproduce(["--data", `${dir}/corpus-drafts`], quiet), 0);
    assertStringIncludes(report, "all: 1 finding in 3 claims");
  });
});

Deno.test("audit --html: one self-contained page, the flagged statement marked in its paragraph", async () => {
  await withTrials(async (dir) => {
    const file = `${dir}/report.html`;
    const { code } = await run([`${dir}/papers/a.txt`, "--html", file]);
    assertEquals(code, 0);
    const html = await Deno.readTextFile(file);
    assertStringIncludes(html, "<!doctype html>");
    assertStringIncludes(html, "<h3>Discrepancies</h3>");
    assertMatch(html, /<mark class="discrepancy"[^>]*>3\/14 \(25\.0%\)<\/mark>/);
    assertStringIncludes(html, "Relapse occurred in 4/14 (28.6%) patients and progression in ");
    assert(!/<script|src="http|href="http/.test(html), "no script, no network resource");
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name).sort(), ["papers", "report.html"]);
    const corpus = await run([`${dir}/papers`, "--html", `${dir}/corpus.html`]);
    assertEquals(corpus.code, 0);
    const page = await Deno.readTextFile(`${dir}/corpus.html`);
    assertStringIncludes(page, "<h2>Papers with findings</h2>");
    assertStringIncludes(page, `id="${dir}/papers/a.txt--percentage-l4-c62"`);
    const nowhere = await run([`${dir}/papers/a.txt`, "--html", `${dir}/no/such/r.html`]);
    assertEquals([nowhere.code, nowhere.out], [1, ""]);
    assertStringIncludes(nowhere.err, "does not exist (create it first)");
  });
});

Deno.test("auditInWorkers: a file that vanishes, a worker that crashes or hangs: the run goes on", async () => {
  await withTrials(async (dir) => {
    const { inputs } = gatherInputs([`${dir}/papers`], () => new Uint8Array());
    await Deno.remove(`${dir}/papers/b.txt`); // listed, then gone before its turn
    const text = (t: string) => new TextEncoder().encode(t);
    const all = [
      ...inputs,
      { file: "crash", bytes: text(TRIAL_A) },
      { file: "hang", bytes: text(TRIAL_A) },
      { file: "after.txt", bytes: text(TRIAL_B) },
    ];
    const got: [number, string][] = [];
    await auditInWorkers(all, {
      workers: 2,
      request: { paragraphs: false, claims: false },
      timeoutMs: 1500,
      workerUrl: new URL("../support/audit_stand_in_worker.ts", import.meta.url),
    }, (i, outcome: PaperOutcome) => {
      got.push([i, outcome.ok ? "ok" : `${outcome.skipped.reason}: ${outcome.skipped.detail}`]);
    });
    assertEquals(got.map(([i]) => i), [0, 1, 2, 3, 4, 5]);
    assertEquals(got[0]![1], "ok");
    assertEquals(
      got[1]![1],
      "vanished: it was listed but no longer exists (removed during the run?)",
    );
    assertEquals(got[2]![1], "ok");
    assertStringIncludes(got[3]![1], "failed: the audit's worker failed on it");
    assertStringIncludes(
      got[4]![1],
      "failed: the audit took longer than 2 s on it and was stopped",
    );
    assertEquals(got[5]![1], "ok");
  });
});

Deno.test({
  name: "the two papers: issue 12's required findings, by file and by stdin",
  ignore: !PAPERS_AVAILABLE,
  async fn() {
    // Boissel 2022, Table 2, "Progressive disease, n (%) 12 (87.5%)" under "(N = 14)":
    // 12/14 = 85.7% (the ledger's b-t2-pd). Read from its file.
    const boissel = paperTextCandidates("boissel-2022").find((u) => {
      try {
        return Deno.statSync(u).isFile;
      } catch {
        return false;
      }
    })!;
    const b = await run([boissel.pathname, "--width", "100"]);
    assertEquals(b.code, 0);
    assertStringIncludes(b.out, "(percentage, inferred): 12 (87.5%) (re-derived: 12 (85.7%))");
    assert(b.out.indexOf("DISCREPANCIES") < b.out.indexOf("claims: "));
    // Aureli 2023, from stdin: TOWER's 271 + 134 = 405 against "271 out of 495" (§4.1.1), and
    // the percentages no count of the denominator in their sentence prints: 73.5% of 69
    // (§4.1.2), 34.8% of 39 (§4.1.2), 84% of 20 (§4.2) — the ledger's a-tower-total,
    // a-rialto-hsct, a-aieop-ae, a-itcc-cr-mrd.
    const aureli = new TextEncoder().encode(readPaper("aureli-2023")!);
    const a = await run(["-", "--json", "--status", "discrepancy"], { stdin: aureli });
    assertEquals(a.code, 0);
    const records = JSON.parse(a.out) as {
      kind: string;
      reported: string;
      recomputed: string;
      file: string;
      tier: string;
    }[];
    const found = records.map((r) => [r.kind, r.reported, r.file]);
    for (
      const required of [["sum", "495"], ["percentage", "73.5%"], ["percentage", "34.8%"], [
        "percentage",
        "84%",
      ]]
    ) {
      assert(found.some(([k, r]) => k === required[0] && r === required[1]), required.join(" "));
    }
    assertEquals(records.find((r) => r.kind === "sum")!.recomputed, "405");
    assert(records.every((r) => r.file === "-"));
    // No false alarm at the explicit tier: of both papers, only TOWER's sum is explicit.
    const boisselJson = JSON.parse(
      (await run([boissel.pathname, "--json", "--tier", "explicit"])).out,
    );
    assertEquals(boisselJson.filter((r: { status: string }) => r.status === "discrepancy"), []);
    assertEquals(
      records.filter((r) => r.tier === "explicit").map((r) => [r.kind, r.reported]),
      [["sum", "495"]],
    );
  },
});
