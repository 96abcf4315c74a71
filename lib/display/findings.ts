/**
 * A paper's findings in a notebook: each distinct problem once — its status, title,
 * explanation and the claims it covers — as an HTML list (Jupyter, HTML export) and plain text.
 * The ledger's findings (`lib/ledger/findings.ts`) decide; this only displays.
 *
 * @module
 */

import type { Finding } from "../ledger/findings.ts";
import { latexToText } from "../report/latex.ts";
import { displayable, type DisplayedValue } from "./bundle.ts";
import { verdictMark } from "./comparison.ts";
import { escapeHtml } from "./table.ts";

/** Options of {@linkcode findingsList}. */
export interface FindingsListOptions {
  /** A heading above the list; default none. */
  readonly caption?: string;
  /** What to say when there is no finding; default "No findings: every checkable claim adds up." */
  readonly empty?: string;
}

/**
 * Findings as a numbered list that displays in Jupyter (HTML) and as text.
 *
 * @example One finding
 * ```ts
 * import { findingsList } from "./findings.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = findingsList([{ paper: "my-trial", id: "pd", title: "PD: 12 (87.5%) of 14",
 *   status: "discrepancy", explanation: "12/14 = 85.7%.", claims: ["t2-pd"], origin: "single" }]);
 * assertStringIncludes(String(shown), "1. ✗ discrepancy — PD: 12 (87.5%) of 14");
 * ```
 */
export function findingsList(
  findings: readonly Finding[],
  options: FindingsListOptions = {},
): DisplayedValue<readonly Finding[]> {
  if (!Array.isArray(findings as unknown)) {
    throw new TypeError(`\`findings\` must be an array, got ${typeof findings}`);
  }
  const heading = options.caption ?? "";
  const empty = options.empty ?? "No findings: every checkable claim adds up.";
  const text = [
    ...(heading === "" ? [] : [heading]),
    ...(findings.length === 0 ? [empty] : []),
    ...findings.map((f, i) =>
      `${i + 1}. ${verdictMark(f.status)} — ${latexToText(f.title)}\n   ` +
      `${latexToText(f.explanation)}\n   Claims: ${f.claims.join(", ")}`
    ),
  ].join("\n");
  const html = (heading === "" ? "" : `<p><b>${escapeHtml(heading)}</b></p>`) +
    (findings.length === 0
      ? `<p>${escapeHtml(empty)}</p>`
      : "<ol>" + findings.map((f) =>
        `<li><b>${escapeHtml(verdictMark(f.status))}</b> — <b>${escapeHtml(latexToText(f.title))}` +
        `</b><br>${escapeHtml(latexToText(f.explanation))}<br><small>Claims: ` +
        `${
          f.claims.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ")
        }</small></li>`
      ).join("") + "</ol>");
  return displayable(findings, { text, html });
}
