/**
 * `deno task reproduce`: loads every paper folder under the data folder(s), re-derives every
 * claim, groups the problems into findings, and prints the findings first, then a line of
 * counts per paper; `--all` adds the whole ledger.
 *
 * ```
 * deno run --allow-read [--allow-write] lib/cli/reproduce.ts [--all] [--json] [--html FILE]
 *   [--paper ID] [--status S] [--data DIR]… [--width N]
 * ```
 *
 * Exit status: 0 when the audit ran (whatever it found); 1 when the data do not load or the
 * report cannot be written (one line, `error: file:line: reason`, on stderr; no report and no
 * partial file); 2 for bad usage. `--html` is the only path that loads vega.
 *
 * @module
 */

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { DataError } from "../data/csv.ts";
import type { PaperData } from "../ledger/claims.ts";
import { type LedgerReport, reportLedger } from "../ledger/findings.ts";
import { findPaperFolders, readLedger } from "../ledger/load.ts";
import { toJson } from "../report/json.ts";
import { type CliIo, startCommand, STD_IO } from "./io.ts";
import { toText } from "../report/text.ts";
import { writeFileAtomically } from "./write_file.ts";

/** The usage message printed by `--help` and on bad usage. */
export const USAGE = `Usage: deno task reproduce [options]

Re-derives every claim of every paper folder under data/ (or --data DIR) and prints the
paper's findings first: each distinct problem once, with the claims it covers.

Options:
  --all           also print the whole ledger, section by section
  --status S      print the ledger's claims with status S only (${CHECK_STATUSES.join(" | ")})
  --paper ID      only the paper whose folder is named ID
  --data DIR      a paper folder, or a folder of paper folders (repeatable; default data/)
  --json          print stable JSON records (one per claim) instead of text
  --html FILE     also write a self-contained HTML report with charts to FILE
  --width N       wrap the text at N columns (default: $COLUMNS, else the terminal, else 100)
  -h, --help      show this message

Exit status: 0 when the audit ran, 1 when the data do not load or a file cannot be written,
2 for bad usage.`;

/** Parsed command-line options. */
export interface ReproduceOptions {
  readonly json: boolean;
  /** Print the whole ledger after the findings. */
  readonly all: boolean;
  readonly html?: string;
  readonly paper?: string;
  readonly status?: CheckStatus;
  /** The data folders; default the repository's `data/`. */
  readonly data: readonly string[];
  /** `--width` as given (checked by `reportWidth`). */
  readonly width?: string;
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
 * assertEquals(parseReproduceArgs(["--paper", "my-trial", "--json"]).paper, "my-trial");
 * ```
 */
export function parseReproduceArgs(argv: readonly string[]): ReproduceOptions {
  let json = false;
  let all = false;
  let help = false;
  const data: string[] = [];
  let html: string | undefined;
  let paper: string | undefined;
  let status: CheckStatus | undefined;
  let width: string | undefined;
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
      case "--all":
        all = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "--html":
        html = value();
        break;
      case "--data":
        data.push(value());
        break;
      case "--width":
        width = value();
        break;
      case "--paper": {
        const v = value();
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) {
          throw new UsageError(`--paper must be a paper folder name (kebab-case), got "${v}"`);
        }
        paper = v;
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
    all,
    help,
    data,
    ...(html === undefined ? {} : { html }),
    ...(paper === undefined ? {} : { paper }),
    ...(status === undefined ? {} : { status }),
    ...(width === undefined ? {} : { width }),
  };
}

/** The repository's `data/`, relative to the working directory (for short error messages). */
function repositoryData(): string {
  const dir = fileURLToPath(new URL("../../data", import.meta.url));
  return relative(Deno.cwd(), dir) || ".";
}

/** Where the CLI writes and what it knows of its environment; injectable for tests. */
export type Io = CliIo;

/**
 * Runs the CLI and returns its exit status (0 ran, 1 data or file error, 2 bad usage).
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
  const started = startCommand(argv, io, {
    parse: parseReproduceArgs,
    usage: USAGE,
    usageError: UsageError,
  });
  if (typeof started === "number") return started;
  const { options, width } = started;
  const dirs = options.data.length > 0 ? options.data : [repositoryData()];
  let papers: PaperData[];
  let report: LedgerReport;
  try {
    for (const dir of dirs) {
      for (const skipped of (await findPaperFolders(dir)).skipped) {
        io.err(`note: ${skipped} is not a paper folder (no paper.json, no claims.csv): skipped\n`);
      }
    }
    papers = await readLedger(dirs, options.paper === undefined ? {} : { paper: options.paper });
    report = reportLedger(papers);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 1;
  }
  if (options.status !== undefined) {
    report = {
      ...report,
      entries: report.entries.filter((e) => e.result.status === options.status),
    };
  }
  if (options.html !== undefined) {
    try {
      const [{ renderCharts }, { toHtml }] = await Promise.all([
        import("../report/charts.ts"),
        import("../report/html.ts"),
      ]);
      await writeFileAtomically(options.html, toHtml(report, await renderCharts(report, papers)));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      io.err(`error: ${error.message}\n`);
      return 1;
    }
  }
  io.out(
    options.json ? toJson(report.entries.map((e) => e.result)) : toText(report, {
      width,
      ledger: options.all || options.status !== undefined,
    }),
  );
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await reproduce(Deno.args));
  } catch (error) {
    // A bug, not bad data: say so in one line, with how to get the details.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: ${message} (an unexpected failure; set REDERIVE_DEBUG=1 for details)`);
    if (Deno.env.get("REDERIVE_DEBUG") === "1") console.error(error);
    Deno.exit(1);
  }
}
