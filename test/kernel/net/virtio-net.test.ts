// chapter: 28-virtio-net
// The virtio-net driver: the MAC from configuration space, receive buffers replenished, transmit
// buffers returned by completions, counters that agree with the wire.
import { describe, expect, it } from "vitest";
import { VirtioNet } from "../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../src/emulator/devices/virtio/rng.ts";
import { VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import { NET_RX_BUFFERS, NET_TX_BUFFERS } from "../../../src/kernel/drivers/virtio/net.ts";
import { createSystem } from "../../../src/system/index.ts";
import { standardBootfs } from "../../../tools/mkbootfs.ts";

const MAC = Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56);
const PEER = Uint8Array.of(0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc);

function boot() {
  const sw = new VirtualSwitch();
  const net = new VirtioNet(MAC, sw.port());
  const system = createSystem({ bootfs: standardBootfs(), virtio: [new VirtioRng(1), net] });
  const peer = sw.port();
  const heard: Uint8Array[] = [];
  peer.onReceive = (f) => heard.push(f);
  system.runUntilWaitingForInput();
  const k = system.kernel!;
  return { system, net, peer, heard, k, card: k.nics[0] };
}

/** A frame from PEER to `to`, EtherType 0x88b5 (local experimental), payload `n` repeated. */
function frame(to: Uint8Array, n: number, length = 64): Uint8Array {
  const f = new Uint8Array(length).fill(n);
  f.set(to, 0);
  f.set(PEER, 6);
  f[12] = 0x88;
  f[13] = 0xb5;
  return f;
}

describe("virtio-net", () => {
  it("reads the MAC from configuration space and logs one line at boot", () => {
    const { system, card } = boot();
    expect(card.name).toBe("eth0");
    expect(Array.from(card.mac)).toEqual(Array.from(MAC));
    const lines = system.transcript.split(/\r?\n/).filter((l) => l.includes("virtio: net:"));
    expect(lines).toEqual([`virtio: net: eth0 52:54:00:12:34:56, link up, ${NET_RX_BUFFERS} receive buffers`]);
  });

  it("receives more frames than it has buffers, whole and in order (buffers are replenished)", () => {
    const { system, peer, card } = boot();
    const got: Uint8Array[] = [];
    card.onReceive = (_, f) => got.push(f);
    const count = NET_RX_BUFFERS * 4;
    for (let i = 0; i < count; i++) {
      peer.send(frame(MAC, i, 60 + i));
      system.run(2000);
    }
    expect(got.length).toBe(count);
    for (let i = 0; i < count; i++) expect(got[i]).toEqual(frame(MAC, i, 60 + i));
    expect(card.stats.rxFrames).toBe(count);
    expect(card.stats.rxDropped).toBe(0);
  });

  it("sends more frames than it has buffers, padded to 60 bytes (completions return buffers)", () => {
    const { system, heard, card, k } = boot();
    heard.length = 0; // a network stack, once there is one, announces itself at boot
    const before = { ...card.stats };
    const count = NET_TX_BUFFERS * 3;
    for (let i = 0; i < count; i++) {
      const f = frame(PEER, i, 20);
      f.set(MAC, 6);
      expect(card.send(k, f)).toBe(true);
      system.run(2000);
    }
    expect(heard.length).toBe(count);
    expect(heard.every((f) => f.length === 60)).toBe(true);
    expect(Array.from(heard[5].subarray(14, 20))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(Array.from(heard[5].subarray(20))).toEqual(new Array(40).fill(0));
    expect(card.stats.txFrames - before.txFrames).toBe(count);
    expect(card.stats.txBytes - before.txBytes).toBe(60 * count);
    expect(card.stats.txDropped).toBe(0);
  });

  it("counts a frame as dropped when every transmit buffer is in flight, or the frame is too long", () => {
    const { card, k } = boot();
    const f = frame(PEER, 1);
    for (let i = 0; i < NET_TX_BUFFERS; i++) expect(card.send(k, f)).toBe(true);
    // No interrupt has run since: every buffer is still the device's.
    expect(card.send(k, f)).toBe(false);
    expect(card.send(k, new Uint8Array(1515))).toBe(false);
    expect(card.stats.txDropped).toBe(2);
  });

  it("counts frames that arrive while no stack listens as dropped", () => {
    const { system, peer, card } = boot();
    card.onReceive = null;
    peer.send(frame(MAC, 3));
    system.run(2000);
    expect(card.stats).toMatchObject({ rxFrames: 1, rxDropped: 1 });
  });
});
