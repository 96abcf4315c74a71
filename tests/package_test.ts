/**
 * The package as another project uses it, exactly as README documents: a folder outside the
 * checkout with a `deno.json` that links the checkout (`"links"`) and maps
 * `@rederive/trials` to it, a script that imports from `@rederive/trials`, computes an interval
 * and a pooled estimate and renders a forest plot to SVG. And `deno publish --dry-run` passes,
 * so the package is ready for JSR.
 *
 * Expected values: Boissel 2022, Table 2, "0 (0.0%–23.2%)" — the Clopper–Pearson upper limit of
 * 0/14 is 1 − 0.025^(1/14) = 0.2316.
 *
 * @module
 */

import { assert, assertEquals, assertStringIncludes } from "@std/assert";

const root = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

async function deno(args: string[], cwd: string) {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code, out: decode(stdout), err: decode(stderr) };
}

Deno.test({
  name: "from another folder: a linked checkout imported as @rederive/trials",
  // A subprocess may keep npm's cache files open briefly after it exits.
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "rederive-user-" });
    try {
      await Deno.writeTextFile(
        `${dir}/deno.json`,
        JSON.stringify({
          links: [root],
          imports: { "@rederive/trials": "jsr:@rederive/trials@*" },
        }),
      );
      await Deno.writeTextFile(
        `${dir}/main.ts`,
        [
          'import { binomialCI, forestSvg, metaProportions } from "@rederive/trials";',
          'const ci = binomialCI(0, 14, { method: "clopper-pearson" });',
          "console.log(ci.upper.toFixed(4));",
          "const fit = metaProportions([",
          '  { label: "Topp 2015", x: 81, n: 189 },',
          '  { label: "ALCANTARA", x: 16, n: 45 },',
          '], { transform: "logit", tau2: "REML" });',
          'console.log((await forestSvg(fit, { title: "CR/CRh" })).startsWith("<svg"));',
        ].join("\n"),
      );
      const run = await deno(["run", "--allow-read", "--allow-env", "main.ts"], dir);
      assertEquals(run.code, 0, run.err);
      assertEquals(run.out, "0.2316\ntrue\n");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("deno publish --dry-run passes (the package is ready for JSR)", async () => {
  const publish = await deno(["publish", "--dry-run", "--allow-dirty"], root);
  assertEquals(publish.code, 0, publish.err.split("\n").slice(-30).join("\n"));
  assertStringIncludes(publish.err + publish.out, "Success Dry run complete");
  assert(!/warning\[/.test(publish.err), publish.err);
});
