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

// -- presentation: charts and display
export * from "./display/mod.ts";
