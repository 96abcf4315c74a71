/**
 * Silences exactly one warning: Node's DEP0040 ("The `punycode` module is deprecated"), which
 * vega prints on every load. It comes from vega-loader → node-fetch 2 → whatwg-url 5 → tr46
 * 0.0.3, which `require`s Node's built-in `punycode`; vega-loader only uses node-fetch to load
 * remote data, which the project never does (every chart's data is inline). No version of
 * vega 5 drops that chain, and deno.json cannot override a transitive npm dependency, so the
 * warning is filtered here — by its code, nothing else — before vega is imported
 * (`render.ts` imports this module first). Every other warning passes through unchanged.
 *
 * @module
 */
import process from "node:process";

const emit = process.emitWarning.bind(process);

function codeOf(args: readonly unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === "object" && first !== null && "code" in first) {
    return String((first as { code: unknown }).code);
  }
  return typeof second === "string" ? second : undefined;
}

process.emitWarning = ((warning: string | Error, ...args: unknown[]) => {
  const code = warning instanceof Error && "code" in warning
    ? String((warning as { code: unknown }).code)
    : codeOf(args);
  if (code === "DEP0040") return;
  (emit as (...a: unknown[]) => void)(warning, ...args);
}) as typeof process.emitWarning;
