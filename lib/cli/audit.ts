/**
 * `deno task audit FILE|DIR… [-]`: the automatic audit of papers' plain text. Every statement a
 * check of the claims ledger can re-derive is found, re-derived and reported, findings first
 * (issue 12). One paper runs in this thread and starts fast; two or more run over Web Workers,
 * one per core (`--workers N`), with a progress bar on stderr, records delivered in input
 * order, and a per-paper summary and corpus totals at the end.
 *
 * ```
 * deno run --allow-read [--allow-write] --allow-env=COLUMNS lib/cli/audit.ts FILE|DIR|-…
 *   [--json | --jsonl] [--html FILE] [--claims DIR] [--resume OUT.jsonl] [--workers N]
 *   [--status S] [--tier T] [--all] [--width N]
 * ```
 *
 * Bad input never stops a run: a binary file, non-UTF-8 text, an empty file, a file over
 * 20 MB, an unreadable folder entry, a file that vanishes mid-run is skipped with one line on
 * stderr naming it (and counted in the summary) — see `lib/audit_cli/inputs.ts`. Exit status:
 * 0 when the audit ran (whatever it found), 1 when nothing could be read or an output cannot
 * be written (one line, no stack trace), 2 for bad usage.
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { DataError } from "../data/csv.ts";
import { type Tier, TIERS } from "../extract/statement.ts";
import type { AuditSummary } from "../audit/mod.ts";
import { AUDIT_FINDING_STATUSES } from "../report/audit_findings.ts";
import { JsonArrayWriter, recordLine } from "../report/audit_json.ts";
import { type AuditRun, auditText, type SkippedLine } from "../report/audit_text.ts";
import {
  draftFiles,
  draftFolders,
  existingDraftFile,
  writeDraftFolder,
} from "../audit_cli/claims_folder.ts";
import { gatherInputs, MAX_BYTES, type SkippedInput } from "../audit_cli/inputs.ts";
import { type CliIo, startCommand, STD_IO, withDefaults } from "./io.ts";
import { auditInWorkers } from "../audit_cli/pool.ts";
import { type PaperOutcome, type PaperRequest, processInput } from "../audit_cli/process.ts";
import { Progress } from "../audit_cli/progress.ts";
import { prepareResume, RecordAppender } from "../audit_cli/resume.ts";
import type { AuditedPaper } from "../report/audit_findings.ts";
import { writeFileAtomically } from "./write_file.ts";

/** The usage message printed by `--help` and on bad usage. */
export const AUDIT_USAGE = `Usage: deno task audit FILE|DIR|- … [options]

Finds every statement of the papers' plain text that can be re-derived (percentages against
counts and denominators, parts against totals, ratios with intervals, proportion intervals,
two-group p-values, test statistics), re-derives it, and prints the findings first. A folder
is read whole (files in name order, sub-folders too); - reads stdin. Two or more papers run
over Web Workers with a progress bar on stderr.

Options:
  --json            print the records as one JSON array (input order, the same bytes each run)
  --jsonl           print the records one per line as each paper is done (input order)
  --html FILE       also write a self-contained HTML report, flagged statements highlighted
  --claims DIR      also write a draft paper folder for reproduce (several papers: one per
                    paper under DIR); never overwrites
  --resume OUT      append the records to OUT (JSONL), skipping papers it already holds
  --workers N       Web Workers for two or more papers (default: the number of cores)
  --status S        show only records with status S:
                    ${CHECK_STATUSES.join(", ")}
  --tier T          show only records of tier T: ${TIERS.join(", ")}
  --all             detail every paper and every claim, section by section
  --width N         wrap the text at N columns (default: $COLUMNS, else the terminal, else 100)
  -h, --help        show this message

Files over ${
  MAX_BYTES / 1024 / 1024
} MB, binary files, non-UTF-8 text and empty files are skipped with one line
each on stderr. Exit status: 0 when the audit ran, 1 when nothing could be read or an output
cannot be written, 2 for bad usage.`;

