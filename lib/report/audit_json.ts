/**
 * The audit's machine-readable records: `--json` (one array, two-space indentation, as
 * `reproduce --json`) and `--jsonl` (one record per line). Keys are always in the order of
 * {@linkcode AUDIT_JSON_KEYS}, so the output is byte-identical across runs on the same input.
 *
 * `--json` is written as the records arrive ({@linkcode JsonArrayWriter}), a corpus never held
 * whole, and the bytes are exactly those of `JSON.stringify(records, null, 2)` and a newline.
 *
 * @module
 */

import type { AuditRecord } from "../audit/mod.ts";

/** The keys of each record, in output order (issue 12's record). */
export const AUDIT_JSON_KEYS = [
  "file",
  "line",
  "column",
  "quote",
  "kind",
  "reported",
  "recomputed",
  "status",
  "explanation",
  "tier",
] as const;

function ordered(record: AuditRecord): Record<string, unknown> {
  return Object.fromEntries(AUDIT_JSON_KEYS.map((k) => [k, record[k]]));
}

/**
 * One record as a line of `--jsonl` (with its newline).
 *
 * @example
 * ```ts
 * import { recordLine } from "./audit_json.ts";
 * import { auditText } from "../audit/mod.ts";
 * import { assertEquals } from "@std/assert";
 * const [r] = auditText("Relapse in 4/14 (28.6%).", { file: "a.txt" });
 * assertEquals(recordLine(r!).startsWith('{"file":"a.txt","line":1,"column":12,'), true);
 * ```
 */
export function recordLine(record: AuditRecord): string {
  return `${JSON.stringify(ordered(record))}\n`;
}

/**
 * Writes the `--json` array piece by piece: `add` for each record as it arrives, `end` once.
 *
 * @example The same bytes as `JSON.stringify(records, null, 2)`
 * ```ts
 * import { JsonArrayWriter } from "./audit_json.ts";
 * import { auditText } from "../audit/mod.ts";
 * import { assertEquals } from "@std/assert";
 * const records = auditText("4/14 (28.6%) and 3/14 (25.0%).", { file: "a.txt" });
 * let out = "";
 * const writer = new JsonArrayWriter((t) => (out += t));
 * records.forEach((r) => writer.add(r));
 * writer.end();
 * assertEquals(out, `${JSON.stringify(records, null, 2)}\n`);
 * let empty = "";
 * new JsonArrayWriter((t) => (empty += t)).end();
 * assertEquals(empty, "[]\n");
 * ```
 */
export class JsonArrayWriter {
  readonly #write: (text: string) => void;
  #count = 0;

  /** A writer that hands its text to `write`. */
  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  /** How many records were written. */
  get count(): number {
    return this.#count;
  }

  /** Writes one record. */
  add(record: AuditRecord): void {
    const body = JSON.stringify(ordered(record), null, 2).replaceAll("\n", "\n  ");
    this.#write(`${this.#count === 0 ? "[\n" : ",\n"}  ${body}`);
    this.#count++;
  }

  /** Closes the array (an empty array when no record was written). */
  end(): void {
    this.#write(this.#count === 0 ? "[]\n" : "\n]\n");
  }
}
