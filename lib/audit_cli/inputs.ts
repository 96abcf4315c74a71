/**
 * What `deno task audit` reads, and what it skips. The arguments (files, folders, `-` for
 * stdin) become a list of inputs in a fixed order: arguments in the order given, a folder's
 * files in name order (code-unit order, sub-folders depth-first; names starting with `.` are
 * left out). Every input that cannot be audited is skipped with one reason — never an
 * exception, never a hang — so that a corpus run goes on:
 *
 * | reason | when |
 * | --- | --- |
 * | `not-found` | a path given on the command line does not exist |
 * | `vanished` | a file listed in a folder was gone when its turn came |
 * | `broken-link` | a symbolic link whose target does not exist |
 * | `not-a-file` | a FIFO, socket or device found in a folder (reading one could block forever) |
 * | `unreadable` | no permission, or another error of the operating system |
 * | `too-large` | more than {@linkcode MAX_BYTES} (20 MB; the dev corpus's largest paper is 96 kB) |
 * | `empty` | no bytes, or only white space |
 * | `binary` | a PDF, or a NUL byte anywhere: not text |
 * | `not-utf8` | bytes that are not UTF-8 (a UTF-16 file, Latin-1 text) |
 * | `failed` | the audit itself failed on the text (a bug: the message says so) |
 *
 * Files are read synchronously, so that a Web Worker handles one paper at a time.
 *
 * @module
 */

/** The largest input the audit reads, in bytes (20 MB); larger files are skipped. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** Why an input was skipped (see the module documentation). */
export const SKIP_REASONS = [
  "not-found",
  "vanished",
  "broken-link",
  "not-a-file",
  "unreadable",
  "too-large",
  "empty",
  "binary",
  "not-utf8",
  "failed",
] as const;
/** One of {@linkcode SKIP_REASONS}. */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An input that was not audited: its name, why, and the detail in words. */
export interface SkippedInput {
  /** The input's name, as in the records' `file`. */
  readonly file: string;
  readonly reason: SkipReason;
  /** One clause saying what was found and, where there is one, what to do. */
  readonly detail: string;
}

/** One input to audit. */
export type AuditInput =
  | {
    /** The name given to the records: the path as given, or joined to its folder's. */
    readonly file: string;
    readonly path: string;
    /** Found in a folder (then a FIFO is skipped and a missing file has `vanished`). */
    readonly listed: boolean;
  }
  | {
    /** `-` for stdin. */
    readonly file: string;
    /** The bytes, already read (stdin). */
    readonly bytes: Uint8Array;
  };

/** Inputs in order, and what was skipped while listing them. */
export interface GatheredInputs {
  readonly inputs: readonly AuditInput[];
  readonly skipped: readonly SkippedInput[];
}

const skip = (file: string, reason: SkipReason, detail: string): SkippedInput =>
  Object.freeze({ file, reason, detail });

function osReason(error: unknown): string {
  if (error instanceof Deno.errors.PermissionDenied || error instanceof Deno.errors.NotCapable) {
    return "permission denied";
  }
  return error instanceof Error ? error.message : String(error);
}

function kindOf(info: Deno.FileInfo): string {
  if (info.isFifo) return "a FIFO (named pipe)";
  if (info.isSocket) return "a socket";
  if (info.isCharDevice || info.isBlockDevice) return "a device";
  return "not a regular file";
}

function missing(file: string, path: string, listed: boolean): SkippedInput {
  try {
    if (Deno.lstatSync(path).isSymlink) {
      return skip(file, "broken-link", "a symbolic link whose target does not exist");
    }
  } catch {
    // not even the link is there
  }
  return listed
    ? skip(file, "vanished", "it was listed but no longer exists (removed during the run?)")
    : skip(file, "not-found", "no such file or folder");
}

const join = (dir: string, name: string): string =>
  dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;

/**
 * Lists the inputs of the command line's paths (`-` is stdin, read by `readStdin`): files as
 * given, folders walked in name order. Never throws for a bad path: it is skipped with its
 * reason.
 *
 * @example A missing path is skipped, not fatal
 * ```ts
 * import { gatherInputs } from "./inputs.ts";
 * import { assertEquals } from "@std/assert";
 * const { inputs, skipped } = gatherInputs(["/no/such/paper.txt"], () => new Uint8Array());
 * assertEquals([inputs.length, skipped[0]?.reason], [0, "not-found"]);
 * ```
 */
