// End-to-end: `deno task reproduce` on the repository's data/ (the transcription of both
// papers). The audit is not told where the inconsistencies are; this test asserts that it finds
// the ones verified by hand from the paper text (each cited below), and that it does not cry
// wolf where the numbers agree. Claims are found by what they print, not by id, so that the
// test survives renaming in data/.
import { assert, assertEquals, assertStringIncludes } from "@std/assert";

const CLI = new URL("../../lib/cli/reproduce.ts", import.meta.url).pathname;
const ROOT = new URL("../../", import.meta.url).pathname;

interface Record {
  readonly id: string;
  readonly paper: string;
  readonly where: string;
  readonly quote: string;
  readonly reported: string;
  readonly recomputed: string;
  readonly status: string;
  readonly explanation: string;
  readonly note: string;
  readonly finding: string;
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", "--allow-env", CLI, ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code, out: decode(stdout), err: decode(stderr) };
}

const first = await cli("--json");
const records = JSON.parse(first.out) as Record[];

function find(paper: Record["paper"], test: (r: Record) => boolean, what: string): Record[] {
  const found = records.filter((r) => r.paper === paper && test(r));
  assert(found.length > 0, `no ${paper} claim ${what} in data/`);
  return found;
}

Deno.test("real data: the audit runs, exit 0, JSON byte-identical across runs", async () => {
  assertEquals(first.code, 0, first.err);
  assertEquals((await cli("--json")).out, first.out);
  assert(records.some((r) => r.paper === "boissel-2022"));
  assert(records.some((r) => r.paper === "aureli-2023"));
});

Deno.test("Boissel Table 2: 12 (87.5%) cannot be 12 of N = 14", () => {
  // Table 2, "Progressive disease, n (%) 12 (87.5%)", header N = 14: 12/14 = 85.7%; 87.5% = 7/8
  const pd = find("boissel-2022", (r) => r.reported === "12 (87.5%)", '"12 (87.5%)"')
    .filter((r) => r.recomputed === "12 (85.7%)"); // not the text-vs-table comparisons
  assert(pd.length > 0, "no percentage check of Table 2 progressive disease");
  for (const r of pd) {
    assertEquals(r.status, "discrepancy");
    assertStringIncludes(r.explanation, "No count out of 14 prints as 87.5%");
    assertStringIncludes(r.explanation, "8, 16, 24");
  }
});

Deno.test("Boissel CD38: text 87.90% vs Table 3 87.50; 68,17.50 vs 6817.50", () => {
  // Results: "The median percentage of cells expressing CD38 was 87.90% … in peripheral blood";
  // Table 3, CD38 positivity, Median, White blood cells: "87.50".
  const positivity = find("boissel-2022", (r) => r.reported === "87.90%", '"87.90%"');
  assert(positivity.every((r) => r.status === "discrepancy"));
  assert(positivity.some((r) => r.explanation.includes("87.50")));
  // Table 3, receptor density, Median, Bone marrow: "68,17.50"; Results: "6817.50". One
  // typesetting finding, flagged once: on the malformed cell, not on the Results' 6817.50.
  const density = find("boissel-2022", (r) => r.reported.includes("68,17.50"), '"68,17.50"');
  assert(density.every((r) => r.status === "discrepancy"));
  assert(density.some((r) => r.explanation.includes("not a well-formed number")));
  assert(density.some((r) => r.explanation.includes("6,817.50")));
  const text = find("boissel-2022", (r) => r.reported === "6817.50", '"6817.50"');
  assert(text.every((r) => r.status === "reproduced"), JSON.stringify(text));
  assertEquals(new Set(density.map((r) => r.finding)).size, 1);
});

Deno.test("Boissel design: 'optimal' is the minimax design; '>3/19' fits neither", () => {
  // Methods ¶1 "Simon's optimal two-stage design"; Methods ¶6 "Simon's minimum-maximum
  // design … maximum of 24 … Stage 1, a total of 11 … more than 6 responses": for p0 = 0.6,
  // p1 = 0.8, α = 0.1, power 0.8 that is the minimax design (tests/fixtures/verify_simon_boissel.py).
  const optimal = find("boissel-2022", (r) => r.reported === "optimal", '"optimal"');
  assert(optimal.every((r) => r.status === "discrepancy" && r.recomputed === "minimax"));
  // Methods ¶1 and Discussion: ">3/19" vs stage 1 of 11 with > 6 responses.
  const rule = find("boissel-2022", (r) => r.reported.includes(">3/19"), '">3/19"');
  assert(rule.some((r) => r.status === "discrepancy" && /neither design/.test(r.explanation)));
});

