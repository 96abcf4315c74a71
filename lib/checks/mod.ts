/**
 * The checks of the claims ledger: each a small pure function from what a paper prints (and
 * the counts it gives) to a {@linkcode CheckResult} — `reproduced`, `discrepancy` or
 * `not-derivable`, the re-derived value at the printed precision, and an explanation. The
 * printed-number reader and the matching rule they share are here too.
 *
 * @example Boissel 2022, Table 2: "12 (87.5%)" of N = 14
 * ```ts
 * import { checkPercentage } from "./mod.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(checkPercentage({ reported: "12 (87.5%)", n: 14 }).status, "discrepancy");
 * ```
 *
 * @module
 */

export * from "./result.ts";
export * from "./printed_number.ts";
export * from "./rounding.ts";
export * from "./percentage.ts";
export * from "./sum.ts";
export * from "./percent_sum.ts";
export * from "./median_distribution.ts";
export * from "./ci_proportion.ts";
export * from "./p_value.ts";
export * from "./ratio_ci.ts";
export * from "./same_value.ts";
export * from "./bounds.ts";
export * from "./simon_design.ts";
export * from "./test_statistic.ts";
export * from "./same_text.ts";
export * from "./allocation_ratio.ts";
export * from "./format_p.ts";
export * from "./not_derivable.ts";
