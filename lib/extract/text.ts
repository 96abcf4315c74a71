/**
 * A paper's text prepared for extraction: where each line starts (so that an offset becomes a
 * 1-based line and column), the section each offset falls in, paragraphs and sentences — all
 * computed in one linear pass, or lazily per paragraph, never by rescanning the whole text for
 * each number.
 *
 * The extractors match their patterns on {@linkcode PreparedText.work}, a copy of the text of
 * the same length in which two locale spellings of a decimal point are replaced by `.`: the
 * middle dot of the Lancet style (`12·5%`) and a decimal comma before a percent sign (`12,5%`).
 * Offsets into `work` are offsets into the text, so every quote is cut from the text as
 * printed.
 *
 * Columns count characters (Unicode code points) from the start of the line, as an editor
 * shows them; offsets are UTF-16 indices into the string, as `String.prototype.slice` takes
 * them.
 *
 * @module
 */

/** A 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  /** Characters (code points) from the start of the line, plus one. */
  readonly column: number;
}

/** A half-open span `[start, end)` of offsets into the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A heading and where its section starts. */
export interface Heading {
  /** Offset of the heading line. */
  readonly offset: number;
  /** The 1-based line of the heading. */
  readonly line: number;
  /** The heading as printed (`BODY.RESULTS:`, `3 | RESULTS`, `TABLE 2 Summary …`). */
  readonly text: string;
  /** Its kebab-case section name (`results`, `abstract`, `table-2`). */
  readonly section: string;
}

/** A text prepared for extraction (see the module documentation). */
export interface PreparedText {
  /** The text as given. */
  readonly text: string;
  /** The same text with locale decimal points normalised (same length, same offsets). */
  readonly work: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  /** The headings, in order. */
  readonly headings: readonly Heading[];
  /** Where the reference list starts (the text's length when there is none). */
  readonly referencesAt: number;
}

// Corpus headings (`ABSTRACT.RESULTS:`, `BODY.METHODS.STATISTICAL ANALYSIS:`, `TITLE:`),
// numbered headings (`3 | RESULTS`, `4.1.1. Blinatumomab in Adult Patients`), table captions
// (`TABLE 2 Summary…`, `Table 1.`) and one-word headings (`Abstract`, `References`).
const CORPUS_HEADING = /^(TITLE|ABSTRACT|BODY)((?:\.[^:\n]*)?):\s*$/;
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?:\|\s*)?(\p{Lu}[^\n]{0,80})$/u;
const TABLE_CAPTION = /^(?:TABLE|Table)\s+(\d{1,2})\b/;
const WORD_HEADING =
  /^(Abstract|Introduction|Background|Methods|Materials and Methods|Results|Discussion|Conclusions?|References|Acknowledgements?|KEYWORDS)\s*$/i;

/** Kebab-case of a heading's words (at most six). */
function kebab(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 6).join("-") || "text";
}

function headingOf(line: string): { section: string; references: boolean } | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return undefined;
  let m = CORPUS_HEADING.exec(trimmed);
  if (m !== null) {
    const [, part = "", rest = ""] = m;
    if (part === "BODY") {
      const first = rest.slice(1).split(".")[0] ?? "";
      return { section: kebab(first) === "text" ? "body" : kebab(first), references: false };
    }
    return { section: part.toLowerCase(), references: false };
  }
  m = TABLE_CAPTION.exec(trimmed);
  if (m !== null) return { section: `table-${m[1]}`, references: false };
  m = WORD_HEADING.exec(trimmed);
  if (m !== null) {
    const section = kebab(m[1]!);
    return { section, references: section === "references" };
  }
  if (/[.;,:]$/.test(trimmed)) return undefined;
  m = NUMBERED_HEADING.exec(trimmed);
  if (m !== null && !/\d\s*%|=/.test(trimmed)) {
    const section = kebab(m[1]!);
    return { section, references: section === "references" };
  }
  return undefined;
}

/**
 * Prepares a text for extraction: line starts, headings, the start of the reference list, and
 * the normalised working copy (see the module documentation). Linear in the length of the text.
 *
 * @example Lines, a heading, and a Lancet-style decimal point
 * ```ts
 * import { prepareText, positionOf, sectionAt } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const prepared = prepareText("BODY.RESULTS:\nOf 40 patients, 5 (12·5%) relapsed.\n");
 * const at = prepared.text.indexOf("12·5");
 * assertEquals(prepared.work.slice(at, at + 4), "12.5");
 * assertEquals(positionOf(prepared, at), { line: 2, column: 20 });
 * assertEquals(sectionAt(prepared, at), "results");
 * ```
 */
export function prepareText(text: string): PreparedText {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const headings: Heading[] = [];
  let referencesAt = text.length;
  for (let l = 0; l < lineStarts.length; l++) {
    const start = lineStarts[l]!;
    const end = l + 1 < lineStarts.length ? lineStarts[l + 1]! - 1 : text.length;
    if (end - start > 110) continue;
    const line = text.slice(start, end);
    const heading = headingOf(line);
    if (heading === undefined) continue;
    headings.push({ offset: start, line: l + 1, text: line.trim(), section: heading.section });
    if (heading.references && referencesAt === text.length && start > text.length / 3) {
      referencesAt = start;
    }
  }
  const work = text
    .replace(/(?<=\d)·(?=\d)/g, ".")
    .replace(/(?<=(?:^|[^\d.,])\d{1,3}),(?=\d{1,2}\s?%)/g, ".");
  return { text, work, lineStarts, headings, referencesAt };
}

