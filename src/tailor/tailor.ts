/**
 * Tailoring: a pure function from the résumé and a variant to the résumé that version prints, applied before
 * layout. It selects, orders, renames sections, picks alternative phrasings kept in the content and sets
 * words in bold; it never writes text of its own, so no fact (date, title, organisation, number) can change.
 */
import { type Diagnostic, UserError } from "../diagnostics.js";
import { didYouMean } from "../model/context.js";
import type { Bullet, Entry, Resume, RichText, Section, Source } from "../model/schema.js";
import { emphasize, termPattern } from "./emphasize.js";
import { factProblems } from "./facts.js";
import type { Variant } from "./readVariant.js";
import type { Selector, VariantSpec } from "./variantSchema.js";

export type NodeKind = "section" | "entry" | "bullet" | "item" | "group";

/** A selectable node of the résumé: what it is, its tags and priority, and where it sits. */
export interface NodeInfo {
  id: string;
  kind: NodeKind;
  tags: readonly string[];
  priority: number;
  /** The section it belongs to (its own id for a section). */
  section: string;
  /** The entry a bullet belongs to. */
  entry?: string;
}

/** Every section, entry, bullet, list item and skill group by id, in content order. */
export function indexResume(resume: Resume): Map<string, NodeInfo> {
  const nodes = new Map<string, NodeInfo>();
  const add = (
    kind: NodeKind,
    section: string,
    node: { id: string; tags?: string[]; priority?: number },
    entry?: string,
  ) =>
    nodes.set(node.id, {
      id: node.id,
      kind,
      tags: node.tags ?? [],
      priority: node.priority ?? 1,
      section,
      ...(entry === undefined ? {} : { entry }),
    });
  for (const s of resume.sections) {
    add("section", s.id, s);
    if (s.kind === "entries")
      for (const e of s.entries) {
        add("entry", s.id, e);
        for (const b of e.bullets) add("bullet", s.id, b, e.id);
      }
    if (s.kind === "list") for (const item of s.items) add("item", s.id, item);
    if (s.kind === "skills") for (const g of s.groups) add("group", s.id, g);
  }
  return nodes;
}

/** The result of applying a variant, with how often each emphasized term was set in bold. */
export interface Tailored {
  resume: Resume;
  /** Matches per term of `emphasize`, in its order. */
  emphasized: number[];
}

/**
 * Applies a variant's selection, order, titles, alternatives and emphasis — without checking its references
 * (see {@link checkVariant}). Pure; the input is not modified.
 */
export function applyVariant(resume: Resume, spec: VariantSpec): Tailored {
  const patterns = (spec.emphasize ?? []).map(termPattern);
  const emphasized = patterns.map(() => 0);
  const bold = (text: RichText): RichText => {
    if (patterns.length === 0) return text;
    const result = emphasize(text, patterns);
    result.counts.forEach((n, i) => {
      emphasized[i] = (emphasized[i] ?? 0) + n;
    });
    return result.text;
  };
  const { include, exclude } = spec;
  const byId = new Map(resume.sections.map((s) => [s.id, s]));
  const chosen = spec.sections
    ? spec.sections.map((id) => byId.get(id)).filter((s): s is Section => s !== undefined)
    : resume.sections;
  const order = spec.order ?? [];
  const sections: Section[] = [];
  for (const section of chosen) {
    if (matches(exclude, section)) continue;
    const whole = include === undefined || matches(include, section);
    const keep = (node: { id: string; tags: readonly string[] }) =>
      !matches(exclude, node) && (whole || matches(include, node));
    const priorityOk = (node: { priority: number }) =>
      spec.priorityAtMost === undefined || node.priority <= spec.priorityAtMost;
    const base = { ...section, title: spec.titles?.[section.id] ?? section.title };
    switch (section.kind) {
      case "entries": {
        const entries: Entry[] = [];
        for (const entry of section.entries) {
          if (matches(exclude, entry)) continue;
          const wholeEntry = whole || matches(include, entry);
          const picked = entry.bullets.filter(
            (b) => !matches(exclude, b) && (wholeEntry || matches(include, b)),
          );
          if (!wholeEntry && picked.length === 0) continue;
          const bullets = limit(picked.filter(priorityOk), spec.maxBullets).map((b) => ({
            ...b,
            text: bold(alternative(b, spec.alternatives)),
            children: b.children.map((c) => ({ ...c, text: bold(c.text) })),
          }));
          entries.push({ ...entry, details: entry.details.map(bold), bullets: reorder(bullets, order) });
        }
        if (entries.length > 0) sections.push({ ...base, kind: "entries", entries: reorder(entries, order) });
        break;
      }
      case "list": {
        const items = section.items
          .filter((i) => keep(i) && priorityOk(i))
          .map((i) => ({ ...i, text: bold(i.text) }));
        if (items.length > 0) sections.push({ ...base, kind: "list", items: reorder(items, order) });
        break;
      }
      case "skills": {
        const groups = section.groups.filter(keep);
        if (groups.length > 0) sections.push({ ...base, kind: "skills", groups: reorder(groups, order) });
        break;
      }
      case "text":
        if (whole) sections.push({ ...base, kind: "text", paragraphs: section.paragraphs.map(bold) });
        break;
    }
  }
  const tailored: Resume = { header: resume.header, sections: sections as Resume["sections"] };
  if (resume.sources) tailored.sources = resume.sources;
  return { resume: tailored, emphasized };
}

