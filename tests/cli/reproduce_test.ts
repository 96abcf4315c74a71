// Tests of lib/cli/reproduce.ts: options, exit statuses, the three outputs and the filters, on
// the fixture ledger tests/fixtures/ledger/ok/ (expected statuses: see tests/ledger/run_test.ts),
// and the data-error path on tests/fixtures/broken/ledger/.
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { parseReproduceArgs, reproduce, USAGE, UsageError } from "../../lib/cli/reproduce.ts";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const OK = `${fixtures}ledger/ok`;

async function run(
  args: string[],
  columns?: string,
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await reproduce(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    ...(columns === undefined ? {} : { columns }),
  });
  return { code, out, err };
}

Deno.test("parseReproduceArgs: options, = forms, and usage errors", () => {
  assertEquals(parseReproduceArgs([]), { json: false, all: false, help: false, data: [] });
  assertEquals(parseReproduceArgs(["--data", "d", "--data=e"]).data, ["d", "e"]);
  assertEquals(parseReproduceArgs(["--status=discrepancy", "--html", "r.html"]).html, "r.html");
  assertEquals(parseReproduceArgs(["--all", "--width", "80"]).width, "80");
  assertThrows(() => parseReproduceArgs(["--paper", "Smith 2020"]), UsageError, "--paper must be");
  assertThrows(() => parseReproduceArgs(["--status", "wrong"]), UsageError, "--status must be");
  assertThrows(() => parseReproduceArgs(["--html"]), UsageError, "--html needs a value");
  assertThrows(() => parseReproduceArgs(["--html", "--json"]), UsageError, "needs a value");
  assertThrows(() => parseReproduceArgs(["extra"]), UsageError, 'unknown argument "extra"');
});

Deno.test("reproduce: bad usage exits 2 with the usage message; --help exits 0", async () => {
  const bad = await run(["--bogus"]);
  assertEquals([bad.code, bad.out], [2, ""]);
  assertStringIncludes(bad.err, 'error: unknown argument "--bogus"');
  assertStringIncludes(bad.err, USAGE);
  const help = await run(["-h"]);
  assertEquals(help.code, 0);
  assertStringIncludes(help.out, "Usage: deno task reproduce");
});

Deno.test("reproduce: findings first, then counts; --all adds the ledger", async () => {
  const { code, out, err } = await run(["--data", OK, "--width", "100"]);
  assertEquals([code, err], [0, ""]);
  // Paper folders in name order, each named by its paper.json.
  assert(out.indexOf("Aureli et al. 2023 (aureli-2023)") < out.indexOf("Boissel et al. 2022"));
  assert(out.indexOf("FINDINGS") < out.indexOf("8 claims: 5 reproduced"));
  // TOWER's 495 and its repetition are one finding; Boissel's PD and design names are two.
  assertStringIncludes(out, "1 finding in 3 claims");
  assertStringIncludes(out, "2 findings in 8 claims");
  assertStringIncludes(out, "12/14 = 85.714% prints as 85.7%, not 87.5%");
  assertStringIncludes(
    out,
    "all: 3 findings in 11 claims; 11 claims: 6 reproduced, 4 discrepancies",
  );
  assert(!out.includes("[table-2]"));
  const all = await run(["--data", OK, "--all"]);
  assertStringIncludes(all.out, "[table-2]");
  assertStringIncludes(all.out, "[b-t2-pd]");
});

Deno.test("reproduce: the width comes from --width, else COLUMNS; at 80 nothing is cut", async () => {
  for (const [args, columns] of [[["--width", "80"], undefined], [[], "80"]] as const) {
    const { out } = await run(["--data", OK, "--all", ...args], columns);
    for (const line of out.split("\n")) assert(line.length <= 80, line);
    assert(!out.includes("…"));
    for (const id of ["b-design-name", "a-tower-n-again", "b-screened"]) {
      assertStringIncludes(out.replace(/\s+/g, ""), `[${id}]`);
    }
  }
  const narrow = await run(["--data", OK, "--width", "20"]);
  assertEquals(narrow.code, 2);
  assertStringIncludes(narrow.err, "`--width` must be an integer ≥ 40");
});

Deno.test("reproduce --json: stable records, identical across runs; filters", async () => {
  const first = await run(["--data", OK, "--json"]);
  const second = await run(["--data", OK, "--json"]);
  assertEquals(first.out, second.out);
  const records = JSON.parse(first.out) as Record<string, string>[];
  assertEquals(records.length, 11);
  assertEquals(Object.keys(records[0]!), [
    "id",
    "paper",
    "where",
    "quote",
    "reported",
    "recomputed",
    "status",
    "explanation",
    "note",
    "finding",
  ]);
  const filtered = JSON.parse(
    (await run(["--data", OK, "--json", "--paper", "aureli-2023", "--status", "discrepancy"])).out,
  ) as Record<string, string>[];
  // The repetition of TOWER's 495 is the same problem (not a reproduction).
  assertEquals(filtered.map((r) => [r.id, r.finding]), [
    ["a-tower-n", "a-tower-n"],
    ["a-tower-n-again", "a-tower-n"],
  ]);
});

Deno.test("reproduce --html: one self-contained file with the SVG chart", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = `${dir}/report.html`;
    const { code } = await run(["--data", OK, "--html", file]);
    assertEquals(code, 0);
    const html = await Deno.readTextFile(file);
    assertStringIncludes(html, "<!doctype html>");
    assertStringIncludes(html, "<svg");
    assertStringIncludes(html, "<h3>Findings</h3>");
    assertStringIncludes(html, 'id="boissel-2022--b-t2-pd"');
    assert(!/<script|src="http|href="http/.test(html), "no script, no network resource");
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["report.html"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("reproduce --html: a missing folder or corrupt data is one line, exit 1, no file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const missing = await run(["--data", OK, "--html", `${dir}/no/such/report.html`]);
    assertEquals([missing.code, missing.out], [1, ""]);
    assertEquals(
      missing.err,
      `error: ${dir}/no/such/report.html: the folder ${dir}/no/such does not exist (create it first)\n`,
    );
    const corrupt = await run([
      "--data",
      `${fixtures}broken/ledger/unclosed_quote`,
      "--html",
      `${dir}/report.html`,
    ]);
    assertEquals(corrupt.code, 1);
    assertEquals(corrupt.err.split("\n").length, 2); // one line and its newline
    assertEquals([...Deno.readDirSync(dir)], []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the CLI as a subprocess: exit statuses 0, 1 and 2", async () => {
  const cli = new URL("../../lib/cli/reproduce.ts", import.meta.url).pathname;
  const exec = async (...args: string[]) => {
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", "--allow-write", "--allow-env", cli, ...args],
      stdout: "piped",
      stderr: "piped",
    }).output();
    return { code, out: new TextDecoder().decode(stdout), err: new TextDecoder().decode(stderr) };
  };
  const ok = await exec("--data", OK, "--json");
  assertEquals(ok.code, 0);
  assertEquals(JSON.parse(ok.out).length, 11);
  const broken = await exec("--data", `${fixtures}broken/ledger/unknown_kind`);
  assertEquals([broken.code, broken.out], [1, ""]);
  assertStringIncludes(broken.err, 'claims.csv:3: unknown check kind "grim"');
  assertEquals((await exec("--nope")).code, 2);
  // --html into a folder that does not exist: one line, no stack trace, no warning.
  const html = await exec("--data", OK, "--html", "/no/such/folder/report.html");
  assertEquals(html.code, 1);
  assertEquals(
    html.err,
    "error: /no/such/folder/report.html: the folder /no/such/folder does not exist (create it first)\n",
  );
});
