/**
 * What the audit's reports show of a paper's own text: its title (for headings and the draft
 * `paper.json`) and, for each flagged statement, the paragraph it stands in, with the
 * statement's quote marked — so that a reader sees the number where the paper prints it.
 *
 * Pure and linear in the text's length: a Web Worker computes these next to the audit and
 * sends only the paragraphs, never the whole text.
 *
 * @module
 */

/** Where a flagged statement stands: its quote's offset and length, and its record's index. */
export interface FlaggedSpan {
  /** UTF-16 offset of the quote in the text. */
  readonly offset: number;
  /** The quote's length (UTF-16 code units). */
  readonly length: number;
  /** The 1-based line of the quote's first character. */
  readonly line: number;
  /** The index of the statement's record (in the paper's records). */
  readonly record: number;
}

/** A mark in a paragraph: `[start, end)` offsets into the paragraph's `text`. */
export interface ParagraphMark {
  readonly start: number;
  readonly end: number;
  readonly record: number;
}

/** A paragraph holding flagged statements, as printed, with their quotes marked. */
export interface FlaggedParagraph {
  /** The 1-based line of the paragraph's (or excerpt's) first character. */
  readonly line: number;
  /** The paragraph as printed, or an excerpt of a long one. */
  readonly text: string;
  /** The excerpt begins after the paragraph's start. */
  readonly cutBefore: boolean;
  /** The excerpt ends before the paragraph's end. */
  readonly cutAfter: boolean;
  /** The marks, in order, not overlapping. */
  readonly marks: readonly ParagraphMark[];
}

/** The longest paragraph shown whole (characters); a longer one is shown as excerpts. */
export const MAX_PARAGRAPH = 2000;
/** Context kept on each side of the marks in an excerpt of a long paragraph. */
const PAD = 500;
/** How far a paragraph's bounds are searched for (a text without blank lines ends here). */
const SCAN = 20000;

const blankLine = (text: string, start: number, end: number): boolean =>
  text.slice(start, end).trim() === "";

/** `[start, end)` of the paragraph holding `offset`: the lines between blank lines. */
function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const floor = Math.max(0, offset - SCAN);
  let start = text.lastIndexOf("\n", offset - 1) + 1;
  while (start > floor) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    if (blankLine(text, prevStart, start - 1)) break;
    start = prevStart;
  }
  if (start < floor) start = floor;
  const ceiling = Math.min(text.length, offset + SCAN);
  let end = text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  while (end < ceiling) {
    let next = text.indexOf("\n", end + 1);
    if (next < 0) next = text.length;
    if (blankLine(text, end + 1, next)) break;
    end = next;
  }
  if (end > ceiling) end = ceiling;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/** Moves `at` to the nearest white space towards `towards` (at most 80 characters). */
