/**
 * `deno task notebooks`: executes every notebook in `notebooks/` headlessly through Jupyter
 * (nbclient, the engine of `nbconvert --execute`) with the Deno kernel, writes the outputs back
 * into each `.ipynb`, and exports a self-contained HTML page per notebook into
 * `out/notebooks/` (`nbconvert --to html`), printing which notebook runs and how long it took.
 *
 * The same functions back `tests/notebooks_test.ts`, which executes the notebooks into a
 * temporary directory and compares their text outputs with the committed ones after masking
 * the volatile parts ({@linkcode VOLATILE_PATTERNS}, the one place that rule is written).
 *
 * Needs Jupyter's `nbconvert`, `kernelspec` and `nbclient` (Debian: `apt-get install
 * jupyter-nbconvert jupyter-client python3-nbclient`) and the Deno kernel (`deno jupyter
 * --install`).
 *
 * Usage: `deno task notebooks [--no-check] [name-filter…]`, e.g. `deno task notebooks 02` runs
 * only the notebooks whose file name contains "02". The notebooks' code is type-checked first
 * (the Deno kernel does not type-check); `--no-check` skips that.
 *
 * @module
 */

/** The kernel every notebook runs on (`deno jupyter --install` registers it). */
export const KERNEL_NAME = "deno";

/** What to install when Jupyter or the Deno kernel is missing. */
export const JUPYTER_INSTALL_HINT =
  "apt-get install -y jupyter-nbconvert jupyter-client python3-nbclient && " +
  "deno jupyter --install --force";

/** Per-cell execution limit, in seconds (a cell that hangs fails instead of blocking CI). */
export const CELL_TIMEOUT_SECONDS = 120;

const ROOT = new URL("../../", import.meta.url);

/** The notebooks folder of this repository. */
export const NOTEBOOKS_DIR: string = new URL("notebooks/", ROOT).pathname;

/** Where `deno task notebooks` writes the HTML exports (git-ignored). */
export const HTML_OUT_DIR: string = new URL("out/notebooks/", ROOT).pathname;

/**
 * Environment given to Jupyter and, through it, to the kernel: `NO_COLOR` so that the Deno
 * kernel's `text/plain` outputs carry no ANSI colour codes (they are committed and compared),
 * and `PYDEVD_DISABLE_FILE_VALIDATION` to silence a debugger warning Debian's Python prints on
 * every start.
 */
export const JUPYTER_ENV: Readonly<Record<string, string>> = {
  NO_COLOR: "1",
  PYDEVD_DISABLE_FILE_VALIDATION: "1",
};

/** Whether Jupyter can execute the notebooks here, and if not, why. */
export interface JupyterStatus {
  /** `true` when `jupyter nbconvert`, `nbclient` and the `deno` kernel are all present. */
  readonly ok: boolean;
  /** The nbconvert version, when found. */
  readonly nbconvert?: string;
  /** What is missing, when `ok` is false. */
  readonly problem?: string;
}

