import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/long/**", "test/host-tools/**", "test/net-interop/**", "node_modules/**"],
    testTimeout: 60_000,
    pool: "threads",
  },
});
