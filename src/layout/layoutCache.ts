/**
 * Line breaks kept from one build to the next in a long-lived process (a watch session): a paragraph whose text,
 * fonts and widths are unchanged is not broken again. Breaks depend on more than the cache key says only when
 * hyphenating (the words never hyphenated: the résumé's skills and keywords), so such builds get a cache per set
 * of those words. Entries no build of the last round used are dropped, so the cache stays the size of a résumé
 * however long the session runs.
 */
import type { Resume } from "../model/schema.js";
import { protectedWords } from "./layout.js";
import type { Line } from "./paragraph.js";

/** A Map that also answers from the previous generation, and counts what it was asked. */
class GenerationalMap extends Map<string, Line[]> {
  previous = new Map<string, Line[]>();
  hits = 0;
  misses = 0;

  override get(key: string): Line[] | undefined {
    let lines = super.get(key);
    if (lines === undefined) {
      lines = this.previous.get(key);
      if (lines !== undefined) super.set(key, lines);
    }
    if (lines === undefined) this.misses++;
    else this.hits++;
    return lines;
  }

  /** Starts a generation: what the ending one did not use is let go. */
  age(): void {
    this.previous = new Map(this);
    this.clear();
  }
}

export class LayoutCache {
  private readonly maps = new Map<string, GenerationalMap>();
  private used = new Set<string>();

  /** The cache of line breaks for a build of `resume`. */
  forBuild(resume: Resume, hyphenate: boolean): Map<string, Line[]> {
    const key = hyphenate ? `hyphenate|${[...protectedWords(resume)].sort().join(" ")}` : "plain";
    let map = this.maps.get(key);
    if (map === undefined) {
      map = new GenerationalMap();
      this.maps.set(key, map);
    }
    this.used.add(key);
    return map;
  }

  /**
   * Ends a round of builds (the default résumé and each variant built after one save): breaks that no build of
   * the round asked for are dropped at the end of the next round, and caches of words no longer used at once.
   */
  endRound(): void {
    for (const [key, map] of this.maps) {
      if (this.used.has(key)) map.age();
      else this.maps.delete(key);
    }
    this.used = new Set();
  }

  /** Paragraph breaks looked up and found, and looked up and made anew, since the cache was made. */
  counts(): { reused: number; broken: number } {
    let reused = 0;
    let broken = 0;
    for (const map of this.maps.values()) {
      reused += map.hits;
      broken += map.misses;
    }
    return { reused, broken };
  }
}
