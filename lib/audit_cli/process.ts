/**
 * One paper through the audit, for `deno task audit`: read it ({@linkcode readInputText}),
 * audit it (`auditPaper`), keep the records the filters ask for, and add what the reports need
 * — the title, the claim ids, the flagged paragraphs for `--html`, the draft `claims.csv` for
 * `--claims`. The same function runs in the CLI's own thread (one paper) and in each Web Worker
 * (a corpus), so both give the same bytes. A failure of the audit itself skips the paper with
 * the reason; it never ends the run.
 *
 * @module
 */

import { auditPaper, claimId, claimsCsv } from "../audit/mod.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { Tier } from "../extract/statement.ts";
import { flaggedParagraphs, paperTitle } from "../report/audit_context.ts";
import { AUDIT_FINDING_STATUSES, type AuditedPaper } from "../report/audit_findings.ts";
import { type AuditInput, MAX_BYTES, readInputText, type SkippedInput } from "./inputs.ts";

/** What to compute for each paper besides its records and summary. */
export interface PaperRequest {
  /** Keep only the records with this status (`--status`). */
  readonly status?: CheckStatus;
  /** Keep only the records of this tier (`--tier`). */
  readonly tier?: Tier;
  /** Compute the paragraphs of the flagged records (`--html`). */
  readonly paragraphs: boolean;
  /** Write the draft `claims.csv` of every statement (`--claims`). */
  readonly claims: boolean;
  /** The largest input read, in bytes. Default `MAX_BYTES`. */
  readonly limit?: number;
}

/** An audited paper with its draft `claims.csv` (empty unless asked for). */
export interface PaperResult extends AuditedPaper {
  readonly claimsCsv: string;
}

/** A paper audited, or skipped with its reason. */
export type PaperOutcome =
  | { readonly ok: true; readonly paper: PaperResult }
  | { readonly ok: false; readonly skipped: SkippedInput };

/** Unique claim ids, as the draft `claims.csv` numbers them (`…-2` for a repeat). */
function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((base) => {
    let id = base;
    for (let k = 2; seen.has(id); k++) id = `${base}-${k}`;
    seen.add(id);
    return id;
  });
}

/**
 * Audits one text for the CLI (see the module documentation).
 *
 * @example Only the discrepancies
 * ```ts
 * import { auditForCli } from "./process.ts";
 * import { assertEquals } from "@std/assert";
 * const paper = auditForCli("TITLE: A trial\n\n4/14 (28.6%) and 3/14 (25.0%).", "a.txt", {
 *   status: "discrepancy", paragraphs: true, claims: false,
 * });
 * assertEquals([paper.title, paper.records.length, paper.summary.statements], ["A trial", 1, 2]);
 * assertEquals(paper.paragraphs[0]?.text, "4/14 (28.6%) and 3/14 (25.0%).");
 * ```
 */
export function auditForCli(text: string, file: string, request: PaperRequest): PaperResult {
  const audit = auditPaper(text, { file });
  const ids = uniqueIds(audit.statements.map(claimId));
  const keep: number[] = [];
  audit.records.forEach((r, i) => {
    if (request.status !== undefined && r.status !== request.status) return;
    if (request.tier !== undefined && r.tier !== request.tier) return;
    keep.push(i);
  });
  const records = keep.map((i) => audit.records[i]!);
  const statements = keep.map((i) => audit.statements[i]!);
  const flagged = request.paragraphs
    ? records.flatMap((r, j) =>
      (AUDIT_FINDING_STATUSES as readonly string[]).includes(r.status)
        ? [{
          offset: statements[j]!.offset,
          length: statements[j]!.quote.length,
          line: statements[j]!.line,
          record: j,
        }]
        : []
    )
    : [];
  return {
    file,
    title: paperTitle(text) ?? "",
    records,
    statements,
    ids: keep.map((i) => ids[i]!),
    summary: audit.summary,
    paragraphs: flagged.length === 0 ? [] : flaggedParagraphs(text, flagged),
    claimsCsv: request.claims ? claimsCsv(audit.statements) : "",
  };
}

/**
 * Reads and audits one input, or says why it was skipped.
 *
 * @example A binary file is skipped, not fatal
 * ```ts
 * import { processInput } from "./process.ts";
 * import { assertEquals } from "@std/assert";
 * const outcome = processInput({ file: "-", bytes: new Uint8Array([0x25, 0x00, 0x01]) }, {
 *   paragraphs: false, claims: false,
 * });
 * assertEquals(outcome.ok ? "" : outcome.skipped.reason, "binary");
 * ```
 */
export function processInput(input: AuditInput, request: PaperRequest): PaperOutcome {
  const read = readInputText(input, request.limit ?? MAX_BYTES);
  if ("reason" in read) return { ok: false, skipped: read };
  try {
    return { ok: true, paper: auditForCli(read.text, input.file, request) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      skipped: {
        file: input.file,
        reason: "failed",
        detail: `the audit failed on this text (${message}): a bug, please report it with the file`,
      },
    };
  }
}
