/**
 * `deno task new-paper DIR --title "…" --citation "…"`: scaffolds a paper folder that
 * `deno task reproduce --data DIR` audits with no code change — `paper.json` (the metadata),
 * `claims.csv` (the codebook's header and one commented example row) and a short `README.md`
 * on how to fill it in. It refuses to overwrite: if any of the three files exists, nothing is
 * written.
 *
 * ```
 * deno run --allow-read --allow-write lib/cli/new_paper.ts DIR --title T --citation C
 *   [--short S] [--doi D] [--licence L] [--year Y]
 * ```
 *
 * Exit status: 0 when the folder was written; 1 when a file exists or cannot be written; 2 for
 * bad usage.
 *
 * @module
 */

import { CLAIM_COLUMNS } from "../ledger/load.ts";
import { PAPER_META_FILE } from "../ledger/claims.ts";

/** The usage message printed by `--help` and on bad usage. */
export const NEW_PAPER_USAGE = `Usage: deno task new-paper DIR --title "…" --citation "…" [options]

Creates the paper folder DIR (its name, kebab-case, is the paper id) with paper.json,
claims.csv (header and one commented example row) and a README on filling it in. Existing
files are never overwritten.

Options:
  --title T       the article's title (required)
  --citation C    the full citation: authors, title, journal, year, volume, pages (required)
  --short S       a short name for headings ("Doe et al. 2024"; default: the folder name)
  --doi D         the DOI (10.xxxx/…)
  --licence L     the article's licence (e.g. "CC BY 4.0")
  --year Y        the year of publication
  -h, --help      show this message

Then: deno task reproduce --data DIR`;

/** What {@linkcode newPaperFiles} writes. */
export interface NewPaperOptions {
  readonly title: string;
  readonly citation: string;
  readonly short?: string;
  readonly doi?: string;
  readonly licence?: string;
  readonly year?: number;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/**
 * The files of a new paper folder, by name.
 *
 * @throws {RangeError} naming the argument when the folder name is not kebab-case, or the title
 *   or citation is empty
 *
 * @example
 * ```ts
 * import { newPaperFiles } from "./new_paper.ts";
 * import { assertEquals } from "@std/assert";
 * const files = newPaperFiles("papers/doe-2024", { title: "A trial", citation: "Doe J. A trial." });
 * assertEquals(Object.keys(files), ["paper.json", "claims.csv", "README.md"]);
 * assertEquals(JSON.parse(files["paper.json"]!).title, "A trial");
 * ```
 */
export function newPaperFiles(dir: string, options: NewPaperOptions): Record<string, string> {
  const id = baseName(dir);
  if (!KEBAB.test(id)) {
    throw new RangeError(
      `\`DIR\` must end in a kebab-case folder name (the paper id, e.g. doe-2024), got ${
        JSON.stringify(id)
      }`,
    );
  }
  for (const key of ["title", "citation"] as const) {
    if (options[key].trim() === "") throw new RangeError(`\`--${key}\` must not be empty`);
  }
  const meta: Record<string, string | number> = {
    title: options.title.trim(),
    citation: options.citation.trim(),
  };
  if (options.short !== undefined) meta.short = options.short;
  if (options.doi !== undefined) meta.doi = options.doi;
  if (options.licence !== undefined) meta.licence = options.licence;
  if (options.year !== undefined) meta.year = options.year;
  const header = CLAIM_COLUMNS.join(",");
  const example = [
    "# t2-pd",
    "table-2",
    '"Table 2, row ""Progressive disease, n (%)"""',
    '"Progressive disease, n (%) 12 (85.7%)"',
    "text",
    "12 (85.7%)",
    "percentage",
    "n=14",
    "an example: delete or replace this row (rows whose id starts with # are ignored)",
  ].join(",");
  const readme = `# ${options.short ?? id}

${options.citation.trim()}

This folder is a paper for \`deno task reproduce\`: every quantitative statement of the paper,
as printed, with the check that re-derives it. The codebook is \`data/README.md\` in the
rederive repository; in short:

1. **\`paper.json\`** — the title, the citation and optionally \`short\`, \`doi\`, \`licence\`,
   \`year\` and \`text\` (the file name of the paper's plain text, if you keep it elsewhere;
   a \`paper.txt\` in this folder is found without it).
2. **\`claims.csv\`** — one row per printed number: a kebab-case \`id\`, the \`section\`, \`where\`
   it stands, the \`quote\` around it (verbatim), its \`source\` (\`text\` or a table cell
   \`table1.csv#row_id\`), the number as \`reported\`, the \`check\` that re-derives it
   (\`percentage\`, \`sum\`, \`ci-proportion\`, \`p-value\`, \`ratio-ci\`, \`same-value\`, …, or
   \`not-derivable\` with the reason in \`note\`) and its \`args\` (\`n=14\`, \`parts=@a,@b\`).
   The example row (its id starts with \`#\`) shows the form.
3. Optionally **\`table1.csv\`, …** — faithful transcriptions of the tables (\`row_id,group,label,column,printed\`),
   **\`findings.csv\`** — findings written by hand (\`id,title,explanation\`), and
   **\`trials.csv\`** — trial results for forest plots.

Then run \`deno task reproduce --data ${dir}\` (add \`--all\` for every claim, \`--html FILE\` for
a report with charts). Errors name the file, the line and the reason.
`;
  return {
    [PAPER_META_FILE]: `${JSON.stringify(meta, null, 2)}\n`,
    "claims.csv": `${header}\n${example}\n`,
    "README.md": readme,
  };
}

/** A usage error: printed with the usage message, exit 2. */
export class NewPaperUsageError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = "NewPaperUsageError";
  }
}

