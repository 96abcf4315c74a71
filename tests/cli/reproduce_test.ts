// Tests of lib/cli/reproduce.ts: options, exit statuses, the three outputs and the filters, on
// the fixture ledger tests/fixtures/ledger/ok/ (expected statuses: see tests/ledger/run_test.ts),
// and the data-error path on tests/fixtures/broken/ledger/.
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { parseReproduceArgs, reproduce, USAGE, UsageError } from "../../lib/cli/reproduce.ts";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const OK = `${fixtures}ledger/ok`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await reproduce(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

Deno.test("parseReproduceArgs: options, = forms, and usage errors", () => {
  assertEquals(parseReproduceArgs([]), { json: false, help: false });
  assertEquals(parseReproduceArgs(["--data", "d"]).data, "d");
  assertEquals(parseReproduceArgs(["--status=discrepancy", "--html", "r.html"]).html, "r.html");
  assertThrows(() => parseReproduceArgs(["--paper", "smith-2020"]), UsageError, "--paper must be");
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

Deno.test("reproduce: text report grouped by paper and section, with the summary", async () => {
  const { code, out, err } = await run(["--data", OK]);
  assertEquals([code, err], [0, ""]);
  assert(out.indexOf("boissel-2022") < out.indexOf("aureli-2023"));
  assertStringIncludes(out, "[table-2]");
  assertStringIncludes(out, "12/14 = 85.714% prints as 85.7%, not 87.5%");
  assertStringIncludes(
    out,
    "all            11 claims: 7 reproduced, 3 discrepancies, 1 not derivable",
  );
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
  ]);
  const filtered = JSON.parse(
    (await run(["--data", OK, "--json", "--paper", "aureli-2023", "--status", "discrepancy"])).out,
  ) as Record<string, string>[];
  assertEquals(filtered.map((r) => r.id), ["a-tower-n"]);
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
    assertStringIncludes(html, "Discrepancies explained");
    assertStringIncludes(html, 'id="b-t2-pd"');
    assert(!/<script|src="http|href="http/.test(html), "no script, no network resource");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("reproduce: a data error exits 1 with file:line and prints no report", async () => {
  const dir = `${fixtures}broken/ledger/count_above`;
  const { code, out, err } = await run(["--data", dir]);
  assertEquals([code, out], [1, ""]);
  assertEquals(
    err,
    `error: ${dir}/aureli-2023/claims.csv:2: count "x" = 190 is above its denominator "n" = 189\n`,
  );
});

Deno.test("the CLI as a subprocess: exit statuses 0, 1 and 2", async () => {
  const cli = new URL("../../lib/cli/reproduce.ts", import.meta.url).pathname;
  const exec = async (...args: string[]) => {
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", cli, ...args],
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
});
