/**
 * The state the extractors share while reading one text: the prepared text, its sentence
 * index, which printed numbers a statement has already taken (so that `4/14 (28.6%)` is not
 * also read as `14 (28.6%)`), and the statements found so far.
 *
 * @module
 */

import type { CheckKind } from "../ledger/claims.ts";
import type { Statement, Tier } from "./statement.ts";
import { positionOf, type PreparedText, prepareText, sectionAt, SentenceIndex } from "./text.ts";

/** What an extractor gives to {@linkcode ExtractContext.emit}. */
export interface Found {
  /** Offsets of the quote: an exact span of the text. */
  readonly start: number;
  readonly end: number;
  readonly kind: CheckKind;
  readonly reported: string;
  readonly args: Readonly<Record<string, string>>;
  readonly tier: Tier;
  readonly source?: string;
  readonly pattern: string;
  /** Offsets of the numbers this statement checks (they cannot be taken again). */
  readonly takes: readonly number[];
}

/**
 * One text being read: the extractors emit into it, and a number one statement took is not
 * taken again.
 *
 * @example A number belongs to the first statement that takes it
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("4/14 (28.6%)", "a.txt");
 * const found = {
 *   start: 0, end: 12, kind: "percentage", reported: "4/14 (28.6%)", args: { n: "14" },
 *   tier: "explicit", pattern: "x/n (y%)", takes: [6],
 * } as const;
 * assertEquals([ctx.emit(found), ctx.emit(found)], [true, false]);
 * assertEquals(ctx.statements()[0]?.column, 1);
 * ```
 */
export class ExtractContext {
  readonly prepared: PreparedText;
  readonly file: string;
  readonly sentences: SentenceIndex;
  readonly #taken = new Set<number>();
  readonly #statements: Statement[] = [];

  constructor(text: string, file: string) {
    this.prepared = prepareText(text);
    this.file = file;
    this.sentences = new SentenceIndex(this.prepared);
  }

  /** The normalised working copy of the text (same offsets). */
  get work(): string {
    return this.prepared.work;
  }

  /** Whether a number starting at `offset` is already part of a statement. */
  taken(offset: number): boolean {
    return this.#taken.has(offset);
  }

  /** Marks numbers as part of a statement without emitting one. */
  take(...offsets: number[]): void {
    for (const o of offsets) this.#taken.add(o);
  }

  /** Whether `offset` lies in the reference list. */
  inReferences(offset: number): boolean {
    return offset >= this.prepared.referencesAt;
  }

  /**
   * Records a statement — unless one of its numbers is taken, it stands in the reference list,
   * or it runs across a line break (a statement is read within one paragraph or table row).
   * Returns whether it was kept.
   */
  emit(found: Found): boolean {
    if (found.takes.some((o) => this.#taken.has(o)) || this.inReferences(found.start)) {
      return false;
    }
    const newline = this.prepared.text.indexOf("\n", found.start);
    if (newline !== -1 && newline < found.end) return false;
    for (const o of found.takes) this.#taken.add(o);
    const { line, column } = positionOf(this.prepared, found.start);
    this.#statements.push(Object.freeze({
      file: this.file,
      offset: found.start,
      line,
      column,
      quote: this.prepared.text.slice(found.start, found.end),
      kind: found.kind,
      reported: found.reported,
      args: Object.freeze({ ...found.args }),
      tier: found.tier,
      source: found.source ?? "",
      section: sectionAt(this.prepared, found.start),
      pattern: found.pattern,
    }));
    return true;
  }

  /** The statements, in text order (ties: the order found). */
  statements(): Statement[] {
    return this.#statements
      .map((s, i) => [s, i] as const)
      .sort((a, b) => a[0].offset - b[0].offset || a[1] - b[1])
      .map(([s]) => s);
  }
}
