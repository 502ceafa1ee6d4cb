/**
 * What the cold benchmark builds: the default résumé, `--all` (the default and every variant), and the largest
 * of the example résumés. Only the first has a Typst counterpart (bench/resume.typ); the others are compared
 * with the same Typst run, as the targets are ratios to Typst's whole-process time.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Workload {
  /** A short key for the JSON. */
  id: "default" | "all" | "example";
  /** The row's name in the table. */
  label: string;
  /** The content folder built, relative to the repository. */
  content: string;
  /** The CLI's options besides --content and --out. */
  args: string[];
  /** Whether bench/resume.typ is this résumé set in Typst (otherwise it stands in as the yardstick). */
  sameAsTypst: boolean;
}

/** Bytes of a content folder's own files (sections and settings; not variants or subfolders). */
export function contentSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(dir, entry.name)).size, 0);
}

/** The example résumé (a folder of examples/) with the most content; ties go to the first by name. */
export function largestExample(root: string): string {
  const examples = join(root, "examples");
  const folders = readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  let best: { name: string; size: number } | undefined;
  for (const name of folders) {
    const size = contentSize(join(examples, name));
    if (best === undefined || size > best.size) best = { name, size };
  }
  if (best === undefined) throw new Error(`no example résumé in ${examples}`);
  return join("examples", best.name);
}

export function workloads(root: string): Workload[] {
  const variants = readdirSync(join(root, "content", "variants")).filter((f) => f.endsWith(".md")).length;
  const example = largestExample(root);
  return [
    { id: "default", label: "default résumé", content: "content", args: [], sameAsTypst: true },
    {
      id: "all",
      label: `--all (default + ${variants} variants)`,
      content: "content",
      args: ["--all"],
      sameAsTypst: false,
    },
    { id: "example", label: `largest example (${example})`, content: example, args: [], sameAsTypst: false },
  ];
}
