// The reader's edits, kept in the browser's local storage so that they survive a reload: one
// entry per edited fence, keyed by chapter and fence ("viperos-edit:chapters/10-boot.mdx:file:src/kernel/version.ts").
const PREFIX = "viperos-edit:";

export interface EditStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const editKey = (chapter: string, fenceId: string): string => `${PREFIX}${chapter}:${fenceId}`;

/** The edited body of a fence, or null when the reader has not changed it. */
export function loadEdit(store: EditStore, chapter: string, fenceId: string): string[] | null {
  const text = store.getItem(editKey(chapter, fenceId));
  return text === null ? null : text.split("\n");
}

/** Keeps `body` as the fence's edit, or forgets the edit when it is the book's text again. */
export function saveEdit(store: EditStore, chapter: string, fenceId: string, body: string[], book: string[]): void {
  if (body.join("\n") === book.join("\n")) store.removeItem(editKey(chapter, fenceId));
  else store.setItem(editKey(chapter, fenceId), body.join("\n"));
}

/** Every edit kept for `chapter`: fence id → body. */
export function chapterEdits(store: EditStore, chapter: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const prefix = `${PREFIX}${chapter}:`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) out.set(key.slice(prefix.length), (store.getItem(key) ?? "").split("\n"));
  }
  return out;
}
