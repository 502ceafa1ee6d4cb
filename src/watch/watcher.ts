/**
 * Calls back after saves under a folder settle: chokidar's events (including a file renamed over, deleted and
 * made again, as editors save atomically) collected until none has come for `quietMs`, then handed over at once.
 */
import { watch } from "chokidar";

/** Editors write a save as several events within a few milliseconds; a burst is one change. */
export const QUIET_MS = 60;

export interface FolderWatch {
  /** Resolves once the watcher has read the folder and reports changes. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchFolder(
  folder: string,
  onChange: (paths: string[]) => void,
  onError: (error: Error) => void,
  quietMs = QUIET_MS,
): FolderWatch {
  // `atomic`: a file deleted and made again within 100 ms is reported as changed, not as gone.
  const watcher = watch(folder, { ignoreInitial: true, atomic: true, persistent: true });
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", (_event, path) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed];
      changed = new Set();
      onChange(paths);
    }, quietMs);
  });
  watcher.on("error", (error) => onError(error instanceof Error ? error : new Error(String(error))));
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
