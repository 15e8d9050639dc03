// The page's keyboard for the machine's virtio-input device (chapter 24): KeyboardEvent.code,
// which names a key by its place on a US keyboard, to the Linux key code the device reports.
// The kernel's keymap turns codes back into characters, so the page sends keys, not text.

const ROWS: [string, number][] = [
  ["Escape", 1],
  ["Minus", 12],
  ["Equal", 13],
  ["Backspace", 14],
  ["Tab", 15],
  ["BracketLeft", 26],
  ["BracketRight", 27],
  ["Enter", 28],
  ["ControlLeft", 29],
  ["Semicolon", 39],
  ["Quote", 40],
  ["Backquote", 41],
  ["ShiftLeft", 42],
  ["Backslash", 43],
  ["Comma", 51],
  ["Period", 52],
  ["Slash", 53],
  ["ShiftRight", 54],
  ["AltLeft", 56],
  ["Space", 57],
  ["CapsLock", 58],
  ["ControlRight", 97],
  ["Home", 102],
  ["ArrowUp", 103],
  ["ArrowLeft", 105],
  ["ArrowRight", 106],
  ["End", 107],
  ["ArrowDown", 108],
  ["Delete", 111],
];

/** Letters and digits by their rows on the keyboard, with the Linux code of each row's first key. */
const RUNS: [string, number, (c: string) => string][] = [
  ["1234567890", 2, (c) => `Digit${c}`],
  ["QWERTYUIOP", 16, (c) => `Key${c}`],
  ["ASDFGHJKL", 30, (c) => `Key${c}`],
  ["ZXCVBNM", 44, (c) => `Key${c}`],
];

const CODES = new Map<string, number>([
  ...ROWS,
  ...RUNS.flatMap(([keys, first, name]) => [...keys].map((c, i): [string, number] => [name(c), first + i])),
]);

/** The Linux key code of a KeyboardEvent.code ("KeyA" → 30), or undefined for keys the machine lacks. */
export function linuxKeyCode(code: string): number | undefined {
  return CODES.get(code);
}