/**
 * Problems of a variant against a résumé: every section, id and tag it names must exist (a miss is almost
 * always a typo), ids it includes, orders or renames must survive its own selection, and every emphasized
 * term must occur in the text it keeps. Each is placed at the value in the variant file.
 */
export function checkVariant(resume: Resume, variant: Variant): Diagnostic[] {
  return checked(resume, variant).problems;
}

/** The problems of a variant and, once its references are sound, the résumé it tailors (applied once). */
function checked(resume: Resume, variant: Variant): { problems: Diagnostic[]; tailored?: Tailored } {
  const { spec } = variant;
  const problems: Diagnostic[] = [];
  const report = (path: string, message: string, hint?: string) => {
    const at: Source =
      variant.positions[path] ?? variant.positions[path.replace(/:key$/, "")] ?? top(variant);
    problems.push({
      severity: "error",
      file: at.file,
      line: at.line,
      column: at.column,
      message,
      ...(hint === undefined ? {} : { hint }),
    });
  };
  const nodes = indexResume(resume);
  const allIds = [...nodes.keys()];
  const sectionIds = resume.sections.map((s) => s.id);
  const tags = [...new Set([...nodes.values()].flatMap((n) => n.tags))].sort();

  const checkSection = (id: string, path: string) => {
    const node = nodes.get(id);
    if (node === undefined)
      report(
        path,
        `no section "${id}" in the résumé; its sections are: ${sectionIds.join(", ")}`,
        didYouMean(id, sectionIds),
      );
    else if (node.kind !== "section")
      report(path, `"${id}" is ${describe(node)}, not a section; its section is "${node.section}"`);
  };
  const seen = (list: readonly string[] | undefined, path: string) => {
    const first = new Map<string, number>();
    list?.forEach((id, i) => {
      if (first.has(id)) report(`${path}.${i}`, `"${id}" is listed twice in ${path}`);
      else first.set(id, i);
    });
  };
  spec.sections?.forEach((id, i) => {
    checkSection(id, `sections.${i}`);
  });
  seen(spec.sections, "sections");
  for (const id of Object.keys(spec.titles ?? {})) checkSection(id, `titles.${id}:key`);
  for (const which of ["include", "exclude"] as const) {
    spec[which]?.tags?.forEach((tag, i) => {
      if (!tags.includes(tag))
        report(
          `${which}.tags.${i}`,
          `no entry, bullet, list item or skill group is tagged "${tag}"; the tags in use are: ${tags.join(", ") || "none"}`,
          didYouMean(tag, tags),
        );
    });
    spec[which]?.ids?.forEach((id, i) => {
      if (!nodes.has(id))
        report(`${which}.ids.${i}`, `nothing in the résumé has the id "${id}"`, didYouMean(id, allIds));
    });
  }
  spec.order?.forEach((id, i) => {
    const node = nodes.get(id);
    if (node === undefined)
      report(`order.${i}`, `nothing in the résumé has the id "${id}"`, didYouMean(id, allIds));
    else if (node.kind === "section")
      report(`order.${i}`, `"${id}" is a section; sections are ordered by "sections"`);
  });
  seen(spec.order, "order");
  if (spec.alternatives !== undefined) {
    const names = new Set(
      resume.sections.flatMap((s) =>
        s.kind === "entries"
          ? s.entries.flatMap((e) => e.bullets.flatMap((b) => b.alternatives.map((a) => a.name)))
          : [],
      ),
    );
    if (!names.has(spec.alternatives))
      report(
        "alternatives",
        `no bullet has an alternative named "${spec.alternatives}"`,
        names.size === 0
          ? "an alternative is a nested item under a bullet ending in {alt=NAME}"
          : (didYouMean(spec.alternatives, [...names]) ?? `the names in use are: ${[...names].join(", ")}`),
      );
  }
  if (problems.length > 0) return { problems: byPosition(problems) };

  // What the variant names must survive its own selection.
  const tailored = applyVariant(resume, spec);
  if (tailored.resume.sections.length === 0) report("", "this variant leaves no section to print");
  const kept = new Set(indexResume(tailored.resume).keys());
  const lost = (id: string, path: string, what: string) => {
    if (!kept.has(id))
      report(path, `"${id}" is ${what} but this variant leaves it out (${whyLeftOut(resume, spec, id)})`);
  };
  spec.include?.ids?.forEach((id, i) => {
    lost(id, `include.ids.${i}`, "included");
  });
  spec.order?.forEach((id, i) => {
    lost(id, `order.${i}`, "ordered");
  });
  for (const id of Object.keys(spec.titles ?? {})) lost(id, `titles.${id}:key`, "renamed");
  spec.emphasize?.forEach((term, i) => {
    if (tailored.emphasized[i] === 0)
      report(
        `emphasize.${i}`,
        `"${term}" occurs nowhere in the text this variant keeps (bullets, details, list items, paragraphs)`,
        "emphasis matches whole words, ignoring case",
      );
  });
  return { problems: byPosition(problems), tailored };
}

