// chapter: 18-bootfs
// The boot filesystem writer against the kernel's own newc parser (chapters/18-bootfs.mdx).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BootfsNode, bootfsParse } from "../../src/kernel/fs/bootfs.ts";
import { BOOTFS_MTIME, mkbootfs, parseAdd, standardBootfs } from "../../tools/mkbootfs.ts";

function find(root: BootfsNode, path: string): BootfsNode | undefined {
  let node: BootfsNode | undefined = root;
  for (const part of path.split("/").filter(Boolean)) node = node?.children.find((c) => c.name === part);
  return node;
}

describe("mkbootfs", () => {
  it("writes an archive the kernel parses, with the programs, the README and implied directories", () => {
    const image = standardBootfs();
    const r = bootfsParse(image);
    expect(r.error).toBe("");
    const root = r.root as BootfsNode;
    for (const p of ["/vinit", "/hello", "/malloctest", "/README", "/tests/overrun", "/tests/doublefree"]) {
      expect(find(root, p), p).toBeDefined();
    }
    expect(find(root, "/tests")?.type).toBe(find(root, "/")?.type);
    const vinit = find(root, "/vinit") as BootfsNode;
    expect([...vinit.data.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]); // \x7fELF
    expect(vinit.mtime).toBe(BOOTFS_MTIME);
    expect(new TextDecoder().decode((find(root, "/README") as BootfsNode).data)).toContain("Welcome to ViperOS");
  });

  it("is deterministic", () => {
    expect(Buffer.from(standardBootfs()).equals(Buffer.from(standardBootfs()))).toBe(true);
  });

  it("adds host files with --add HOSTFILE:/NAME, replacing a file of the same name", () => {
    const dir = mkdtempSync(join(tmpdir(), "bootfs-"));
    try {
      const host = join(dir, "notes.txt");
      writeFileSync(host, "my notes\n");
      const image = standardBootfs([parseAdd(`${host}:/docs/notes.txt`), parseAdd(`${host}:/README`)]);
      const root = bootfsParse(image).root as BootfsNode;
      expect(new TextDecoder().decode(find(root, "/docs/notes.txt")?.data)).toBe("my notes\n");
      expect(new TextDecoder().decode(find(root, "/README")?.data)).toBe("my notes\n");
      // Leading slashes beyond the first mean the same path, for the boot archive and the disk alike.
      expect(parseAdd(`${host}://docs/notes.txt`).name).toBe("/docs/notes.txt");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a file where a directory must be, and bad names", () => {
    const d = new Uint8Array(1);
    expect(() => mkbootfs([{ name: "/a", data: d }, { name: "/a/b", data: d }])).toThrow(/both a file and a directory/);
    expect(() => mkbootfs([{ name: "/../x", data: d }])).toThrow(/bad path/);
    expect(() => parseAdd("no-such-file:/x")).toThrow(/no such host file/);
  });
});