async function run(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command, ...rest] = args;
  if (command === undefined) throw new RangeError("`args` must not be empty");
  const output = await new Deno.Command(command, {
    args: rest,
    cwd: options.cwd,
    env: JUPYTER_ENV,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

/**
 * Checks that `jupyter nbconvert` runs, that `nbclient` imports, and that the `deno` kernel is
 * registered. Never throws for a missing piece: it is reported in `problem`.
 *
 * @example Say what is missing
 * ```ts ignore
 * import { JUPYTER_INSTALL_HINT, jupyterStatus } from "./notebooks.ts";
 * const status = await jupyterStatus();
 * if (!status.ok) console.error(`${status.problem}; install: ${JUPYTER_INSTALL_HINT}`);
 * ```
 */
export async function jupyterStatus(): Promise<JupyterStatus> {
  let nbconvert: string;
  try {
    const version = await run(["jupyter", "nbconvert", "--version"]);
    if (version.code !== 0) {
      return {
        ok: false,
        problem: `\`jupyter nbconvert\` is not installed (${lastLine(version.stderr)})`,
      };
    }
    nbconvert = version.stdout.trim();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      return { ok: false, problem: "`jupyter` is not on PATH" };
    }
    throw error;
  }
  if (await jupyterPython() === undefined) {
    return { ok: false, nbconvert, problem: "no Python with `nbclient` found (python3-nbclient)" };
  }
  // `jupyter kernelspec` comes from Debian's jupyter-client, which neither nbconvert nor
  // nbclient pulls in: check it on its own.
  const specs = await run(["jupyter", "kernelspec", "list", "--json"]);
  if (specs.code !== 0) {
    return {
      ok: false,
      nbconvert,
      problem: `\`jupyter kernelspec\` does not run (Debian package jupyter-client): ${
        lastLine(specs.stderr) || `exit ${specs.code}`
      }`,
    };
  }
  let kernels: Record<string, { spec?: { argv?: unknown[] } }> = {};
  try {
    kernels = (JSON.parse(specs.stdout) as { kernelspecs?: typeof kernels }).kernelspecs ?? {};
  } catch {
    return {
      ok: false,
      nbconvert,
      problem: `\`jupyter kernelspec list --json\` printed no JSON (${lastLine(specs.stderr)})`,
    };
  }
  if (!(KERNEL_NAME in kernels)) {
    return {
      ok: false,
      nbconvert,
      problem: "the Deno kernel is not registered (`deno jupyter --install`)",
    };
  }
  // A kernelspec left by another Deno installation points at a binary that may be gone.
  const binary = kernels[KERNEL_NAME]?.spec?.argv?.[0];
  if (typeof binary === "string" && binary.startsWith("/") && !(await exists(binary))) {
    return {
      ok: false,
      nbconvert,
      problem: `the Deno kernel points at ${binary}, which does not exist ` +
        "(`deno jupyter --install --force`)",
    };
  }
  return { ok: true, nbconvert };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}

/**
 * The `.ipynb` files of a folder (default: `notebooks/`), sorted by name, as absolute paths.
 *
 * @example The project's notebooks, in reading order
 * ```ts
 * import { listNotebooks } from "./notebooks.ts";
 * import { assert } from "@std/assert";
 * const paths = await listNotebooks();
 * assert(paths.every((p) => p.endsWith(".ipynb")));
 * assert(paths.every((p, i) => i === 0 || paths[i - 1]! < p));
 * ```
 */
export async function listNotebooks(dir: string = NOTEBOOKS_DIR): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort().map((name) => join(dir, name));
}

function join(dir: string, name: string): string {
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf("/")) || "/";
}

/** Where {@linkcode executeNotebook} writes the executed notebook. */
export interface ExecuteOptions {
  /** A folder to write the executed copy into; default: overwrite the notebook in place. */
  readonly outputDir?: string;
}

/** The outcome of executing one notebook. */
export interface ExecutionResult {
  /** The notebook executed. */
  readonly path: string;
  /** The executed notebook written by nbconvert. */
  readonly outputPath: string;
  /** Wall-clock seconds, kernel start-up included. */
  readonly seconds: number;
  /** Whether every cell ran without error. */
  readonly ok: boolean;
  /** For a failure: the cell error as nbconvert reported it (trimmed). */
  readonly error?: string;
}

/**
 * The executor, run by Jupyter's Python: nbclient (the engine of `jupyter nbconvert --execute`)
 * with one correction for the Deno kernel, which sometimes publishes a cell's `idle` status a
 * few milliseconds BEFORE the cell's output (measured here with Deno 2.9.6: 4 of 200 cells;
 * plain `nbconvert --execute` then silently drops that output, 12 of 150 cells in a stress
 * notebook). Outputs are therefore filed under the cell whose request they answer, whenever
 * they arrive, and a silent sentinel cell (`void 0`, removed afterwards) closes the notebook
 * and waits {@linkcode SETTLE_SECONDS} for stragglers of the last real cell.
 */
const EXECUTOR = `
import asyncio, queue, sys
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete

src, dst, timeout, cwd, kernel, settle = sys.argv[1:7]

class OrderTolerantClient(NotebookClient):
    def __init__(self, nb, **kw):
        super().__init__(nb, **kw)
        self.cells_by_request = {}

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        self.cells_by_request[parent_msg_id] = (cell, cell_index)
        settling = False
        while True:
            get = self.kc.iopub_channel.get_msg(timeout=None)
            try:
                msg = await (asyncio.wait_for(get, float(settle)) if settling else get)
            except (asyncio.TimeoutError, queue.Empty):
                return
            parent = msg["parent_header"].get("msg_id")
            if parent == parent_msg_id and not settling:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    if not cell.metadata.get("rederive_sentinel"):
                        return
                    settling = True
            elif parent in self.cells_by_request and msg["msg_type"] != "status":
                self.process_message(msg, *self.cells_by_request[parent])

nb = nbformat.read(src, as_version=4)
nb.cells.append(nbformat.v4.new_code_cell("void 0", metadata={"rederive_sentinel": True}))
client = OrderTolerantClient(nb, kernel_name=kernel, timeout=int(timeout), record_timing=False,
                             resources={"metadata": {"path": cwd}})
try:
    client.execute()
finally:
    if nb.cells and nb.cells[-1].metadata.get("rederive_sentinel"):
        nb.cells.pop()
nbformat.write(nb, dst)
`;

