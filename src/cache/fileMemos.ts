/**
 * Memos a process keeps of what it read from files (font bytes, their hashes, the shapes store). A startup
 * snapshot lets go of them before it is saved: a process started from it reads the files again.
 */
const forgetters: (() => void)[] = [];

/** A Map that {@link forgetFileMemos} empties. */
export function fileMemo<K, V>(): Map<K, V> {
  const memo = new Map<K, V>();
  forgetters.push(() => memo.clear());
  return memo;
}

/** Registers what else to let go of (a memo that is not a Map). */
export function onForgetFileMemos(forget: () => void): void {
  forgetters.push(forget);
}

export function forgetFileMemos(): void {
  for (const forget of forgetters) forget();
}
