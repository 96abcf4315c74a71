/**
 * Findings: what a reader of an audit wants first. A finding is one distinct problem of a paper
 * — one root cause — with the claims that show it, a paragraph saying what is inconsistent, and
 * what would make the paper consistent. Several claims often share one cause: a count printed
 * differently in the abstract, the results, a table and the discussion; five reference numbers
 * of a table that are all one lower than the text's.
 *
 * How claims are grouped, in this order:
 *
 * 1. **Written findings.** A paper's `findings.csv` names findings (`id`, `title`,
 *    `explanation`); claims join one through their `finding` column. The curator's grouping
 *    wins.
 * 2. **Linked claims.** Claims that do not add up (`discrepancy`, `artefact`) or are
 *    `explained`, and that refer to one another through an argument (`other=@id`, `parts=…`),
 *    form one finding; a linked claim that already belongs to a written finding brings the
 *    others into it.
 * 3. **Systematic offsets.** Three or more `same-value` discrepancies whose printings differ by
 *    the same amount (every number of the table one lower than the text's) are one finding.
 * 4. Every other claim that does not add up is a finding of its own.
 *
 * A finding's status is the most serious of its claims' (`discrepancy`, then `artefact`, then
 * `explained`); findings that are only `explained` are reported apart, since the paper itself
 * resolves them.
 *
 * @module
 */

import { scanNumbers } from "../checks/printed_number.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { Claim, ClaimResult, LedgerEntry, PaperData, PaperId, PaperMeta } from "./claims.ts";
import { runLedger } from "./run.ts";

/** The statuses a finding can have, most serious first. */
export const FINDING_STATUSES = ["discrepancy", "artefact", "explained"] as const;
/** One of {@linkcode FINDING_STATUSES}. */
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** How a finding came about. */
export const FINDING_ORIGINS = ["written", "linked", "offset", "single"] as const;
/** One of {@linkcode FINDING_ORIGINS}: see the module documentation. */
export type FindingOrigin = (typeof FINDING_ORIGINS)[number];

/** One distinct problem of a paper. */
export interface Finding {
  readonly paper: PaperId;
  /** Unique within the paper: the written finding's id, else the id of its first claim. */
  readonly id: string;
  /** One line: what is wrong. */
  readonly title: string;
  readonly status: FindingStatus;
  /** What is inconsistent, the claims involved, and what would make the paper consistent. */
  readonly explanation: string;
  /** The ids of its claims, in ledger order. */
  readonly claims: readonly string[];
  readonly origin: FindingOrigin;
}

const isFindingStatus = (s: CheckStatus): s is FindingStatus =>
  (FINDING_STATUSES as readonly string[]).includes(s);

/** Disjoint sets over claim ids (and written-finding keys). */
class Groups {
  readonly #parent = new Map<string, string>();
  find(a: string): string {
    let root = a;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) {
      root = this.#parent.get(root)!;
    }
    this.#parent.set(a, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const fa = ra.startsWith("finding:");
    const fb = rb.startsWith("finding:");
    if (fa && fb) return; // two written findings stay two, as their curator wrote them
    // A written finding stays the root, so that its id names the group.
    if (fb) this.#parent.set(ra, rb);
    else this.#parent.set(rb, ra);
  }
}

function refsOf(claim: Claim): string[] {
  const ids: string[] = [];
  for (const [key, items] of claim.args) {
    if (key === "explained-by") continue; // the reconciling claim is context, not the problem
    for (const item of items) if (item.kind === "ref") ids.push(item.id);
  }
  return ids;
}

function worst(statuses: readonly FindingStatus[]): FindingStatus {
  return FINDING_STATUSES.find((s) => statuses.includes(s)) ?? "discrepancy";
}

