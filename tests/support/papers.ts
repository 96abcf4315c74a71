/**
 * Where the plain-text papers are, for tests that check a transcription against the paper.
 *
 * The papers are not part of the repository: they live in `shared/papers/` beside the
 * checkout (as on every developer machine and in CI). `REDERIVE_PAPERS` overrides the folder.
 * Tests that need them are ignored, with a message, where the folder is absent; under
 * `CI=true` an absent folder is an error instead, so CI never silently skips them.
 *
 * @module
 */

const root = new URL("../../", import.meta.url);

/** The two papers this project reproduces, by key. */
export const PAPER_FILES = {
  "boissel-2022": "boissel-2022-cancer-med-isatuximab-t-all.txt",
  "aureli-2023": "aureli-2023-cancers-all-immunotherapy-review.txt",
} as const;

/** A paper's key. */
export type PaperKey = keyof typeof PAPER_FILES;

function papersDir(): URL {
  const override = Deno.env.get("REDERIVE_PAPERS");
  if (override) return new URL(`file://${override.endsWith("/") ? override : `${override}/`}`);
  return new URL("../shared/papers/", root);
}

/** Reads a paper's text, or returns `undefined` where the papers folder is absent (not in CI). */
export function readPaper(key: PaperKey): string | undefined {
  const url = new URL(PAPER_FILES[key], papersDir());
  try {
    return Deno.readTextFileSync(url);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    if (Deno.env.get("CI") === "true") {
      throw new Error(`paper not found at ${url.pathname} (set REDERIVE_PAPERS under CI)`);
    }
    console.warn(`!! ${url.pathname} not found: paper-text checks are skipped`);
    return undefined;
  }
}

/** True when the papers can be read (for `Deno.test({ ignore })`). */
export const PAPERS_AVAILABLE: boolean = (() => {
  try {
    Deno.statSync(new URL(PAPER_FILES["boissel-2022"], papersDir()));
    return true;
  } catch {
    if (Deno.env.get("CI") === "true") return true; // let readPaper fail loudly instead
    return false;
  }
})();
