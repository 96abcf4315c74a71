/**
 * Markdown built from `lib/` results: a tagged template for notebook prose that states numbers
 * (a takeaway, a verdict) without typing them, so the sentence always matches the computation.
 * It works outside the kernel too (unlike `Deno.jupyter.md`), which lets the notebook tests and
 * the CLI report render the same sentences.
 *
 * @module
 */

import { displayable, type DisplayedValue } from "./bundle.ts";
import { formatValue } from "./table.ts";

/**
 * Tagged template: interpolated values are formatted by `formatValue` (integers as they are,
 * other numbers with 4 significant digits, strings unchanged). Displays as `text/markdown`,
 * with the same source as `text/plain`.
 *
 * @example
 * ```ts
 * import { markdown } from "./markdown.ts";
 * import { JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertEquals } from "@std/assert";
 * const shown = markdown`**${0}** responders among **${13}** evaluable patients`;
 * assertEquals(shown.value, "**0** responders among **13** evaluable patients");
 * assertEquals(shown[JUPYTER_DISPLAY]()["text/markdown"], shown.value);
 * ```
 */
export function markdown(
  strings: TemplateStringsArray,
  ...values: readonly unknown[]
): DisplayedValue<string> {
  let text = strings[0] ?? "";
  values.forEach((value, i) => {
    text += formatValue(value) + (strings[i + 1] ?? "");
  });
  return displayable(text, { text, markdown: text });
}
