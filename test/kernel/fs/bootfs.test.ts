// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import {
  bootfsList,
  bootfsLookup,
  bootfsParse,
  NODE_DIR,
  NODE_FILE,
} from "../../../src/kernel/fs/bootfs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { newcArchive } from "./newc.ts";

const text = (b: Uint8Array | null): string | null => (b === null ? null : new TextDecoder().decode(b));

const sample = (): Uint8Array =>
  newcArchive([
    { name: ".", type: "dir" },
    { name: "./vinit", data: "\x7fELF vinit" },
    { name: "bin", type: "dir" },
    { name: "bin/hello", data: "hello" },
    { name: "certs/roots.der", data: "DER" },
    { name: "empty", data: "" },
  ]);

describe("a well-formed archive", () => {
  it("mounts with files, explicit and implied directories", () => {
    const r = bootfsParse(sample());
    expect(r.status).toBe(Status.OK);
    const root = r.root;
    expect(r).toMatchObject({ error: "", files: 4, dirs: 3, bytes: 10 + 5 + 3 });
    expect(text(bootfsLookup(root, "/vinit"))).toBe("\x7fELF vinit");
    expect(text(bootfsLookup(root, "/bin/hello"))).toBe("hello");
    expect(text(bootfsLookup(root, "/certs/roots.der"))).toBe("DER");
    expect(text(bootfsLookup(root, "/empty"))).toBe("");
    expect(bootfsLookup(root, "/bin")).toBeNull();
    expect(bootfsLookup(root, "/nope")).toBeNull();
    expect(bootfsLookup(root, "/bin/hello/x")).toBeNull();
    expect(bootfsList(root, "/")?.map((n) => [n.name, n.type])).toEqual([
      ["vinit", NODE_FILE],
      ["bin", NODE_DIR],
      ["certs", NODE_DIR],
      ["empty", NODE_FILE],
    ]);
  });

  it("accepts an explicit directory after an implied one, and leading slashes", () => {
    const r = bootfsParse(newcArchive([{ name: "/a/b", data: "x" }, { name: "a", type: "dir" }]));
    expect(r.status).toBe(Status.OK);
  });

  it("file contents are views into the image, 4-byte aligned", () => {
    const img = sample();
    const root = bootfsParse(img).root;
    const data = bootfsLookup(root, "/bin/hello")!;
    expect(data.buffer).toBe(img.buffer);
    expect(data.byteOffset % 4).toBe(0);
  });
});

describe("a malformed archive is refused with a status", () => {
  const cases: [string, () => Uint8Array, number, RegExp][] = [
    ["empty", () => new Uint8Array(0), Status.INVALID_ARG, /truncated header/],
    ["bad magic", () => {
      const a = sample();
      a[5] = 0x32;
      return a;
    }, Status.INVALID_ARG, /bad magic at offset 0x0/],
    ["no trailer", () => newcArchive([{ name: "a", data: "x" }], false), Status.INVALID_ARG, /no TRAILER/],
    ["truncated data", () => sample().subarray(0, 250), Status.INVALID_ARG, /truncated/],
    ["bad hex", () => {
      const a = sample();
      a[60] = 0x67; // 'g' inside c_filesize
      return a;
    }, Status.INVALID_ARG, /bad hex digit/],
    ["dot-dot", () => newcArchive([{ name: "../etc/passwd", data: "x" }]), Status.INVALID_ARG, /bad component/],
    ["double slash", () => newcArchive([{ name: "bin//x", data: "x" }]), Status.INVALID_ARG, /bad component/],
    ["duplicate", () => newcArchive([{ name: "a", data: "1" }, { name: "a", data: "2" }]), Status.ALREADY_EXISTS, /twice/],
    ["file as dir", () => newcArchive([{ name: "a", data: "1" }, { name: "a/b", data: "2" }]), Status.INVALID_ARG, /is a file/],
    ["symlink", () => newcArchive([{ name: "l", type: 0o120777, data: "target" }]), Status.NOT_SUPPORTED, /unsupported type/],
    ["dir with data", () => newcArchive([{ name: "d", type: 0o040755, data: "zz" }]), Status.INVALID_ARG, /directory with data/],
    ["control char", () => newcArchive([{ name: "a\x01", data: "" }]), Status.INVALID_ARG, /printable/],
  ];
  for (const [what, make, status, why] of cases) {
    it(what, () => {
      const r = bootfsParse(make());
      expect(r.status).toBe(status);
      expect(r.error).toMatch(why);
      expect(r.root).toBeNull();
    });
  }

  it("a refused archive yields no tree, so nothing can half-mount it", () => {
    const r = bootfsParse(new Uint8Array(7));
    expect(r.status).toBe(Status.INVALID_ARG);
    expect(r.root).toBeNull();
    expect(bootfsLookup(r.root, "/bin/hello")).toBeNull();
  });
});

describe("fuzzing", () => {
  it("mutated archives never throw and either mount or give a reason", () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const base = sample();
    let ok = 0;
    for (let i = 0; i < 3000; i++) {
      let img = base.slice();
      const kind = rand(4);
      if (kind === 0) img[rand(img.length)] = rand(256);
      else if (kind === 1) img = img.subarray(0, rand(img.length));
      else if (kind === 2) for (let k = 0; k < 8; k++) img[rand(img.length)] = "0123456789abcdefg!"[rand(18)].charCodeAt(0);
      else img = new Uint8Array(rand(400)).map(() => rand(256));
      const r = bootfsParse(img);
      if (r.status === Status.OK) ok++;
      else expect(r.error.length).toBeGreaterThan(0);
    }
    expect(ok).toBeGreaterThan(0);
  });
});