/**
 * Parses the command line.
 *
 * @throws {NewPaperUsageError} on a missing folder, title or citation, an unknown option, or a
 *   year that is not a positive integer
 *
 * @example
 * ```ts
 * import { parseNewPaperArgs } from "./new_paper.ts";
 * import { assertEquals } from "@std/assert";
 * const { dir, options } = parseNewPaperArgs(["x/doe-2024", "--title", "T", "--citation=C", "--year", "2024"]);
 * assertEquals([dir, options.year], ["x/doe-2024", 2024]);
 * ```
 */
export function parseNewPaperArgs(
  argv: readonly string[],
): { dir: string; options: NewPaperOptions; help: boolean } {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!["title", "citation", "short", "doi", "licence", "year"].includes(name)) {
      throw new NewPaperUsageError(`unknown option "--${name}"`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new NewPaperUsageError(`option --${name} needs a value`);
    values[name] = value;
  }
  if (help) return { dir: "", options: { title: "", citation: "" }, help };
  if (positional.length !== 1) {
    throw new NewPaperUsageError(
      `give exactly one folder (DIR), got ${
        positional.length === 0 ? "none" : positional.join(" ")
      }`,
    );
  }
  for (const required of ["title", "citation"]) {
    if (values[required] === undefined) {
      throw new NewPaperUsageError(`--${required} is required`);
    }
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d+$/.test(values.year) || year < 1) {
      throw new NewPaperUsageError(`--year must be a positive integer, got "${values.year}"`);
    }
  }
  return {
    dir: positional[0]!,
    help,
    options: {
      title: values.title!,
      citation: values.citation!,
      ...(values.short === undefined ? {} : { short: values.short }),
      ...(values.doi === undefined ? {} : { doi: values.doi }),
      ...(values.licence === undefined ? {} : { licence: values.licence }),
      ...(year === undefined ? {} : { year }),
    },
  };
}

/**
 * Runs the CLI and returns its exit status (0 written, 1 refused or failed, 2 bad usage).
 *
 * @example Bad usage
 * ```ts
 * import { newPaper } from "./new_paper.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(await newPaper(["--title", "T"], { out: () => {}, err: () => {} }), 2);
 * ```
 */
export async function newPaper(
  argv: readonly string[],
  io: { out: (t: string) => void; err: (t: string) => void } = {
    out: (t) => Deno.stdout.writeSync(new TextEncoder().encode(t)),
    err: (t) => Deno.stderr.writeSync(new TextEncoder().encode(t)),
  },
): Promise<number> {
  let parsed: ReturnType<typeof parseNewPaperArgs>;
  let files: Record<string, string>;
  try {
    parsed = parseNewPaperArgs(argv);
    if (parsed.help) {
      io.out(`${NEW_PAPER_USAGE}\n`);
      return 0;
    }
    files = newPaperFiles(parsed.dir, parsed.options);
  } catch (error) {
    if (!(error instanceof NewPaperUsageError) && !(error instanceof RangeError)) throw error;
    io.err(`error: ${error.message}\n\n${NEW_PAPER_USAGE}\n`);
    return 2;
  }
  const dir = parsed.dir.replace(/\/+$/, "");
  try {
    for (const name of Object.keys(files)) {
      try {
        await Deno.lstat(`${dir}/${name}`);
        io.err(`error: ${dir}/${name} exists: new-paper never overwrites (nothing was written)\n`);
        return 1;
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
    }
    await Deno.mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, text, { createNew: true });
    }
  } catch (error) {
    io.err(`error: ${dir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.out(
    `Created ${dir}/ with ${Object.keys(files).join(", ")}.\n` +
      `Fill in claims.csv (codebook: data/README.md), then: deno task reproduce --data ${dir}\n`,
  );
  return 0;
}

if (import.meta.main) Deno.exit(await newPaper(Deno.args));
