// npm run test:no-translate: the boot, transcript and shell tests and the network fuzzers with the translating tier off
// (test/no-translate/setup.ts), so that the interpreter alone is checked against the same
// transcripts. Any other test file can be run the same way:
//   npx vitest run --config test/no-translate/vitest.config.ts test/user/shell.test.ts
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config.ts";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    ...base.test,
    // The network fuzzers boot ViperOS and run its user programs on the CPU; the syscall fuzzer
    // (test/kernel/syscall/fuzz.test.ts) drives the kernel on a CPU-less machine, so it has no tier.
    include: ["test/system/**/*.test.ts", "test/user/**/*.test.ts", "test/kernel/net/fuzz.test.ts", "test/kernel/net/tcp/fuzz.test.ts"],
    setupFiles: ["test/no-translate/setup.ts"],
  },
});