/** The tailored résumé; throws a UserError listing every problem of the variant (see {@link checkVariant}). */
export function tailor(resume: Resume, variant: Variant): Resume {
  const { problems, tailored: result } = checked(resume, variant);
  if (problems.length > 0 || result === undefined) throw new UserError(problems);
  const tailored = result.resume;
  // The fact guard, checked on every build: a failure here is a bug in tailoring, not in the variant.
  const changed = factProblems(resume, tailored, variant.spec.titles ?? {});
  if (changed.length > 0) throw new Error(`tailoring changed a fact of the content: ${changed.join("; ")}`);
  return tailored;
}

/** Why a variant leaves out a node of the résumé, in words: for diagnostics and `--diff`. */
export function whyLeftOut(resume: Resume, spec: VariantSpec, id: string): string {
  const nodes = indexResume(resume);
  const node = nodes.get(id);
  if (node === undefined) return "not in the résumé";
  if (spec.sections && !spec.sections.includes(node.section))
    return node.kind === "section" ? "not in sections" : `its section "${node.section}" is not in sections`;
  const chain = [node.section, node.entry, id].filter((x): x is string => x !== undefined);
  for (const link of chain) {
    const info = nodes.get(link);
    if (info === undefined) continue;
    if (spec.exclude?.ids?.includes(link))
      return link === id ? "excluded by id" : `"${link}" is excluded by id`;
    const tag = info.tags.find((t) => spec.exclude?.tags?.includes(t));
    if (tag) return link === id ? `excluded by tag ${tag}` : `"${link}" is excluded by tag ${tag}`;
  }
  if (spec.include && !chain.some((link) => matches(spec.include, nodes.get(link) ?? { id: link, tags: [] })))
    return "not included";
  if (
    spec.priorityAtMost !== undefined &&
    (node.kind === "bullet" || node.kind === "item") &&
    node.priority > spec.priorityAtMost
  )
    return `priority ${node.priority} is above priorityAtMost ${spec.priorityAtMost}`;
  if (node.kind === "bullet" && spec.maxBullets !== undefined)
    return `priority ${node.priority}: beyond maxBullets ${spec.maxBullets}`;
  return "nothing left in it";
}

function byPosition(problems: Diagnostic[]): Diagnostic[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function matches(selector: Selector | undefined, node: { id: string; tags?: readonly string[] }): boolean {
  if (selector === undefined) return false;
  return (
    (selector.ids?.includes(node.id) ?? false) ||
    (node.tags ?? []).some((t) => selector.tags?.includes(t) ?? false)
  );
}

/** At most `max` bullets: the highest priority (lowest number) first, ties in content order; content order kept. */
function limit(bullets: Bullet[], max: number | undefined): Bullet[] {
  if (max === undefined || bullets.length <= max) return bullets;
  const chosen = new Set(
    bullets
      .map((b, i) => ({ b, i }))
      .sort((x, y) => x.b.priority - y.b.priority || x.i - y.i)
      .slice(0, max)
      .map(({ b }) => b),
  );
  return bullets.filter((b) => chosen.has(b));
}

function alternative(bullet: Bullet, name: string | undefined): RichText {
  if (name === undefined) return bullet.text;
  return bullet.alternatives.find((a) => a.name === name)?.text ?? bullet.text;
}

/** The listed ids first, in the listed order; the rest after them in their own order. */
function reorder<T extends { id: string }>(xs: T[], order: readonly string[]): T[] {
  const rank = (x: T) => {
    const i = order.indexOf(x.id);
    return i < 0 ? order.length : i;
  };
  return xs
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i)
    .map(({ x }) => x);
}

function describe(node: NodeInfo): string {
  const what = {
    section: "a section",
    entry: "an entry",
    bullet: "a bullet",
    item: "a list item",
    group: "a skill group",
  };
  return what[node.kind];
}

function top(variant: Variant): Source {
  return variant.positions[""] ?? { file: variant.file, line: 1, column: 1 };
}
