// A small VT100 screen model for tests: turns what the UART sent into the lines a terminal
// would show, so transcripts compare what a user sees rather than the editor's byte stream.
// Handles printable ASCII, CR, LF, BS, and the CSI sequences the shell sends: n C / n D (cursor
// right/left), K (erase to end of line), J with 2 (clear), H (home). Others are dropped.

export function renderTerminal(bytes: string): string {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = (): string[] => {
    while (lines.length <= row) lines.push([]);
    return lines[row];
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === "\x1b" && bytes[i + 1] === "[") {
      let j = i + 2;
      let param = "";
      while (j < bytes.length && /[0-9;?]/.test(bytes[j])) param += bytes[j++];
      const final = bytes[j];
      const n = Number.parseInt(param || "1", 10);
      if (final === "C") col += n;
      else if (final === "D") col = Math.max(0, col - n);
      else if (final === "K") line().length = Math.min(line().length, col);
      else if (final === "J" && param === "2") {
        lines.length = 0;
        lines.push([]);
        row = 0;
        col = 0;
      } else if (final === "H") {
        row = 0;
        col = 0;
      }
      i = j;
      continue;
    }
    if (c === "\r") col = 0;
    else if (c === "\n") {
      row++;
      line();
    } else if (c === "\b") col = Math.max(0, col - 1);
    else if (c === "\x07") {
      // bell
    } else if (c >= " " && c <= "~") {
      const l = line();
      while (l.length < col) l.push(" ");
      l[col++] = c;
    }
  }
  return lines.map((l) => l.join("").trimEnd()).join("\n");
}
