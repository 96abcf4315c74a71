// Seeded errors (issue 12): take consistent explicit percentages of the development corpus
// (`x/n (y%)`, `y% (x/n)`, `x of n (y%)` that the audit re-derives), change each percentage to
// the nearest value at the same decimals that no count of n can print, audit the changed text,
// and count how often the audit flags the statement at the same place (`discrepancy`, or
// `artefact` where a conversion reading happens to fit). The issue asks for at least 95%.
//
// The corpus is not part of the repository: the test reads it from ../shared/corpus/rct-train/
// beside the checkout (see ../shared/corpus/README.md) and is skipped where it is absent. It
// never writes corpus text anywhere; only counts are asserted.
import { assert } from "@std/assert";
import { countsPrinting } from "../../lib/checks/percentage.ts";
import { auditPaper } from "../../lib/audit/audit.ts";
import { noteSkip } from "../support/skips.ts";

const CORPUS = new URL("../../../shared/corpus/rct-train/", import.meta.url);
/** Every EVERY-th paper of the sorted corpus (a fixed, spread sample). */
const EVERY = 4;
/** At most this many seeds per paper (so that no paper dominates). */
const PER_PAPER = 3;
/** The target: the share of seeded errors the audit must flag. */
const TARGET = 0.95;

function corpusFiles(): string[] | undefined {
  try {
    return [...Deno.readDirSync(CORPUS)]
      .filter((e) => e.isFile && /^PMC\d+\.txt$/.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return undefined;
  }
}

const files = corpusFiles();

/** The nearest value to `y` at `decimals` decimals that no count of n prints (not y itself). */
function impossibleNear(y: number, decimals: number, n: number): number | undefined {
  const step = 10 ** -decimals;
  for (let k = 1; k <= 200; k++) {
    for (const v of [y + k * step, y - k * step]) {
      const value = Number(v.toFixed(decimals));
      if (value < 0 || value > 100) continue;
      if (countsPrinting(value, decimals, n).length === 0) return value;
    }
  }
  return undefined;
}

const SKIP_REASON = "needs the development corpus (../shared/corpus/rct-train/), which is not " +
  "in this checkout";

Deno.test({
  name: "seeded impossible percentages in the development corpus are flagged (≥ 95%)" +
    (files === undefined ? ` — skipped: ${SKIP_REASON}` : ""),
  ignore: files === undefined,
  fn() {
    let seeded = 0;
    let flagged = 0;
    const missed: string[] = [];
    for (const [i, name] of files!.entries()) {
      if (i % EVERY !== 0) continue;
      const text = Deno.readTextFileSync(new URL(name, CORPUS));
      const audit = auditPaper(text, { file: name });
      let taken = 0;
      audit.records.forEach((record, j) => {
        const statement = audit.statements[j]!;
        if (taken >= PER_PAPER || record.tier !== "explicit" || record.kind !== "percentage") {
          return;
        }
        if (record.status !== "reproduced") return;
        // The percentage as printed: the last `y%` of the quote.
        const m = [...statement.quote.matchAll(/(\d+(?:[.·]\d+)?)\s?%/g)].at(-1);
        const n = Number(statement.args.n);
        if (m === undefined || !(n > 0)) return;
        const digits = m[1]!;
        const decimals = digits.split(/[.·]/)[1]?.length ?? 0;
        const y = Number(digits.replace("·", "."));
        const value = impossibleNear(y, decimals, n);
        if (value === undefined) return;
        const printed = value.toFixed(decimals).replace(".", digits.includes("·") ? "·" : ".");
        const at = statement.offset + m.index!;
        const changed = text.slice(0, at) + printed + text.slice(at + digits.length);
        taken++;
        seeded++;
        const again = auditPaper(changed, { file: name });
        const hit = again.records.find((r, k) =>
          again.statements[k]!.offset === statement.offset && r.kind === "percentage"
        );
        if (hit !== undefined && (hit.status === "discrepancy" || hit.status === "artefact")) {
          flagged++;
        } else {
          missed.push(`${name}:${record.line}:${record.column} ${digits} → ${printed} (n = ${n})`);
        }
      });
    }
    const share = flagged / seeded;
    console.log(
      `seeded errors: ${flagged} of ${seeded} flagged (${(100 * share).toFixed(1)}%)` +
        (missed.length > 0 ? `; missed: ${missed.slice(0, 10).join("; ")}` : ""),
    );
    assert(
      seeded >= 200,
      `too few seeds (${seeded}): the sample no longer finds explicit percentages`,
    );
    assert(share >= TARGET, `only ${flagged} of ${seeded} seeded errors flagged`);
  },
});

if (files === undefined) {
  noteSkip(
    "The seeded-error test of the automatic audit",
    SKIP_REASON,
    "Put the corpus (3,562 PMC*.txt) in ../shared/corpus/rct-train/ beside the checkout",
  );
}