function snap(text: string, at: number, towards: -1 | 1, limit: number): number {
  for (let k = 0; k < 80; k++) {
    const i = at + towards * k;
    if (towards < 0 ? i <= limit : i >= limit) return limit;
    if (/\s/.test(text[i]!)) return towards > 0 ? i + 1 : i;
  }
  return at;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * The paragraphs holding the flagged statements, each with its quotes marked: whole when at
 * most {@linkcode MAX_PARAGRAPH} characters, else excerpts around the marks (with
 * `cutBefore`/`cutAfter` set). Statements in one paragraph share it; overlapping quotes are
 * merged into one mark (the first statement's).
 *
 * @example Two statements in one paragraph, one in the next
 * ```ts
 * import { flaggedParagraphs } from "./audit_context.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Results\n\nPD in 12 (87.5%) and CR in 1 (6.2%).\n\nAE in 3 (25.0%).";
 * const at = (q: string, record: number) =>
 *   ({ offset: text.indexOf(q), length: q.length, line: text.slice(0, text.indexOf(q)).split("\n").length, record });
 * const paragraphs = flaggedParagraphs(text, [at("12 (87.5%)", 0), at("1 (6.2%)", 1), at("3 (25.0%)", 2)]);
 * assertEquals(paragraphs.map((p) => [p.line, p.text, p.marks.length]), [
 *   [3, "PD in 12 (87.5%) and CR in 1 (6.2%).", 2],
 *   [5, "AE in 3 (25.0%).", 1],
 * ]);
 * ```
 */
export function flaggedParagraphs(
  text: string,
  spans: readonly FlaggedSpan[],
): FlaggedParagraph[] {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset || a.record - b.record);
  const out: FlaggedParagraph[] = [];
  let group: FlaggedSpan[] = [];
  let bounds = { start: 0, end: 0 };
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group.reduce((m, s) => Math.max(m, s.offset + s.length), 0);
    let { start, end } = bounds;
    if (end - start > MAX_PARAGRAPH) {
      const from = Math.max(start, first.offset - PAD);
      const to = Math.min(end, last + PAD);
      start = from === start ? start : snap(text, from, 1, first.offset);
      end = to === end ? end : snap(text, to, -1, last);
    }
    const marks: ParagraphMark[] = [];
    for (const s of group) {
      const markStart = s.offset - start;
      const markEnd = s.offset + s.length - start;
      const previous = marks.at(-1);
      if (previous !== undefined && markStart < previous.end) {
        if (markEnd > previous.end) marks[marks.length - 1] = { ...previous, end: markEnd };
        continue;
      }
      marks.push({ start: markStart, end: markEnd, record: s.record });
    }
    out.push(Object.freeze({
      line: first.line - newlines(text, start, first.offset),
      text: text.slice(start, end),
      cutBefore: start > bounds.start,
      cutAfter: end < bounds.end,
      marks: Object.freeze(marks),
    }));
    group = [];
  };
  for (const span of sorted) {
    if (span.offset < 0 || span.offset + span.length > text.length) continue;
    const here = paragraphAt(text, span.offset);
    const sameParagraph = group.length > 0 && here.start === bounds.start;
    const fits = sameParagraph && span.offset + span.length - group[0]!.offset <= MAX_PARAGRAPH;
    if (!fits) {
      flush();
      bounds = here;
    }
    group.push(span);
  }
  flush();
  return out;
}

const TITLE_LINE = /^\s*TITLE:\s*(\S.*?)\s*$/m;
const MARKDOWN_HEADING = /^#\s+(\S.*?)\s*#*\s*$/m;

/**
 * A paper's title, as far as its text says: the corpus's `TITLE:` line, else the first
 * Markdown `# ` heading, else the first of the text's first 60 lines that reads like a title
 * (four words or more, at most 300 characters, not all capitals, no final full stop, not an
 * author or affiliation line); `undefined` when none does.
 *
 * @example The corpus's TITLE line, and a PDF conversion's first lines
 * ```ts
 * import { paperTitle } from "./audit_context.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(paperTitle("TITLE: Effect of X on Y\n\nABSTRACT:\n"), "Effect of X on Y");
 * assertEquals(
 *   paperTitle("RESEARCH ARTICLE\n\nIsatuximab monotherapy in T-ALL: Phase 2 study\n\nN. Boissel¹ | P. Chevallier²\n"),
 *   "Isatuximab monotherapy in T-ALL: Phase 2 study",
 * );
 * ```
 */
export function paperTitle(text: string): string | undefined {
  const head = text.slice(0, 20000);
  const corpus = TITLE_LINE.exec(head);
  if (corpus !== null) return corpus[1]!;
  const markdown = MARKDOWN_HEADING.exec(head);
  if (markdown !== null) return markdown[1]!;
  const lines = head.split("\n").slice(0, 60).map((l) => l.trim()).filter((l) => l !== "");
  return lines.find((line) =>
    line.length <= 300 &&
    line.split(/\s+/).length >= 4 &&
    line !== line.toUpperCase() &&
    !/[.;,]$/.test(line) &&
    !/[|@]|\b(?:University|Department|Hospital|Institute|Correspondence)\b/.test(line) &&
    !/^(?:Abstract|Keywords|Citation|Received|Background)\b/i.test(line)
  );
}
