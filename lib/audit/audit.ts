/**
 * Statements → records: each extracted statement becomes a ledger claim and is re-derived by
 * the ledger's own runner (`runClaim`, so no check is written twice). A check that rejects the
 * extracted inputs means the extraction was wrong: the statement is dropped and counted, never
 * reported and never fatal. A discrepancy that a typical conversion damage explains (a lost
 * decimal point, a footnote digit glued to a number) becomes an `artefact`.
 *
 * @module
 */

import { DataError } from "../data/csv.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { CheckKind } from "../ledger/claims.ts";
import { runClaim } from "../ledger/run.ts";
import { extractStatements } from "../extract/extract.ts";
import { type Statement, statementToClaim, type Tier } from "../extract/statement.ts";
import { explainArtefact, type Norms, normsOf } from "./artefacts.ts";
import { reconcileWithOtherMethods } from "./other_methods.ts";
import { type AuditSummary, auditSummary } from "./summary.ts";

/** One audited statement: the `--json` record of the automatic audit. */
export interface AuditRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** An exact substring of the input that contains the checked number(s). */
  readonly quote: string;
  readonly kind: CheckKind;
  readonly reported: string;
  readonly recomputed: string;
  readonly status: CheckStatus;
  readonly explanation: string;
  readonly tier: Tier;
}

/** A statement the check rejected (the extraction misread it), with the check's reason. */
export interface DroppedStatement {
  readonly statement: Statement;
  readonly reason: string;
}

/** The result of auditing one statement. */
export type StatementAudit =
  | { readonly ok: true; readonly record: AuditRecord }
  | { readonly ok: false; readonly dropped: DroppedStatement };

/** Everything the audit of one text gives. */
export interface PaperAudit {
  readonly file: string;
  /** The kept statements and their records, in text order (`records[i]` is of `statements[i]`). */
  readonly statements: readonly Statement[];
  readonly records: readonly AuditRecord[];
  /** Statements whose check rejected the extracted inputs. */
  readonly dropped: readonly DroppedStatement[];
  readonly summary: AuditSummary;
}

/** Options of the audit functions. */
export interface AuditOptions {
  /** The file name recorded in each record (default `-`). */
  readonly file?: string;
}

/**
 * Runs a statement's check through the ledger runner.
 *
 * @example The ledger runner on an extracted statement
 * ```ts
 * import { runStatement } from "./audit.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * const [s] = extractStatements("Relapse in 4/14 (28.6%).");
 * assertEquals(runStatement(s!).status, "reproduced");
 * ```
 */
export function runStatement(statement: Statement): ReturnType<typeof runClaim> {
  const claim = statementToClaim(statement, { id: "audit", paper: "audit" });
  return runClaim(claim, new Map());
}

/**
 * Audits one statement: its check's result; a discrepancy that another standard method
 * explains (a one-sided test the paper names, a non-Wald ratio interval) as the status that
 * method gives (`other_methods.ts`); one that typical conversion damage explains as an
 * `artefact` (`artefacts.ts`); and the provenance of inferred inputs at the end of the
 * explanation. `text` is the text the statement was extracted from (both need it), `norms`
 * the precision that text usually prints (`normsOf` its statements).
 *
 * @example An impossible percentage
 * ```ts
 * import { auditStatement } from "./audit.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * const [s] = extractStatements("Progression in 12/14 (87.5%).");
 * const audited = auditStatement(s!);
 * assertEquals(audited.ok && audited.record.status, "discrepancy");
 * ```
 */
export function auditStatement(statement: Statement, text = "", norms: Norms = {}): StatementAudit {
  let result;
  try {
    result = runStatement(statement);
  } catch (error) {
    if (error instanceof DataError || error instanceof RangeError || error instanceof TypeError) {
      return { ok: false, dropped: { statement, reason: error.message } };
    }
    throw error;
  }
  let status: CheckStatus = result.status;
  let explanation = result.explanation;
  const other = reconcileWithOtherMethods(statement, result, text, runStatement);
  if (other !== undefined) ({ status, explanation } = other);
  if (status === "discrepancy") {
    const artefact = explainArtefact(statement, text, runStatement, norms);
    if (artefact !== undefined) {
      status = "artefact";
      explanation = `${artefact} As printed: ${explanation}`;
    }
  }
  if (statement.tier === "inferred" && statement.source !== "") {
    explanation = `${explanation} Context: ${statement.source}.`;
  }
  return {
    ok: true,
    record: Object.freeze({
      file: statement.file,
      line: statement.line,
      column: statement.column,
      quote: statement.quote,
      kind: statement.kind,
      reported: statement.reported,
      recomputed: result.recomputed,
      status,
      explanation,
      tier: statement.tier,
    }),
  };
}

/**
 * Audits a text: extraction, re-derivation, artefacts, and the per-paper summary. Pure and
 * synchronous; the records are in text order and identical for identical input.
 *
 * @example A table cell and a sentence
 * ```ts
 * import { auditPaper } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const audit = auditPaper("Responses: 4/14 (28.6%) and 3/14 (25.0%).", { file: "a.txt" });
 * assertEquals(audit.records.map((r) => r.status), ["reproduced", "discrepancy"]);
 * assertEquals(audit.summary.byStatus.discrepancy, 1);
 * ```
 */
export function auditPaper(text: string, options: AuditOptions = {}): PaperAudit {
  const file = options.file ?? "-";
  const statements: Statement[] = [];
  const records: AuditRecord[] = [];
  const dropped: DroppedStatement[] = [];
  const extracted = extractStatements(text, { file });
  const norms = normsOf(extracted);
  for (const statement of extracted) {
    const audited = auditStatement(statement, text, norms);
    if (audited.ok) {
      statements.push(statement);
      records.push(audited.record);
    } else dropped.push(audited.dropped);
  }
  return Object.freeze({
    file,
    statements,
    records,
    dropped,
    summary: auditSummary(records, { file, dropped: dropped.length }),
  });
}

/**
 * The records of a text's audit (see {@linkcode auditPaper} for statements, dropped ones and
 * the summary).
 *
 * @example
 * ```ts
 * import { auditText } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const [r] = auditText("CR in 44 of 49 patients (90%).", { file: "a.txt" });
 * assertEquals([r?.status, r?.recomputed, r?.line, r?.column], [
 *   "reproduced",
 *   "44 of 49 patients (90%)",
 *   1,
 *   7,
 * ]);
 * ```
 */
export function auditText(text: string, options: AuditOptions = {}): AuditRecord[] {
  return [...auditPaper(text, options).records];
}
