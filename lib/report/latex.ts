/**
 * LaTeX left by a PDF-to-text conversion, as readable text: `$n = 12$` reads "n = 12",
 * `$\mu\text{g}/\text{m}^2/\text{day}$` reads "μg/m²/day". Only what such conversions emit
 * for inline mathematics is rewritten — the math delimiters, `\text{…}` and `\mathrm{…}`, Greek
 * letters, comparison and arithmetic symbols, and single-character superscripts and subscripts;
 * anything else inside `$…$` is kept with its backslashes, so nothing is lost. A known symbol
 * left outside `$…$` (`\geq`) is rewritten as well.
 *
 * @module
 */

const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  kappa: "κ",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  tau: "τ",
  chi: "χ",
  geq: "≥",
  ge: "≥",
  leq: "≤",
  le: "≤",
  neq: "≠",
  pm: "±",
  times: "×",
  cdot: "·",
  approx: "≈",
  sim: "~",
  to: "→",
  rightarrow: "→",
  "%": "%",
};

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
};
const SUBSCRIPT: Readonly<Record<string, string>> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
};

function math(body: string): string {
  // Symbols first: in `\mu\text{g}` the name ends at the next backslash.
  return body
    .replace(/\\([a-zA-Z]+|%)/g, (whole, name: string) => SYMBOLS[name] ?? whole)
    .replace(/\\(?:text|mathrm|textrm|mathit|operatorname)\{([^{}]*)\}/g, "$1")
    .replace(/\^\{?([0-9+-])\}?/g, (whole, c: string) => SUPERSCRIPT[c] ?? whole)
    .replace(/_\{?([0-9])\}?/g, (whole, c: string) => SUBSCRIPT[c] ?? whole)
    .replace(/\\,|\\ |~/g, " ")
    .trim();
}

/**
 * Rewrites inline LaTeX (`$…$`) as text; text without `$…$` is returned unchanged.
 *
 * @example From the papers' PDF-to-text conversions
 * ```ts
 * import { latexToText } from "./latex.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(latexToText("Most patients ($n = 12$, 85.7%)"), "Most patients (n = 12, 85.7%)");
 * assertEquals(latexToText("28 $\\mu\\text{g}/\\text{m}^2/\\text{day}$"), "28 μg/m²/day");
 * assertEquals(latexToText("a cost of $5 and $6"), "a cost of $5 and $6");
 * assertEquals(latexToText("age \\geq 18–75 years"), "age ≥ 18–75 years");
 * ```
 */
export function latexToText(text: string): string {
  // A `$…$` pair whose body starts with a digit right after the first `$` is more likely
  // money than mathematics ("$5 and $6"): those are left alone. A known symbol the conversion
  // left outside `$…$` (`age \geq 18`) is rewritten too.
  return text
    .replace(/\$(?!\d)([^$\n]{1,200})\$/g, (_, body: string) => math(body))
    .replace(/\\([a-zA-Z]+)(?![a-zA-Z{])/g, (whole, name: string) => SYMBOLS[name] ?? whole);
}
