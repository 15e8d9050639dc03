// chapter: 26b-disk-root
// S:Startup-Sequence (chapter 21s) on the disk of chapter 26b: the shell runs it before its
// first prompt; without a disk there is no S: and the shell starts as before.
import { describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { buildDiskImage, standardDiskFiles } from "../../src/system/disk-image.ts";
import { STARTUP_SEQUENCE } from "../../src/system/scripts.ts";
import { userPrograms } from "../../tools/mkbootfs.ts";
import { ShellSession } from "./session.ts";

/** The standard disk with another S:Startup-Sequence, or none (text null). */
function diskWithStartup(text: string | null): MemoryBlockStore {
  const files = standardDiskFiles(userPrograms()).filter((f) => f.name !== "/s/Startup-Sequence");
  if (text !== null) files.push({ name: "/s/Startup-Sequence", data: new TextEncoder().encode(text) });
  return new MemoryBlockStore(buildDiskImage(files, 16 * 2 ** 20));
}

/** The screen from the banner's last line to the end. */
function afterBanner(s: ShellSession): string[] {
  const screen = s.screen();
  return screen.slice(screen.indexOf("Type Help for the list of commands.") + 1);
}

describe("S:Startup-Sequence", () => {
  it("runs before the first prompt on the standard disk, and Execute finds S:Demo by its bare name", () => {
    const s = new ShellSession({ disk: diskWithStartup(STARTUP_SEQUENCE) });
    expect(afterBanner(s)).toEqual(["", "S:Startup-Sequence ran (Type S:Startup-Sequence to see it)", "SYS:>"]);
    expect(s.command("Execute Demo Ada").slice(1)).toEqual([
      "Hello, Ada!",
      "SYS:README exists",
      "Delete: SYS:t/no-such-file: not found",
      "Delete failed with ERROR, and FailAt 11 let the script go on",
      "Done.",
    ]);
  });

  it("a startup script that fails says where, and the shell prompts all the same", () => {
    const s = new ShellSession({ disk: diskWithStartup("Echo starting\nIf WARN\n") });
    expect(afterBanner(s)).toEqual([
      "",
      "starting",
      "Execute: SYS:s/Startup-Sequence line 2: If without EndIf",
      "SYS:>",
    ]);
    expect(s.command("Why").slice(1)).toEqual(["Last return code 10 (ERROR): SYS:s/Startup-Sequence line 2: If without EndIf"]);
  });

  it("EndShell in the startup script ends the shell before it prompts", () => {
    const s = new ShellSession({ disk: diskWithStartup("EndShell\n") });
    expect(afterBanner(s).filter((l) => l !== "")).toEqual(["EndShell: goodbye", "vinit: shell ended"]);
  });

  it("without a startup script, or without a disk, the banner is followed by the prompt", () => {
    expect(afterBanner(new ShellSession({ disk: diskWithStartup(null) }))).toEqual(["", "SYS:>"]);
    expect(afterBanner(new ShellSession())).toEqual(["", "SYS:>"]);
  });
});
