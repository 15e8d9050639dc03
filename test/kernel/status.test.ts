// chapter: 02-contract
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isStatus, Status, statusName } from "../../src/kernel/lib/status.ts";

// viperos-facts §10: the syscall ABI's error codes. User programs depend on these numbers.
const ABI: [keyof typeof Status, number][] = [
  ["OK", 0],
  ["UNKNOWN", -1],
  ["INVALID_ARG", -2],
  ["NO_MEMORY", -3],
  ["NOT_FOUND", -4],
  ["ALREADY_EXISTS", -5],
  ["PERMISSION", -6],
  ["NOT_SUPPORTED", -7],
  ["BUSY", -8],
  ["TIMEOUT", -9],
  ["INVALID_HANDLE", -100],
  ["HANDLE_CLOSED", -101],
  ["WRONG_TYPE", -102],
  ["TASK_EXITED", -200],
  ["TASK_NOT_FOUND", -201],
  ["WOULD_BLOCK", -300],
  ["CHANNEL_CLOSED", -301],
  ["MSG_TOO_LARGE", -302],
  ["POLL_FULL", -400],
  ["IO", -500],
  ["NO_RESOURCE", -501],
  ["CONNECTION", -502],
  // New in the book (the original answered -1 for every file system error).
  ["NO_SPACE", -600],
  ["NOT_EMPTY", -601],
  ["IS_DIR", -602],
  ["NOT_DIR", -603],
  ["NAME_TOO_LONG", -604],
  ["READ_ONLY", -605],
  ["CORRUPT", -606],
  ["LOOP", -607],
  ["CROSS_DEVICE", -608],
  ["TOO_BIG", -609],
];

describe("Status", () => {
  it("has exactly the ABI's codes, with the ABI's numbers", () => {
    expect(Object.entries(Status)).toEqual(ABI);
  });

  it("names every code, and unknown numbers without throwing", () => {
    for (const [name, code] of ABI) expect(statusName(code)).toBe(name);
    expect(statusName(-42)).toBe("STATUS(-42)");
    expect(statusName(1)).toBe("STATUS(1)");
  });

  it("tells codes from other numbers", () => {
    expect(isStatus(Status.WOULD_BLOCK)).toBe(true);
    expect(isStatus(-10)).toBe(false);
  });

  it("gives every code a distinct number", () => {
    expect(new Set(Object.values(Status)).size).toBe(ABI.length);
  });
});

describe("chapter 0's picture of a generated file", () => {
  it("is the real beginning of src/machine/status.ts", () => {
    const root = join(import.meta.dirname, "..", "..");
    const chapter = readFileSync(join(root, "chapters/00-how-to-read.mdx"), "utf8");
    const section = chapter.slice(chapter.indexOf("## How src/ relates to the chapters"));
    const example = /```ts ignore\n([\s\S]*?)\n```/.exec(section)?.[1].split("\n") ?? [];
    const generated = readFileSync(join(root, "src/machine/status.ts"), "utf8").split("\n");
    expect(example.length).toBeGreaterThan(3);
    expect(generated.slice(0, 2)).toEqual(example.slice(0, 2));
    for (const line of example.slice(2)) expect(generated).toContain(line);
  });
});
