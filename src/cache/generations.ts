/**
 * A memo that keeps what the last generation of work used: a value asked for in the current generation, or in
 * the one before, is kept; starting a generation lets go of what neither of the last two used. A long-lived
 * process (a watch session) so keeps what one build of a résumé needs, however long it runs. Generations are
 * stamps on the entries, so starting one copies nothing.
 */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): unknown;
}

export class Generations<V> implements Memo<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private generation = 0;
  /** Look-ups answered, and look-ups that found nothing, since the memo was made. */
  hits = 0;
  misses = 0;

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    entry.used = this.generation;
    return entry.value;
  }

  set(key: string, value: V): this {
    this.entries.set(key, { value, used: this.generation });
    return this;
  }

  /** Whether a value is kept under `key` (not counted as a look-up). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The value kept under `key`, or the one `make` makes (then kept). */
  getOrMake(key: string, make: () => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = make();
      this.set(key, value);
    }
    return value;
  }

  /** Lets go of what is kept under `key`. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Lets go of everything. */
  forget(): void {
    this.entries.clear();
  }

  /** Starts a generation: what neither the ending one nor the one before it used is let go. */
  age(): void {
    for (const [key, entry] of this.entries) if (entry.used < this.generation) this.entries.delete(key);
    this.generation++;
  }
}
