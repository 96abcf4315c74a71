import { readPaper } from "../../support/papers.ts";
import {
  loadCd38Text,
  loadTable3,
  parseCd38Text,
  parseTable3,
} from "../../../lib/papers/boissel-2022/cd38_load.ts";
import { CD38_COMPARTMENTS } from "../../../lib/papers/boissel-2022/cd38_types.ts";
import { DataError } from "../../../lib/data/csv.ts";
import { assert, assertEquals, assertThrows } from "@std/assert";

const table3Text = await Deno.readTextFile(
  new URL("../../../data/boissel-2022/table3.csv", import.meta.url),
);
const textCsv = await Deno.readTextFile(
  new URL("../../../data/boissel-2022/cd38_text.csv", import.meta.url),
);
const paper = readPaper("boissel-2022");

Deno.test("loadTable3: the eight cells of Boissel 2022 Table 3, as printed", async () => {
  const cells = await loadTable3();
  assertEquals(cells.length, 8);
  const get = (m: string, c: string, t: string) =>
    cells.find((x) => x.measure === m && x.compartment === c && x.timePoint === t)!;
  // Table 3, receptor density, White blood cells: 10 / 11,093.50 / 181.0: 76,131.0
  const pb = get("receptor-density", "peripheral-blood", "baseline");
  assertEquals([pb.n.value, pb.median.printed, pb.median.value], [10, "11,093.50", 11093.5]);
  assertEquals([pb.min.value, pb.max.value, pb.rangePrinted], [181, 76131, "181.0: 76,131.0"]);
  assertEquals(pb.unit, "sABC/cell");
  assertEquals(pb.source.column, "White blood cells");
  // Table 3, receptor density, Bone marrow: "68,17.50" — flagged, no value
  const bm = get("receptor-density", "bone-marrow", "baseline");
  assertEquals([bm.median.printed, bm.median.value, bm.median.flag?.reading], [
    "68,17.50",
    null,
    6817.5,
  ]);
  assertEquals(bm.source.median.line, 5);
  // Table 3, positivity, White blood cells: median "87.50" (two decimals kept)
  const pos = get("positivity", "peripheral-blood", "baseline");
  assertEquals([pos.median.printed, pos.median.decimals, pos.unit], ["87.50", 2, "%"]);
  // Table 3, occupancy on treatment: n = 4 (White blood cells) and 3 (Bone marrow)
  assertEquals(
    CD38_COMPARTMENTS.map((c) => get("receptor-occupancy", c, "on-treatment").n.value),
    [4, 3],
  );
});

const PAPER_IGNORED = paper === undefined; // the shared papers folder is outside the package

Deno.test({
  name: "table3.csv cells stand verbatim in the paper's Table 3",
  ignore: PAPER_IGNORED,
  fn() {
    const block = paper!.slice(
      paper!.indexOf("TABLE 3 Summary of CD38"),
      paper!.indexOf("Abbreviation: sABC"),
    );
    for (const cell of parseTable3(table3Text, "table3.csv")) {
      for (const printed of [cell.n.printed, cell.median.printed, cell.rangePrinted]) {
        assert(block.includes(printed), printed);
      }
      assert(block.includes(cell.source.group), cell.source.group);
    }
  },
});

Deno.test("loadCd38Text: the Results text's figures, each in its verbatim quote", async () => {
  const figures = await loadCd38Text(await loadTable3());
  assertEquals(figures.length, 10);
  const byId = new Map(figures.map((f) => [f.rowId, f]));
  const pbPos = byId.get("text-positivity-pb-median")!;
  assert(pbPos.statistic === "median");
  assertEquals([pbPos.median.printed, pbPos.median.value], ["87.90%", 87.9]);
  const bmDensity = byId.get("text-density-bm-median")!;
  assert(bmDensity.statistic === "median");
  assertEquals(bmDensity.median.value, 6817.5);
  const n = byId.get("text-density-n")!;
  assert(n.statistic === "n");
  assertEquals([n.count.count, n.count.of], [10, 14]);
  if (paper !== undefined) { for (const f of figures) assert(paper.includes(f.quote), f.rowId); }
});

const HEADER = "row_id,group,label,column,printed\n";
const G = "CD38 positivity at baseline (%)";

function replaceLine(text: string, line: number, content: string): string {
  const lines = text.split("\n");
  lines[line - 1] = content;
  return lines.join("\n");
}

