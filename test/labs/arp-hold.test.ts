// chapter: 29-ethernet-arp
// Lab arp-hold (chapter 29, "The ARP cache"): holding packets for an address being asked about,
// in order and within bounds; when to ask again; forgetting answers and askers whose time is up.
import { describe, expect, it } from "vitest";
import { ARP_ENTRY_MS, ARP_RETRY_MS, ArpCache, type HeldPacket } from "../../src/kernel/net/arp.ts";

const MAC = new Uint8Array([2, 0, 0, 0, 0, 9]);
const packet = (n: number): HeldPacket => ({ etherType: 0x800, payload: new Uint8Array([n]) });

describe("holding packets", () => {
  it("sends the held packets in the order they arrived when the answer comes", () => {
    const c = new ArpCache();
    expect(c.hold(5, packet(1), 0)).toBe("ask");
    expect(c.hold(5, packet(2), 10)).toBe("held");
    expect(c.hold(5, packet(3), 20)).toBe("held");
    expect(c.learn(5, MAC, 30).map((p) => p.payload[0])).toEqual([1, 2, 3]);
    expect(c.pending.size).toBe(0);
    expect(c.hold(5, packet(4), 40)).toBe("ask"); // a new question for the next packet
  });

  it("names the earliest time to ask again, or -1 when nothing waits", () => {
    const c = new ArpCache();
    expect(c.nextDeadline()).toBe(-1);
    c.hold(1, packet(1), 500);
    c.hold(2, packet(2), 200);
    expect(c.nextDeadline()).toBe(200 + ARP_RETRY_MS);
    c.expire(200 + ARP_RETRY_MS); // asks 2 again: its next try moves a second on
    expect(c.nextDeadline()).toBe(500 + ARP_RETRY_MS);
  });

  it("forgets answers whose time is up, and asks no more once the answer came", () => {
    const c = new ArpCache();
    c.learn(9, MAC, 0);
    c.hold(3, packet(1), 0);
    c.learn(3, MAC, 100);
    expect(c.expire(ARP_RETRY_MS).ask).toEqual([]);
    expect(c.entries.size).toBe(2);
    c.expire(ARP_ENTRY_MS);
    expect([...c.entries.keys()]).toEqual([3]); // 9 expired at 300 s; 3 was learned 100 ms later
  });
});