export function gatherInputs(
  paths: readonly string[],
  readStdin: () => Uint8Array,
): GatheredInputs {
  const inputs: AuditInput[] = [];
  const skipped: SkippedInput[] = [];
  const visited = new Set<string>(); // folders by device and inode: a symbolic-link loop ends
  const walk = (dir: string, info: Deno.FileInfo): void => {
    const key = `${info.dev}:${info.ino}`;
    if (visited.has(key)) return;
    visited.add(key);
    let names: { name: string; isFile: boolean; isDirectory: boolean; isSymlink: boolean }[];
    try {
      names = [...Deno.readDirSync(dir)].filter((e) => !e.name.startsWith("."));
    } catch (error) {
      skipped.push(skip(dir, "unreadable", `the folder cannot be listed: ${osReason(error)}`));
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const path = join(dir, entry.name);
      let target: Deno.FileInfo;
      try {
        target = Deno.statSync(path);
      } catch (error) {
        skipped.push(
          error instanceof Deno.errors.NotFound
            ? missing(path, path, true)
            : skip(path, "unreadable", osReason(error)),
        );
        continue;
      }
      if (target.isDirectory) walk(path, target);
      else if (target.isFile) inputs.push({ file: path, path, listed: true });
      else skipped.push(skip(path, "not-a-file", `${kindOf(target)}, not a file: not read`));
    }
  };
  let stdin = false;
  for (const path of paths) {
    if (path === "-") {
      if (!stdin) inputs.push({ file: "-", bytes: readStdin() });
      stdin = true;
      continue;
    }
    let info: Deno.FileInfo;
    try {
      info = Deno.statSync(path);
    } catch (error) {
      skipped.push(
        error instanceof Deno.errors.NotFound
          ? missing(path, path, false)
          : skip(path, "unreadable", osReason(error)),
      );
      continue;
    }
    // A FIFO or device named on the command line is read, as `cat` would (`<(…)`); the size
    // limit still applies.
    if (info.isDirectory) walk(path.length > 1 ? path.replace(/\/+$/, "") : path, info);
    else inputs.push({ file: path, path, listed: false });
  }
  return { inputs, skipped };
}

/**
 * The first offset at which `bytes` is not valid UTF-8 (-1 when it all is).
 *
 * @example A Latin-1 "é"
 * ```ts
 * import { invalidUtf8At } from "./inputs.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(invalidUtf8At(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), 3);
 * assertEquals(invalidUtf8At(new TextEncoder().encode("café")), -1);
 * ```
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes after a lead byte: 1 (C2–DF), 2 (E0–EF), 3 (F0–F4); else invalid.
    const extra = b >= 0xc2 && b <= 0xdf
      ? 1
      : b >= 0xe0 && b <= 0xef
      ? 2
      : b >= 0xf0 && b <= 0xf4
      ? 3
      : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    const second = bytes[i + 1]!;
    const [lo, hi] = b === 0xe0
      ? [0xa0, 0xbf]
      : b === 0xed
      ? [0x80, 0x9f]
      : b === 0xf0
      ? [0x90, 0xbf]
      : b === 0xf4
      ? [0x80, 0x8f]
      : [0x80, 0xbf];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= extra; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += extra + 1;
  }
  return -1;
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Bytes → text, or why they are not text the audit can read: empty, a PDF, UTF-16, a NUL byte
 * (binary), invalid UTF-8 (with the offset and the byte). A UTF-8 byte-order mark is dropped.
 *
 * @example Text, and a file that is not UTF-8
 * ```ts
 * import { decodeText } from "./inputs.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(decodeText(new TextEncoder().encode("4/14 (28.6%)")), { text: "4/14 (28.6%)" });
 * const latin1 = decodeText(new Uint8Array([0x35, 0x20, 0xb5, 0x67]));
 * assertEquals("reason" in latin1 && latin1.reason, "not-utf8");
 * ```
 */
