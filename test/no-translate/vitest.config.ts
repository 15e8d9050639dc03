// npm run test:no-translate: the boot, transcript and shell tests with the translating tier off
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
    include: ["test/system/**/*.test.ts", "test/user/**/*.test.ts"],
    setupFiles: ["test/no-translate/setup.ts"],
  },
});
