import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/long/**", "node_modules/**"],
    testTimeout: 60_000,
    pool: "threads",
  },
});
