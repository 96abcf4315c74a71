/**
 * `--resume OUT.jsonl`: a corpus run that can stop and go on. The records are appended to
 * OUT.jsonl one paper at a time (one write per paper, in input order); a later run with the
 * same file skips every paper that already has a record there and appends the others.
 *
 * An interrupted run can leave a last line cut off. Its paper may have lost records, so the
 * cut line and the whole last paper's records are removed (the file is truncated to the end
 * of the paper before) and that paper is audited again. A file that holds anything but the
 * audit's records is refused, never appended to.
 *
 * A paper with no record at all leaves no trace in OUT.jsonl and is read again by the next
 * run; that costs milliseconds.
 *
 * @module
 */

import { DataError } from "../data/csv.ts";

/** What an existing OUT.jsonl says. */
export interface ResumeState {
  /** The `file` of every record: the papers already done. */
  readonly done: ReadonlySet<string>;
  /** How many records the file holds (after a repair). */
  readonly records: number;
  /** What was repaired, in words; empty when nothing was. */
  readonly repaired: string;
}

function reason(error: unknown): string {
  if (error instanceof Deno.errors.PermissionDenied || error instanceof Deno.errors.NotCapable) {
    return "permission denied";
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads OUT.jsonl (a missing file is an empty one), repairs a cut-off last line (see the module
 * documentation), and returns the papers it holds.
 *
 * @throws {DataError} naming the file and line when a line is not a record of the audit, or
 *   the file cannot be read or repaired
 *
 * @example A file that does not exist yet
 * ```ts
 * import { prepareResume } from "./resume.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(prepareResume("/no/such/out.jsonl").done.size, 0);
 * ```
 */
export function prepareResume(path: string): ResumeState {
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      return { done: new Set(), records: 0, repaired: "" };
    }
    throw new DataError(path, 0, reason(error));
  }
  // Line starts, in bytes (a cut must fall on a byte offset).
  const starts = [0];
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
  const complete = starts.length - 1; // lines ending in a newline
  const cut = starts[complete]! < bytes.length; // a last line without its newline
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const files: string[] = [];
  for (let l = 0; l < complete; l++) {
    const line = bytes.subarray(starts[l]!, starts[l + 1]! - 1);
    let record: unknown;
    try {
      record = JSON.parse(decoder.decode(line));
    } catch {
      record = undefined;
    }
    const file = (record as { file?: unknown } | undefined)?.file;
    if (
      typeof record !== "object" || record === null || typeof file !== "string" ||
      typeof (record as { line?: unknown }).line !== "number"
    ) {
      throw new DataError(
        path,
        l + 1,
        "not a record of `deno task audit --jsonl`: --resume appends only to the audit's own " +
          "records (choose another file)",
      );
    }
    files.push(file);
  }
  let keep = files.length;
  let repaired = "";
  if (cut) {
    const last = files.at(-1);
    while (keep > 0 && files[keep - 1] === last) keep--;
    try {
      Deno.truncateSync(path, starts[keep]!);
    } catch (error) {
      throw new DataError(
        path,
        complete + 1,
        `cannot remove a cut-off last line: ${reason(error)}`,
      );
    }
    repaired = `its last line was cut off (an interrupted run): removed it` +
      (last === undefined
        ? ""
        : ` and the ${files.length - keep} complete record(s) of ${last}, which is audited again`);
  }
  return { done: new Set(files.slice(0, keep)), records: keep, repaired };
}

/** Appends each paper's records to OUT.jsonl in one write. */
export class RecordAppender {
  readonly #file: Deno.FsFile;
  readonly #encoder = new TextEncoder();

  /**
   * Opens (or creates) `path` for appending.
   *
   * @throws {DataError} when it cannot be opened (a missing folder, no permission)
   */
  constructor(readonly path: string) {
    try {
      this.#file = Deno.openSync(path, { append: true, create: true });
    } catch (error) {
      throw new DataError(
        path,
        0,
        error instanceof Deno.errors.NotFound ? "its folder does not exist" : reason(error),
      );
    }
  }

  /** Appends `text` (a paper's lines) whole. */
  append(text: string): void {
    if (text === "") return;
    const bytes = this.#encoder.encode(text);
    let at = 0;
    while (at < bytes.length) at += this.#file.writeSync(bytes.subarray(at));
  }

  /** Closes the file. */
  close(): void {
    this.#file.close();
  }
}
