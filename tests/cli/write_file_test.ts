// Tests of lib/cli/write_file.ts: a report is written whole or not at all, and every failure is
// one DataError naming the file and the reason (issue 10: "--html into a folder that does not
// exist … one clear line naming the file and the reason … no partial file").
import { assertEquals, assertRejects } from "@std/assert";
import { DataError } from "../../lib/data/csv.ts";
import { writeFileAtomically } from "../../lib/cli/write_file.ts";

Deno.test("writeFileAtomically: writes, replaces, and leaves no temporary file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFileAtomically(`${dir}/r.html`, "one");
    await writeFileAtomically(`${dir}/r.html`, "two");
    assertEquals(await Deno.readTextFile(`${dir}/r.html`), "two");
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["r.html"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeFileAtomically: a missing folder, a folder as target, a file as folder", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await assertRejects(
      () => writeFileAtomically(`${dir}/no/such/r.html`, "x"),
      DataError,
      `${dir}/no/such/r.html: the folder ${dir}/no/such does not exist (create it first)`,
    );
    await Deno.mkdir(`${dir}/sub`);
    await assertRejects(() => writeFileAtomically(`${dir}/sub`, "x"), DataError, "is a folder");
    await Deno.writeTextFile(`${dir}/file`, "");
    await assertRejects(
      () => writeFileAtomically(`${dir}/file/r.html`, "x"),
      DataError,
      `${dir}/file is not a folder`,
    );
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name).sort(), ["file", "sub"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
