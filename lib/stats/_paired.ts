/**
 * The paired 2×2 table shared by `mcnemarTest` and `pairedDifference`: its type and its
 * validation. Private to `lib/stats/`.
 *
 * @module
 */
import { requireInteger } from "./_validate.ts";

/**
 * A paired 2×2 table: N pairs (or N subjects measured twice), each classified by the outcome
 * under the first condition (rows) and under the second (columns).
 *
 * |                   | second: event | second: no event |
 * | ----------------- | ------------- | ---------------- |
 * | first: event      | `n11`         | `n12`            |
 * | first: no event   | `n21`         | `n22`            |
 *
 * `n12` and `n21` are the discordant pairs. This is the layout of R's
 * `matrix(c(n11, n21, n12, n22), 2)` (as `mcnemar.test` takes it) and of the
 * contingencytables package's `n`.
 */
export interface PairedTable {
  /** Pairs with the event under both conditions. */
  readonly n11: number;
  /** Pairs with the event under the first condition only. */
  readonly n12: number;
  /** Pairs with the event under the second condition only. */
  readonly n21: number;
  /** Pairs with the event under neither condition. */
  readonly n22: number;
}

/**
 * Validates a paired table passed as argument `name` (four integer counts ≥ 0, at least one
 * pair) and returns a frozen copy, so that results can carry it without aliasing.
 */
export function readPairedTable(name: string, value: unknown): PairedTable {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(
      `\`${name}\` must be an object { n11, n12, n21, n22 }, got ${
        Array.isArray(value) ? JSON.stringify(value) : String(value)
      }`,
    );
  }
  const { n11, n12, n21, n22 } = value as Record<string, unknown>;
  requireInteger(`${name}.n11`, n11);
  requireInteger(`${name}.n12`, n12);
  requireInteger(`${name}.n21`, n21);
  requireInteger(`${name}.n22`, n22);
  const total = (n11 as number) + (n12 as number) + (n21 as number) + (n22 as number);
  if (total === 0) {
    throw new RangeError(`\`${name}\` must contain at least one pair, got 0 in every cell`);
  }
  return Object.freeze({
    n11: n11 as number,
    n12: n12 as number,
    n21: n21 as number,
    n22: n22 as number,
  });
}