Deno.test("parseTable3: failures name file:line and the reason", () => {
  const f = "data/boissel-2022/table3.csv";
  const cases: [string, string][] = [
    [
      replaceLine(table3Text, 8, `positivity-n,${G},Number of patients,White blood cells,15`),
      `${f}:8: printed: "Number of patients" must be an integer in [1, 14], got "15"`,
    ],
    [
      replaceLine(table3Text, 8, `positivity-n,${G},Number of patients,White blood cells,9.5`),
      `${f}:8: printed: "Number of patients" must be an integer`,
    ],
    [
      replaceLine(table3Text, 8, `positivity-n,${G},Number of patients,Blood,10`),
      `${f}:8: column "Blood" is not one of`,
    ],
    [
      replaceLine(
        table3Text,
        8,
        `positivity-n,CD38 positivity (%),Number of patients,White blood cells,10`,
      ),
      `${f}:8: group "CD38 positivity (%)" is not one of`,
    ],
    [
      replaceLine(table3Text, 8, `positivity-n,${G},N,White blood cells,10`),
      `${f}:8: label "N" is not one of`,
    ],
    [
      replaceLine(table3Text, 8, `Positivity_N,${G},Number of patients,White blood cells,10`),
      `${f}:8: row_id "Positivity_N" is not kebab-case`,
    ],
    [
      // the row ids of lines 9 and 11 swapped: "positivity-median" names an n row and a median row
      replaceLine(
        replaceLine(table3Text, 9, `positivity-median,${G},Number of patients,Bone marrow,10`),
        11,
        `positivity-n,${G},Median,Bone marrow,90.95`,
      ),
      `${f}:10: row_id "positivity-median" names two rows`,
    ],
    [
      replaceLine(table3Text, 9, `positivity-n,${G},Number of patients,White blood cells,10`),
      `${f}:9: cell "positivity-n" / "White blood cells" repeated (first on line 8)`,
    ],
    [
      replaceLine(table3Text, 8, `positivity-n,${G},Number of patients,White blood cells,0`),
      `${f}:8: printed: "Number of patients" must be an integer ≥ 1, got "0"`,
    ],
    [
      replaceLine(table3Text, 10, `positivity-median,${G},Median,White blood cells,NA`),
      `${f}:10: printed: \`printed\` must be exactly one number`,
    ],
    [
      replaceLine(
        table3Text,
        12,
        `positivity-range,${G},Minimum: Maximum,White blood cells,20.9–98.4`,
      ),
      `${f}:12: printed: \`printed\` must be a range "min: max"`,
    ],
    [
      replaceLine(
        table3Text,
        12,
        `positivity-range,${G},Minimum: Maximum,White blood cells,90.9: 98.4`,
      ),
      `${f}:10: minimum 90.9 is above the median 87.5`,
    ],
    [
      replaceLine(
        table3Text,
        12,
        `positivity-range,${G},Minimum: Maximum,White blood cells,20.9: 80.4`,
      ),
      `${f}:12: median 87.5 is above the maximum 80.4`,
    ],
    [
      replaceLine(table3Text, 12, ""),
      `${f}: missing "Minimum: Maximum" for White blood cells in "${G}"`,
    ],
    [table3Text.replace("row_id,", "id,"), `${f}:1: unknown column "id"`],
    [
      `${table3Text}positivity-median-2,${G},Median,White blood cells,87.50\n`,
      `${f}:26: second "Median" for White blood cells in "${G}" (first on line 10)`,
    ],
  ];
  for (const [text, message] of cases) {
    const error = assertThrows(() => parseTable3(text, f), DataError);
    assert(error.message.startsWith(message), `${error.message}\n  expected: ${message}`);
  }
  assertThrows(() => parseTable3(HEADER, f), DataError, `${f}: missing "Number of patients"`);
});

Deno.test("parseCd38Text: failures name file:line and the reason", () => {
  const f = "data/boissel-2022/cd38_text.csv";
  const table = parseTable3(table3Text, "table3.csv");
  const line3 = textCsv.split("\n")[2]!;
  const cases: [string, string][] = [
    [
      replaceLine(textCsv, 3, line3.replace(",87.90%,", ",87.9%,")),
      `${f}:3: printed "87.9%" is not in the quote`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace("positivity,peripheral-blood", "positivity,blood")),
      `${f}:3: compartment "blood" is not one of`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace(",median,", ",mean,")),
      `${f}:3: statistic "mean" is not one of`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace("#positivity-median/", "#positivity-mean/")),
      `${f}:3: table_cell table3.csv#positivity-mean/White blood cells does not exist in Table 3`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace("/White blood cells", "/Blood")),
      `${f}:3: table_cell table3.csv#positivity-median/Blood does not exist`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace("table3.csv#", "table3#")),
      `${f}:3: table_cell "table3#positivity-median/White blood cells" must read`,
    ],
    [
      replaceLine(textCsv, 3, line3.replace("text-positivity-pb-median", "text-detected-n")),
      `${f}:3: repeated row_id "text-detected-n" (first on line 2)`,
    ],
  ];
  for (const [text, message] of cases) {
    const error = assertThrows(() => parseCd38Text(text, f, table), DataError);
    assert(error.message.startsWith(message), `${error.message}\n  expected: ${message}`);
  }
});
