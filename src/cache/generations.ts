/**
 * A memo that keeps what the last generation of work used: a look-up that misses in the current generation is
 * answered from the previous one (and kept), and starting a generation lets go of what the ending one did not
 * use. A long-lived process (a watch session) so keeps what one build of a résumé needs, however long it runs.
 */
export class Generations<V> extends Map<string, V> {
  private previous = new Map<string, V>();
  /** Look-ups answered, and look-ups that found nothing, since the memo was made. */
  hits = 0;
  misses = 0;

  override get(key: string): V | undefined {
    let value = super.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) super.set(key, value);
    }
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  /** Whether a value is kept under `key`, in this generation or the last (not counted as a look-up). */
  override has(key: string): boolean {
    return super.has(key) || this.previous.has(key);
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

  /** Lets go of everything. */
  forget(): void {
    this.previous.clear();
    this.clear();
  }

  /** Starts a generation: what the ending one did not use is let go. */
  age(): void {
    this.previous = new Map(this);
    this.clear();
  }
}