/** Parsed command-line options. */
export interface AuditOptions {
  /** Files, folders and `-` (stdin), in the order given. */
  readonly paths: readonly string[];
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly all: boolean;
  readonly help: boolean;
  readonly html?: string;
  readonly claims?: string;
  readonly resume?: string;
  readonly workers?: number;
  readonly status?: CheckStatus;
  readonly tier?: Tier;
  /** `--width` as given (checked by `reportWidth`). */
  readonly width?: string;
}

/**
 * A usage error: the CLI prints it with the usage message and exits with 2.
 *
 * @example An option without its value
 * ```ts
 * import { AuditUsageError, parseAuditArgs } from "./audit.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(() => parseAuditArgs(["a.txt", "--html"]), AuditUsageError, "--html needs a value");
 * ```
 */
export class AuditUsageError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = "AuditUsageError";
  }
}

/**
 * Parses the command line.
 *
 * @throws {AuditUsageError} on an unknown option, a missing value, a value outside its list,
 *   `--json` with `--jsonl`, or no input
 *
 * @example A folder, JSONL and a filter
 * ```ts
 * import { parseAuditArgs } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const options = parseAuditArgs(["corpus/", "--jsonl", "--tier=explicit"]);
 * assertEquals([options.paths, options.jsonl, options.tier], [["corpus/"], true, "explicit"]);
 * ```
 */
export function parseAuditArgs(argv: readonly string[]): AuditOptions {
  const paths: string[] = [];
  let json = false;
  let jsonl = false;
  let all = false;
  let help = false;
  const values: {
    html?: string;
    claims?: string;
    resume?: string;
    workers?: number;
    status?: CheckStatus;
    tier?: Tier;
    width?: string;
  } = {};
  let positionalOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (positionalOnly || arg === "-" || !arg.startsWith("-")) {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || (next.startsWith("-") && next !== "-")) {
        throw new AuditUsageError(`option ${name} needs a value`);
      }
      return next;
    };
    const oneOf = <T extends string>(list: readonly T[], v: string): T => {
      if (!(list as readonly string[]).includes(v)) {
        throw new AuditUsageError(`${name} must be one of ${list.join(", ")}, got "${v}"`);
      }
      return v as T;
    };
    switch (name) {
      case "--":
        positionalOnly = true;
        break;
      case "--json":
        json = true;
        break;
      case "--jsonl":
        jsonl = true;
        break;
      case "--all":
        all = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "--html":
      case "--claims":
      case "--resume": {
        const v = value();
        if (v.trim() === "") throw new AuditUsageError(`${name} needs a non-empty path`);
        values[name.slice(2) as "html" | "claims" | "resume"] = v;
        break;
      }
      case "--width":
        values.width = value();
        break;
      case "--workers": {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > 256) {
          throw new AuditUsageError(`--workers must be an integer from 1 to 256, got "${v}"`);
        }
        values.workers = n;
        break;
      }
      case "--status":
        values.status = oneOf(CHECK_STATUSES, value());
        break;
      case "--tier":
        values.tier = oneOf(TIERS, value());
        break;
      default:
        throw new AuditUsageError(`unknown option "${arg}"`);
    }
  }
  if (help) return { paths, json, jsonl, all, help };
  if (json && jsonl) throw new AuditUsageError("give --json or --jsonl, not both");
  if (paths.length === 0) {
    throw new AuditUsageError("give at least one FILE or DIR (or - for stdin)");
  }
  if (paths.filter((p) => p === "-").length > 1) {
    throw new AuditUsageError("- (stdin) can be given once");
  }
  return { paths, json, jsonl, all, help, ...values };
}

/** The filters as the reports repeat them. */
function filterText(options: AuditOptions): string {
  return [
    options.status === undefined ? "" : `--status ${options.status}`,
    options.tier === undefined ? "" : `--tier ${options.tier}`,
  ].filter((s) => s !== "").join(" ");
}

function folderOf(path: string): string {
  const at = path.replace(/\/+$/, "").lastIndexOf("/");
  return at < 0 ? "." : at === 0 ? "/" : path.slice(0, at);
}

/** Fails early (before a long run) when the folder of an output file does not exist. */
function checkOutputFolder(path: string): void {
  const dir = folderOf(path);
  let ok = false;
  try {
    ok = Deno.statSync(dir).isDirectory;
  } catch {
    ok = false;
  }
  if (!ok) throw new DataError(path, 0, `the folder ${dir} does not exist (create it first)`);
}

