/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven by puppeteer-core.
 * The report of the repository's worked examples (`deno task reproduce --html`) is opened at a
 * desktop width (1280 px) and a phone width (390 px), and must: not overflow horizontally; show
 * every chart with a non-zero size; print no chart text below 11 px; keep every column header
 * word whole; give the "where and quote" column room beside long printed values; and show no
 * LaTeX left by the PDF conversion. A screenshot of the top of the page (summary, findings, the
 * first charts) at each width is saved under `out/` for review.
 *
 * Chromium is an external dependency: under `CI=true` (where `.ci/run` installs it) a missing
 * browser fails; elsewhere these tests are skipped, and the end of `deno task test` says what to
 * install.
 *
 * @module
 */

import { assert, assertEquals } from "@std/assert";
import puppeteer, { type Browser } from "puppeteer-core";
import { reproduce } from "../../lib/cli/reproduce.ts";
import { noteSkip } from "../support/skips.ts";

const CI = Deno.env.get("CI") === "true";
const OUT = new URL("../../out/", import.meta.url);

function findChromium(): string | undefined {
  const override = Deno.env.get("CHROMIUM");
  for (const candidate of [override, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate === undefined || candidate === "") continue;
    try {
      if (Deno.statSync(candidate).isFile) return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

const chromium = findChromium();
if (chromium === undefined && !CI) {
  noteSkip(
    "Browser checks of the HTML report (layout at 1280 px and 390 px, charts, screenshots)",
    "Chromium is not installed",
    "Install it with: apt-get install -y chromium (or set CHROMIUM to its path)",
  );
}

/** What the page says about itself at one width. */
interface PageFacts {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly charts: { width: number; height: number; visible: boolean }[];
  readonly smallestChartFont: number;
  readonly brokenHeaders: string[];
  readonly narrowQuoteColumns: number;
  readonly latex: string[];
}

// Runs in the page (no closures over test variables).
function inspect(): PageFacts {
  const charts = [...document.querySelectorAll("figure svg")].map((svg) => {
    const box = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    return {
      width: box.width,
      height: box.height,
      visible: style.display !== "none" && style.visibility !== "hidden",
    };
  });
  const fonts = [...document.querySelectorAll("figure svg text")]
    .filter((t) => (t.textContent ?? "").trim() !== "")
    .map((t) => parseFloat(getComputedStyle(t).fontSize));
  // A header word is broken when its characters lie on more than one line.
  const brokenHeaders: string[] = [];
  for (const th of document.querySelectorAll("th")) {
    const node = th.firstChild;
    if (node === null || node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent ?? "";
    for (const m of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) brokenHeaders.push(m[0]);
    }
  }
  // The quote column keeps at least a fifth of its table at desktop width.
  const narrowQuoteColumns = [...document.querySelectorAll("table.ledger")].filter((table) => {
    const header = table.querySelector("thead th:nth-child(2)");
    if (header === null || getComputedStyle(header).display === "none") return false;
    return header.getBoundingClientRect().width < table.getBoundingClientRect().width / 5;
  }).length;
  const latex = [...document.body.innerText.matchAll(/\$[^$\n]{1,40}\$|\\(?:text|mu|geq)\b/g)]
    .map((m) => m[0]);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    charts,
    smallestChartFont: fonts.length === 0 ? Infinity : Math.min(...fonts),
    brokenHeaders,
    narrowQuoteColumns,
    latex,
  };
}

async function withBrowser(fn: (browser: Browser) => Promise<void>): Promise<void> {
  if (chromium === undefined) {
    throw new Error(
      "Chromium not found under CI=true: .ci/run must install it (apt-get install chromium)",
    );
  }
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // As root in a container, and with the network closed: no sandbox, no background calls.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    await fn(browser);
  } finally {
    await browser.close();
  }
}

Deno.test({
  name: "HTML report in Chromium: no overflow at 1280 and 390 px, charts visible, text legible",
  ignore: chromium === undefined && !CI,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "rederive-browser-" });
    try {
      const file = `${dir}/report.html`;
      const quiet = { out: () => {}, err: (t: string) => console.error(t) };
      assertEquals(await reproduce(["--html", file], quiet), 0);
      await Deno.mkdir(OUT, { recursive: true });
      await withBrowser(async (browser) => {
        const page = await browser.newPage();
        for (const width of [1280, 390]) {
          await page.setViewport({ width, height: 900 });
          await page.goto(`file://${file}`, { waitUntil: "load" });
          const facts = await page.evaluate(inspect);
          assert(
            facts.scrollWidth <= facts.clientWidth,
            `${width} px: the page is ${facts.scrollWidth} px wide, wider than ${facts.clientWidth}`,
          );
          assert(facts.charts.length >= 4, `${width} px: ${facts.charts.length} charts`);
          for (const [i, chart] of facts.charts.entries()) {
            assert(
              chart.visible && chart.width > 0 && chart.height > 0,
              `chart ${i}: ${JSON.stringify(chart)}`,
            );
          }
          assert(facts.smallestChartFont >= 11, `chart text of ${facts.smallestChartFont} px`);
          assertEquals(facts.brokenHeaders, [], `${width} px: headers broken inside a word`);
          if (width === 1280) assertEquals(facts.narrowQuoteColumns, 0, "squeezed quote columns");
          assertEquals(facts.latex, [], "LaTeX shown as code");
          // The top of the page (summary, findings, the first charts): the whole ledger is
          // taller than a screenshot may be.
          const shot = new URL(`report-${width}.png`, OUT).pathname;
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({
            path: shot as `${string}.png`,
            clip: { x: 0, y: 0, width, height: Math.min(height, 6000) },
            captureBeyondViewport: true,
          });
          assert(Deno.statSync(shot).size > 10_000, `screenshot ${shot}`);
        }
      });
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
