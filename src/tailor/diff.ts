/**
 * `--diff NAME`: what a variant keeps, drops, reorders, renames and emphasizes relative to the default résumé,
 * as readable text. Built from the same {@link applyVariant} the PDF is built from, so it cannot disagree.
 */
import type { Resume, RichText, Section } from "../model/schema.js";
import type { ResolvedBuild } from "../resolveBuild.js";
import type { Variant } from "./readVariant.js";
import { applyVariant, whyLeftOut } from "./tailor.js";

interface Child {
  id: string;
  label: string;
  /** For entries: the bullets, to count and list what is dropped. */
  bullets?: { id: string; text: RichText; priority: number; alternatives: { name: string }[] }[];
}

export function variantDiff(resume: Resume, variant: Variant, build: ResolvedBuild): string {
  const { spec } = variant;
  const tailored = applyVariant(resume, spec);
  const out: string[] = [
    `${variant.name} (${variant.file}) compared with the default résumé`,
    ...wrap(`Purpose: ${variant.purpose.replace(/\s+/g, " ")}`, "  "),
    "",
    "Sections, in this version's order:",
  ];
  const keptSections = tailored.resume.sections;
  const sectionMoves = moves(
    resume.sections.map((s) => s.id),
    keptSections.map((s) => s.id),
  );
  keptSections.forEach((s, i) => {
    const original = resume.sections.find((o) => o.id === s.id);
    const notes = [
      original && original.title !== s.title ? `renamed from "${original.title}"` : "",
      sectionMoves.get(s.id) ?? "",
    ].filter(Boolean);
    out.push(`  ${i + 1}. ${s.title} (${s.id})${notes.length ? ` — ${notes.join("; ")}` : ""}`);
  });
  for (const s of resume.sections)
    if (!keptSections.some((k) => k.id === s.id))
      out.push(`  dropped: ${s.title} (${s.id}): ${whyLeftOut(resume, spec, s.id)}`);

  const counts = { entries: [0, 0], bullets: [0, 0], items: [0, 0], groups: [0, 0] };
  const add = (bucket: number[], kept: number, all: number) => {
    bucket[0] = (bucket[0] ?? 0) + kept;
    bucket[1] = (bucket[1] ?? 0) + all;
  };
  for (const section of resume.sections) {
    const kept = keptSections.find((k) => k.id === section.id);
    const before = children(section);
    const after = kept ? children(kept) : [];
    if (section.kind === "entries") add(counts.entries, after.length, before.length);
    if (section.kind === "list") add(counts.items, after.length, before.length);
    if (section.kind === "skills") add(counts.groups, after.length, before.length);
    const bullets = (cs: Child[]) => cs.reduce((n, c) => n + (c.bullets?.length ?? 0), 0);
    add(counts.bullets, bullets(after), bullets(before));
  }
  // Each kept section, in this version's order: its entries, items or groups, kept and dropped.
  for (const kept of keptSections) {
    const section = resume.sections.find((s) => s.id === kept.id);
    if (section === undefined || section.kind === "text") continue;
    const before = children(section);
    const after = children(kept);
    out.push("", `${kept.title} (${section.id})`);
    const childMoves = moves(
      before.map((c) => c.id),
      after.map((c) => c.id),
    );
    for (const c of after) {
      const original = before.find((b) => b.id === c.id);
      const notes = [childMoves.get(c.id) ?? ""];
      const of = original?.bullets?.length ?? 0;
      if (c.bullets && original?.bullets && of > 0) {
        const n = c.bullets.length;
        notes.push(n === of ? `all ${of} bullet${of === 1 ? "" : "s"}` : `${n} of ${of} bullets`);
        const bulletMoves = moves(
          original.bullets.map((b) => b.id),
          c.bullets.map((b) => b.id),
        );
        if (bulletMoves.size > 0) notes.push("bullets reordered");
      }
      out.push(`  keep  ${c.label} (${c.id})${suffix(notes)}`);
      if (!c.bullets || !original?.bullets) continue;
      for (const b of original.bullets) {
        const k = c.bullets.find((x) => x.id === b.id);
        if (k === undefined)
          out.push(`          drop bullet ${b.id} "${words(b.text)}": ${whyLeftOut(resume, spec, b.id)}`);
        else if (spec.alternatives && b.alternatives.some((a) => a.name === spec.alternatives))
          out.push(`          bullet ${b.id} uses its "${spec.alternatives}" phrasing`);
      }
    }
    for (const c of before)
      if (!after.some((a) => a.id === c.id))
        out.push(`  drop  ${c.label} (${c.id}): ${whyLeftOut(resume, spec, c.id)}`);
  }

  out.push("");
  if (spec.emphasize)
    out.push(
      `Bold: ${spec.emphasize.map((term, i) => `"${term}" ×${tailored.emphasized[i] ?? 0}`).join(", ")}`,
    );
  else out.push("Bold: nothing emphasized");
  const { theme, pages, paper } = build;
  out.push(
    `Build: ${pages} page${pages === 1 ? "" : "s"}, ${paper}, ` +
      `${theme.name} theme, body from ${theme.bodySize.value}pt (floor ${theme.bodySize.min}pt); ` +
      `fitting ${spec.allowDrop ? "may" : "may not"} drop items`,
  );
  if (spec.subject || spec.keywords)
    out.push(
      `PDF: ${[
        spec.subject ? `Subject "${spec.subject}"` : "",
        spec.keywords ? `Keywords "${spec.keywords.join(", ")}"` : "",
      ]
        .filter(Boolean)
        .join("; ")}`,
    );
  const of = ([k, n]: number[], what: string) => `${k} of ${n} ${what}`;
  out.push(
    `In all: keeps ${keptSections.length} of ${resume.sections.length} sections, ${of(counts.entries, "entries")}, ` +
      `${of(counts.bullets, "bullets")}, ${of(counts.items, "list items")}, ${of(counts.groups, "skill groups")}`,
  );
  return `${out.join("\n")}\n`;
}

function children(section: Section): Child[] {
  switch (section.kind) {
    case "entries":
      return section.entries.map((e) => ({
        id: e.id,
        label: e.organization ? `${e.title}, ${e.organization}` : e.title,
        bullets: e.bullets,
      }));
    case "list":
      return section.items.map((i) => ({ id: i.id, label: words(i.text, 8) }));
    case "skills":
      return section.groups.map((g) => ({ id: g.id, label: g.label }));
    case "text":
      return [];
  }
}

/**
 * "moved up from 4th" for the kept ids whose place differs from their place among the kept ones in content
 * order (so dropping an item does not count as moving the ones after it).
 */
function moves(before: readonly string[], after: readonly string[]): Map<string, string> {
  const keptBefore = before.filter((id) => after.includes(id));
  const result = new Map<string, string>();
  after.forEach((id, i) => {
    const was = keptBefore.indexOf(id);
    if (was !== i)
      result.set(id, `moved ${i < was ? "up" : "down"} from ${ordinal(was + 1)} to ${ordinal(i + 1)}`);
  });
  return result;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function suffix(notes: string[]): string {
  const shown = notes.filter(Boolean);
  return shown.length ? ` — ${shown.join("; ")}` : "";
}

function words(text: RichText, count = 7): string {
  const all = text
    .map((s) => s.text)
    .join("")
    .split(/\s+/)
    .filter(Boolean);
  return all.length <= count ? all.join(" ") : `${all.slice(0, count).join(" ")} …`;
}

function wrap(text: string, indent: string, width = 110): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