Deno.test("Aureli: TOWER 271 + 134 ≠ 495; ITCC-059 84% of 20 impossible", () => {
  // §4.1.1: "271 out of 495 patients … received blinatumomab and 134 patients received
  // standard chemotherapy" — 271 + 134 = 405 (TOWER randomised 405).
  const tower = find("aureli-2023", (r) => r.reported === "495", "495");
  assert(tower.some((r) => r.status === "discrepancy" && r.recomputed === "405"));
  // …while the arms fit the stated 2:1 ratio: it is the total that does not fit.
  const ratio = find("aureli-2023", (r) => r.reported === "2:1", "2:1");
  assertEquals(ratio.map((r) => r.status), ["reproduced"]);
  // §4.2: "OR after one course was achieved in 20 of 25 patients, of whom 84% reached
  // CR-MRD negative": k/20 are multiples of 5%.
  const itcc = find(
    "aureli-2023",
    (r) => r.reported === "84%" && /of 20/.test(r.explanation),
    "84%",
  );
  assert(itcc.every((r) => r.status === "discrepancy"));
  assertStringIncludes(itcc[0]!.explanation, "No count out of 20 prints as 84%");
});

Deno.test("no crying wolf where the numbers agree", () => {
  // Boissel Table 2: "0 (0.0%–23.2%)" is the exact (Clopper–Pearson) 95% CI for 0/14.
  const ci = find(
    "boissel-2022",
    (r) => r.reported.includes("0.0%–23.2%") && r.id.includes("t2"),
    "CI",
  );
  assert(ci.every((r) => r.status === "reproduced" && r.recomputed.includes("clopper-pearson")));
  // Boissel Table 1, prior lines: median 5.50 (2.0: 12.0) with counts 2,2,2,1,1,1 and ≥8: 5.
  const lines = find(
    "boissel-2022",
    (r) => r.reported === "5.50 (2.0: 12.0)",
    "prior lines median",
  );
  assert(lines.some((r) => r.status === "reproduced"));
  // Aureli §4.1.2: "hazard ratio … 0.43 (95% CI, 0.18–1.01)" is log-symmetric.
  const hr = find("aureli-2023", (r) => r.reported.includes("0.18–1.01"), "HR 0.43");
  assert(hr.every((r) => r.status === "reproduced"));
  // Aureli §4.1.1: "43% (81/189)"; 81/189 = 42.9%.
  const topp = find("aureli-2023", (r) => r.reported === "43% (81/189)", "43% (81/189)");
  assert(topp.every((r) => r.status === "reproduced"));
  // Boissel Tables 1 and 4: every n (%) cell is k/14 correctly rounded (checked by hand).
  const tables = records.filter((r) =>
    r.paper === "boissel-2022" && /^Table [14]\b/.test(r.where) && r.status === "discrepancy"
  );
  assertEquals(tables.map((r) => r.id), []);
  // Known false alarms of an earlier audit (issue 11): the Discussion's "n = 12, 85.7%" is
  // right (12/14 = 85.7%); the Results' 11 is reconciled with Table 2's 12 by its footnote a.
  const discussion = find(
    "boissel-2022",
    (r) => r.where.startsWith("Discussion") && r.quote.includes("85.7%"),
    "Discussion PD",
  );
  assert(discussion.every((r) => r.status === "reproduced" || r.status === "explained"));
  assert(discussion.some((r) => r.status === "explained"));
});

Deno.test("Boissel Table 4: every cell within the bounds the others put on it", () => {
  // Table 4 (drug-related TEAEs, N = 14). Each system organ class lies between its largest
  // preferred term and the sum of its terms, e.g. "Infections and infestations 1 (7.1)" with
  // Bronchiolitis 1 and Pneumonia 1: 1 to 2; "Any event 10 (71.4)" between the largest class
  // (Injury 8) and the sum of the classes (1 + 1 + 1 + 1 + 1 + 8 = 13); grade ≥ 3 "Any event 3"
  // between 1 and 1 + 1 + 0 + 1 + 0 + 0 = 3. Bounds show a count possible: `consistent`.
  const t4 = records.filter((r) =>
    r.paper === "boissel-2022" && /^Table 4\b/.test(r.where) &&
    /^(\d+ to \d+|at most|at least|exactly)/.test(r.recomputed)
  );
  assertEquals(t4.length, 31);
  assertEquals(
    t4.filter((r) => r.status !== "consistent" && r.status !== "reproduced").map((r) => r.id),
    [],
  );
  const infections = find(
    "boissel-2022",
    (r) => r.quote.startsWith("Infections and infestations") && r.recomputed === "1 to 2",
    "infections bounded by its preferred terms",
  );
  assertEquals(infections.length, 1);
  assert(t4.some((r) => r.reported === "10 (71.4)" && r.recomputed === "8 to 13"));
  assert(t4.some((r) => r.reported === "3 (21.4)" && r.recomputed === "1 to 3"));
  // Drug-related at most all-cause: Results ¶6 "All 14 (100%) patients had at least one TEAE,
  // with 12 (85.7%) patients having at least one TEAE of grade ≥ 3".
  assert(t4.some((r) => r.reported === "10 (71.4)" && r.recomputed === "at most 14"));
  assert(t4.some((r) => r.reported === "3 (21.4)" && r.recomputed === "at most 12"));
});