/** Seconds the executor waits after the last cell for outputs published after its `idle`. */
export const SETTLE_SECONDS = 0.3;

/**
 * Executes one notebook on the Deno kernel through Jupyter's nbclient (see `EXECUTOR` in this
 * file for why not plain `nbconvert --execute`). The kernel runs in the notebook's own folder,
 * so relative imports (`../lib/mod.ts`) and `deno.json` resolve the same wherever the executed
 * copy is written. Timing metadata is not recorded, so that a re-run changes the file only
 * where an output changed.
 *
 * @example Execute a notebook into a temporary folder
 * ```ts ignore
 * import { executeNotebook, listNotebooks } from "./notebooks.ts";
 * const [first] = await listNotebooks();
 * const result = await executeNotebook(first!, { outputDir: await Deno.makeTempDir() });
 * console.log(result.ok, result.seconds);
 * ```
 */
export async function executeNotebook(
  path: string,
  options: ExecuteOptions = {},
): Promise<ExecutionResult> {
  const python = await jupyterPython();
  if (python === undefined) {
    throw new Error(`no Python with nbclient found (install: ${JUPYTER_INSTALL_HINT})`);
  }
  const started = performance.now();
  const outputPath = options.outputDir === undefined
    ? path
    : join(options.outputDir, basename(path));
  const result = await run([
    python,
    "-c",
    EXECUTOR,
    path,
    outputPath,
    String(CELL_TIMEOUT_SECONDS),
    dirname(path),
    KERNEL_NAME,
    String(SETTLE_SECONDS),
  ], { cwd: dirname(path) });
  const seconds = (performance.now() - started) / 1000;
  if (result.code === 0) return { path, outputPath, seconds, ok: true };
  return { path, outputPath, seconds, ok: false, error: cellError(result.stderr) };
}

/**
 * The code of a notebook as one TypeScript module, for type checking: the code cells in order,
 * each headed by a comment naming its cell, with imports of `../lib/` made absolute (`libUrl`)
 * so the module type-checks from any folder. The Deno kernel itself does not type-check.
 *
 * @example Two cells
 * ```ts
 * import { notebookSource } from "./notebooks.ts";
 * import { assertEquals } from "@std/assert";
 * const nb = {
 *   cells: [
 *     { cell_type: "code", id: "a", source: ['import { table } from "../lib/display/mod.ts";'] },
 *     { cell_type: "markdown", source: "# prose" },
 *     { cell_type: "code", id: "b", source: "table([{ n: 14 }], [\"n\"])" },
 *   ],
 * };
 * assertEquals(
 *   notebookSource(nb, "file:///repo/lib/"),
 *   '// cell a\nimport { table } from "file:///repo/lib/display/mod.ts";\n\n' +
 *     '// cell b\ntable([{ n: 14 }], ["n"])\n',
 * );
 * ```
 */
