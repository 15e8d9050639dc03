import { defineConfig } from "vitest/config";

// The interop test with Linux (chapter 32): needs root (a network namespace, a TAP device) and
// iproute2, socat, dnsmasq, iputils-ping and tshark — run by .ci/run as `npm run test:net-interop`.
export default defineConfig({
  test: { include: ["test/net-interop/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 },
});
