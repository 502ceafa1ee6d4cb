/**
 * Line breaks and composed sections kept from one build to the next in a long-lived process (a watch session): a
 * paragraph whose text, fonts and widths are unchanged is not broken again, a section whose content and layout
 * parameters are unchanged not composed again (composedParts.ts). Breaks depend on more than the cache key says only when
 * hyphenating (the words never hyphenated: the résumé's skills and keywords), so such builds get a cache per set
 * of those words. Entries no build of the last round used are dropped, so the cache stays the size of a résumé
 * however long the session runs.
 */
import { Generations, type Memo } from "../cache/generations.js";
import type { Resume } from "../model/schema.js";
import type { ComposedPart } from "./composedParts.js";
import { protectedWords } from "./layout.js";
import type { Line } from "./paragraph.js";

export class LayoutCache {
  private readonly maps = new Map<string, Generations<Line[]>>();
  private readonly parts = new Map<string, Generations<ComposedPart>>();
  private used = new Set<string>();

  /** The cache of line breaks for a build of `resume`. */
  forBuild(resume: Resume, hyphenate: boolean): Memo<Line[]> {
    return this.partition(this.maps, resume, hyphenate);
  }

  /** The composed sections kept for a build of `resume`. */
  partsFor(resume: Resume, hyphenate: boolean): Memo<ComposedPart> {
    return this.partition(this.parts, resume, hyphenate);
  }

  private partition<V>(maps: Map<string, Generations<V>>, resume: Resume, hyphenate: boolean): Memo<V> {
    const key = hyphenate ? `hyphenate|${[...protectedWords(resume)].sort().join(" ")}` : "plain";
    let map = maps.get(key);
    if (map === undefined) {
      map = new Generations<V>();
      maps.set(key, map);
    }
    this.used.add(key);
    return map;
  }

  /**
   * Ends a round of builds (the default résumé and each variant built after one save): breaks that no build of
   * the round asked for are dropped at the end of the next round, and caches of words no longer used at once.
   */
  endRound(): void {
    for (const maps of [this.maps, this.parts] as Map<string, Generations<unknown>>[])
      for (const [key, map] of maps) {
        if (this.used.has(key)) map.age();
        else maps.delete(key);
      }
    this.used = new Set();
  }

  /**
   * Paragraph breaks looked up and found, and looked up and made anew, since the cache was made; composed parts
   * (sections, entries, the header) found and made anew.
   */
  counts(): { reused: number; broken: number; partsKept: number; partsComposed: number } {
    const sum = (maps: Map<string, Generations<unknown>>, what: "hits" | "misses") =>
      [...maps.values()].reduce((total, map) => total + map[what], 0);
    return {
      reused: sum(this.maps, "hits"),
      broken: sum(this.maps, "misses"),
      partsKept: sum(this.parts, "hits"),
      partsComposed: sum(this.parts, "misses"),
    };
  }
}
