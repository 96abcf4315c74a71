/**
 * The notebooks are part of the test suite: every notebook in `notebooks/` is executed on the
 * Deno kernel (into a temporary folder, the committed files untouched) and must run without an
 * error, and each code cell's text outputs must equal the committed ones after the volatile
 * parts are masked by the one documented rule, `VOLATILE_PATTERNS` in `lib/cli/notebooks.ts`.
 * A difference means a notebook was edited, or `lib/` changed a result, without re-running
 * `deno task notebooks`.
 *
 * Jupyter is an external dependency: with `CI=true` a missing Jupyter or kernel is a failure;
 * elsewhere the execution test is ignored, with a loud message saying what to install.
 *
 * @module
 */

import { assert, assertEquals, assertThrows, fail } from "@std/assert";
import {
  diffOutputs,
  executeNotebook,
  exportHtml,
  JUPYTER_INSTALL_HINT,
  type JupyterStatus,
  jupyterStatus,
  listNotebooks,
  maskVolatile,
  notebookSource,
  textOutputs,
  typeCheckNotebooks,
} from "../lib/cli/notebooks.ts";
import { noteSkip } from "./support/skips.ts";

const CI = Deno.env.get("CI") === "true";

async function status(): Promise<JupyterStatus> {
  const run = await Deno.permissions.query({ name: "run" });
  if (run.state !== "granted") return { ok: false, problem: "no --allow-run permission" };
  return await jupyterStatus();
}

const jupyter = await status();
if (!jupyter.ok && !CI) {
  noteSkip(
    "Notebook execution (every notebook run on the Deno kernel)",
    jupyter.problem ?? "Jupyter is missing",
    `Install Jupyter and register the kernel: ${JUPYTER_INSTALL_HINT} (with CI=true this fails)`,
  );
}

Deno.test({
  name: "notebooks: every notebook executes without error and matches its committed outputs",
  ignore: !jupyter.ok && !CI,
  async fn(t) {
    if (!jupyter.ok) {
      fail(
        `CI=true but the notebooks cannot run: ${jupyter.problem}. Install: ${JUPYTER_INSTALL_HINT}`,
      );
    }
    const notebooks = await listNotebooks();
    assert(notebooks.length > 0, "notebooks/ holds no .ipynb");
    const outputDir = await Deno.makeTempDir({ prefix: "rederive-notebooks-" });
    let total = 0;
    try {
      for (const path of notebooks) {
        const name = path.slice(path.lastIndexOf("/") + 1);
        await t.step(name, async () => {
          const result = await executeNotebook(path, { outputDir });
          total += result.seconds;
          console.log(`   ${name}: ${result.seconds.toFixed(1)} s`);
          if (!result.ok) fail(`${name} failed to execute:\n${result.error}`);
          const committed = JSON.parse(await Deno.readTextFile(path));
          const fresh = JSON.parse(await Deno.readTextFile(result.outputPath));
          const differences = diffOutputs(committed, fresh);
          if (differences.length > 0) {
            fail(
              `${name}: ${differences.length} cell(s) differ from the committed outputs ` +
                "(re-run `deno task notebooks` and commit the notebook):\n" +
                differences.map((d) => `  cell ${d.cell} (${d.id}) \`${d.firstLine}\`: ${d.detail}`)
                  .join("\n"),
            );
          }
        });
      }
      console.log(`   all notebooks: ${total.toFixed(1)} s`);
    } finally {
      await Deno.remove(outputDir, { recursive: true });
    }
  },
});

