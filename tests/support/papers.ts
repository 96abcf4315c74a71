/**
 * Where the plain-text papers are, for tests that check a transcription against the paper.
 *
 * The papers' texts are not part of the repository (the transcriptions in `data/` are). A test
 * looks for a paper's text, in this order: `data/<paper>/paper.txt` (where a user keeps the
 * text of their own paper), the folder named by `REDERIVE_PAPERS`, and `../shared/papers/`
 * beside the checkout (the team's machines and CI). Where none has it, the tests that need it
 * are ignored and the end of `deno task test` says which text to put where
 * ({@linkcode noteSkip}); under `CI=true` an absent text is an error instead, so CI never
 * silently skips them.
 *
 * @module
 */

import { noteSkip } from "./skips.ts";

const root = new URL("../../", import.meta.url);

/** The two papers this project reproduces: their text's file name and citation. */
export const PAPER_FILES = {
  "boissel-2022": "boissel-2022-cancer-med-isatuximab-t-all.txt",
  "aureli-2023": "aureli-2023-cancers-all-immunotherapy-review.txt",
} as const;

const CITATIONS: Readonly<Record<PaperKey, string>> = {
  "boissel-2022": "Boissel et al. 2022, Cancer Med 11:1292-1298, doi:10.1002/cam4.4478",
  "aureli-2023": "Aureli et al. 2023, Cancers 15:3346, doi:10.3390/cancers15133346",
};

/** A paper's key. */
export type PaperKey = keyof typeof PAPER_FILES;

/** The places a paper's text may be, in the order they are tried. */
export function paperTextCandidates(key: PaperKey): URL[] {
  const candidates = [new URL(`data/${key}/paper.txt`, root)];
  const override = Deno.env.get("REDERIVE_PAPERS");
  if (override) {
    const dir = override.endsWith("/") ? override : `${override}/`;
    candidates.push(new URL(PAPER_FILES[key], new URL(`file://${dir}`)));
  }
  candidates.push(new URL(`../shared/papers/${PAPER_FILES[key]}`, root));
  return candidates;
}

function find(key: PaperKey): URL | undefined {
  for (const url of paperTextCandidates(key)) {
    try {
      if (Deno.statSync(url).isFile) return url;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

function remedy(key: PaperKey): string {
  return `To run them, save the plain text of ${CITATIONS[key]} as data/${key}/paper.txt ` +
    `(or set REDERIVE_PAPERS to a folder holding ${PAPER_FILES[key]})`;
}

function missing(key: PaperKey): undefined {
  if (Deno.env.get("CI") === "true") {
    throw new Error(`the text of paper ${key} was not found. ${remedy(key)}`);
  }
  noteSkip(
    `Checks of the ${key} transcriptions against the paper's own text`,
    "no copy of its text",
    remedy(key),
  );
  return undefined;
}

/**
 * Reads a paper's text, or returns `undefined` (with a skip note) where no copy is found.
 *
 * @throws {Error} under `CI=true` when the text is missing
 */
export function readPaper(key: PaperKey): string | undefined {
  const url = find(key);
  return url === undefined ? missing(key) : Deno.readTextFileSync(url);
}

/** True when both papers' texts can be read (for `Deno.test({ ignore })`). */
export const PAPERS_AVAILABLE: boolean = (() => {
  if (Deno.env.get("CI") === "true") return true; // let readPaper fail loudly instead
  const absent = (Object.keys(PAPER_FILES) as PaperKey[]).filter((key) => find(key) === undefined);
  absent.forEach(missing);
  return absent.length === 0;
})();
