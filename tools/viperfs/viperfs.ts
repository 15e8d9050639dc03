// npm run viperfs -- IMAGE ls|cat|put|get|mkdir|rm PATH [HOSTFILE]
//
// Looks inside a ViperFS image, and changes it, with the kernel's own file system code (chapter 26).
import { runTool, UsageError } from "../lib/args.ts";

const COMMANDS = ["ls", "cat", "put", "get", "mkdir", "rm"] as const;

const SPEC = {
  name: "viperfs",
  usage: "npm run viperfs -- IMAGE ls|cat|put|get|mkdir|rm PATH [HOSTFILE]",
  summary: "Lists, reads and changes the files of a ViperFS disk image (chapter 26).",
  options: {},
  positionals: [
    { name: "IMAGE", help: "the image file" },
    { name: "COMMAND", help: "ls PATH, cat PATH, get PATH [HOSTFILE], put PATH HOSTFILE, mkdir PATH, rm PATH" },
    { name: "PATH", help: "a path in the image (/ is its root)", optional: true },
    { name: "HOSTFILE", help: "the host file put reads or get writes (get without one writes to stdout)", optional: true },
  ],
} as const;

runTool(SPEC, async ({ positionals }) => {
  const [image, command, path = "/", hostFile] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`no command ${command} (there are: ${COMMANDS.join(", ")})`);
  }
  const { viperfsMain } = await import("./commands.ts");
  return viperfsMain(image, command as (typeof COMMANDS)[number], path, hostFile);
});
