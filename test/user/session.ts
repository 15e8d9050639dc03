// Drives vinit's shell on a booted machine through the UART, as a user at a terminal would.
import { type BootOptions, BootedMachine } from "../../tools/boot/machine.ts";
import { renderTerminal } from "./terminal.ts";

export class ShellSession {
  readonly m: BootedMachine;

  constructor(options: BootOptions = {}) {
    this.m = new BootedMachine(options);
    this.m.runUntilWaiting();
  }

  /** The screen so far, as lines. */
  screen(): string[] {
    return renderTerminal(this.m.transcript).split("\n");
  }

  /**
   * Types `keys` (raw bytes: escape sequences included, no Enter added) and runs until the shell
   * waits again. Returns the screen lines from the line the cursor was on when typing began,
   * without the prompt the shell prints last when it ends with one.
   */
  keys(keys: string): string[] {
    const from = this.screen().length - 1;
    this.m.send(keys);
    const lines = this.screen().slice(from);
    return lines;
  }

  /** Types a command and Enter; returns "PROMPT> command" and the output, without the next prompt. */
  command(line: string): string[] {
    const lines = this.keys(`${line}\n`);
    if (/^\S*> $/.test(`${lines.at(-1)} `) || /^\S*>$/.test(lines.at(-1) ?? "")) lines.pop();
    return lines;
  }

  /** command() as one string. */
  run(line: string): string {
    return this.command(line).join("\n");
  }
}