/**
 * The 0-based index of the line holding `offset`.
 *
 * @example The second line
 * ```ts
 * import { lineIndexOf, prepareText } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(lineIndexOf(prepareText("ab\ncd"), 4), 1);
 * ```
 */
export function lineIndexOf(prepared: PreparedText, offset: number): number {
  const starts = prepared.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The 1-based line and column of an offset (columns count code points).
 *
 * @example A surrogate pair counts as one character
 * ```ts
 * import { prepareText, positionOf } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const prepared = prepareText("a\n𝑛 = 14");
 * assertEquals(positionOf(prepared, prepared.text.indexOf("14")), { line: 2, column: 5 });
 * ```
 */
export function positionOf(prepared: PreparedText, offset: number): TextPosition {
  const index = lineIndexOf(prepared, offset);
  const start = prepared.lineStarts[index]!;
  let column = 1;
  for (let i = start; i < offset; i++) {
    const code = prepared.text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) column++; // a low surrogate continues its pair
  }
  return { line: index + 1, column };
}

/**
 * The line holding `offset`, as a span without its newline.
 *
 * @example A line without its line break
 * ```ts
 * import { lineSpanAt, prepareText } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(lineSpanAt(prepareText("ab\r\ncd"), 1), { start: 0, end: 2 });
 * ```
 */
export function lineSpanAt(prepared: PreparedText, offset: number): Span {
  const index = lineIndexOf(prepared, offset);
  const start = prepared.lineStarts[index]!;
  const next = prepared.lineStarts[index + 1];
  const end = next === undefined ? prepared.text.length : next - 1;
  return { start, end: end > start && prepared.text[end - 1] === "\r" ? end - 1 : end };
}

/**
 * The heading in force at `offset`, if any.
 *
 * @example The heading above an offset
 * ```ts
 * import { headingAt, prepareText } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const p = prepareText("BODY.RESULTS:\nText.");
 * assertEquals(headingAt(p, 15)?.section, "results");
 * ```
 */
export function headingAt(prepared: PreparedText, offset: number): Heading | undefined {
  const hs = prepared.headings;
  let lo = 0;
  let hi = hs.length - 1;
  let found: Heading | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid]!.offset <= offset) {
      found = hs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The kebab-case section at `offset` (`text` before the first heading).
 *
 * @example Before any heading
 * ```ts
 * import { prepareText, sectionAt } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(sectionAt(prepareText("No heading here."), 3), "text");
 * ```
 */
export function sectionAt(prepared: PreparedText, offset: number): string {
  return headingAt(prepared, offset)?.section ?? "text";
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "al",
  "vs",
  "e.g",
  "i.e",
  "eg",
  "ie",
  "fig",
  "figs",
  "ref",
  "refs",
  "no",
  "nos",
  "approx",
  "ca",
  "cf",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "resp",
  "incl",
  "min",
  "max",
  "sd",
  "vol",
  "pp",
  "tab",
  "suppl",
  "etc",
]);

/**
 * Sentence boundaries inside `[start, end)`: a `.`, `!` or `?` followed by white space and a
 * capital letter, a digit or an opening bracket ends a sentence, except after a known
 * abbreviation (`et al.`, `vs.`, `Fig.`) or a single capital (an initial).
 *
 * @example An abbreviation does not end a sentence
 * ```ts
 * import { sentenceSpans } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const t = "Smith et al. found it. Then 12 left.";
 * assertEquals(sentenceSpans(t, 0, t.length).length, 2);
 * ```
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const m of slice.matchAll(/[.!?]["”’)\]]?\s+(?=[\p{Lu}\d(\[])/gu)) {
    const stop = m.index;
    if (slice[stop] === ".") {
      let w = stop;
      while (w > from && /[\p{L}.]/u.test(slice[w - 1]!)) w--;
      const word = slice.slice(w, stop);
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // A single capital is an initial (`J. Smith`), not a group's name (`group B. Fifty`).
      if (/^\p{Lu}$/u.test(word) && !LETTER_NAMES.test(slice.slice(Math.max(0, w - 12), w))) {
        continue;
      }
    }
    const next = m.index + m[0].length;
    spans.push({ start: start + from, end: start + next });
    from = next;
  }
  if (from < slice.length) spans.push({ start: start + from, end });
  return spans;
}

// Words after which a single capital names something (`group B`, `Arm A`, `vitamin D`).
const LETTER_NAMES =
  /\b(?:group|arm|type|phase|grade|class|cohort|site|vitamin|hepatitis|part|stage|period|condition|study|trial|sequence|level|zone|list)\s+$/i;

/** Caches sentence spans per line (a paragraph in the texts this reads). */
export class SentenceIndex {
  readonly #prepared: PreparedText;
  readonly #byLine = new Map<number, Span[]>();

  constructor(prepared: PreparedText) {
    this.#prepared = prepared;
  }

  /** The sentences of the line holding `offset`. */
  sentencesOfLine(offset: number): Span[] {
    const index = lineIndexOf(this.#prepared, offset);
    let spans = this.#byLine.get(index);
    if (spans === undefined) {
      const line = lineSpanAt(this.#prepared, offset);
      spans = sentenceSpans(this.#prepared.work, line.start, line.end);
      this.#byLine.set(index, spans);
    }
    return spans;
  }

  /** The sentence holding `offset`. */
  sentenceAt(offset: number): Span {
    const spans = this.sentencesOfLine(offset);
    for (const s of spans) if (offset >= s.start && offset < s.end) return s;
    return spans.at(-1) ?? { start: offset, end: offset };
  }
}
