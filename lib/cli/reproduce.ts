/**
 * `deno task reproduce`: loads the claims ledger in `data/`, re-derives every claim, and
 * prints a table grouped by paper and section with a summary of the counts.
 *
 * ```
 * deno run --allow-read lib/cli/reproduce.ts [--json] [--html FILE] [--paper P] [--status S]
 * ```
 *
 * Exit status: 0 when the audit ran (whatever it found); 1 when the data do not load (the
 * error, `file:line: reason`, goes to stderr and no report is printed); 2 for bad usage.
 * `--html` needs `--allow-write` for FILE, and is the only path that loads vega.
 *
 * @module
 */

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { DataError } from "../data/csv.ts";
import { type LedgerEntry, type PaperId, PAPERS } from "../ledger/claims.ts";
import { readLedger } from "../ledger/load.ts";
import { runLedger } from "../ledger/run.ts";
import { toJson } from "../report/json.ts";
import { toText } from "../report/text.ts";

/** The usage message printed by `--help` and on bad usage. */
export const USAGE = `Usage: deno task reproduce [options]

Re-derives every claim of the ledger in data/ and reports what matches.

Options:
  --json          print a stable JSON array instead of the table
  --html FILE     also write a self-contained HTML report to FILE
  --paper P       only paper P (${PAPERS.join(" | ")})
  --status S      only claims with status S (${CHECK_STATUSES.join(" | ")})
  --data DIR      read the ledger from DIR instead of the repository's data/
  -h, --help      show this message

Exit status: 0 when the audit ran, 1 when the data do not load, 2 for bad usage.`;

/** Parsed command-line options. */
export interface ReproduceOptions {
  readonly json: boolean;
  readonly html?: string;
  readonly paper?: PaperId;
  readonly status?: CheckStatus;
  /** The ledger's folder; default the repository's `data/`. */
  readonly data?: string;
  readonly help: boolean;
}

/**
 * A usage error: the CLI prints it with the usage message and exits with 2.
 *
 * @example An option without its value
 * ```ts
 * import { parseReproduceArgs, UsageError } from "./reproduce.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(() => parseReproduceArgs(["--paper"]), UsageError, "--paper needs a value");
 * ```
 */
export class UsageError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Parses the command line.
 *
 * @throws {UsageError} on an unknown option, a missing value, or a value outside its list
 *
 * @example A paper and JSON
 * ```ts
 * import { parseReproduceArgs } from "./reproduce.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parseReproduceArgs(["--paper", "aureli-2023", "--json"]).paper, "aureli-2023");
 * ```
 */
export function parseReproduceArgs(argv: readonly string[]): ReproduceOptions {
  let json = false;
  let help = false;
  let data: string | undefined;
  let html: string | undefined;
  let paper: PaperId | undefined;
  let status: CheckStatus | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) {
        throw new UsageError(`option ${name} needs a value`);
      }
      return next;
    };
    switch (name) {
      case "--json":
        json = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "--html":
        html = value();
        break;
      case "--data":
        data = value();
        break;
      case "--paper": {
        const v = value();
        if (!(PAPERS as readonly string[]).includes(v)) {
          throw new UsageError(`--paper must be one of ${PAPERS.join(", ")}, got "${v}"`);
        }
        paper = v as PaperId;
        break;
      }
      case "--status": {
        const v = value();
        if (!(CHECK_STATUSES as readonly string[]).includes(v)) {
          throw new UsageError(`--status must be one of ${CHECK_STATUSES.join(", ")}, got "${v}"`);
        }
        status = v as CheckStatus;
        break;
      }
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  return {
    json,
    help,
    ...(data === undefined ? {} : { data }),
    ...(html === undefined ? {} : { html }),
    ...(paper === undefined ? {} : { paper }),
    ...(status === undefined ? {} : { status }),
  };
}

/** The repository's `data/`, relative to the working directory (for short error messages). */
function repositoryData(): string {
  const dir = fileURLToPath(new URL("../../data", import.meta.url));
  return relative(Deno.cwd(), dir) || ".";
}

/** Where the CLI writes; injectable for tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const encoder = new TextEncoder();
const STD_IO: Io = {
  out: (text) => Deno.stdout.writeSync(encoder.encode(text)),
  err: (text) => Deno.stderr.writeSync(encoder.encode(text)),
};

/**
 * Runs the CLI and returns its exit status (0 ran, 1 data error, 2 bad usage).
 *
 * @example Bad usage
 * ```ts
 * import { reproduce } from "./reproduce.ts";
 * import { assertEquals } from "@std/assert";
 * const io = { out: () => {}, err: () => {} };
 * assertEquals(await reproduce(["--frobnicate"], io), 2);
 * ```
 */
export async function reproduce(argv: readonly string[], io: Io = STD_IO): Promise<number> {
  let options: ReproduceOptions;
  try {
    options = parseReproduceArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  let entries: LedgerEntry[];
  try {
    const papers = await readLedger(
      options.data ?? repositoryData(),
      options.paper ? [options.paper] : PAPERS,
    );
    entries = runLedger(papers);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 1;
  }
  if (options.status !== undefined) {
    entries = entries.filter((e) => e.result.status === options.status);
  }
  if (options.html !== undefined) {
    const [{ renderCharts }, { toHtml }] = await Promise.all([
      import("../report/charts.ts"),
      import("../report/html.ts"),
    ]);
    // The papers' own figures come from the repository's data/, so only when auditing it.
    const papers = options.data !== undefined ? [] : options.paper ? [options.paper] : PAPERS;
    await Deno.writeTextFile(
      options.html,
      toHtml(entries, await renderCharts(entries, { papers })),
    );
  }
  io.out(options.json ? toJson(entries.map((e) => e.result)) : toText(entries));
  return 0;
}

if (import.meta.main) Deno.exit(await reproduce(Deno.args));
