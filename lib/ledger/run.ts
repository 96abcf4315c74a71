/**
 * Running the claims ledger: each claim's arguments are resolved, its check is run, and the
 * result is recorded with the claim's identity. A check that rejects its inputs (a `RangeError`
 * or `TypeError` from a pure check) becomes a {@linkcode DataError} at the claim's line, so bad
 * data never yields a partial report.
 *
 * @module
 */

import { DataError } from "../data/csv.ts";
import { checkBounds } from "../checks/bounds.ts";
import { checkCiProportion } from "../checks/ci_proportion.ts";
import { checkMedianDistribution, parseCategory } from "../checks/median_distribution.ts";
import { notDerivable } from "../checks/not_derivable.ts";
import { checkPercentSum } from "../checks/percent_sum.ts";
import { checkPercentage } from "../checks/percentage.ts";
import { firstNumber } from "../checks/printed_number.ts";
import { checkPValue } from "../checks/p_value.ts";
import { checkRatioCi } from "../checks/ratio_ci.ts";
import type { CheckResult } from "../checks/result.ts";
import { checkSameValue } from "../checks/same_value.ts";
import { checkSimonDesign } from "../checks/simon_design.ts";
import { checkSum } from "../checks/sum.ts";
import type {
  CheckKind,
  Claim,
  ClaimResult,
  LedgerEntry,
  PaperData,
  ResolvedItem,
} from "./claims.ts";
import { numberArg, numberListArg, resolveArgs } from "./load.ts";

type Args = ReadonlyMap<string, readonly ResolvedItem[]>;
type Runner = (claim: Claim, args: Args) => CheckResult;

function textArg(claim: Claim, args: Args, key: string): string | undefined {
  const items = args.get(key);
  if (items === undefined) return undefined;
  if (items.length !== 1) {
    throw new DataError(claim.file, claim.line, `argument "${key}" must be one value, got a list`);
  }
  return items[0]!.text;
}

function reportedNumber(claim: Claim): number {
  const n = firstNumber(claim.reported);
  if (n === undefined) {
    throw new DataError(
      claim.file,
      claim.line,
      `reported ${JSON.stringify(claim.reported)} prints no number`,
    );
  }
  return n.value;
}

