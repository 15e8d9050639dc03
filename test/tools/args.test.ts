// chapter: 00-how-to-read
// The shared argument parser (tools/lib/args.ts): typed options, defaults, positionals, the
// --help text, and one-line errors for everything a tool does not take.
import { describe, expect, it } from "vitest";
import { helpText, parseCommand, parseSize, parseWholeNumber, UsageError, userErrorMessage } from "../../tools/lib/args.ts";

const SPEC = {
  name: "demo",
  usage: "demo [options] FILE",
  summary: "A demonstration tool.",
  options: {
    count: { type: "int", help: "how many", default: 10, min: 1 },
    seed: { type: "int", help: "the seed" },
    ram: { type: "size", help: "memory", default: 128 * 1024 * 1024, max: 1024 ** 3 },
    clock: { type: "enum", values: ["host", "virtual"], help: "which clock" },
    add: { type: "string", value: "FILE", help: "a file to add", multiple: true },
    stats: { type: "flag", help: "print statistics" },
  },
  positionals: [{ name: "FILE", help: "the input" }],
} as const;

function errorOf(argv: string[], spec: Parameters<typeof parseCommand>[0] = SPEC): string {
  try {
    parseCommand(spec, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("parseCommand", () => {
  it("fills in defaults and converts typed values", () => {
    const r = parseCommand(SPEC, ["in.txt"]);
    expect(r).toEqual({
      options: { count: 10, ram: 128 * 1024 * 1024, add: [], stats: false },
      positionals: ["in.txt"],
    });
    const s = parseCommand(SPEC, [
      "--count=3",
      "--seed",
      "-7",
      "--ram",
      "64M",
      "--clock",
      "virtual",
      "--add",
      "a",
      "--add",
      "b",
      "--stats",
      "x",
    ]);
    expect(s).toEqual({
      options: { count: 3, seed: -7, ram: 64 * 1024 * 1024, clock: "virtual", add: ["a", "b"], stats: true },
      positionals: ["x"],
    });
  });

  it("answers --help and -h with 'help', whatever else is on the line", () => {
    expect(parseCommand(SPEC, ["--help"])).toBe("help");
    expect(parseCommand(SPEC, ["x", "-h"])).toBe("help");
  });

  it("refuses malformed values, naming the option and the value", () => {
    expect(errorOf(["--count", "abc", "x"])).toBe('--count: expected a whole number of at least 1, got "abc"');
    expect(errorOf(["--count", "0", "x"])).toBe('--count: expected a whole number of at least 1, got "0"');
    expect(errorOf(["--count", "1.5", "x"])).toBe('--count: expected a whole number of at least 1, got "1.5"');
    expect(errorOf(["--ram", "lots", "x"])).toBe('--ram: expected a size such as 64M or 1G, got "lots"');
    expect(errorOf(["--ram", "2G", "x"])).toBe('--ram: expected a size of at most 1G, got "2G"');
    expect(errorOf(["--clock", "wall", "x"])).toBe('--clock: expected host or virtual, got "wall"');
  });

  it("refuses unknown options, missing values, values given to flags, and wrong word counts", () => {
    expect(errorOf(["--frobnicate", "x"])).toBe("unknown option --frobnicate (--help lists the options)");
    expect(errorOf(["-q", "x"])).toBe("unknown option -q (--help lists the options)");
    expect(errorOf(["x", "--count"])).toBe("--count needs a value (N)");
    expect(errorOf(["--stats=yes", "x"])).toBe("--stats takes no value");
    expect(errorOf([])).toBe("missing FILE (--help shows the usage)");
    expect(errorOf(["x", "y"])).toBe('unexpected argument "y"');
  });

  it("stops at the first positional when told to, passing the rest on untouched", () => {
    const spec = {
      name: "run",
      usage: "run [--stats] PROGRAM [args...]",
      summary: "Runs a program.",
      options: { stats: { type: "flag", help: "statistics" } },
      positionals: [{ name: "PROGRAM" }, { name: "args", rest: true }],
      stopAtPositional: true,
    } as const;
    expect(parseCommand(spec, ["--stats", "prog", "--stats", "-x", "--", "y"])).toEqual({
      options: { stats: true },
      positionals: ["prog", "--stats", "-x", "--", "y"],
    });
    expect(parseCommand(spec, ["--", "--odd-name"])).toEqual({ options: { stats: false }, positionals: ["--odd-name"] });
  });
});

describe("helpText", () => {
  it("gives the usage, the summary, every option with its value name and default, and the arguments", () => {
    const text = helpText(SPEC);
    expect(text.split("\n").slice(0, 3)).toEqual(["usage: demo [options] FILE", "", "A demonstration tool."]);
    expect(text).toMatch(/\n {2}--count N +how many \(default 10\)\n/);
    expect(text).toMatch(/\n {2}--ram SIZE +memory \(default 128M\)\n/);
    expect(text).toMatch(/\n {2}--clock host\|virtual +which clock\n/);
    expect(text).toMatch(/\n {2}--add FILE +a file to add \(repeatable\)\n/);
    expect(text).toMatch(/\n {2}-h, --help +this text\n/);
    expect(text).toMatch(/arguments:\n {2}FILE +the input\n/);
  });

  it("puts the help of an option with a long list of values on its own line, in the column", () => {
    const values = ["none", "off", "no-flush-before-commit", "no-flush-after-commit"] as const;
    const text = helpText({ ...SPEC, options: { ...SPEC.options, fault: { type: "enum", values, help: "break it" } } });
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("  --fault none|off|"));
    const column = lines.find((l) => l.startsWith("  --count N"))?.indexOf("how many");
    expect(lines[at + 1]).toBe(`${" ".repeat(column ?? 0)}break it`);
    expect(column).toBeLessThanOrEqual(30);
  });
});

describe("values and errors", () => {
  it("reads sizes and whole numbers the way the options document them", () => {
    expect([parseSize("65536"), parseSize("64K"), parseSize("128M"), parseSize("1G"), parseSize("2GiB")]).toEqual([
      65536,
      65536,
      128 * 1024 ** 2,
      1024 ** 3,
      2 * 1024 ** 3,
    ]);
    expect([parseSize("1.5G"), parseSize("-1M"), parseSize("")]).toEqual([null, null, null]);
    expect([parseWholeNumber("10_000"), parseWholeNumber("0x1f"), parseWholeNumber("-3")]).toEqual([10000, 31, -3]);
    expect([parseWholeNumber("1e3"), parseWholeNumber("9007199254740993"), parseWholeNumber(" 1")]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("turns the file errors a user causes into one line, and leaves bugs alone", () => {
    const missing = Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT", path: "x.elf" });
    expect(userErrorMessage(missing)).toBe("x.elf: no such file or directory");
    expect(userErrorMessage(new TypeError("undefined is not a function"))).toBeNull();
  });
});