export function decodeText(
  bytes: Uint8Array,
): { readonly text: string } | { readonly reason: SkipReason; readonly detail: string } {
  if (bytes.length === 0) return { reason: "empty", detail: "an empty file (0 bytes)" };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return {
      reason: "not-utf8",
      detail: "UTF-16 text (it starts with a UTF-16 byte-order mark): convert it to UTF-8 " +
        "first (iconv -f UTF-16 -t UTF-8)",
    };
  }
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-") {
    return {
      reason: "binary",
      detail: "a PDF, not text: convert it to plain text first (e.g. pdftotext -layout)",
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { reason: "binary", detail: `binary data, not text (a NUL byte at offset ${nul})` };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    return {
      reason: "not-utf8",
      detail: `not UTF-8 text (byte ${hex(bytes[at] ?? 0)} at offset ${at}): convert it ` +
        "to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
    };
  }
  if (text.trim() === "") return { reason: "empty", detail: "only white space, no text" };
  return { text };
}

function readCapped(file: Deno.FsFile, limit: number, hint: number): Uint8Array | undefined {
  let buffer = new Uint8Array(Math.min(limit + 1, Math.max(hint + 1, 64 * 1024)));
  let length = 0;
  while (true) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const bigger = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
      bigger.set(buffer);
      buffer = bigger;
    }
    const n = file.readSync(buffer.subarray(length));
    if (n === null) break;
    length += n;
    if (length > limit) return undefined;
  }
  return buffer.subarray(0, length);
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads an input's bytes (at most `limit`), or says why it was skipped. A file listed in a
 * folder that is no longer there has `vanished`; one that is not a regular file any more is
 * not opened.
 *
 * @example A file that vanished after it was listed
 * ```ts
 * import { readInputBytes } from "./inputs.ts";
 * import { assertEquals } from "@std/assert";
 * const read = readInputBytes({ file: "gone.txt", path: "/no/such/gone.txt", listed: true });
 * assertEquals("reason" in read && read.reason, "vanished");
 * ```
 */
export function readInputBytes(
  input: AuditInput,
  limit = MAX_BYTES,
): { readonly bytes: Uint8Array } | SkippedInput {
  if ("bytes" in input) {
    return input.bytes.length > limit
      ? skip(input.file, "too-large", `more than the ${megabytes(limit)} the audit reads`)
      : { bytes: input.bytes };
  }
  const { file: name, path, listed } = input;
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(path);
  } catch (error) {
    return error instanceof Deno.errors.NotFound
      ? missing(name, path, listed)
      : skip(name, "unreadable", osReason(error));
  }
  if (info.isDirectory) return skip(name, "not-a-file", "a folder, not a file");
  if (!info.isFile && listed) {
    return skip(name, "not-a-file", `${kindOf(info)}, not a file: not read`);
  }
  if (info.isFile && info.size > limit) {
    return skip(
      name,
      "too-large",
      `${megabytes(info.size)}, more than the ${megabytes(limit)} the audit reads ` +
        "(a paper is rarely over 1 MB: is this a whole corpus in one file?)",
    );
  }
  let file: Deno.FsFile;
  try {
    file = Deno.openSync(path);
  } catch (error) {
    return error instanceof Deno.errors.NotFound
      ? missing(name, path, listed)
      : skip(name, "unreadable", osReason(error));
  }
  try {
    const bytes = readCapped(file, limit, info.isFile ? info.size : 0);
    return bytes === undefined
      ? skip(name, "too-large", `more than the ${megabytes(limit)} the audit reads`)
      : { bytes };
  } catch (error) {
    return skip(name, "unreadable", osReason(error));
  } finally {
    file.close();
  }
}

/**
 * Reads an input as text, or says why it was skipped ({@linkcode readInputBytes}, then
 * {@linkcode decodeText}).
 *
 * @example An empty stdin
 * ```ts
 * import { readInputText } from "./inputs.ts";
 * import { assertEquals } from "@std/assert";
 * const read = readInputText({ file: "-", bytes: new Uint8Array() });
 * assertEquals("reason" in read && read.reason, "empty");
 * ```
 */
export function readInputText(
  input: AuditInput,
  limit = MAX_BYTES,
): { readonly text: string } | SkippedInput {
  const read = readInputBytes(input, limit);
  if ("reason" in read) return read;
  const decoded = decodeText(read.bytes);
  return "text" in decoded ? decoded : skip(input.file, decoded.reason, decoded.detail);
}

/**
 * Reads stdin to its end, at most `limit` + 1 bytes (more is reported as too large by
 * {@linkcode readInputBytes}).
 */
export function readAllStdin(limit = MAX_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const buffer = new Uint8Array(64 * 1024);
  while (length <= limit) {
    const n = Deno.stdin.readSync(buffer);
    if (n === null) break;
    chunks.push(buffer.slice(0, n));
    length += n;
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