export function notebookSource(notebook: unknown, libUrl: string): string {
  const cells = (notebook as NotebookJson).cells;
  if (!Array.isArray(cells)) {
    throw new TypeError("`notebook` must be parsed .ipynb JSON with `cells`");
  }
  return cells.flatMap((cell, index) =>
    cell.cell_type === "code"
      ? [
        `// cell ${cell.id ?? `#${index}`}\n` +
        joinText(cell.source ?? "").replace(/(["'])\.\.\/lib\//g, `$1${libUrl}`),
      ]
      : []
  ).join("\n\n") + "\n";
}

/** The outcome of {@linkcode typeCheckNotebooks}. */
export interface TypeCheckResult {
  readonly ok: boolean;
  readonly seconds: number;
  /** `deno check`'s diagnostics, with the temporary paths replaced by the notebooks' names. */
  readonly output: string;
}

/**
 * Type-checks the code of each notebook (see {@linkcode notebookSource}) with `deno check`
 * and the repository's `deno.json` (no lock file is written). Needs no Jupyter.
 *
 * @example
 * ```ts ignore
 * import { listNotebooks, typeCheckNotebooks } from "./notebooks.ts";
 * const result = await typeCheckNotebooks(await listNotebooks());
 * if (!result.ok) console.error(result.output);
 * ```
 */
export async function typeCheckNotebooks(paths: readonly string[]): Promise<TypeCheckResult> {
  const started = performance.now();
  if (paths.length === 0) return { ok: true, seconds: 0, output: "" };
  const dir = await Deno.makeTempDir({ prefix: "rederive-notebook-check-" });
  try {
    const files: string[] = [];
    for (const path of paths) {
      const notebook = JSON.parse(await Deno.readTextFile(path));
      const file = join(dir, basename(path).replace(/\.ipynb$/, ".ts"));
      await Deno.writeTextFile(file, notebookSource(notebook, new URL("lib/", ROOT).href));
      files.push(file);
    }
    const result = await run([
      Deno.execPath(),
      "check",
      "--config",
      new URL("deno.json", ROOT).pathname,
      "--no-lock",
      ...files,
    ]);
    // deno prints the temporary files as URLs or as paths relative to the working directory.
    const temporary = new RegExp(`\\S*${escapeRegExp(basename(dir))}/`, "g");
    const output = (result.stdout + result.stderr).replace(ANSI, "").replace(
      temporary,
      "notebooks/",
    );
    return { ok: result.code === 0, seconds: (performance.now() - started) / 1000, output };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Interpreters tried, in order, for Jupyter's Python (Debian's first: `python3` on PATH may be another one). */
const PYTHON_CANDIDATES = ["/usr/bin/python3", "python3"] as const;

let pythonFound: Promise<string | undefined> | undefined;

/**
 * The first Python that imports nbclient and nbformat, or `undefined` (the result is cached).
 *
 * @example
 * ```ts ignore
 * import { jupyterPython } from "./notebooks.ts";
 * console.log(await jupyterPython()); // "/usr/bin/python3" on Debian
 * ```
 */
export function jupyterPython(): Promise<string | undefined> {
  return pythonFound ??= (async () => {
    for (const python of PYTHON_CANDIDATES) {
      try {
        const { code } = await run([python, "-c", "import nbclient, nbformat"]);
        if (code === 0) return python;
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
    }
    return undefined;
  })();
}

/** The useful part of nbconvert's stderr on failure: from the cell error on, ANSI removed. */
function cellError(stderr: string): string {
  const text = stderr.replace(ANSI, "");
  const at = text.search(/(CellExecutionError|CellTimeoutError|DeadKernelError|NoSuchKernel)/);
  const relevant = at >= 0 ? text.slice(at) : text;
  return relevant.trim().split("\n").slice(0, 60).join("\n");
}

/**
 * Exports executed notebooks to HTML pages in `outDir`, two per notebook: the full page
 * (`01_….html`, code and outputs) and a page without code cells for readers who want the
 * argument and the numbers only — a journal club, a paper's supplement
 * (`01_….no-code.html`, nbconvert's `--no-input`). The pages are self-contained: outputs are
 * inline (HTML tables, SVG charts), the CSS is inlined by nbconvert, and the
 * `<script src="file://…">` tags that Debian's templates point at local require.js/MathJax
 * copies are removed (no output here needs them). Returns the pages written, full pages first.
 *
 * @example Export the executed notebooks
 * ```ts ignore
 * import { exportHtml, listNotebooks } from "./notebooks.ts";
 * console.log(await exportHtml(await listNotebooks())); // [".../out/notebooks/01_….html", …]
 * ```
 */
export async function exportHtml(
  paths: readonly string[],
  outDir: string = HTML_OUT_DIR,
): Promise<string[]> {
  if (paths.length === 0) return [];
  await Deno.mkdir(outDir, { recursive: true });
  const staging = await Deno.makeTempDir({ prefix: "rederive-html-" });
  // nbconvert names each page after its notebook, so the page without code is converted from
  // a staged copy named `….no-code.ipynb`.
  const variants = [
    { suffix: "", flags: [] as string[] },
    { suffix: ".no-code", flags: ["--no-input"] },
  ];
  try {
    for (const { suffix, flags } of variants) {
      const staged: string[] = [];
      for (const path of paths) {
        const target = join(staging, basename(path).replace(/\.ipynb$/, `${suffix}.ipynb`));
        const notebook = JSON.parse(await Deno.readTextFile(path)) as NotebookJson;
        await Deno.writeTextFile(target, JSON.stringify(chartsAsImages(notebook)));
        staged.push(target);
      }
      const result = await run([
        "jupyter",
        "nbconvert",
        "--to",
        "html",
        ...flags,
        "--output-dir",
        outDir,
        ...staged,
      ]);
      if (result.code !== 0) {
        throw new Error(`HTML export failed:\n${result.stderr.replace(ANSI, "").trim()}`);
      }
    }
  } finally {
    await Deno.remove(staging, { recursive: true });
  }
  const pages = variants.flatMap(({ suffix }) =>
    paths.map((p) => join(outDir, basename(p).replace(/\.ipynb$/, `${suffix}.html`)))
  );
  for (const page of pages) {
    const html = await Deno.readTextFile(page);
    await Deno.writeTextFile(
      page,
      html.replace(/<script[^>]*\ssrc="file:\/\/[^"]*"[^>]*>\s*<\/script>\s*/g, ""),
    );
  }
  return pages;
}

/**
 * The notebook as the HTML export should see it: every chart output (vega-lite + SVG) becomes
 * an `<img>` of its SVG as a data URI. nbconvert 6.5 sanitises inline `image/svg+xml` outputs
 * (it strips every SVG element, leaving only the text), and an `<img>` keeps the page
 * self-contained without that. The committed notebooks keep both MIME types.
 *
 * @example
 * ```ts
 * import { chartsAsImages } from "./notebooks.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const nb = { cells: [{ outputs: [{ data: { "image/svg+xml": "<svg/>", "text/plain": "x" } }] }] };
 * const data = chartsAsImages(nb).cells![0]!.outputs![0]!.data as Record<string, string>;
 * const html = data["text/html"]!;
 * assertStringIncludes(html, 'src="data:image/svg+xml;charset=utf-8,');
 * ```
 */
export function chartsAsImages(notebook: NotebookJson): NotebookJson {
  const cells = notebook.cells?.map((cell) => ({
    ...cell,
    outputs: cell.outputs?.map((output) => {
      const data = output.data as Record<string, unknown> | undefined;
      const svg = data?.["image/svg+xml"];
      if (data === undefined || svg === undefined) return output;
      const {
        "image/svg+xml": _svg,
        "application/vnd.vegalite.v5+json": _spec,
        ...rest
      } = data;
      const uri = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(joinText(svg))}`;
      return { ...output, data: { ...rest, "text/html": `<img alt="chart" src="${uri}">` } };
    }),
  }));
  return { ...notebook, cells };
}

// deno-lint-ignore no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** One masking rule: what it hides, the pattern, and the placeholder put in its place. */
export interface VolatilePattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly replacement: string;
}

/**
 * THE rule for comparing notebook outputs (committed versus fresh): these parts of a text
 * output may differ between two correct runs and are replaced by a placeholder on both sides
 * before comparing. Everything else must match exactly.
 *
 * - ANSI colour codes (a kernel started without `NO_COLOR`);
 * - durations printed by timers (`12.3 ms`, `1.2 s`, `850 µs`);
 * - ISO-8601 timestamps;
 * - temporary paths (`/tmp/…`, `/var/folders/…`) and this checkout's absolute path;
 * - UUIDs (random ids).
 */
export const VOLATILE_PATTERNS: readonly VolatilePattern[] = [
  { name: "ANSI colour codes", pattern: ANSI, replacement: "" },
  {
    name: "ISO-8601 timestamps",
    pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?/g,
    replacement: "<timestamp>",
  },
  { name: "durations", pattern: /\b\d+(\.\d+)?\s?(ns|µs|us|ms|s)\b/g, replacement: "<duration>" },
  {
    name: "checkout path",
    pattern: new RegExp(escapeRegExp(ROOT.pathname), "g"),
    replacement: "<root>/",
  },
  {
    name: "temporary paths",
    pattern: /(\/tmp|\/var\/folders)\/[^\s"'<>)]*/g,
    replacement: "<tmp>",
  },
  {
    name: "UUIDs",
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
    replacement: "<uuid>",
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Applies {@linkcode VOLATILE_PATTERNS} to a text, in order.
 *
 * @example A timer line and a printed interval
 * ```ts
 * import { maskVolatile } from "./notebooks.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(maskVolatile("took 12.3 ms"), "took <duration>");
 * assertEquals(maskVolatile("0 (0.0%–23.2%)"), "0 (0.0%–23.2%)");
 * ```
 */
export function maskVolatile(text: string): string {
  return VOLATILE_PATTERNS.reduce(
    (t, { pattern, replacement }) => t.replace(pattern, replacement),
    text,
  );
}

/** The MIME types compared between committed and fresh outputs (SVG and specs are not text). */
export const COMPARED_MIME_TYPES = ["text/plain", "text/html", "text/markdown"] as const;

/** The masked text outputs of one code cell. */
export interface CellOutputs {
  /** 0-based index among all cells. */
  readonly cell: number;
  /** The cell's id (nbformat ≥ 4.5), or `#index`. */
  readonly id: string;
  /** Its first source line, to say which cell in messages. */
  readonly firstLine: string;
  /** One entry per output: streams, compared MIME types of results and displays, errors. */
  readonly texts: readonly string[];
}

interface NotebookJson {
  readonly cells?: readonly {
    readonly cell_type?: string;
    readonly id?: string;
    readonly source?: string | readonly string[];
    readonly outputs?: readonly Record<string, unknown>[];
  }[];
}

function joinText(value: unknown): string {
  return Array.isArray(value)
    ? value.join("")
    : typeof value === "string"
    ? value
    : JSON.stringify(value);
}

/**
 * Extracts the text outputs of every code cell of a notebook (parsed `.ipynb` JSON), masked by
 * {@linkcode maskVolatile}.
 *
 * @example One cell with a stream and a result
 * ```ts
 * import { textOutputs } from "./notebooks.ts";
 * import { assertEquals } from "@std/assert";
 * const nb = {
 *   cells: [{
 *     cell_type: "code",
 *     id: "a1",
 *     source: "n",
 *     outputs: [
 *       { output_type: "stream", name: "stdout", text: "took 3 ms\n" },
 *       { output_type: "execute_result", data: { "text/plain": ["14"] } },
 *     ],
 *   }],
 * };
 * assertEquals(textOutputs(nb)[0]?.texts, ["stdout: took <duration>\n", "text/plain: 14"]);
 * ```
 */
export function textOutputs(notebook: unknown): CellOutputs[] {
  const cells = (notebook as NotebookJson).cells;
  if (!Array.isArray(cells)) {
    throw new TypeError("`notebook` must be parsed .ipynb JSON with `cells`");
  }
  const out: CellOutputs[] = [];
  cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const texts: string[] = [];
    for (const output of cell.outputs ?? []) {
      const type = output.output_type;
      if (type === "stream") {
        texts.push(`${String(output.name)}: ${joinText(output.text)}`);
      } else if (type === "execute_result" || type === "display_data") {
        const data = (output.data ?? {}) as Record<string, unknown>;
        for (const mime of COMPARED_MIME_TYPES) {
          if (mime in data) texts.push(`${mime}: ${joinText(data[mime])}`);
        }
      } else if (type === "error") {
        texts.push(`error: ${String(output.ename)}: ${String(output.evalue)}`);
      }
    }
    out.push({
      cell: index,
      id: cell.id ?? `#${index}`,
      firstLine: joinText(cell.source ?? "").split("\n")[0] ?? "",
      texts: texts.map(maskVolatile),
    });
  });
  return out;
}

/** A code cell whose committed text outputs differ from a fresh run. */
export interface OutputDifference {
  readonly cell: number;
  readonly id: string;
  readonly firstLine: string;
  /** What differs, in one short paragraph (first differing line of each side). */
  readonly detail: string;
}

/**
 * Compares the masked text outputs of a committed notebook with a freshly executed one, cell by
 * cell (matched by position; the sources are the same file).
 *
 * @example A re-derived value that changed
 * ```ts
 * import { diffOutputs } from "./notebooks.ts";
 * import { assertEquals } from "@std/assert";
 * const nb = (text: string) => ({
 *   cells: [{ cell_type: "code", source: "pd", outputs: [{ output_type: "stream", name: "stdout", text }] }],
 * });
 * assertEquals(diffOutputs(nb("87.5%"), nb("87.5%")), []);
 * assertEquals(diffOutputs(nb("87.5%"), nb("85.7%")).length, 1);
 * ```
 */
export function diffOutputs(committed: unknown, fresh: unknown): OutputDifference[] {
  const before = textOutputs(committed);
  const after = textOutputs(fresh);
  const differences: OutputDifference[] = [];
  if (before.length !== after.length) {
    return [{
      cell: -1,
      id: "",
      firstLine: "",
      detail:
        `the committed notebook has ${before.length} code cells, the fresh one ${after.length}`,
    }];
  }
  before.forEach((old, i) => {
    const now = after[i];
    if (now === undefined) return;
    const a = old.texts.join("\n");
    const b = now.texts.join("\n");
    if (a === b) return;
    differences.push({
      cell: old.cell,
      id: old.id,
      firstLine: old.firstLine,
      detail: firstDifference(a, b),
    });
  });
  return differences;
}

function firstDifference(committed: string, fresh: string): string {
  if (committed === "") return "no committed output (run `deno task notebooks`)";
  const a = committed.split("\n");
  const b = fresh.split("\n");
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y) {
      // Show both lines from a little before their first differing character.
      let at = 0;
      while (x !== undefined && y !== undefined && at < x.length && x[at] === y[at]) at++;
      const from = Math.max(0, at - 40);
      const show = (line: string | undefined) =>
        line === undefined
          ? "(nothing)"
          : JSON.stringify((from > 0 ? "…" : "") + line.slice(from, from + 160));
      return `output line ${i + 1}, column ${at + 1}: committed ${show(x)}, fresh ${show(y)}`;
    }
  }
  return "outputs differ";
}

function format(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

async function main(argv: readonly string[]): Promise<number> {
  const check = !argv.includes("--no-check");
  const args = argv.filter((a) => a !== "--no-check");
  const unknown = args.find((a) => a.startsWith("-"));
  if (unknown !== undefined) {
    console.error(
      `!! unknown option ${unknown}\n   usage: deno task notebooks [--no-check] [filter…]`,
    );
    return 2;
  }
  const status = await jupyterStatus();
  if (!status.ok) {
    console.error(
      `!! cannot execute the notebooks: ${status.problem}\n   install: ${JUPYTER_INSTALL_HINT}`,
    );
    return 1;
  }
  const all = await listNotebooks();
  const selected = args.length === 0
    ? all
    : all.filter((p) => args.some((a) => basename(p).includes(a)));
  if (selected.length === 0) {
    console.error(`!! no notebook in ${NOTEBOOKS_DIR} matches ${args.join(" ")}`);
    return 1;
  }
  console.log(
    `notebooks: ${selected.length} in notebooks/, kernel "${KERNEL_NAME}", nbconvert ${status.nbconvert}`,
  );
  const started = performance.now();
  if (check) {
    const typed = await typeCheckNotebooks(selected);
    console.log(`type check: ${typed.ok ? "ok" : "FAILED"} (${format(typed.seconds)})`);
    if (!typed.ok) {
      console.error(typed.output.trim().replace(/^/gm, "    "));
      console.error("!! fix the notebooks' code, or run with --no-check to execute anyway");
      return 1;
    }
  }
  const failed: ExecutionResult[] = [];
  for (const [i, path] of selected.entries()) {
    const label = `[${i + 1}/${selected.length}] ${basename(path)}`;
    const encoder = new TextEncoder();
    await Deno.stdout.write(encoder.encode(`${label} … `));
    const result = await executeNotebook(path);
    console.log(`${result.ok ? "ok" : "FAILED"} (${format(result.seconds)})`);
    if (!result.ok) {
      failed.push(result);
      console.error(result.error?.replace(/^/gm, "    "));
    }
  }
  const htmlStarted = performance.now();
  const pages = await exportHtml(selected.filter((p) => !failed.some((f) => f.path === p)));
  console.log(
    `html: ${pages.length} page(s) in out/notebooks/ (${
      format((performance.now() - htmlStarted) / 1000)
    })`,
  );
  console.log(
    `total ${format((performance.now() - started) / 1000)}; ${
      selected.length - failed.length
    } ok, ${failed.length} failed`,
  );
  return failed.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
