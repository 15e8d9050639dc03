// chapter: 20f-floating-point
// Every instruction clang put into the committed user binaries is one the CPU implements: each
// word of each executable section of build/user/** (clang's AArch64 output keeps no data in
// .text; jump tables and literals go to .rodata) is executed once, alone, at EL0 with FP enabled
// and every general register pointing into RAM, and must not take the undefined-instruction
// exception (EC 0x00). A fault on its access, an svc or a brk is a defined instruction; udf (the
// words 0x0000_0000 to 0x0000_ffff, permanently undefined) is left out, as crt0 puts one after
// __libc_start's call on purpose and the linker pads between functions with zeros. This is
// the check that lets tools/build-user.ts leave clang's vectorisers on: a vectorised loop whose
// encoding chapter 4e lacks fails here, before any program meets it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { EXIT_HALT } from "../../src/machine/door.ts";
import { EC_UNKNOWN } from "../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { CPACR_EL1, ESR_EL1 } from "../../src/machine/sysregs.ts";
import { codeWords } from "./code-words.ts";

const USER_BUILD = "build/user";

/** Every file under dir, recursively, in a stable order. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/**
 * Whether the CPU implements `words`: each is run alone from its own slot (the CPU caches decoded
 * instructions by address, so no slot is reused), followed by brk. Returns the undefined ones.
 */
function undefinedWords(words: number[]): number[] {
  const SLOT = 8;
  const DATA = 0x10_0000; // where every general register points: 1 MiB into RAM, 1 MiB of room each side
  const bus = new Bus(RAM_BASE, DATA * 2 + Math.ceil((words.length * SLOT) / DATA) * DATA);
  const cpu = new Cpu(bus);
  let esr = -1;
  cpu.door.setVectorHandler(() => {
    esr = Number(cpu.door.mrs(ESR_EL1));
    return EXIT_HALT;
  });
  const bad: number[] = [];
  words.forEach((w, i) => {
    const at = DATA * 2 + i * SLOT;
    bus.ramView.setUint32(at, w >>> 0, true);
    bus.ramView.setUint32(at + 4, 0xd420_0000, true); // brk #0
    cpu.reset(RAM_BASE + at, 0);
    cpu.writeSysreg(CPACR_EL1, 3n << 20n);
    for (let r = 0; r < 31; r++) cpu.setX(r, BigInt(RAM_BASE + DATA));
    cpu.sp = BigInt(RAM_BASE + DATA);
    esr = -1;
    cpu.run(1);
    if (esr !== -1 && esr >>> 26 === EC_UNKNOWN) bad.push(w >>> 0);
  });
  return bad;
}

/** llvm-mc's reading of a word, when the host has llvm-mc (for the failure message only). */
function disassemble(w: number): string {
  const bytes = [0, 8, 16, 24].map((s) => `0x${((w >>> s) & 0xff).toString(16)}`).join(" ");
  const r = spawnSync("llvm-mc", ["--disassemble", "-triple=aarch64"], { input: bytes, encoding: "utf8" });
  return r.status === 0 ? r.stdout.replace(/^\s*\.text\s*/m, "").trim() : "(llvm-mc not on PATH)";
}

describe("the committed user binaries use only instructions the CPU implements", () => {
  const binaries = files(USER_BUILD).filter((f) => readFileSync(f).subarray(0, 4).toString("latin1") === "\x7fELF");
  it("there are binaries to check", () => {
    expect(binaries.length).toBeGreaterThan(3);
  });
  it("no word of any binary's code is an undefined instruction here", () => {
    const where = new Map<number, string>();
    for (const f of binaries) {
      for (const { addr, word } of codeWords(readFileSync(f))) {
        if (word >>> 16 !== 0 && !where.has(word >>> 0)) where.set(word >>> 0, `${f}@0x${addr.toString(16)}`);
      }
    }
    const bad = undefinedWords([...where.keys()]);
    expect(bad.map((w) => `${w.toString(16).padStart(8, "0")} ${disassemble(w)} (${where.get(w)})`)).toEqual([]);
  });
  it("the check itself catches an undefined word and passes a defined vector one", () => {
    // udf #0, and a reserved size of add (vector), against add v0.4s, v1.4s, v2.4s and a brk
    expect(undefinedWords([0x0000_0000, 0x0ee2_8420, 0x4ea2_8420, 0xd420_0000])).toEqual([0x0000_0000, 0x0ee2_8420]);
  });
});
