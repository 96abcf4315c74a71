/**
 * `--claims DIR`: the automatic audit's extraction written as a draft paper folder that
 * `deno task reproduce --data DIR` reads — `paper.json` (the title the text gives, and a
 * citation placeholder the user must replace), `claims.csv` (one row per extracted statement,
 * `claimsCsv` of `lib/audit/`) and a short `README.md` on curating it. So the automatic audit
 * and the hand-curated ledger are one pipeline: audit, curate, reproduce.
 *
 * With one input DIR is the paper folder (its name, kebab-case, is the paper id); with several,
 * DIR holds one folder per paper, named from the file (`PMC3266205.txt` → `pmc3266205`).
 * Nothing is ever overwritten: if any target file exists, nothing is written.
 *
 * @module
 */

import { PAPER_META_FILE } from "../ledger/claims.ts";

/** The files of a draft folder, in writing order. */
export const DRAFT_FILES = [PAPER_META_FILE, "claims.csv", "README.md"] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The citation placeholder of a draft `paper.json`: `reproduce` runs, the reader is told. */
export const CITATION_PLACEHOLDER =
  "EDIT ME: the full citation (authors, title, journal, year, volume, pages)";

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1) || trimmed;
}

/**
 * A paper id (kebab-case) from a file name: its base name without the extension, lower case,
 * every run of other characters a hyphen.
 *
 * @example
 * ```ts
 * import { paperIdOf } from "./claims_folder.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(paperIdOf("../corpus/PMC3266205.txt"), "pmc3266205");
 * assertEquals(paperIdOf("Doe et al. 2024.md"), "doe-et-al-2024");
 * assertEquals(paperIdOf("-"), "stdin");
 * ```
 */
export function paperIdOf(file: string): string {
  if (file === "-") return "stdin";
  const name = baseName(file).replace(/\.(?:txt|text|md|markdown)$/i, "");
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "paper";
}

/**
 * The folder of each paper: `dir` itself for one input, else `dir/<paper id>` (ids made unique
 * with `-2`, `-3`, …).
 *
 * @throws {RangeError} for one input, when `dir` does not end in a kebab-case folder name
 *
 * @example Several inputs
 * ```ts
 * import { draftFolders } from "./claims_folder.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(draftFolders("out", ["a/PMC1.txt", "b/PMC1.txt"]), ["out/pmc1", "out/pmc1-2"]);
 * assertEquals(draftFolders("out/doe-2024/", ["paper.txt"]), ["out/doe-2024"]);
 * ```
 */
export function draftFolders(dir: string, files: readonly string[]): string[] {
  const root = dir.length > 1 ? dir.replace(/\/+$/, "") : dir;
  if (files.length === 1) {
    const id = baseName(root);
    if (!KEBAB.test(id)) {
      throw new RangeError(
        `\`--claims\` must name a folder whose name, kebab-case, is the paper id (e.g. ` +
          `drafts/doe-2024), got ${JSON.stringify(id)}`,
      );
    }
    return [root];
  }
  const seen = new Set<string>();
  return files.map((file) => {
    const base = paperIdOf(file);
    let id = base;
    for (let k = 2; seen.has(id); k++) id = `${base}-${k}`;
    seen.add(id);
    return `${root}/${id}`;
  });
}

/**
 * The first draft file that already exists among `folders` (so nothing is written), or
 * `undefined`.
 */
export function existingDraftFile(folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    for (const name of DRAFT_FILES) {
      const path = `${folder}/${name}`;
      try {
        Deno.lstatSync(path);
        return path;
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) return path;
      }
    }
  }
  return undefined;
}

/** What a draft folder is made from. */
export interface DraftSource {
  /** The input's name. */
  readonly file: string;
  /** The title the text gives; empty when none was found. */
  readonly title: string;
  /** The `claims.csv` text. */
  readonly claimsCsv: string;
  /** How many statements it holds. */
  readonly statements: number;
}

/**
 * The files of a draft folder, by name (see the module documentation).
 *
 * @example The loader of the ledger reads them back
 * ```ts
 * import { draftFiles } from "./claims_folder.ts";
 * import { parsePaperMeta } from "../ledger/load.ts";
 * import { assertEquals } from "@std/assert";
 * const files = draftFiles({ file: "x.txt", title: "A trial", claimsCsv: "", statements: 0 }, "drafts/x");
 * assertEquals(parsePaperMeta(files["paper.json"]!, "paper.json", "x").title, "A trial");
 * ```
 */
export function draftFiles(source: DraftSource, folder: string): Record<string, string> {
  const name = source.file === "-" ? "stdin" : baseName(source.file);
  const meta: Record<string, string> = {
    title: source.title === "" ? `EDIT ME: the title of ${name}` : source.title,
    citation: `${CITATION_PLACEHOLDER}; a draft from the automatic audit of ${name}`,
  };
  if (source.file !== "-") meta.text = name;
  const readme = `# Draft claims ledger: ${name}

Written by \`deno task audit --claims\` from what the automatic audit extracted from
\`${source.file}\`: ${source.statements} checkable statement(s), one row each in \`claims.csv\`.
It is a draft: nobody has read it yet.

1. **\`paper.json\`**: replace the citation placeholder with the full citation, and check the
   title${source.title === "" ? " (none was found in the text)" : " (taken from the text)"}.
2. **\`claims.csv\`**: each row is a statement as printed (\`quote\`, \`reported\`), its check and
   arguments, and in \`note\` how it was found (an \`inferred\` row says where its denominator came
   from). Delete the rows that misread the text, correct the arguments, add what the extractor
   missed, and link related claims (\`parts=@id1,@id2\`, \`other=@id\`). The codebook is
   \`data/README.md\` in the rederive repository.
3. Run \`deno task reproduce --data ${folder}\`.
`;
  return {
    [PAPER_META_FILE]: `${JSON.stringify(meta, null, 2)}\n`,
    "claims.csv": source.claimsCsv,
    "README.md": readme,
  };
}

/**
 * Writes a draft folder, creating it; never overwrites (each file is created new).
 *
 * @throws {Error} (from Deno) when a file exists or cannot be written
 */
export function writeDraftFolder(folder: string, files: Record<string, string>): void {
  Deno.mkdirSync(folder, { recursive: true });
  for (const name of DRAFT_FILES) {
    Deno.writeTextFileSync(`${folder}/${name}`, files[name] ?? "", { createNew: true });
  }
}
