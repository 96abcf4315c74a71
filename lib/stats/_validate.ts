/**
 * Argument checks shared by the numerical core. Every public function validates its inputs
 * with these, so that messages read the same everywhere: they name the argument in backticks
 * and show the value. Never NaN, never a silent clamp.
 *
 * @module
 */

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** Throws a `TypeError` unless `value` is a finite number. */
export function requireFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`\`${name}\` must be a number, got ${show(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`\`${name}\` must be a finite number, got ${show(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ `min` (default 0). */
export function requireInteger(name: string, value: unknown, min = 0): asserts value is number {
  requireFinite(name, value);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(
      `\`${name}\` must be an integer ${min === 0 ? "≥ 0" : `≥ ${min}`}, got ${show(value)}`,
    );
  }
}

/** Throws unless `x` and `n` are counts with n ≥ 1 and 0 ≤ x ≤ n. */
export function requireCounts(x: unknown, n: unknown, xName = "x", nName = "n"): void {
  requireInteger(nName, n, 1);
  requireInteger(xName, x);
  if ((x as number) > (n as number)) {
    throw new RangeError(
      `\`${xName}\` must be an integer in [0, ${nName}] (${nName} = ${n}), got ${show(x)}`,
    );
  }
}

/** Throws unless `value` lies strictly inside (0, 1). */
export function requireOpenUnit(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`\`${name}\` must be in (0, 1), got ${show(value)}`);
  }
}

/** Throws unless `value` is one of `allowed`. */
export function requireOneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `\`${name}\` must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${show(value)}`,
    );
  }
}
