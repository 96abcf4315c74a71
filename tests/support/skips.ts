/**
 * Skipped tests, said where a reader looks: at the end of `deno task test`.
 *
 * A test that needs something outside the checkout (Jupyter, Chromium, the papers' texts, the
 * development corpus) is ignored where that thing is absent, and calls {@linkcode noteSkip}
 * with what is missing and how to get it. `tests/run.ts` points `REDERIVE_SKIP_LOG` at a
 * temporary file and prints every distinct note after the test summary, so a skip is never
 * only a line 900 lines up. Without `REDERIVE_SKIP_LOG` (a plain `deno test`) the note goes to
 * stderr at once.
 *
 * @module
 */

/** The environment variable naming the file that collects skip notes. */
export const SKIP_LOG_VARIABLE = "REDERIVE_SKIP_LOG";

/**
 * Records that some tests were skipped: `what` names the tests, `missing` says what is absent,
 * `remedy` how to get it (a command, or where to put a file).
 *
 * @example
 * ```ts ignore
 * import { noteSkip } from "./skips.ts";
 * noteSkip("notebook execution", "`jupyter` is not on PATH", "apt-get install -y jupyter-nbconvert");
 * ```
 */
export function noteSkip(what: string, missing: string, remedy: string): void {
  const line = `${what} SKIPPED: ${missing}. ${remedy}`;
  const log = Deno.env.get(SKIP_LOG_VARIABLE);
  if (log === undefined || log === "") {
    console.warn(`!! ${line}`);
    return;
  }
  Deno.writeTextFileSync(log, `${JSON.stringify(line)}\n`, { append: true });
}

/**
 * The distinct notes collected in a skip log, in the order first written.
 *
 * @example An empty log
 * ```ts
 * import { readSkips } from "./skips.ts";
 * import { assertEquals } from "@std/assert";
 * const path = await Deno.makeTempFile();
 * assertEquals(readSkips(path), []);
 * ```
 */
export function readSkips(path: string): string[] {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  const lines = text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as string);
  return [...new Set(lines)];
}
