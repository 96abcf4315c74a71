// Tests of lib/audit_cli/inputs.ts beyond its examples: the UTF-8 validator against the WHATWG
// decoder (TextDecoder with `fatal: true`, the reference), the order of a folder's files, and
// the size limit on a stream whose size is unknown.
import { assert, assertEquals } from "@std/assert";
import {
  decodeText,
  gatherInputs,
  invalidUtf8At,
  readInputBytes,
} from "../../lib/audit_cli/inputs.ts";

const fatal = new TextDecoder("utf-8", { fatal: true });
const valid = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

Deno.test("invalidUtf8At agrees with the WHATWG decoder on 20 000 random byte strings", () => {
  // A fixed linear congruential generator: the same strings on every run.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // Bytes drawn mostly from the lead and continuation ranges, where the edge cases are.
  const pool = [
    0x41,
    0x7f,
    0x80,
    0xbf,
    0xc0,
    0xc2,
    0xdf,
    0xe0,
    0xa0,
    0xed,
    0x9f,
    0xef,
    0xf0,
    0x90,
    0xf4,
    0x8f,
    0xf5,
    0xff,
  ];
  for (let k = 0; k < 20000; k++) {
    const bytes = new Uint8Array(1 + Math.floor(next() * 6)).map(() =>
      pool[Math.floor(next() * pool.length)]!
    );
    const at = invalidUtf8At(bytes);
    assertEquals(at === -1, valid(bytes), [...bytes].map((b) => b.toString(16)).join(" "));
    if (at >= 0) assert(valid(bytes.subarray(0, at)), "the prefix before the offset is valid");
  }
  // Overlong "/" (C0 AF), a surrogate (ED A0 80), beyond U+10FFFF (F4 90 80 80), truncated.
  for (
    const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x61, 0xe2, 0x82]]
  ) {
    assertEquals(invalidUtf8At(new Uint8Array(bad)), bad[0] === 0x61 ? 1 : 0);
  }
});

Deno.test("decodeText: a UTF-8 byte-order mark is dropped; CRLF text is text", () => {
  assertEquals(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), { text: "a" });
  assertEquals(decodeText(new TextEncoder().encode("a\r\nb")), { text: "a\r\nb" });
});

Deno.test("gatherInputs: arguments in order, a folder's files by name, hidden names left out", async () => {
  const dir = await Deno.makeTempDir();
  try {
    for (const name of ["b.txt", "a.txt", "B.txt", ".hidden.txt", "sub/z.txt", "sub/.x/y.txt"]) {
      await Deno.mkdir(`${dir}/${name}`.replace(/\/[^/]*$/, ""), { recursive: true });
      await Deno.writeTextFile(`${dir}/${name}`, "x");
    }
    const { inputs, skipped } = gatherInputs([`${dir}/b.txt`, dir], () => new Uint8Array());
    assertEquals(skipped, []);
    assertEquals(inputs.map((i) => i.file.slice(dir.length + 1)), [
      "b.txt",
      "B.txt",
      "a.txt",
      "b.txt",
      "sub/z.txt",
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("readInputBytes: a stream longer than the limit is skipped, not read whole", () => {
  // /dev/zero never ends: a character device named on the command line is read, up to the limit.
  const read = readInputBytes({ file: "/dev/zero", path: "/dev/zero", listed: false }, 1000);
  assertEquals("reason" in read && read.reason, "too-large");
  const listed = readInputBytes({ file: "/dev/zero", path: "/dev/zero", listed: true }, 1000);
  assertEquals("reason" in listed && listed.reason, "not-a-file"); // found in a folder: not opened
});
