// Boots the book as it stands in the current directory's tree (a chapter state written by
// `npm run tangle -- --until <chapter>`) on the emulated board, with no chapter-17 system
// wrapper — only the board (chapters 03–07) and kernelMain (chapter 10 on) — and reports what the
// serial line said. It exits 0 when the kernel printed its banner and did not panic, and says
// whether the shell's prompt appeared. Run by tools/states/run.ts inside each state.
import { createVirtBoard } from "../../src/emulator/board/virt.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { kernelMain } from "../../src/kernel/main.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { standardBootfs } from "../mkbootfs.ts";

const PROMPT = "SYS:> ";
let out = "";
const board = createVirtBoard({
  createCpu: (bus) => new Cpu(bus),
  ramSize: 64 * 1024 * 1024,
  initrd: standardBootfs(),
  uartOutput: (bytes) => {
    for (const b of bytes) out += String.fromCharCode(b);
  },
});
board.boot((door, fdt) => kernelMain(door, fdt));
board.runUntil(() => out.includes(PROMPT) || out.includes("KERNEL PANIC"), 30 * CNTFRQ_HZ);
const lines = out.replaceAll("\r\n", "\n").split("\n");
const panicked = out.includes("KERNEL PANIC");
const banner = lines[0]?.startsWith("ViperOS v") ?? false;
console.log(JSON.stringify({ banner, panicked, prompt: out.includes(PROMPT), lines: lines.slice(0, 40) }));
process.exit(banner && !panicked ? 0 : 1);
