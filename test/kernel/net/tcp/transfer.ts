// The checks of chapter 33's lossy transfers (tools/tcp/transfer.ts runs them).
import { expect } from "vitest";
import { TCP_RECEIVE_BUFFER_SCALED } from "../../../../src/kernel/net/tcp/connection.ts";
import type { transfer } from "../../../../tools/tcp/transfer.ts";

export { transfer } from "../../../../tools/tcp/transfer.ts";

/** The checks every lossy transfer must pass. */
export function expectClean(r: ReturnType<typeof transfer>, size: number): void {
  expect(r.wire.stats.lost).toBeGreaterThan(0);
  expect(r.received.length).toBe(size);
  expect(Buffer.compare(r.received, r.data)).toBe(0);
  expect([r.client.state, r.client.error, r.server?.state, r.server?.error]).toEqual(["CLOSED", null, "CLOSED", null]);
  expect(r.server?.scaling).toBe(true);
  expect(r.maxHeld).toBeLessThanOrEqual(TCP_RECEIVE_BUFFER_SCALED);
}
