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

/** What {@linkcode startCommand} needs to know of a command. */
export interface CommandSpec<T extends { readonly help: boolean; readonly width?: string }> {
  /** Parses the arguments; throws `usageError` (or a `RangeError`) on bad usage. */
  readonly parse: (argv: readonly string[]) => T;
  /** The usage message. */
  readonly usage: string;
  /** The command's usage error class. */
  readonly usageError: new (message: string) => Error;
}

/**
 * The start every report command shares: parse the arguments and resolve the report width; on
 * bad usage print the error and the usage and give exit status 2; on `--help` print the usage
 * and give 0. Otherwise the parsed options and the width.
 *
 * @example Bad usage and --help
 * ```ts
 * import { startCommand } from "./io.ts";
 * import { assertEquals } from "@std/assert";
 * class Usage extends Error {}
 * const spec = {
 *   usage: "Usage: x",
 *   usageError: Usage,
 *   parse: (argv: readonly string[]) => {
 *     if (argv[0] === "--bad") throw new Usage("bad");
 *     return { help: argv[0] === "-h" };
 *   },
 * };
 * let err = "";
 * const io = { out: () => {}, err: (t: string) => (err += t), columns: "80" };
 * assertEquals(startCommand(["--bad"], io, spec), 2);
 * assertEquals(err, "error: bad\n\nUsage: x\n");
 * assertEquals(startCommand(["-h"], io, spec), 0);
 * assertEquals(startCommand([], io, spec), { options: { help: false }, width: 80 });
 * ```
 */
export function startCommand<T extends { readonly help: boolean; readonly width?: string }>(
  argv: readonly string[],
  io: CliIo,
  spec: CommandSpec<T>,
): { readonly options: T; readonly width: number } | 0 | 2 {
  let options: T;
  let width: number;
  try {
    options = spec.parse(argv);
    width = resolveWidth(options.width, io);
  } catch (error) {
    if (!(error instanceof spec.usageError) && !(error instanceof RangeError)) throw error;
    io.err(`error: ${error.message}\n\n${spec.usage}\n`);
    return 2;
  }
  if (options.help) {
    io.out(`${spec.usage}\n`);
    return 0;
  }
  return { options, width };
}
