// System calls made the way a user program makes them, on the fake machine of tools/fuzz: the
// test plays the CPU of the running task, puts arguments in registers and scratch memory on its
// stack, and reads the results back. Shared by the IPC, capability and limit tests.
import { expect } from "vitest";
import { capCheckInvariants } from "../../src/kernel/cap/table.ts";
import { ipcCheckInvariants } from "../../src/kernel/ipc/channel.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import { STACK_TOP } from "../../src/kernel/mm/aspace.ts";
import { SYS } from "../../src/machine/abi.ts";
import { type FakeMachine, NOP_PROGRAM } from "../../tools/fuzz/fake-machine.ts";

/** A boot archive with an init and a program to spawn, both doing nothing (the test runs them). */
export const FILES = { "/vinit": NOP_PROGRAM, "/child": NOP_PROGRAM };

// Scratch memory on the stack (demand-paged, the caller's own).
export const DATA = STACK_TOP - 0x3000;
export const HANDLES = STACK_TOP - 0x2800;
export const COUNT = STACK_TOP - 0x2700;
export const OUT = STACK_TOP - 0x2000;

export function u32s(...values: number[]): Uint8Array {
  const b = new Uint8Array(values.length * 4);
  values.forEach((v, i) => {
    new DataView(b.buffer).setUint32(i * 4, v, true);
  });
  return b;
}

export function u64(value: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(value), true);
  return b;
}

/** channel_create → [send, receive]; fails the test if refused. */
export function channel(m: FakeMachine): [number, number] {
  const r = m.syscall(SYS.channel_create);
  expect(r.status).toBe(Status.OK);
  return [Number(r.x1), Number(r.x2)];
}

/** channel_send of `text` with `handles`; the status. */
export function send(m: FakeMachine, h: number | bigint, text: string, handles: number[] = [], flags = 0): number {
  m.poke(DATA, new TextEncoder().encode(text));
  if (handles.length > 0) m.poke(HANDLES, u32s(...handles));
  return m.syscall(SYS.channel_send, h, DATA, text.length, HANDLES, handles.length, flags).status;
}

/** channel_recv into OUT and HANDLES; the status, the text and the new handles. */
export function recv(m: FakeMachine, h: number, flags = 0): { status: number; text: string; handles: number[] } {
  m.poke(COUNT, u64(4));
  const r = m.syscall(SYS.channel_recv, h, OUT, 256, HANDLES, COUNT, flags);
  if (r.status !== Status.OK) return { status: r.status, text: "", handles: [] };
  const n = Number(r.x2);
  const hv = new DataView(m.peek(HANDLES, 16).buffer);
  return {
    status: r.status,
    text: new TextDecoder().decode(m.peek(OUT, Number(r.x1))),
    handles: [...Array(n).keys()].map((i) => hv.getUint32(i * 4, true)),
  };
}

/** The running process spawns /child; its pid. */
export function spawnChild(m: FakeMachine): number {
  const path = m.pokeString("/child");
  const r = m.syscall(SYS.task_spawn, path, 0);
  expect(r.status).toBe(Status.OK);
  return Number(r.x1);
}

/** The books of chapters 14 and 15 balance. */
export function booksBalance(m: FakeMachine): void {
  expect(capCheckInvariants(m.k.caps)).toEqual([]);
  expect(ipcCheckInvariants(m.k.ipc)).toEqual([]);
}
