/**
 * The Simon CLI. Design numbers are those of Simon (1989), Table 1, row p0 = 0.20, p1 = 0.40,
 * α = 0.05, β = 0.20 (optimal 3/13, 12/43; minimax 4/18, 10/33) and of the brute-force fixture
 * (tests/fixtures/simon.json, case boissel-0.60-0.80-a0.10-b0.20: minimax 6/11, 17/24).
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import {
  parseSimonArgs,
  progressBar,
  runSimonCli,
  SIMON_USAGE,
  SimonUsageError,
} from "../../lib/cli/simon.ts";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = runSimonCli(args, (t) => out.push(t), (t) => err.push(t), (t) => progress.push(t));
  return { code, out: out.join("\n"), err: err.join("\n"), progress: progress.join("") };
}

Deno.test("simon CLI prints the optimal, minimax and admissible designs", () => {
  const r = run(["--p0", "0.2", "--p1", "0.4", "--alpha", "0.05", "--beta", "0.2"]);
  assertEquals(r.code, 0);
  assertEquals(r.err, "");
  assertStringIncludes(r.out, "Optimal          3/13     12/43     20.58");
  assertStringIncludes(r.out, "Minimax          4/18     10/33     22.25");
  assertStringIncludes(r.out, "Admissible designs");
  assertStringIncludes(r.out, "q in [0.000, ");
});

Deno.test("simon CLI: Boissel's nmax 24, JSON output and candidates", () => {
  const args = ["--p0", "0.6", "--p1", "0.8", "--alpha", "0.1", "--beta", "0.2", "--nmax", "24"];
  const text = run(args);
  assertStringIncludes(text.out, "Minimax          6/11     17/24");
  assertStringIncludes(text.out, "close to nmax");
  const json = JSON.parse(run([...args, "--json"]).out);
  assertEquals([json.minimax.r1, json.minimax.n1, json.minimax.r, json.minimax.n], [6, 11, 17, 24]);
  assertStringIncludes(run([...args, "--candidates"]).out, "n = 24");
});

Deno.test("simon CLI: bad usage exits 2 with the message and the usage", () => {
  const cases: [string[], string][] = [
    [["--p0", "0.6", "--p1", "0.5", "--alpha", "0.1", "--beta", "0.2"], "`p0` must be smaller"],
    [["--p0", "0.2", "--p1", "0.4", "--alpha", "0.1"], "--beta or --power is required"],
    [["--p0", "x", "--p1", "0.4", "--alpha", "0.1", "--beta", "0.2"], "--p0 needs a number"],
    [
      ["--p0", "0.2", "--p1", "0.4", "--alpha", "0.1", "--beta", "0.2", "--nmax", "2000"],
      "at most 1000",
    ],
    [["--p0", "0.2", "--p1", "0.4", "--alpha", "0.1", "--beta", "0.2", "--nmax", "2.5"], "`nmax`"],
    [["--frob", "1"], "unknown option"],
    [["extra"], "unexpected argument"],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assertEquals(r.code, 2, args.join(" "));
    assertStringIncludes(r.err, message);
    assertStringIncludes(r.err, SIMON_USAGE);
    assertEquals(r.out, "");
  }
  assertThrows(() => parseSimonArgs(["--alpha"]), SimonUsageError, "--alpha needs a number");
});

Deno.test("simon CLI: --help exits 0; no feasible design exits 1", () => {
  assertEquals(run(["--help"]), { code: 0, out: SIMON_USAGE, err: "", progress: "" });
  const r = run(["--p0", "0.2", "--p1", "0.4", "--alpha", "0.05", "--beta", "0.2", "--nmax", "20"]);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "try a larger `nmax`");
});

Deno.test("progressBar draws the fraction done", () => {
  const bar = progressBar({ done: 1, total: 2, n: 500, elapsedMs: 1500 }, 10);
  assertEquals(bar, "[#####     ]  50%  n = 500");
  assert(progressBar({ done: 2, total: 2, n: 1000, elapsedMs: 3000 }).includes("100%"));
});

Deno.test("simon CLI: --power is the complement of --beta; both must agree", () => {
  // Boissel 2022, Methods: p0 = 0.6, p1 = 0.8, one-sided α = 0.1, power 80% → minimax 6/11, 17/24.
  const byPower = run([
    "--p0",
    "0.6",
    "--p1",
    "0.8",
    "--alpha",
    "0.1",
    "--power",
    "0.8",
    "--nmax",
    "30",
  ]);
  const byBeta = run([
    "--p0",
    "0.6",
    "--p1",
    "0.8",
    "--alpha",
    "0.1",
    "--beta",
    "0.2",
    "--nmax",
    "30",
  ]);
  assertEquals(byPower.code, 0);
  assertEquals(byPower.out, byBeta.out);
  assertStringIncludes(byPower.out, "6/11");
  const both = run([
    "--p0",
    "0.6",
    "--p1",
    "0.8",
    "--alpha",
    "0.1",
    "--beta",
    "0.3",
    "--power",
    "0.8",
  ]);
  assertEquals(both.code, 2);
  assertStringIncludes(both.err, "--beta 0.3 and --power 0.8 disagree");
  assertEquals(
    parseSimonArgs(["--p0", "0.6", "--p1", "0.8", "--alpha", "0.1", "--power", "0.9"]).beta,
    0.1,
  );
  assertStringIncludes(
    run(["--p0", "0.6", "--p1", "0.8", "--alpha", "0.1"]).err,
    "--beta or --power is required",
  );
});

Deno.test("simon CLI: at the largest --nmax the message does not suggest a larger one", () => {
  // p0 = 0.5 vs p1 = 0.51 at α = 0.01 and power 0.99 needs far more than 1000 patients
  // (a one-sample binomial test alone needs about 54,000).
  const r = run([
    "--p0",
    "0.5",
    "--p1",
    "0.51",
    "--alpha",
    "0.01",
    "--power",
    "0.99",
    "--nmax",
    "1000",
  ]);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "1000 is the largest `nmax` searched");
  assertEquals(r.err.includes("try a larger"), false);
});
