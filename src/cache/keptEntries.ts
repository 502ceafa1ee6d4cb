/**
 * A file of entries by key, kept from one run to the next (kept line breaks, kept skeletons): read on the first
 * look-up, each entry decoded only when asked for, and written at the end of a run with the entries the run
 * used, unless nearly all of them came from the file (what a small edit adds is made again next time, which
 * costs less than writing the file again). Trusted as checkedFile.ts trusts a file, and each entry only when it
 * decodes.
 */
import { deserialize, serialize } from "node:v8";
import { readCheckedBytes, writeCheckedBytes } from "./checkedFile.js";
import { onForgetFileMemos } from "./fileMemos.js";
import type { Memo } from "./generations.js";
import type { KeptFile } from "./keptFile.js";
import { trimFolder } from "./trimFolder.js";

/** The share of a run's entries made anew above which the file is written again. */
const NEW_SHARE = 0.1;

/** How entries are kept: what is written for a value, and the value of what was read (undefined: unusable). */
export interface EntryCodec<V> {
  encode(value: V): unknown;
  decode(stored: unknown): V | undefined;
}

export class KeptEntries<V> implements Memo<V> {
  /** What the file held, still encoded; undefined until the first look-up. */
  private kept: Map<string, unknown> | undefined;
  /** The entries this run used, with what was read for them: what the file will hold. */
  private readonly used = new Map<string, { value: V; stored?: unknown }>();
  /** Entries made anew in this run. */
  private added = 0;
  /** Whether the file is to be written (a caller may keep it only if what used it is worth it). */
  worthKeeping = true;

  constructor(
    private readonly at: KeptFile,
    private readonly codec: EntryCodec<V>,
    private readonly maxFiles: number,
  ) {}

  get(key: string): V | undefined {
    const known = this.used.get(key);
    if (known !== undefined) return known.value;
    this.kept ??= this.read();
    const stored = this.kept.get(key);
    const value = stored === undefined ? undefined : this.codec.decode(stored);
    if (value !== undefined) this.used.set(key, { value, stored });
    return value;
  }

  set(key: string, value: V): void {
    if (this.used.has(key)) return;
    this.used.set(key, { value });
    this.added++;
  }

  /** Reads nothing from now on (what was kept is not to be trusted); what is made anew is still kept. */
  distrust(): void {
    this.kept = new Map();
    this.used.clear();
    this.added = 0;
  }

  save(): void {
    const fromFile = this.kept?.size ?? 0;
    if (!this.worthKeeping || this.added === 0) return;
    if (fromFile > 0 && this.added < NEW_SHARE * this.used.size) return;
    this.added = 0;
    const entries = [...this.used].map(([key, { value, stored }]) => [
      key,
      stored ?? this.codec.encode(value),
    ]);
    writeCheckedBytes(this.at.file, this.at.key, () => serialize(entries));
    trimFolder(this.at.dir, this.maxFiles);
  }

  private read(): Map<string, unknown> {
    const bytes = readCheckedBytes(this.at.file, this.at.key);
    if (bytes === undefined) return new Map();
    try {
      const entries: unknown = deserialize(bytes);
      const pairs = Array.isArray(entries) ? entries : [];
      const good = pairs.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string");
      return good ? new Map(pairs as [string, unknown][]) : new Map();
    } catch {
      return new Map();
    }
  }
}

/**
 * The stores of one kind that this run opened, by file: a build opens each once (`useKept` false: it reads
 * nothing of it), and all are written when the run ends ({@link saveAll}).
 */
export class KeptEntriesFiles<V> {
  private readonly stores = new Map<string, KeptEntries<V>>();

  constructor(
    private readonly codec: EntryCodec<V>,
    private readonly maxFiles: number,
  ) {
    onForgetFileMemos(() => this.stores.clear());
  }

  /** The store of `at`, the same one each time this run opens it. */
  open(at: KeptFile): KeptEntries<V> {
    let store = this.stores.get(at.file);
    if (store === undefined) {
      store = new KeptEntries(at, this.codec, this.maxFiles);
      this.stores.set(at.file, store);
    }
    return store;
  }

  /** Writes what this run's stores used and made, for the next run; never throws. */
  saveAll(): void {
    for (const store of this.stores.values()) store.save();
  }
}