function realPath(path: string): string | undefined {
  try {
    return Deno.realPathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The real paths of this command's outputs that exist already (the --resume and --html files,
 * the --claims folder), so that a corpus folder holding them does not audit them.
 */
function ownOutputs(options: AuditOptions): string[] {
  return [options.resume, options.html, options.claims]
    .flatMap((p) => (p === undefined ? [] : [realPath(p)]))
    .filter((p): p is string => p !== undefined);
}

function isOwnOutput(path: string, outputs: readonly string[]): boolean {
  const real = realPath(path);
  return real !== undefined && outputs.some((o) => real === o || real.startsWith(`${o}/`));
}

/** The width of the terminal stderr is on (for the progress bar), when it is one. */
function stderrColumns(): number | undefined {
  try {
    return Deno.stderr.isTerminal() ? Deno.consoleSize().columns : undefined;
  } catch {
    return undefined;
  }
}

const flagged = (paper: AuditedPaper) =>
  paper.records.some((r) => (AUDIT_FINDING_STATUSES as readonly string[]).includes(r.status));

/**
 * Runs the CLI and returns its exit status (0 ran, 1 nothing read or an output not written,
 * 2 bad usage).
 *
 * @example Bad usage
 * ```ts
 * import { audit } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const io = { out: () => {}, err: () => {} };
 * assertEquals(await audit(["--frobnicate"], io), 2);
 * ```
 */
export async function audit(argv: readonly string[], io: CliIo = STD_IO): Promise<number> {
  const started = startCommand(argv, io, {
    parse: parseAuditArgs,
    usage: AUDIT_USAGE,
    usageError: AuditUsageError,
  });
  if (typeof started === "number") return started;
  const { options, width } = started;
  const env = withDefaults(io);
  let appender: RecordAppender | undefined;
  try {
    // Outputs first: a corpus run must not end in "cannot write".
    if (options.html !== undefined) checkOutputFolder(options.html);
    let done: ReadonlySet<string> = new Set();
    if (options.resume !== undefined) {
      const state = prepareResume(options.resume);
      if (state.repaired !== "") io.err(`note: ${options.resume}: ${state.repaired}\n`);
      done = state.done;
      appender = new RecordAppender(options.resume);
    }
    const gathered = gatherInputs(options.paths, env.stdin);
    const outputs = ownOutputs(options);
    const inputs = gathered.inputs.filter((input) => {
      if (outputs.length > 0 && "path" in input && isOwnOutput(input.path, outputs)) {
        io.err(`note: ${input.file} is an output of this command: not audited\n`);
        return false;
      }
      return !done.has(input.file);
    });
    const resumed = gathered.inputs.filter((input) => done.has(input.file)).length;
    let folders: string[] = [];
    if (options.claims !== undefined) {
      try {
        folders = draftFolders(options.claims, inputs.map((i) => i.file));
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        io.err(`error: ${error.message}\n\n${AUDIT_USAGE}\n`);
        return 2;
      }
      const existing = existingDraftFile(folders);
      if (existing !== undefined) {
        io.err(`error: ${existing} exists: --claims never overwrites (nothing was written)\n`);
        return 1;
      }
    }
    return await run(options, env, width, inputs, gathered.skipped, resumed, folders, appender);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 1;
  } finally {
    appender?.close();
  }
}

async function run(
  options: AuditOptions,
  io: Required<CliIo>,
  width: number,
  inputs: ReturnType<typeof gatherInputs>["inputs"],
  listingSkips: readonly SkippedInput[],
  resumed: number,
  folders: readonly string[],
  appender: RecordAppender | undefined,
): Promise<number> {
  // A corpus run: per-paper lines and totals, a progress bar. Workers only for two or more.
  const corpus = inputs.length + listingSkips.length + resumed > 1;
  const request: PaperRequest = {
    ...(options.status === undefined ? {} : { status: options.status }),
    ...(options.tier === undefined ? {} : { tier: options.tier }),
    paragraphs: options.html !== undefined,
    claims: options.claims !== undefined,
  };
  const progress = corpus
    ? new Progress({
      total: inputs.length,
      write: io.err,
      terminal: io.errIsTerminal,
      columns: stderrColumns,
    })
    : undefined;
  const say = (line: string) => (progress ? progress.message(line) : io.err(`${line}\n`));
  const skipped: SkippedLine[] = [];
  const skip = (s: SkippedInput) => {
    skipped.push(s);
    say(`skipped: ${s.file}: ${s.detail}`);
  };
  listingSkips.forEach(skip);
  const summaries: AuditSummary[] = [];
  const papers: AuditedPaper[] = [];
  const json = options.json ? new JsonArrayWriter(io.out) : undefined;
  let written = 0;
  const deliver = (index: number, outcome: PaperOutcome) => {
    if (!outcome.ok) {
      skip(outcome.skipped);
    } else {
      const { claimsCsv, ...paper } = outcome.paper;
      summaries.push(paper.summary);
      if (json !== undefined) paper.records.forEach((r) => json.add(r));
      if (options.jsonl || appender !== undefined) {
        const lines = paper.records.map(recordLine).join("");
        if (options.jsonl) io.out(lines);
        appender?.append(lines);
      }
      if (options.claims !== undefined) {
        const folder = folders[index]!;
        const files = draftFiles(
          {
            file: paper.file,
            title: paper.title,
            claimsCsv,
            statements: paper.summary.statements,
          },
          folder,
        );
        try {
          writeDraftFolder(folder, files);
        } catch (error) {
          const reason = error instanceof Deno.errors.AlreadyExists
            ? "a draft file appeared there during the run: --claims never overwrites"
            : error instanceof Error
            ? error.message
            : String(error);
          throw new DataError(folder, 0, reason);
        }
        written++;
      }
      if (!corpus || options.all || flagged(paper)) papers.push(paper);
    }
    progress?.update(index + 1);
  };
  if (inputs.length === 1) {
    deliver(0, processInput(inputs[0]!, request));
  } else if (inputs.length > 0) {
    const workers = options.workers ?? Math.max(1, navigator.hardwareConcurrency || 1);
    await auditInWorkers(inputs, { workers, request }, deliver);
  }
  progress?.finish(inputs.length);
  json?.end();
  if (summaries.length === 0 && resumed === 0) {
    io.err(
      skipped.length === 0
        ? `error: no file to audit in ${options.paths.join(", ")} (an empty folder?)\n`
        : `error: nothing could be read (${skipped.length} input${
          skipped.length === 1 ? "" : "s"
        } skipped)\n`,
    );
    return 1;
  }
  const result: AuditRun = { summaries, papers, skipped, resumed, filters: filterText(options) };
  if (options.html !== undefined) {
    const { auditHtml } = await import("../report/audit_html.ts");
    await writeFileAtomically(options.html, auditHtml(result, { all: options.all }));
  }
  if (!options.json && !options.jsonl) io.out(auditText(result, { width, all: options.all }));
  else if (corpus) {
    const explicit = summaries.filter((s) => s.explicitDiscrepancy).length;
    io.err(
      `audit: ${summaries.length} papers read, ${skipped.length} skipped` +
        (resumed === 0 ? "" : `, ${resumed} already done`) +
        `; ${explicit} with an explicit discrepancy\n`,
    );
  }
  if (options.claims !== undefined && written > 0) {
    io.err(
      `Draft paper folder${written === 1 ? "" : "s"} written under ${options.claims}: edit ` +
        `paper.json and curate claims.csv, then: deno task reproduce --data ${options.claims}\n`,
    );
  }
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await audit(Deno.args));
  } catch (error) {
    // The reader of stdout went away (`| head`): stop quietly.
    if (error instanceof Deno.errors.BrokenPipe) Deno.exit(0);
    // A bug, not bad input: say so in one line, with how to get the details.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: ${message} (an unexpected failure; set REDERIVE_DEBUG=1 for details)`);
    let debug = false;
    try {
      debug = Deno.env.get("REDERIVE_DEBUG") === "1";
    } catch {
      debug = false;
    }
    if (debug) console.error(error);
    Deno.exit(1);
  }
}
