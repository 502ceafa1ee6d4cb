import type { Diagnostic } from "../diagnostics.js";
import type { FileContext } from "./context.js";
import { ID_PATTERN, ID_RULE } from "./idPattern.js";
import type { Source } from "./schema.js";

/** Derived ids are cut at a word boundary to at most this many characters. */
const MAX_DERIVED = 40;

/** An id the author wrote, with where they wrote it. */
export interface IdRequest {
  value: string;
  source: Source;
}

/** Checks an explicit id; reports and returns undefined when it is not lowercase letters, digits and hyphens. */
export function checkId(value: string, at: Source, ctx: FileContext): IdRequest | undefined {
  if (ID_PATTERN.test(value)) return { value, source: at };
  ctx.error(at, `invalid id "${value}": ids are ${ID_RULE}${suggest(value)}`);
  return undefined;
}

function suggest(value: string): string {
  const slug = slugify(value);
  return slug === "" ? "" : ` (e.g. "${slug}")`;
}

/**
 * A lowercase, hyphenated form of text for ids: accents removed, apostrophes dropped, other runs of
 * non-alphanumerics replaced by one hyphen.
 * @example slugify("Shanghai Jiao Tong University") // "shanghai-jiao-tong-university"
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The slug of text, cut at the last word boundary within 40 characters. */
export function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= MAX_DERIVED) return slug;
  const cut = slug.lastIndexOf("-", MAX_DERIVED);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_DERIVED);
}

/** The slug of the first `count` words of text. */
export function firstWordsSlug(text: string, count: number): string {
  return shortSlug(text.split(/\s+/).filter(Boolean).slice(0, count).join(" "));
}

interface Claim {
  target: { id: string };
  explicit: IdRequest | undefined;
  derive: () => string;
}

/**
 * Gives every selectable node its id once the whole résumé is read: explicit ids must be unique (a repeat is an
 * error at the second, naming the first); derived ids avoid all ids and get -2, -3, … suffixes when taken.
 */
export class IdRegistry {
  private readonly claims: Claim[] = [];
  private readonly byTarget = new Map<{ id: string }, Claim>();

  /**
   * Registers a node; its `id` is set by {@link resolve}. `derive` runs then, in document order, so it may use
   * the resolved id of a node registered earlier (a bullet's id starts with its entry's id).
   */
  claim(target: { id: string }, explicit: IdRequest | undefined, derive: () => string): void {
    const claim = { target, explicit, derive };
    this.claims.push(claim);
    this.byTarget.set(target, claim);
  }

  /** Gives an already registered node the id its author wrote (read after the node was registered). */
  setExplicit(target: { id: string }, explicit: IdRequest): void {
    const claim = this.byTarget.get(target);
    if (claim) claim.explicit = explicit;
  }

  resolve(sink: Diagnostic[]): void {
    const first = new Map<string, Source>();
    for (const { explicit } of this.claims) {
      if (explicit === undefined) continue;
      const earlier = first.get(explicit.value);
      if (earlier === undefined) first.set(explicit.value, explicit.source);
      else {
        const where =
          earlier.file === explicit.source.file ? `line ${earlier.line}` : `${earlier.file}:${earlier.line}`;
        sink.push({
          severity: "error",
          file: explicit.source.file,
          line: explicit.source.line,
          column: explicit.source.column,
          message: `duplicate id "${explicit.value}": already used at ${where}; ids must be unique in the résumé`,
        });
      }
    }
    const taken = new Set(first.keys());
    // The last suffix tried per base: ids only get taken, never freed, so the next free one is not below it.
    // Without it, n bullets of the same words would take n²/2 tries.
    const lastSuffix = new Map<string, number>();
    for (const claim of this.claims) {
      if (claim.explicit) {
        claim.target.id = claim.explicit.value;
        continue;
      }
      const base = claim.derive();
      let id = base;
      let n = lastSuffix.get(base) ?? 1;
      if (n > 1) id = `${base}-${n}`;
      while (taken.has(id)) id = `${base}-${++n}`;
      lastSuffix.set(base, n);
      taken.add(id);
      claim.target.id = id;
    }
  }
}
