import { defineConfig } from "vitest/config";

// Suites too long for `npm test`, each run by .ci/run through its own `test:*` script.
export default defineConfig({
  test: { include: ["test/long/**/*.test.ts"], testTimeout: 120_000, pool: "threads" },
});
