/**
 * When cache files are written. A one-shot run writes each as it is made. A watching session rebuilds on every
 * save and holds what it made in memory; writing each build's files there (serializing, hashing, renaming,
 * trimming folders) would add to every rebuild what only a later process reads. So a session holds the writes
 * back and makes them once it has been idle a while, and when it closes: the last write of a file wins.
 */

/** Writes held back, by the file (or folder) they are for; undefined when writes are made at once. */
let held: Map<string, () => void> | undefined;

/** From now on, writes wait for {@link writeHeld}. */
export function holdCacheWrites(): void {
  held ??= new Map();
}

/** Makes `write` now, or holds it back under `target` (replacing a write held for it, and going last). */
export function cacheWrite(target: string, write: () => void): void {
  if (held === undefined) {
    write();
    return;
  }
  held.delete(target);
  held.set(target, write);
}

/** Makes the writes held back, in the order they were last asked for. */
export function writeHeld(): void {
  if (held === undefined) return;
  const writes = [...held.values()];
  held.clear();
  for (const write of writes) write();
}
