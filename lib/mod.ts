/**
 * Re-deriving the published statistics of clinical trials.
 *
 * Three layers: the numerical core (`lib/stats/`: pure functions, no I/O), papers and data
 * (`data/` with the loaders and the claims ledger in `lib/`), and presentation (charts,
 * Jupyter display, the CLI and its report).
 *
 * @module
 */

// -- numerical core: distributions
export * from "./stats/distributions.ts";

// -- numerical core: one-sample proportions (binomialCI, binomialTest, identifyCiMethod, betaPosterior)
export {
  binomialCI,
  type BinomialCIOptions,
  CI_METHODS,
  CI_SIDES,
  type CiMethod,
  type CiSides,
  type ProportionInterval,
} from "./stats/binomial_ci.ts";
export {
  binomialTest,
  type BinomialTestOptions,
  type BinomialTestResult,
  TEST_ALTERNATIVES,
  type TestAlternative,
} from "./stats/binomial_test.ts";
export {
  type CandidateInterval,
  type CiMethodIdentification,
  identifyCiMethod,
  type IdentifyCiMethodOptions,
  REPORTED_SCALES,
  type ReportedInterval,
  type ReportedScale,
  ROUNDING_RULES,
  type RoundingRule,
} from "./stats/identify_ci_method.ts";
export {
  BETA_PRIORS,
  type BetaPosterior,
  betaPosterior,
  type BetaPosteriorOptions,
  type BetaPrior,
} from "./stats/beta_posterior.ts";

// -- numerical core: two-arm comparisons (compareProportions, fisherExact, chiSquareTest, ratioFromCI)
export {
  type Arm,
  compareProportions,
  type CompareProportionsOptions,
  COMPARISON_MEASURES,
  COMPARISON_METHODS,
  type ComparisonMeasure,
  type ComparisonMethod,
  DIFFERENCE_METHODS,
  type DifferenceMethod,
  ODDS_RATIO_METHODS,
  type OddsRatioMethod,
  type ProportionComparison,
  RATIO_METHODS,
  type RatioMethod,
} from "./stats/compare_proportions.ts";
export {
  FISHER_ALTERNATIVES,
  type FisherAlternative,
  fisherExact,
  type FisherExactOptions,
  type FisherExactResult,
} from "./stats/fisher_exact.ts";
export {
  chiSquareTest,
  type ChiSquareTestOptions,
  type ChiSquareTestResult,
} from "./stats/chi_square_test.ts";
export { ratioFromCI, type RatioFromCIResult, type ReportedRatio } from "./stats/ratio_from_ci.ts";

// -- numerical core: Simon two-stage designs
export {
  type AdmissibleDesign,
  SIMON_NMAX_CAP,
  type SimonDesign,
  type SimonDesignOptions,
  type SimonDesignResult,
  simonDesigns,
  type SimonProgress,
  validateSimonOptions,
} from "./stats/simon_designs.ts";
export {
  DEFAULT_OC_GRID,
  operatingCharacteristics,
  requireTwoStageRule,
  type TwoStageCharacteristics,
  twoStageCharacteristics,
  type TwoStageRule,
} from "./stats/two_stage_characteristics.ts";
export {
  requireTwoStageOutcome,
  TWO_STAGE_STAGES,
  type TwoStageInference,
  twoStageInference,
  type TwoStageInferenceOptions,
  type TwoStageInterval,
  type TwoStageOutcome,
  type TwoStageStage,
} from "./stats/two_stage_inference.ts";

// -- numerical core: summaries from reported statistics (CD38)
// (estimateMeanSD, medianConstraints, foldRange/log10Span/ratioOfMedians; the CD38 model and
// loader, the Boissel 2022 text-vs-table comparison, the CD38 chart specs; the danfojs adapter
// lib/cd38/dataframe.ts is deliberately not here)
export * from "./stats/estimate_mean_sd.ts";
export * from "./stats/median_constraints.ts";
export * from "./stats/skewed_summaries.ts";
export * from "./cd38/mod.ts";
export * from "./papers/boissel_cd38.ts";
export * from "./charts/cd38.ts";

// -- numerical core: meta-analysis
export * from "./stats/meta_proportions.ts";
export * from "./stats/meta_subgroups.ts";
export * from "./trials/trials.ts";
export * from "./papers/aureli_comparisons.ts";

// -- papers and data: checks, loaders, claims ledger
export {
  type CsvRecord,
  type CsvRow,
  type CsvTable,
  DataError,
  integerField,
  numberField,
  parseCsv,
  parseIntegerValue,
  parseNumberValue,
  parseTable,
  requireCountWithin,
  requireUnique,
  type TableSchema,
  textField,
} from "./data/csv.ts";
export {
  CHECK_STATUSES,
  type CheckResult,
  checkResult,
  type CheckStatus,
} from "./checks/result.ts";
export {
  firstNumber,
  locateNumbers,
  type NumberSpan,
  type PrintedNumber,
  type Relation,
  scanNumbers,
} from "./checks/printed_number.ts";
export { fitsPrinted, formatAt, truncatesTo } from "./checks/rounding.ts";
export {
  checkPercentage,
  denominatorsFitting,
  type PercentageInput,
  type PrintedPercentage,
  readPercentage,
} from "./checks/percentage.ts";
export { checkSum, type SumInput } from "./checks/sum.ts";
export { checkPercentSum } from "./checks/percent_sum.ts";
export {
  type Category,
  checkMedianDistribution,
  type MedianDistributionInput,
  parseCategory,
} from "./checks/median_distribution.ts";
export { checkCiProportion, type CiProportionInput } from "./checks/ci_proportion.ts";
export { checkPValue, P_VALUE_TESTS, type PValueInput, type PValueTest } from "./checks/p_value.ts";
export { checkRatioCi, type RatioCiInput } from "./checks/ratio_ci.ts";
export { checkSameValue, type Printing } from "./checks/same_value.ts";
export { type BoundsInput, checkBounds } from "./checks/bounds.ts";
export {
  checkSimonDesign,
  designNameOf,
  SIMON_DESIGN_NAMES,
  SIMON_QUANTITIES,
  type SimonDesignInput,
  type SimonDesignName,
  type SimonQuantity,
} from "./checks/simon_design.ts";
export { notDerivable } from "./checks/not_derivable.ts";
export {
  type ArgItem,
  type ArgSpec,
  CHECK_ARGS,
  CHECK_KINDS,
  type CheckKind,
  type Claim,
  type ClaimResult,
  type LedgerEntry,
  PAPER_CITATIONS,
  type PaperData,
  type PaperId,
  PAPERS,
  type ResolvedItem,
  type TableCell,
} from "./ledger/claims.ts";
export {
  CLAIM_COLUMNS,
  loadClaims,
  loadTable,
  parseArgs,
  readLedger,
  resolveArgs,
  TABLE_COLUMNS,
  validateLedger,
} from "./ledger/load.ts";
export { runClaim, runLedger } from "./ledger/run.ts";
export { type StatusCounts, summarize, type Summary, summaryLine } from "./report/summary.ts";
export { JSON_KEYS, toJson } from "./report/json.ts";
export { toText } from "./report/text.ts";
export { escapeHtml, type RenderedChart, toHtml } from "./report/html.ts";
export { poolableGroups, type PooledGroup } from "./report/pooled_groups.ts";

// -- presentation: charts and display
export * from "./display/mod.ts";