Deno.test("percentages with no count printed, or printed as x/n and x of n", () => {
  // Aureli §4.1.1 (TOWER): "34% vs. 16%" of 271 and 134: counts 91–93 and 21–22 fit.
  // Only shown possible, not re-derived: consistent.
  const tower = find("aureli-2023", (r) => r.reported === "34%", '"34%"');
  assert(tower.every((r) => r.status === "consistent"));
  assertStringIncludes(tower[0]!.explanation, "fits a count of 91, 92, 93");
  // Aureli §4.3.1 (ZUMA-3): "CR was achieved in 52%" of the forty-five infused: no count of
  // 45 prints 52% (23/45 = 51.1%, 24/45 = 53.3%).
  // …whereas 28 of the 54 enrolled does (51.9%): the verdict says so, not only the note.
  const zuma = find("aureli-2023", (r) => r.reported === "52%", '"52%"');
  assertEquals(zuma.map((r) => [r.status, r.recomputed]), [["discrepancy", "23/45 = 51%"]]);
  assertStringIncludes(zuma[0]!.explanation, "No count out of 45 prints as 52%");
  assertStringIncludes(zuma[0]!.explanation, "28/54");
  // Boissel Results ¶3: "4/14 (28.6%)" — 4/14 = 28.57%, not 14 of something.
  const pd2 = find("boissel-2022", (r) => r.reported === "4/14 (28.6%)", '"4/14 (28.6%)"');
  assertEquals(pd2.map((r) => [r.status, r.explanation]), [[
    "reproduced",
    "4/14 = 28.571% prints as 28.6%.",
  ]]);
  // Aureli §4.1.2 (Locatelli 2021): "44 of 49 patients (90%)" and "26 of 48 patients (54%)".
  const locatelli = [
    ["44 of 49 patients (90%)", "44/49 = 89.80% prints as 90%."],
    ["26 of 48 patients (54%)", "26/48 = 54.17% prints as 54%."],
  ] as const;
  for (const [printed, explanation] of locatelli) {
    const found = find("aureli-2023", (r) => r.reported === printed, printed);
    assertEquals(found.map((r) => [r.status, r.explanation]), [["reproduced", explanation]]);
  }
});

Deno.test("findings: each distinct problem once, with its claims", () => {
  // Issue 11's examples: the progressive-disease count (11, 12, "12 (87.5%)") is one finding;
  // the five reference numbers one lower in Aureli's Table 2 are one finding; the design
  // described as optimal and as minimax is one finding.
  const findingOf = (paper: string, test: (r: Record) => boolean) =>
    new Set(records.filter((r) => r.paper === paper && test(r)).map((r) => r.finding));
  const pd = findingOf(
    "boissel-2022",
    (r) => /progressive disease/i.test(r.quote) && r.finding !== "",
  );
  assertEquals(pd.size, 1);
  const refs = findingOf(
    "aureli-2023",
    (r) => /^\[10[4-8]\]$/.test(r.reported) && r.where.startsWith("§"),
  );
  assertEquals(refs.size, 1);
  assert(!refs.has(""));
  const design = findingOf(
    "boissel-2022",
    (r) => r.reported === "optimal" || r.reported.includes(">3/19") || r.reported === "19",
  );
  assertEquals(design.size, 1);
  assert(!design.has(""));
  // Every claim that does not add up belongs to a finding.
  assertEquals(
    records.filter((r) => r.status === "discrepancy" && r.finding === "").map((r) => r.id),
    [],
  );
});

Deno.test("number words: Two-hundred and eight is Table 2's 208", () => {
  // Aureli §4.1.2 (Brown et al.): "Two-hundred and eight children, adolescents, and young
  // adults … were eligible"; Table 2, reference 103: "208 first relapsed B-ALL patients".
  const brown = find("aureli-2023", (r) => r.reported === "Two-hundred and eight", "208 in words");
  // (the same value as Table 2's "208": a same-value check, whose re-derived value is the other
  // printing)
  assertEquals(brown.map((r) => [r.status, r.recomputed]), [["reproduced", "208"]]);
  // §4.1.1 (ALCANTARA): "Sixteen patients out of forty-five enrolled … CR/CRh rate of 36%":
  // 16/45 = 35.6%, read from the words.
  const alcantara = find(
    "aureli-2023",
    (r) => r.reported === "36%" && r.quote.includes("forty-five"),
    "ALCANTARA 36%",
  );
  assertEquals(alcantara.map((r) => r.explanation), ["16/45 = 35.56% prints as 36%."]);
});

Deno.test("real data: --html writes one self-contained report with the paper charts", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = `${dir}/report.html`;
    const { code, err } = await cli("--html", file, "--status", "discrepancy");
    assertEquals(code, 0, err);
    const html = await Deno.readTextFile(file);
    assert((html.match(/<svg/g) ?? []).length >= 5, "status, two CD38, OC and forest charts");
    assertStringIncludes(html, "<h3>Findings</h3>");
    assert(!/<script/.test(html));
    // The forest plot of Aureli §4.1.1's blinatumomab CR/CRh studies: 81/189 and 16/45.
    assertStringIncludes(html, "blinatumomab — CR/CRh, adult, relapsed/refractory");
    assertStringIncludes(html, "81/189");
    assertStringIncludes(html, "16/45");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
