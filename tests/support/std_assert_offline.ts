/**
 * Offline stand-in for `jsr:@std/assert`, built on `node:assert`.
 *
 * `deno task test` maps `@std/assert` here only when JSR cannot be reached (it prints a
 * line saying so). The signatures follow `@std/assert@1` for the functions this project
 * uses; when JSR is reachable the real module is used and this file is not loaded.
 *
 * @module
 */
import nodeAssert from "node:assert";

/** Error thrown by a failed assertion, as `@std/assert`'s `AssertionError`. */
export class AssertionError extends Error {
  /** @param message What failed. */
  constructor(message: string) {
    super(message);
    this.name = "AssertionError";
  }
}

// deno-lint-ignore no-explicit-any
type AnyConstructor = new (...args: any[]) => any;
type ErrorConstructor = abstract new (...args: never[]) => Error;

function wrap(run: () => void, msg?: string): void {
  try {
    run();
  } catch (error) {
    if (error instanceof nodeAssert.AssertionError) {
      throw new AssertionError(msg ? `${msg}: ${error.message}` : error.message);
    }
    throw error;
  }
}

/** Asserts that `expr` is truthy. */
export function assert(expr: unknown, msg = ""): asserts expr {
  if (!expr) throw new AssertionError(msg || "Expected expression to be truthy");
}

/** Asserts deep equality (as `@std/assert`'s `assertEquals`). */
export function assertEquals<T>(actual: T, expected: T, msg?: string): void {
  wrap(() => nodeAssert.deepStrictEqual(actual, expected), msg);
}

/** Asserts deep inequality. */
export function assertNotEquals<T>(actual: T, expected: T, msg?: string): void {
  wrap(() => nodeAssert.notDeepStrictEqual(actual, expected), msg);
}

/** Asserts `Object.is`-style strict equality. */
export function assertStrictEquals<T>(
  actual: unknown,
  expected: T,
  msg?: string,
): asserts actual is T {
  wrap(() => nodeAssert.strictEqual(actual, expected), msg);
}

/**
 * Asserts that two numbers are within `tolerance` of each other (absolute; default 1e-7, as
 * in `@std/assert`).
 */
export function assertAlmostEquals(
  actual: number,
  expected: number,
  tolerance = 1e-7,
  msg?: string,
): void {
  if (Object.is(actual, expected)) return;
  const delta = Math.abs(expected - actual);
  if (delta <= tolerance) return;
  const suffix = msg ? `: ${msg}` : ".";
  throw new AssertionError(
    `Expected actual: "${actual}" to be close to "${expected}": delta "${delta}" is greater than "${tolerance}"${suffix}`,
  );
}

/** Asserts that `actual` is neither `null` nor `undefined`. */
export function assertExists<T>(actual: T, msg?: string): asserts actual is NonNullable<T> {
  if (actual === undefined || actual === null) {
    throw new AssertionError(msg ?? `Expected actual: "${actual}" to not be null or undefined.`);
  }
}

/** Asserts that `actual` is greater than `expected`. */
export function assertGreater<T>(actual: T, expected: T, msg?: string): void {
  if (!(actual > expected)) {
    throw new AssertionError(msg ?? `Expect ${String(actual)} > ${String(expected)}`);
  }
}

/** Asserts that `actual` is greater than or equal to `expected`. */
export function assertGreaterOrEqual<T>(actual: T, expected: T, msg?: string): void {
  if (!(actual >= expected)) {
    throw new AssertionError(msg ?? `Expect ${String(actual)} >= ${String(expected)}`);
  }
}

/** Asserts that `actual` is less than `expected`. */
export function assertLess<T>(actual: T, expected: T, msg?: string): void {
  if (!(actual < expected)) {
    throw new AssertionError(msg ?? `Expect ${String(actual)} < ${String(expected)}`);
  }
}

/** Asserts that `actual` is less than or equal to `expected`. */
export function assertLessOrEqual<T>(actual: T, expected: T, msg?: string): void {
  if (!(actual <= expected)) {
    throw new AssertionError(msg ?? `Expect ${String(actual)} <= ${String(expected)}`);
  }
}

/** Asserts that `actual` matches the regular expression `expected`. */
export function assertMatch(actual: string, expected: RegExp, msg?: string): void {
  wrap(() => nodeAssert.match(actual, expected), msg);
}

/** Asserts that `actual` does not match the regular expression `expected`. */
export function assertNotMatch(actual: string, expected: RegExp, msg?: string): void {
  wrap(() => nodeAssert.doesNotMatch(actual, expected), msg);
}

/** Asserts that `actual` contains `expected`. */
export function assertStringIncludes(actual: string, expected: string, msg?: string): void {
  if (!actual.includes(expected)) {
    throw new AssertionError(msg ?? `Expected actual: "${actual}" to contain: "${expected}".`);
  }
}

