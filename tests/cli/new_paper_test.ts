// Tests of lib/cli/new_paper.ts, and the "any paper" path end to end: a folder the project has
// never seen, scaffolded by `new-paper`, claims written by hand from the codebook, audited by
// `reproduce --data` in text, JSON and HTML with its own citation and the charts its data allow.
// The claims are made up for the test; each expected status follows from its numbers (below).
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { newPaper, newPaperFiles, parseNewPaperArgs } from "../../lib/cli/new_paper.ts";
import { reproduce } from "../../lib/cli/reproduce.ts";

type Io = { out: (text: string) => void; err: (text: string) => void };
const quiet: Io = { out: () => {}, err: () => {} };

async function capture(run: (io: Io) => Promise<number>) {
  let out = "";
  let err = "";
  const code = await run({ out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

Deno.test("parseNewPaperArgs / newPaperFiles: usage and names", () => {
  const { dir, options } = parseNewPaperArgs(["p/doe-2024", "--title=T", "--citation", "C"]);
  assertEquals([dir, options.title, options.citation], ["p/doe-2024", "T", "C"]);
  const files = newPaperFiles("p/doe-2024", { title: "T", citation: "C", doi: "10.1/x" });
  assertEquals(JSON.parse(files["paper.json"]!), { title: "T", citation: "C", doi: "10.1/x" });
  assertStringIncludes(files["claims.csv"]!, "\n# t2-pd,");
});

Deno.test("new-paper: bad usage exits 2; an existing file is never overwritten (exit 1)", async () => {
  assertEquals(await newPaper(["x/doe-2024", "--title", "T"], quiet), 2); // no --citation
  assertEquals(await newPaper(["x/Doe 2024", "--title", "T", "--citation", "C"], quiet), 2);
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/doe-2024.keep`, "");
    assertEquals(await newPaper([`${dir}/doe-2024`, "--title", "T", "--citation", "C"], quiet), 0);
    const again = await capture((io) =>
      newPaper([`${dir}/doe-2024`, "--title", "U", "--citation", "D"], io)
    );
    assertEquals(again.code, 1);
    assertStringIncludes(again.err, "exists: new-paper never overwrites");
    assertEquals(JSON.parse(await Deno.readTextFile(`${dir}/doe-2024/paper.json`)).title, "T");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

// Hand-written claims of a made-up single-arm trial: 30 patients, 9 responders (30.0%), a
// printed 95% CI 14.7%–49.4% (Clopper–Pearson for 9/30: 0.1473, 0.4940), 12 (41.0%) with an
// adverse event (12/30 = 40.0%: a discrepancy), a Simon design named "minimax" for p0 = 0.6,
// p1 = 0.8, α = 0.1, power 0.8 with n = 24 (the minimax design, Simon 1989), and a table of a
// biomarker's median and range.
const CLAIMS = [
  "n,results,Results ¶1,30 patients were treated,text,30,not-derivable,,the number treated",
  "orr,results,Results ¶2,9 (30.0%) responded,text,9 (30.0%),percentage,n=@n,",
  "orr-ci,results,Results ¶2,95% CI 14.7%–49.4%,text,14.7%–49.4%,ci-proportion,x=9;n=@n,",
  "ae,results,Results ¶3,12 (41.0%) had an adverse event,text,12 (41.0%),percentage,n=@n,",
  "design,methods,Methods ¶2,a minimax two-stage design with 24 patients,text,24,simon-design," +
  "p0=0.6;p1=0.8;alpha=0.1;power=0.8;quantity=n;design=minimax,",
].join("\n");
const TABLE = [
  "row_id,group,label,column,printed",
  "cd-n,Marker density at baseline (molecules/cell),Number of patients,Blood,10",
  'cd-median,Marker density at baseline (molecules/cell),Median,Blood,"1,093.5"',
  'cd-range,Marker density at baseline (molecules/cell),Minimum: Maximum,Blood,"18.0: 7,613.0"',
].join("\n");

Deno.test("any paper: scaffolded, filled by hand, audited in text, JSON and HTML", async () => {
  const dir = await Deno.makeTempDir();
  const paper = `${dir}/doe-2024`;
  try {
    assertEquals(
      await newPaper([
        paper,
        "--title",
        "A phase 2 trial of drug X",
        "--citation",
        "Doe J, Roe R. A phase 2 trial of drug X. J Trials. 2024;1:1-9.",
        "--short",
        "Doe et al. 2024",
        "--doi",
        "10.0000/example",
      ], quiet),
      0,
    );
    await Deno.writeTextFile(`${paper}/claims.csv`, `\n${CLAIMS}\n`, { append: true });
    await Deno.writeTextFile(`${paper}/table1.csv`, `${TABLE}\n`);

    const text = await capture((io) => reproduce(["--data", paper, "--width", "80"], io));
    assertEquals([text.code, text.err], [0, ""]);
    assertStringIncludes(text.out, "Doe et al. 2024 (doe-2024)");
    assertStringIncludes(text.out, "doi:10.0000/example");
    assertStringIncludes(text.out, "1 finding in 5 claims");
    assertStringIncludes(text.out, "12/30 = 40.000% prints as 40.0%, not 41.0%");

    const json = JSON.parse(
      (await capture((io) => reproduce(["--data", paper, "--json"], io))).out,
    );
    assertEquals(
      json.map((r: Record<string, string>) => [r.id, r.paper, r.status]),
      [
        ["n", "doe-2024", "not-derivable"],
        ["orr", "doe-2024", "reproduced"],
        ["orr-ci", "doe-2024", "reproduced"],
        ["ae", "doe-2024", "discrepancy"],
        ["design", "doe-2024", "reproduced"],
      ],
    );

    const html = `${dir}/report.html`;
    assertEquals(await reproduce(["--data", paper, "--html", html], quiet), 0);
    const page = await Deno.readTextFile(html);
    assertStringIncludes(page, "Doe J, Roe R. A phase 2 trial of drug X.");
    // Charts from the data: the status chart, the summary table, the Simon design.
    assertStringIncludes(page, "table1.csv");
    assertStringIncludes(page, "Simon two-stage designs");
    assert((page.match(/<svg/g) ?? []).length >= 3);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