/** How each check kind turns a claim and its resolved arguments into a result. */
const RUNNERS: Readonly<Record<CheckKind, Runner>> = {
  "percentage": (claim, args) => {
    const x = numberArg(claim, args, "x");
    return checkPercentage({
      reported: claim.reported,
      n: numberArg(claim, args, "n")!,
      ...(x === undefined ? {} : { x }),
    });
  },
  "sum": (claim, args) =>
    checkSum({
      parts: numberListArg(claim, args, "parts")!,
      total: numberArg(claim, args, "total") ?? reportedNumber(claim),
    }),
  "percent-sum": (claim, args) =>
    checkPercentSum(args.get("parts")!.map((item) => {
      if (item.number === undefined) {
        throw new DataError(
          claim.file,
          claim.line,
          `argument "parts" must list percentages, got ${JSON.stringify(item.text)}`,
        );
      }
      return item.number;
    })),
  "median-distribution": (claim, args) => {
    const n = numberArg(claim, args, "n", true);
    return checkMedianDistribution({
      reported: claim.reported,
      categories: args.get("values")!.map((i) => parseCategory(i.text)),
      counts: numberListArg(claim, args, "counts")!,
      ...(n === undefined ? {} : { n }),
    });
  },
  "ci-proportion": (claim, args) => {
    const level = numberArg(claim, args, "level");
    const method = textArg(claim, args, "method");
    return checkCiProportion({
      reported: claim.reported,
      x: numberArg(claim, args, "x", true)!,
      n: numberArg(claim, args, "n", true)!,
      ...(level === undefined ? {} : { level }),
      ...(method === undefined ? {} : { method }),
    });
  },
  "p-value": (claim, args) => {
    const test = textArg(claim, args, "test");
    return checkPValue({
      reported: claim.reported,
      x1: numberArg(claim, args, "x1", true)!,
      n1: numberArg(claim, args, "n1", true)!,
      x2: numberArg(claim, args, "x2", true)!,
      n2: numberArg(claim, args, "n2", true)!,
      ...(test === undefined ? {} : { test }),
    });
  },
  "ratio-ci": (claim, args) => {
    const pick = (key: string) => {
      const v = numberArg(claim, args, key);
      return v === undefined ? {} : { [key]: v };
    };
    const p = args.get("p")?.[0]?.text;
    return checkRatioCi({
      reported: claim.reported,
      ...pick("estimate"),
      ...pick("lower"),
      ...pick("upper"),
      ...pick("level"),
      ...(p === undefined ? {} : { p }),
    });
  },
  "same-value": (claim, args) => {
    const other = args.get("other")!;
    const ref = other.length === 1 ? other[0]!.ref : undefined;
    if (ref === undefined) {
      throw new DataError(claim.file, claim.line, `argument "other" must be one @claim-id`);
    }
    return checkSameValue(claim, ref);
  },
  "bounds": (claim, args) => {
    const parts = numberListArg(claim, args, "parts");
    const atLeast = numberListArg(claim, args, "at-least");
    const atMost = numberListArg(claim, args, "at-most");
    return checkBounds({
      value: reportedNumber(claim),
      ...(parts === undefined ? {} : { parts }),
      ...(atLeast === undefined ? {} : { atLeast }),
      ...(atMost === undefined ? {} : { atMost }),
    });
  },
  "simon-design": (claim, args) => {
    const design = textArg(claim, args, "design");
    const stated = Object.fromEntries(
      (["n1", "r1", "n", "r"] as const).flatMap((k) => {
        const v = numberArg(claim, args, k, true);
        return v === undefined ? [] : [[k, v]];
      }),
    );
    return checkSimonDesign({
      ...stated,
      reported: claim.reported,
      p0: numberArg(claim, args, "p0")!,
      p1: numberArg(claim, args, "p1")!,
      alpha: numberArg(claim, args, "alpha")!,
      power: numberArg(claim, args, "power")!,
      quantity: textArg(claim, args, "quantity")!,
      ...(design === undefined ? {} : { design }),
    });
  },
  "not-derivable": (claim) => notDerivable(claim.note),
};

/**
 * Runs one claim's check.
 *
 * @throws {DataError} when the check rejects the claim's inputs, at the claim's line
 *
 * @example Boissel 2022, Table 2: 12 (87.5%) of 14
 * ```ts
 * import { runClaim } from "./run.ts";
 * import { loadClaims } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const [claim] = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "b-pd,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n",
 *   "claims.csv",
 *   "boissel-2022",
 * );
 * const result = runClaim(claim!, new Map());
 * assertEquals([result.status, result.recomputed], ["discrepancy", "85.7%"]);
 * ```
 */
export function runClaim(claim: Claim, byId: ReadonlyMap<string, Claim>): ClaimResult {
  const args = resolveArgs(claim, byId);
  let result: CheckResult;
  try {
    result = RUNNERS[claim.check](claim, args);
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (error instanceof RangeError || error instanceof TypeError) {
      throw new DataError(claim.file, claim.line, `check "${claim.check}": ${error.message}`);
    }
    throw error;
  }
  return Object.freeze({
    id: claim.id,
    paper: claim.paper,
    where: claim.where,
    quote: claim.quote,
    reported: claim.reported,
    recomputed: result.recomputed,
    status: result.status,
    explanation: result.explanation,
  });
}

/**
 * Runs every claim of every paper, in paper order and then file order.
 *
 * @throws {DataError} at the first claim whose check rejects its inputs
 *
 * @example The repository's ledger, every claim
 * ```ts
 * import { runLedger } from "./run.ts";
 * import { readLedger } from "./load.ts";
 * import { assert } from "@std/assert";
 * const entries = runLedger(await readLedger(new URL("../../data", import.meta.url).pathname));
 * assert(entries.some((e) => e.result.status === "discrepancy"));
 * ```
 */
export function runLedger(papers: readonly PaperData[]): LedgerEntry[] {
  const byId = new Map<string, Claim>();
  for (const paper of papers) for (const claim of paper.claims) byId.set(claim.id, claim);
  return papers.flatMap((paper) =>
    paper.claims.map((claim) => ({ claim, result: runClaim(claim, byId) }))
  );
}
