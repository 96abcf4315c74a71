import { assert, assertEquals, assertStrictEquals, assertThrows } from "@std/assert";
import {
  displayable,
  displayBundle,
  isDisplayable,
  JUPYTER_DISPLAY,
  mimeBundle,
  withDisplay,
} from "../../lib/display/bundle.ts";

// The symbol the Deno kernel reads: Deno manual, API `Deno.jupyter.$display`
// (`Symbol.for("Jupyter.display")`).
Deno.test("bundle: the display symbol is the kernel's global symbol", () => {
  assertStrictEquals(JUPYTER_DISPLAY, Symbol.for("Jupyter.display"));
});

Deno.test("bundle: mimeBundle keys by MIME type, richest first, absent parts left out", () => {
  const spec = { mark: "point" };
  const bundle = mimeBundle({
    text: "t",
    html: "<p>t</p>",
    svg: "<svg/>",
    vegaLite: spec,
    markdown: "*t*",
  });
  assertEquals(Object.keys(bundle), [
    "application/vnd.vegalite.v5+json",
    "image/svg+xml",
    "text/html",
    "text/markdown",
    "text/plain",
  ]);
  assertStrictEquals(bundle["application/vnd.vegalite.v5+json"], spec);
  assertEquals(mimeBundle({ text: "only" }), { "text/plain": "only" });
});

Deno.test("bundle: mimeBundle requires text", () => {
  assertThrows(() => mimeBundle({} as never), TypeError, "`parts.text`");
});

Deno.test("bundle: displayable keeps the value and answers the kernel synchronously", () => {
  const rows = [{ n: 14 }];
  const shown = displayable(rows, { text: "N = 14", html: "<b>14</b>" });
  assertStrictEquals(shown.value, rows);
  assertEquals(shown[JUPYTER_DISPLAY](), { "text/html": "<b>14</b>", "text/plain": "N = 14" });
  assertEquals(`${shown}`, "N = 14");
  assert(Object.isFrozen(shown));
});

Deno.test("bundle: withDisplay adds an invisible method that sees the object", async () => {
  const result = withDisplay({ x: 0, n: 13 }, (r) => ({ "text/plain": `${r.x}/${r.n}` }));
  assertEquals({ ...result }, { x: 0, n: 13 });
  assertEquals(JSON.stringify(result), '{"x":0,"n":13}');
  assertEquals(Object.keys({ ...result }), ["x", "n"]);
  assertEquals(await displayBundle(result), { "text/plain": "0/13" });
});

Deno.test("bundle: withDisplay accepts an async render (the kernel awaits it)", async () => {
  const result = withDisplay({ a: 1 }, (r) => Promise.resolve({ "text/plain": String(r.a) }));
  assertEquals(await displayBundle(result), { "text/plain": "1" });
});

Deno.test("bundle: withDisplay rejects bad targets and renders", () => {
  assertThrows(
    () => withDisplay(null as never, () => ({ "text/plain": "" })),
    TypeError,
    "`target`",
  );
  assertThrows(
    () => withDisplay(Object.freeze({ a: 1 }), () => ({ "text/plain": "" })),
    TypeError,
    "Object.freeze",
  );
  assertThrows(() => withDisplay({}, "html" as never), TypeError, "`render`");
});

Deno.test("bundle: isDisplayable and displayBundle check the protocol", async () => {
  assert(isDisplayable({ [JUPYTER_DISPLAY]: () => ({ "text/plain": "" }) }));
  assert(!isDisplayable(null));
  assert(!isDisplayable({ [JUPYTER_DISPLAY]: "not a function" }));
  let rejected = false;
  try {
    await displayBundle({ [JUPYTER_DISPLAY]: () => ({ "text/html": "<p/>" }) });
  } catch (error) {
    rejected = error instanceof TypeError && error.message.includes("`text/plain`");
  }
  assert(rejected, "a bundle without text/plain must be rejected");
});
