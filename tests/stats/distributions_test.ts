import { assertAlmostEquals, assertThrows } from "@std/assert";
import { betaQuantile, normalQuantile } from "../../lib/stats/distributions.ts";

Deno.test("normalQuantile(0.975) equals R's qnorm(0.975)", () => {
  // R 4.2: sprintf("%.16g", qnorm(0.975)) -> 1.959963984540054
  assertAlmostEquals(normalQuantile(0.975), 1.959963984540054, 1e-15);
});

Deno.test("betaQuantile(0.025, 1, 14) equals the closed form 1 - 0.975^(1/14)", () => {
  // Beta(1, b) quantile is 1 - (1 - p)^(1/b) (closed form).
  assertAlmostEquals(betaQuantile(0.025, 1, 14), 1 - Math.pow(0.975, 1 / 14), 1e-9);
});

Deno.test("normalQuantile rejects a probability outside [0, 1], naming `p`", () => {
  assertThrows(() => normalQuantile(1.5), RangeError, "`p`");
});
