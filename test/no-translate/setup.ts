// Runs before every test file of test/no-translate/vitest.config.ts: every Cpu made from here on
// starts with the translating tier (chapter 4t) off, as `cpu.setTranslation(false)` leaves it, so
// the boot and transcript tests check the interpreter alone. The check below fails the file if the
// switch did not take.
import { vi } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";

vi.mock("../../src/emulator/cpu/translate/translate.ts", async (original) => ({
  ...(await original<typeof import("../../src/emulator/cpu/translate/translate.ts")>()),
  TRANSLATE_BY_DEFAULT: false,
}));

if (new Cpu(new Bus(0, 1 << 16)).tx !== null) throw new Error("test/no-translate: a new Cpu still translates");
