import { defineConfig } from "vitest/config";

// Suites that need Debian packages (tshark, dtc, qemu) — run by .ci/run as `npm run test:host-tools`.
export default defineConfig({
  test: { include: ["test/host-tools/**/*.test.ts"], testTimeout: 120_000 },
});