/** Asserts that `actual` includes every value of `expected` (deep equality). */
export function assertArrayIncludes<T>(
  actual: ArrayLike<T>,
  expected: ArrayLike<T>,
  msg?: string,
): void {
  const items = Array.from(actual);
  for (const value of Array.from(expected)) {
    const found = items.some((item) => {
      try {
        nodeAssert.deepStrictEqual(item, value);
        return true;
      } catch {
        return false;
      }
    });
    if (!found) {
      throw new AssertionError(msg ?? `Expected actual to include ${JSON.stringify(value)}.`);
    }
  }
}

/** Asserts that `actual` deeply matches the subset `expected`. */
export function assertObjectMatch(
  actual: Record<PropertyKey, unknown>,
  expected: Record<PropertyKey, unknown>,
  msg?: string,
): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key];
    if (
      value !== null && typeof value === "object" && !Array.isArray(value) &&
      got !== null && typeof got === "object" && !Array.isArray(got)
    ) {
      assertObjectMatch(
        got as Record<PropertyKey, unknown>,
        value as Record<PropertyKey, unknown>,
        msg,
      );
    } else {
      assertEquals(got, value, msg ?? `key ${key}`);
    }
  }
}

/** Asserts that `actual` is an instance of `expectedType`. */
export function assertInstanceOf<T extends AnyConstructor>(
  actual: unknown,
  expectedType: T,
  msg = "",
): asserts actual is InstanceType<T> {
  if (!(actual instanceof expectedType)) {
    throw new AssertionError(msg || `Expected object to be an instance of "${expectedType.name}".`);
  }
}

/** Fails unconditionally. */
export function fail(msg?: string): never {
  throw new AssertionError(msg ? `Failed assertion: ${msg}` : "Failed assertion.");
}

function checkError(
  error: unknown,
  ErrorClass?: ErrorConstructor,
  msgIncludes?: string,
  msg?: string,
): void {
  if (ErrorClass && !(error instanceof (ErrorClass as unknown as AnyConstructor))) {
    throw new AssertionError(
      msg ??
        `Expected error to be instance of "${ErrorClass.name}", but was "${
          (error as Error)?.constructor?.name
        }".`,
    );
  }
  if (msgIncludes !== undefined && !String((error as Error)?.message).includes(msgIncludes)) {
    throw new AssertionError(
      msg ??
        `Expected error message to include "${msgIncludes}", but got "${
          (error as Error)?.message
        }".`,
    );
  }
}

/** Asserts that `fn` throws; returns what it threw. */
export function assertThrows(fn: () => unknown, msg?: string): unknown;
/** Asserts that `fn` throws an instance of `ErrorClass` whose message includes `msgIncludes`. */
export function assertThrows<E extends Error = Error>(
  fn: () => unknown,
  // deno-lint-ignore no-explicit-any
  ErrorClass: abstract new (...args: any[]) => E,
  msgIncludes?: string,
  msg?: string,
): E;
export function assertThrows(
  fn: () => unknown,
  errorClassOrMsg?: ErrorConstructor | string,
  msgIncludes?: string,
  msg?: string,
): unknown {
  const ErrorClass = typeof errorClassOrMsg === "function" ? errorClassOrMsg : undefined;
  const message = typeof errorClassOrMsg === "string" ? errorClassOrMsg : msg;
  try {
    fn();
  } catch (error) {
    checkError(error, ErrorClass, msgIncludes, message);
    return error;
  }
  throw new AssertionError(message ?? "Expected function to throw.");
}

/** Asserts that `fn` rejects; resolves to what it rejected with. */
export function assertRejects(fn: () => PromiseLike<unknown>, msg?: string): Promise<unknown>;
/** Asserts that `fn` rejects with an instance of `ErrorClass` whose message includes `msgIncludes`. */
export function assertRejects<E extends Error = Error>(
  fn: () => PromiseLike<unknown>,
  // deno-lint-ignore no-explicit-any
  ErrorClass: abstract new (...args: any[]) => E,
  msgIncludes?: string,
  msg?: string,
): Promise<E>;
export async function assertRejects(
  fn: () => PromiseLike<unknown>,
  errorClassOrMsg?: ErrorConstructor | string,
  msgIncludes?: string,
  msg?: string,
): Promise<unknown> {
  const ErrorClass = typeof errorClassOrMsg === "function" ? errorClassOrMsg : undefined;
  const message = typeof errorClassOrMsg === "string" ? errorClassOrMsg : msg;
  try {
    await fn();
  } catch (error) {
    checkError(error, ErrorClass, msgIncludes, message);
    return error;
  }
  throw new AssertionError(message ?? "Expected function to reject.");
}
