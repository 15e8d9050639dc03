// What the page's machines say on their wire, kept in the worker: every frame a station sends
// into the page's switch, once (a frame is recorded where it enters the switch, not again where
// it leaves, so the capture has no duplicates), with the virtual time it was sent. The frames go
// into chapter 7's PcapWriter for "Download pcap", and a copy of each waits for the packet panel
// until it asks (take). Both are bounded: the capture stops at MAX_PCAP_FRAMES (and says so), the
// panel's queue keeps the newest MAX_QUEUED.
import { PcapWriter } from "../../emulator/net/pcap.ts";
import type { EthernetPort } from "../../emulator/net/port.ts";

/** A frame as the packet panel gets it: when, from which station, its bytes. */
export interface CapturedFrame {
  /** Its number in the capture, from 1 (as in Wireshark's first column). */
  number: number;
  /** Virtual time it was sent, in microseconds since the page's machines started. */
  micros: number;
  /** The station that sent it: a machine's name, or "lab" for the lab host. */
  station: string;
  bytes: Uint8Array;
}

export const MAX_PCAP_FRAMES = 20_000;
export const MAX_QUEUED = 256;

export class NetCapture {
  private pcap = new PcapWriter();
  private queued: CapturedFrame[] = [];
  /** Frames sent since the capture started, recorded or not. */
  seen = 0;
  private lastMicros = 0;
  private readonly clock: () => number;

  constructor(clock: () => number) {
    this.clock = clock;
  }

  /** Records one frame; times never run backwards (the machines' clocks are each a little apart). */
  record(station: string, frame: Uint8Array): void {
    this.lastMicros = Math.max(this.lastMicros, Math.floor(this.clock()));
    this.seen++;
    if (this.pcap.frames < MAX_PCAP_FRAMES) this.pcap.record(this.lastMicros, frame);
    this.queued.push({ number: this.seen, micros: this.lastMicros, station, bytes: frame.slice() });
    if (this.queued.length > MAX_QUEUED) this.queued.splice(0, this.queued.length - MAX_QUEUED);
  }

  /** The frames since the last call (the newest MAX_QUEUED of them). */
  take(): CapturedFrame[] {
    const out = this.queued;
    this.queued = [];
    return out;
  }

  /** Frames in the pcap, and whether the capture stopped at its limit. */
  get recorded(): number {
    return this.pcap.frames;
  }

  /** The capture as the bytes of a .pcap file (Wireshark, tshark and tcpdump read it). */
  bytes(): Uint8Array {
    return this.pcap.bytes();
  }

  /**
   * A station's side of a switch port: what the station sends is recorded, then goes into the
   * switch; what the switch delivers reaches the station unrecorded (its sender recorded it).
   */
  port(station: string, switchPort: EthernetPort): EthernetPort {
    const mine: EthernetPort = {
      send: (frame) => {
        this.record(station, frame);
        switchPort.send(frame);
      },
      onReceive: null,
    };
    switchPort.onReceive = (frame) => mine.onReceive?.(frame);
    return mine;
  }
}
