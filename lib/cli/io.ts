/**
 * Where a CLI writes and what it knows of its environment, injectable for tests: stdout and
 * stderr, `COLUMNS`, the terminal's width, whether stderr is a terminal (for a progress bar),
 * and stdin. The report width follows `lib/report/layout.ts`: `--width`, else `COLUMNS`, else
 * the terminal, else 100. Shared by `deno task reproduce` and `deno task audit`.
 *
 * @module
 */

import { readAllStdin } from "../audit_cli/inputs.ts";
import { reportWidth, terminalWidth } from "../report/layout.ts";

/** A CLI's input and output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `COLUMNS`, when set. Default (standard I/O only): the environment's. */
  readonly columns?: string;
  /** The terminal's width, when stdout is one. Default (standard I/O only): asks Deno. */
  readonly terminal?: () => number | undefined;
  /** Whether stderr is a terminal. Default (standard I/O only): asks Deno; else `false`. */
  readonly errIsTerminal?: boolean;
  /** Reads stdin to its end. Default (standard I/O only): Deno's stdin; else nothing. */
  readonly stdin?: () => Uint8Array;
}

const encoder = new TextEncoder();

function writeAll(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = encoder.encode(text);
  let at = 0;
  while (at < bytes.length) at += stream.writeSync(bytes.subarray(at));
}

/** The process's standard I/O. */
export const STD_IO: CliIo = {
  out: (text) => writeAll(Deno.stdout, text),
  err: (text) => writeAll(Deno.stderr, text),
};

function environmentColumns(): string | undefined {
  try {
    return Deno.env.get("COLUMNS");
  } catch {
    return undefined; // no --allow-env: as if unset
  }
}

function stderrIsTerminal(): boolean {
  try {
    return Deno.stderr.isTerminal();
  } catch {
    return false;
  }
}

/** `io` with its defaults filled in (the environment's only for {@linkcode STD_IO}). */
export function withDefaults(io: CliIo): Required<CliIo> {
  const std = io === STD_IO;
  return {
    out: io.out,
    err: io.err,
    columns: io.columns ?? (std ? environmentColumns() ?? "" : ""),
    terminal: io.terminal ?? (std ? terminalWidth : () => undefined),
    errIsTerminal: io.errIsTerminal ?? (std ? stderrIsTerminal() : false),
    stdin: io.stdin ?? (std ? () => readAllStdin() : () => new Uint8Array()),
  };
}

/**
 * The report width for `--width` as given (`undefined` when not), from `io`'s environment.
 *
 * @throws {RangeError} when `--width` or `COLUMNS` is not an integer ≥ 40
 *
 * @example `--width` wins over COLUMNS
 * ```ts
 * import { resolveWidth } from "./io.ts";
 * import { assertEquals } from "@std/assert";
 * const io = { out: () => {}, err: () => {}, columns: "120" };
 * assertEquals([resolveWidth("80", io), resolveWidth(undefined, io)], [80, 120]);
 * ```
 */
export function resolveWidth(flag: string | undefined, io: CliIo): number {
  const full = withDefaults(io);
  return reportWidth({
    ...(flag === undefined ? {} : { flag }),
    ...(full.columns === "" ? {} : { columns: full.columns }),
    terminal: full.terminal,
  });
}
