/**
 * `deno task test`: the project's whole test command, in this order —
 * `deno fmt --check`, `deno lint`, type checking of everything, then the unit tests together
 * with the JSDoc `@example`s (`deno test --doc`), in one run so that a single summary line
 * (`ok | N passed | N failed`) counts both.
 *
 * `@std/assert` is mapped to JSR in `deno.json`. When JSR cannot be reached (as on machines
 * that only see the npm registry), this script says so on one line and maps `@std/assert` to
 * `tests/support/std_assert_offline.ts`, a stand-in built on `node:assert`, through a
 * generated import map that is otherwise a copy of `deno.json`'s `imports`.
 *
 * Extra arguments are passed to `deno test` (e.g. a file or `--filter`).
 *
 * @module
 */

import { readSkips, SKIP_LOG_VARIABLE } from "./support/skips.ts";

const root = new URL("../", import.meta.url);
const JSR_PROBE = "https://jsr.io/@std/assert/meta.json";

async function jsrReachable(): Promise<boolean> {
  if (Deno.env.get("REDERIVE_OFFLINE") === "1") return false;
  try {
    const response = await fetch(JSR_PROBE, { signal: AbortSignal.timeout(4000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

async function offlineImportMap(): Promise<string> {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root))) as {
    imports: Record<string, string>;
  };
  const imports: Record<string, string> = {};
  for (const [key, target] of Object.entries(config.imports)) {
    imports[key] = target.startsWith("./") ? new URL(target, root).href : target;
  }
  imports["@std/assert"] = new URL("tests/support/std_assert_offline.ts", root).href;
  const dir = await Deno.makeTempDir({ prefix: "rederive-import-map-" });
  const path = `${dir}/import_map.json`;
  await Deno.writeTextFile(path, JSON.stringify({ imports }, null, 2));
  return path;
}

async function step(
  title: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  console.log(`\n== ${title}: deno ${args.join(" ")}`);
  const started = performance.now();
  const { code } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: root,
    env,
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`== ${title} failed (exit ${code}, ${seconds} s)`);
    reportSkips();
    Deno.exit(code);
  }
  console.log(`== ${title}: ok (${seconds} s)`);
}

const online = await jsrReachable();
const mapArgs: string[] = [];
if (!online) {
  const path = await offlineImportMap();
  mapArgs.push("--import-map", path);
  console.log(
    "!! JSR is unreachable: @std/assert is mapped to tests/support/std_assert_offline.ts (node:assert stand-in)",
  );
}

// Tests that need something outside the checkout note it here; the notes are printed last.
const skipLog = await Deno.makeTempFile({ prefix: "rederive-skips-" });

/** Prints every skip note after the test summary, where a reader looks. */
function reportSkips(): void {
  const skips = readSkips(skipLog);
  if (skips.length === 0) return;
  console.log(
    `\n!! ${skips.length === 1 ? "One group" : `${skips.length} groups`} of tests skipped:`,
  );
  for (const line of skips) console.log(`!!  - ${line}`);
}

await step("format", ["fmt", "--check"]);
await step("lint", ["lint"]);
await step("type check", ["check", ...mapArgs, "lib/", "tests/"]);
await step("tests and JSDoc examples", [
  "test",
  "--doc",
  ...mapArgs,
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--allow-run",
  "--allow-sys",
  // The browser test drives Chromium over its DevTools socket on the loopback interface.
  "--allow-net=127.0.0.1,localhost",
  ...(Deno.args.length > 0 ? Deno.args : ["lib/", "tests/"]),
], { [SKIP_LOG_VARIABLE]: skipLog });
reportSkips();