Deno.test({
  name: "notebooks: the HTML export gives a full page and one without code cells",
  ignore: !jupyter.ok && !CI,
  async fn() {
    if (!jupyter.ok) fail(`CI=true but Jupyter is missing: ${jupyter.problem}`);
    const [first] = await listNotebooks();
    assert(first !== undefined, "notebooks/ holds no .ipynb");
    const outDir = await Deno.makeTempDir({ prefix: "rederive-html-" });
    try {
      const pages = await exportHtml([first], outDir);
      assertEquals(pages.map((p) => p.slice(p.lastIndexOf("/") + 1).replace(/^\d+_[^.]+/, "NB")), [
        "NB.html",
        "NB.no-code.html",
      ]);
      const [full, noCode] = await Promise.all(pages.map((p) => Deno.readTextFile(p)));
      // nbconvert highlights code input as `highlight hl-typescript` (JupyterLab template): the
      // full page shows the code, the page for readers none, and both keep the outputs.
      assert(full!.includes("highlight hl-typescript"), "the full page shows the code");
      assert(!noCode!.includes("highlight hl-typescript"), "the page without code shows none");
      assert(noCode!.includes("jp-OutputArea"), "the page without code keeps the outputs");
      assert(!/<script[^>]*src="file:/.test(noCode!), "self-contained");
    } finally {
      await Deno.remove(outDir, { recursive: true });
    }
  },
});

Deno.test({
  name: "notebooks: the code of every notebook type-checks (the kernel does not check it)",
  // Needs only deno itself, not Jupyter.
  ignore: (await Deno.permissions.query({ name: "run" })).state !== "granted",
  async fn() {
    const result = await typeCheckNotebooks(await listNotebooks());
    if (!result.ok) fail(`the notebooks do not type-check:\n${result.output}`);
  },
});

Deno.test("notebooks: notebookSource joins code cells and makes ../lib/ imports absolute", () => {
  const nb = notebook([[], []]);
  assertEquals(
    notebookSource(nb, "file:///x/lib/"),
    "// cell c0\ncell 0\nmore\n\n// cell c1\ncell 1\nmore\n",
  );
  const imports = {
    cells: [{
      cell_type: "code",
      source: `import { a } from "../lib/a.ts";\nimport { b } from '../lib/b.ts';`,
    }],
  };
  assertEquals(
    notebookSource(imports, "file:///x/lib/"),
    `// cell #0\nimport { a } from "file:///x/lib/a.ts";\nimport { b } from 'file:///x/lib/b.ts';\n`,
  );
  assertThrows(() => notebookSource({}, "file:///x/lib/"), TypeError, "`notebook`");
});

// The masking rule itself: each volatile kind is hidden, and nothing else is.

Deno.test("notebooks: the masking rule hides timings, timestamps, temporary paths, ids and colours", () => {
  // Each input is the kind of text a kernel prints; the placeholders are VOLATILE_PATTERNS'.
  assertEquals(
    maskVolatile("took 12.3 ms, then 1.2 s and 850 µs"),
    "took <duration>, then <duration> and <duration>",
  );
  assertEquals(maskVolatile("at 2026-11-21T05:36:52.228000Z"), "at <timestamp>");
  assertEquals(maskVolatile("wrote /tmp/rederive-notebooks-a1b2/01.ipynb"), "wrote <tmp>");
  assertEquals(maskVolatile("id 123e4567-e89b-12d3-a456-426614174000"), "id <uuid>");
  assertEquals(maskVolatile("\u001b[33m42\u001b[39m"), "42");
});

Deno.test("notebooks: the masking rule leaves results alone", () => {
  // Printed values of Boissel 2022 (Table 2, Table 3) and a sample size must survive unmasked.
  for (
    const text of ["0 (0.0%–23.2%)", "68,17.50", "n = 14 (3 stages)", "12 (87.5%)", "p = 0.05"]
  ) {
    assertEquals(maskVolatile(text), text);
  }
});

function notebook(outputs: readonly Record<string, unknown>[][]): unknown {
  return {
    cells: [
      { cell_type: "markdown", source: "# title" },
      ...outputs.map((o, i) => ({
        cell_type: "code",
        id: `c${i}`,
        source: [`cell ${i}\n`, "more"],
        outputs: o,
      })),
    ],
  };
}

const result = (text: string, html?: string) => ({
  output_type: "execute_result",
  data: {
    "text/plain": [text],
    ...(html === undefined ? {} : { "text/html": html }),
    "image/svg+xml": "<svg/>",
  },
});

Deno.test("notebooks: textOutputs keeps streams, text MIME types and errors, and masks them", () => {
  const nb = notebook([[
    { output_type: "stream", name: "stdout", text: ["took 3 ms\n"] },
    result("x", "<b>x</b>"),
    { output_type: "error", ename: "TypeError", evalue: "bad", traceback: [] },
  ]]);
  assertEquals(textOutputs(nb), [{
    cell: 1,
    id: "c0",
    firstLine: "cell 0",
    texts: [
      "stdout: took <duration>\n",
      "text/plain: x",
      "text/html: <b>x</b>",
      "error: TypeError: bad",
    ],
  }]);
});

Deno.test("notebooks: diffOutputs reports changed, missing and extra outputs, not masked ones", () => {
  assertEquals(diffOutputs(notebook([[result("a")]]), notebook([[result("a")]])), []);
  assertEquals(
    diffOutputs(
      notebook([[{ output_type: "stream", name: "stdout", text: "1.0 s" }]]),
      notebook([[{ output_type: "stream", name: "stdout", text: "2.5 s" }]]),
    ),
    [],
  );
  const changed = diffOutputs(
    notebook([[result("12 (87.5%)")]]),
    notebook([[result("12 (85.7%)")]]),
  );
  assertEquals(changed.length, 1);
  assertEquals(
    changed[0]?.detail,
    'output line 1, column 18: committed "text/plain: 12 (87.5%)", fresh "text/plain: 12 (85.7%)"',
  );
  assertEquals(
    diffOutputs(notebook([[]]), notebook([[result("a")]]))[0]?.detail,
    "no committed output (run `deno task notebooks`)",
  );
  assertEquals(diffOutputs(notebook([[], []]), notebook([[]]))[0]?.cell, -1);
});

Deno.test("notebooks: textOutputs rejects what is not a notebook", () => {
  assertThrows(() => textOutputs({ worksheets: [] }), TypeError, "`notebook`");
});

Deno.test("notebooks: a difference far into a long line is shown where it starts", () => {
  const line = (end: string) => `${"x".repeat(300)}${end}`;
  const detail = diffOutputs(
    notebook([[result(line("73.5%"))]]),
    notebook([[result(line("73.9%"))]]),
  )[0]?.detail;
  assertEquals(
    detail,
    `output line 1, column 316: committed "…${"x".repeat(37)}73.5%", fresh "…${
      "x".repeat(37)
    }73.9%"`,
  );
});
