// chapter: 08-testing-the-cpu
// The short differential suite (part of npm test; needs no QEMU): the committed
// programs and random batches run in our emulator must reproduce, byte for
// byte, what qemu-aarch64 printed for them (test/programs/diff/golden and
// random/*.stdout). The long suite (npm run test:diff:long) runs 100 000 fresh
// sequences against a live qemu-aarch64.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHORT_BATCHES } from "../../tools/difftest/build-short.ts";
import { compareBatch } from "../../tools/difftest/compare.ts";
import { elfPath, PROGRAMS, RANDOM_DIR, statusPath, stdoutPath } from "../../tools/difftest/programs.ts";
import { runOursInProcess } from "../../tools/difftest/run.ts";

describe("committed programs print what qemu-aarch64 printed", () => {
  for (const p of PROGRAMS) {
    it(`${p.name}: same stdout and exit status`, () => {
      const r = runOursInProcess(readFileSync(elfPath(p.name)));
      const golden = readFileSync(stdoutPath(p.name));
      // Compare as text first so a failure shows the differing lines.
      expect(r.stdout.toString("latin1")).toBe(golden.toString("latin1"));
      expect(r.status).toBe(Number(readFileSync(statusPath(p.name), "utf8")));
    });
  }
});

describe("committed random sequences end in qemu-aarch64's state", () => {
  for (const b of SHORT_BATCHES) {
    it(`${b.name}: ${b.count} sequences, registers, NZCV and memory identical`, () => {
      const r = runOursInProcess(readFileSync(join(RANDOM_DIR, `${b.name}.elf`)));
      const golden = readFileSync(join(RANDOM_DIR, `${b.name}.stdout`));
      const d = compareBatch(golden, r.stdout);
      const summary = d.slice(0, 5).map((x) => `sequence ${x.index}: ${x.fields.slice(0, 3).join("; ")}`);
      expect(summary).toEqual([]);
      expect(r.status).toBe(0);
    });
  }
});