/** The offset between a same-value claim's numbers and its other printing's, if one. */
function offsetOf(entry: LedgerEntry, byId: ReadonlyMap<string, Claim>): number | undefined {
  if (entry.claim.check !== "same-value") return undefined;
  const other = entry.claim.args.get("other")?.[0];
  const ref = other?.kind === "ref" ? byId.get(other.id) : undefined;
  if (ref === undefined) return undefined;
  const mine = scanNumbers(entry.claim.reported);
  const theirs = scanNumbers(ref.reported);
  if (mine.length === 0 || mine.length !== theirs.length) return undefined;
  const offsets = mine.map((m, i) => Number((m.value - theirs[i]!.value).toPrecision(12)));
  return offsets.every((o) => o === offsets[0]) && offsets[0] !== 0 ? offsets[0] : undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function sentenceList(entries: readonly LedgerEntry[]): string {
  return entries.map(({ claim, result }) =>
    `${claim.where} prints ${result.reported}` +
    (result.recomputed === "" || result.recomputed === result.reported
      ? ""
      : ` (re-derived: ${result.recomputed})`)
  ).join("; ");
}

/**
 * Groups the problem claims of each paper into findings (see the module documentation), in
 * paper order and, within a paper, in the order of each finding's first claim. Also returns,
 * per claim id, the id of the finding it belongs to.
 *
 * @example Two printings of one count that disagree are one finding
 * ```ts
 * import { collectFindings } from "./findings.ts";
 * import { loadClaims } from "./load.ts";
 * import { runLedger } from "./run.ts";
 * import { assertEquals } from "@std/assert";
 * const claims = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "t2-pd,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n" +
 *     "res-pd,results,Results,PD 11 (78.6%),text,11 (78.6%),same-value,other=@t2-pd,\n",
 *   "claims.csv",
 *   "my-trial",
 * );
 * const meta = { id: "my-trial", title: "T", citation: "C", short: "T", doi: "", licence: "", year: 0, text: "" };
 * const papers = [{ paper: "my-trial", meta, dir: ".", claims, tables: new Map(), findings: [] }];
 * const { findings } = collectFindings(papers, runLedger(papers));
 * assertEquals(findings.map((f) => f.claims), [["t2-pd", "res-pd"]]);
 * ```
 */
export function collectFindings(
  papers: readonly PaperData[],
  entries: readonly LedgerEntry[],
): { readonly findings: readonly Finding[]; readonly findingOf: ReadonlyMap<string, string> } {
  const findings: Finding[] = [];
  const findingOf = new Map<string, string>();
  for (const paper of papers) {
    const mine = entries.filter((e) => e.result.paper === paper.paper);
    const byId = new Map(paper.claims.map((c) => [c.id, c]));
    const resultOf = new Map<string, ClaimResult>(mine.map((e) => [e.claim.id, e.result]));
    const problem = (id: string) => {
      const r = resultOf.get(id);
      return r !== undefined && isFindingStatus(r.status);
    };
    const groups = new Groups();
    const written = new Map(paper.findings.map((f) => [`finding:${f.id}`, f]));
    const members = new Set<string>();
    for (const { claim } of mine) {
      if (claim.finding !== "") {
        groups.union(claim.id, `finding:${claim.finding}`);
        members.add(claim.id);
      } else if (problem(claim.id)) members.add(claim.id);
    }
    // Linked problem claims share a finding.
    for (const { claim } of mine) {
      if (!members.has(claim.id)) continue;
      for (const ref of refsOf(claim)) if (members.has(ref)) groups.union(claim.id, ref);
    }
    // Systematic offsets among the discrepancies left on their own.
    const alone = mine.filter((e) =>
      members.has(e.claim.id) && !groups.find(e.claim.id).startsWith("finding:")
    );
    const byOffset = new Map<number, LedgerEntry[]>();
    for (const e of alone) {
      if (e.result.status !== "discrepancy") continue;
      const offset = offsetOf(e, byId);
      if (offset !== undefined) byOffset.set(offset, [...(byOffset.get(offset) ?? []), e]);
    }
    const offsetGroups = new Map<string, number>();
    for (const [offset, group] of byOffset) {
      if (group.length < 3) continue;
      const root = `offset:${offset}`;
      for (const e of group) groups.union(root, e.claim.id);
      offsetGroups.set(groups.find(root), offset);
    }
    // Build the findings in the order of their first claim.
    const order: string[] = [];
    const claimsOf = new Map<string, LedgerEntry[]>();
    for (const e of mine) {
      if (!members.has(e.claim.id)) continue;
      const root = groups.find(e.claim.id);
      if (!claimsOf.has(root)) {
        order.push(root);
        claimsOf.set(root, []);
      }
      claimsOf.get(root)!.push(e);
    }
    for (const root of order) {
      const group = claimsOf.get(root)!;
      const statuses = group.map((e) => e.result.status).filter(isFindingStatus);
      if (statuses.length === 0) continue; // a written finding none of whose claims is a problem
      const spec = written.get(root);
      const offset = offsetGroups.get(root);
      const first = group.find((e) => isFindingStatus(e.result.status)) ?? group[0]!;
      const id = spec?.id ?? first.claim.id;
      const problems = group.filter((e) => isFindingStatus(e.result.status));
      let title: string;
      let explanation: string;
      let origin: FindingOrigin;
      if (spec !== undefined) {
        title = spec.title;
        explanation = spec.explanation;
        origin = "written";
      } else if (offset !== undefined) {
        const ref = (e: LedgerEntry) => {
          const o = e.claim.args.get("other")?.[0];
          return o?.kind === "ref" ? byId.get(o.id) : undefined;
        };
        const others = [...new Set(group.map((e) => ref(e)?.where ?? ""))];
        title = `${plural(group.length, "number")} ${offset < 0 ? "lower" : "higher"} by ` +
          `${Math.abs(offset)} than where else the paper prints them`;
        explanation = `A systematic offset, not ${plural(group.length, "separate typo")}: ` +
          `${sentenceList(group)}; each is ${Math.abs(offset)} ${
            offset < 0 ? "lower" : "higher"
          } ` +
          `than its other printing (${others.join("; ")}). One shift (an item added or removed ` +
          `in a numbered list) explains all of them; correcting it makes them agree.`;
        origin = "offset";
      } else if (problems.length === 1) {
        const { claim, result } = problems[0]!;
        title = `${claim.where}: ${result.reported}` +
          (result.recomputed === "" ? "" : ` (re-derived: ${result.recomputed})`);
        explanation = result.explanation;
        origin = "single";
      } else {
        // The claims that re-derive something come first; printings of the same value that
        // merely repeat one of them are named, not explained again.
        const repeats = problems.filter((e) =>
          e.result.explanation.startsWith("The same value as ")
        );
        const primary = problems.filter((e) => !repeats.includes(e));
        const lead = primary[0] ?? problems[0]!;
        title = `${lead.claim.where}: ${lead.result.reported}` +
          (lead.result.recomputed === "" || lead.claim.check === "same-value"
            ? ""
            : ` (re-derived: ${lead.result.recomputed})`) +
          `, and ${plural(problems.length - 1, "related claim")}`;
        explanation = [
          ...primary.map((e) => `${e.claim.where} (${e.claim.id}): ${e.result.explanation}`),
          ...(repeats.length === 0 ? [] : [
            `The same value is printed again in ${
              repeats.map((e) => `${e.claim.where} (${e.claim.id})`).join(", ")
            }.`,
          ]),
        ].join(" ");
        origin = "linked";
      }
      for (const e of group) findingOf.set(`${paper.paper}\u0000${e.claim.id}`, id);
      findings.push(Object.freeze({
        paper: paper.paper,
        id,
        title,
        status: worst(statuses),
        explanation,
        claims: group.map((e) => e.claim.id),
        origin,
      }));
    }
  }
  return { findings, findingOf };
}

/**
 * The ledger's entries with each result's `finding` set to the finding it belongs to.
 *
 * @example
 * ```ts
 * import { withFindings } from "./findings.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(withFindings([], new Map()), []);
 * ```
 */
export function withFindings(
  entries: readonly LedgerEntry[],
  findingOf: ReadonlyMap<string, string>,
): LedgerEntry[] {
  return entries.map(({ claim, result }) => {
    const finding = findingOf.get(`${result.paper}\u0000${result.id}`) ?? "";
    return finding === result.finding
      ? { claim, result }
      : { claim, result: Object.freeze({ ...result, finding }) };
  });
}

/** A ledger run, ready for a report: the papers, every claim's result, and the findings. */
export interface LedgerReport {
  /** The papers' metadata, in report order. */
  readonly papers: readonly PaperMeta[];
  /** Every claim with its result (`finding` set), in paper and file order. */
  readonly entries: readonly LedgerEntry[];
  /** The findings, in paper order. */
  readonly findings: readonly Finding[];
}

/**
 * Runs the ledger of `papers` and groups its problems into findings: what every report of
 * `deno task reproduce` renders.
 *
 * @example The repository's worked examples
 * ```ts
 * import { reportLedger } from "./findings.ts";
 * import { readLedger } from "./load.ts";
 * import { assert } from "@std/assert";
 * const report = reportLedger(await readLedger(new URL("../../data", import.meta.url).pathname));
 * assert(report.findings.length > 0 && report.findings.length < report.entries.length);
 * ```
 */
export function reportLedger(papers: readonly PaperData[]): LedgerReport {
  const raw = runLedger(papers);
  const { findings, findingOf } = collectFindings(papers, raw);
  return {
    papers: papers.map((p) => p.meta),
    entries: withFindings(raw, findingOf),
    findings,
  };
}
