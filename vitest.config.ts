import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/long/**", "test/host-tools/**", "test/net-interop/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "threads",
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine is one: the
    // tests ran one file at a time while the main process idled. They are CPU-bound and share
    // nothing on disk, so use every core, and at least two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
