/**
 * Writing a report file whole or not at all: the text goes to a temporary file beside the
 * target, which is then renamed over it, so a failure never leaves a partial report that looks
 * complete. Every failure is a {@linkcode DataError} naming the file and the reason in words
 * (a missing folder, no permission), for the CLIs' one-line errors.
 *
 * @module
 */

import { DataError } from "../data/csv.ts";

function parentOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "." : at === 0 ? "/" : path.slice(0, at);
}

function reason(error: unknown): string {
  if (error instanceof Deno.errors.PermissionDenied || error instanceof Deno.errors.NotCapable) {
    return "permission denied (give the task --allow-write for it, or choose another place)";
  }
  if (error instanceof Deno.errors.NotFound) return "the folder does not exist";
  if (error instanceof Deno.errors.IsADirectory) return "is a folder, not a file";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `text` to `path` atomically (temporary file, then rename).
 *
 * @throws {DataError} when the folder does not exist, `path` is a folder, or writing fails
 *
 * @example A missing folder is named
 * ```ts
 * import { writeFileAtomically } from "./write_file.ts";
 * import { DataError } from "../data/csv.ts";
 * import { assertRejects } from "@std/assert";
 * await assertRejects(
 *   () => writeFileAtomically("/no/such/folder/report.html", "x"),
 *   DataError,
 *   "the folder /no/such/folder does not exist",
 * );
 * ```
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const dir = parentOf(path);
  try {
    const info = await Deno.stat(dir);
    if (!info.isDirectory) throw new DataError(path, 0, `${dir} is not a folder`);
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (error instanceof Deno.errors.NotFound) {
      throw new DataError(path, 0, `the folder ${dir} does not exist (create it first)`);
    }
    throw new DataError(path, 0, reason(error));
  }
  try {
    if ((await Deno.stat(path)).isDirectory) {
      throw new DataError(path, 0, reason(new Deno.errors.IsADirectory()));
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (!(error instanceof Deno.errors.NotFound)) throw new DataError(path, 0, reason(error));
  }
  let temporary: string | undefined;
  try {
    temporary = await Deno.makeTempFile({ dir, prefix: ".rederive-", suffix: ".partial" });
    await Deno.writeTextFile(temporary, text);
    await Deno.rename(temporary, path);
    temporary = undefined;
  } catch (error) {
    throw new DataError(path, 0, reason(error));
  } finally {
    if (temporary !== undefined) await Deno.remove(temporary).catch(() => {});
  }
}
