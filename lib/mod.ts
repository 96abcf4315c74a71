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

// -- numerical core: Simon two-stage designs

// -- numerical core: summaries from reported statistics (CD38)

// -- numerical core: meta-analysis

// -- papers and data: checks, loaders, claims ledger

// -- presentation: charts and display
