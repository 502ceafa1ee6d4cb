/**
 * Reads `content/variants/NAME.md`: YAML front matter (the declaration, checked by {@link VariantSpecSchema})
 * and a Markdown body stating the version's purpose. Every problem is reported as `file:line:col: message`.
 */
import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { keptByInput } from "../cache/keptByInput.js";
import { type Diagnostic, UserError, userError } from "../diagnostics.js";
import { decodeText, readInputFile, sizeText } from "../io/readInput.js";
import { THEMES } from "../layout/theme.js";
import { didYouMean, FileContext } from "../model/context.js";
import { bodyOf } from "../model/frontMatter.js";
import { ID_PATTERN, ID_RULE } from "../model/idPattern.js";
import { DiagnosticsSchema } from "../model/modelCache.js";
import { type Source, SourceSchema } from "../model/schema.js";
import { describeYaml, readYamlMap, scalarText, type YamlField } from "../model/yamlMap.js";
import { zodIssueToDiagnostic } from "../model/zodIssues.js";
import { ContentLimits, LIMITS } from "../parse/limits.js";
import { parseMarkdown } from "../parse/parseMarkdown.js";
import { VARIANT_KEYS, type VariantSpec, VariantSpecSchema } from "./variantSchema.js";

/** A validated variant declaration. Plain data: it can be sent to a worker thread. */
export interface Variant {
  name: string;
  /** The file, as shown in diagnostics. */
  file: string;
  /** What this version is for: the file's Markdown body, trimmed. */
  purpose: string;
  spec: VariantSpec;
  /**
   * Where each front-matter value was written, by dotted path ("sections.2", "include.tags.0"); the key of a
   * map entry as "path:key" ("titles.academic:key"). "" is the top of the file.
   */
  positions: Record<string, Source>;
}

export const VARIANT_NAME = ID_PATTERN;

export { THEMES } from "../layout/theme.js";

export function variantsDir(contentDir: string): string {
  return path.join(contentDir, "variants");
}

/** Refuses names that are not plain file names (`../x`, `a/b`, `Résumé`): variants live in one folder only. */
export function checkVariantName(name: string): void {
  if (!VARIANT_NAME.test(name))
    throw userError(`invalid variant name "${name}": a name is ${ID_RULE} (content/variants/NAME.md)`);
}

/**
 * The variant names of a content folder (file names of `variants/*.md`), sorted, and a problem for each file
 * whose name is not a valid variant name; none without the folder.
 */
export async function listVariants(contentDir: string): Promise<{ names: string[]; problems: Diagnostic[] }> {
  const dir = variantsDir(contentDir);
  let entries: Dirent[];
  try {
    // Synchronous: a build waits for the listing anyway, and fs's thread pool need not start for it.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { names: [], problems: [] };
    throw userError(`cannot list the variants folder (${(error as Error).message})`, dir);
  }
  const names: string[] = [];
  const problems: Diagnostic[] = [];
  for (const entry of entries) {
    if (!entry.name.endsWith(".md") || /^[_.]/.test(entry.name) || entry.isDirectory()) continue;
    const name = entry.name.slice(0, -".md".length);
    if (VARIANT_NAME.test(name)) names.push(name);
    else
      problems.push({
        severity: "error",
        file: path.join(dir, entry.name),
        message: `invalid variant file name: a name is ${ID_RULE}`,
        hint: 'rename it, or start its name with "_" to keep it as a draft',
      });
  }
  if (names.length > LIMITS.variants)
    problems.push({
      severity: "error",
      file: dir,
      message: `${names.length} variants; at most ${LIMITS.variants} are built (a version per kind of role is plenty)`,
      hint: 'start the names of drafts with "_"',
    });
  return { names: names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, LIMITS.variants), problems };
}

/** Reads and validates one variant; a UserError lists every problem (warnings are returned). */
export async function loadVariant(
  contentDir: string,
  name: string,
): Promise<{ variant: Variant; warnings: Diagnostic[] }> {
  checkVariantName(name);
  const file = path.join(variantsDir(contentDir), `${name}.md`);
  const read = readInputFile(file, LIMITS.fileBytes);
  if ("problem" in read) {
    if (read.problem !== "no such file")
      throw userError(
        `cannot read the variant (${read.problem})${read.tooLarge ? `; a variant is at most ${sizeText(LIMITS.fileBytes)}` : ""}`,
        file,
      );
    const known = (await listVariants(contentDir)).names;
    throw userError(
      `no variant "${name}": there is no ${file}`,
      "vitae",
      known.length === 0
        ? `add ${file} (see "Tailored versions" in the README)`
        : (didYouMean(name, known) ?? `known variants: ${known.join(", ")}`),
    );
  }
  let text: string;
  try {
    text = decodeText(read.bytes);
  } catch {
    throw userError("not UTF-8 text; save the file as UTF-8", file);
  }
  // The bounds and character rules of section files: a variant's body is Markdown, its titles are printed.
  const refused = new ContentLimits().check(displayPath(file), text);
  if (refused.length > 0) throw new UserError(refused);
  const shown = displayPath(file);
  // Kept by its text like the résumé's model (the model cache): parsing and checking it is the same work.
  const { variant, diagnostics } = keptByInput<{ variant?: Variant; diagnostics: Diagnostic[] }>({
    folder: "variants",
    input: [shown, name, text],
    schema: KeptVariantSchema,
    useKept: true,
    make: () => parseVariant(shown, name, text),
    keep: (made) => made.variant !== undefined,
  });
  if (variant === undefined) throw new UserError(diagnostics);
  return { variant, warnings: diagnostics };
}

/** What a kept variant must hold to be used (see keptByInput.ts). */
const KeptVariantSchema = z.object({
  variant: z
    .object({
      name: z.string(),
      file: z.string(),
      purpose: z.string(),
      spec: VariantSpecSchema,
      positions: z.record(z.string(), SourceSchema),
    })
    .optional(),
  diagnostics: DiagnosticsSchema,
}) as z.ZodType<{ variant?: Variant; diagnostics: Diagnostic[] }>;

/**
 * Parses a variant file's text: the same text gives the same result (its Markdown tree may be read from or kept in
 * the trees cache, src/parse/keptTrees.ts). Returns the variant only when there is no error, and the diagnostics
 * (errors and warnings) in file order.
 */
export function parseVariant(
  file: string,
  name: string,
  text: string,
): { variant?: Variant; diagnostics: Diagnostic[] } {
  const sink: Diagnostic[] = [];
  const ctx = new FileContext(file, text, sink);
  const root = parseMarkdown({ path: file, text });
  const first = root.children[0];
  const positions: Record<string, Source> = { "": ctx.point(1, 1) };
  let data: Record<string, unknown> = {};
  if (first?.type !== "yaml") {
    ctx.error(
      ctx.point(1, 1),
      'a variant starts with YAML front matter: a line "---", the declaration (e.g. "sections: [education, academic]"), then "---"',
    );
  } else {
    const start = first.position?.start.line ?? 1;
    const fields = readYamlMap(
      first.value,
      { line: start + 1, column: 1 },
      ctx,
      "the variant's front matter",
    );
    if (fields !== undefined) data = fieldsToData(fields, positions, ctx);
  }
  const body = bodyOf(root);
  const purpose = body
    .map((node) => ctx.raw(node))
    .join("\n\n")
    .trim();
  if (purpose === "" && first?.type === "yaml") {
    const end = first.position?.end.line ?? 1;
    ctx.error(
      ctx.point(end, 1),
      "a variant needs a purpose: after the front matter, say in a sentence what this version is for",
    );
  }
  let spec: VariantSpec | undefined;
  if (!sink.some((d) => d.severity === "error")) {
    const parsed = VariantSpecSchema.safeParse(data);
    if (parsed.success) spec = parsed.data;
    else for (const issue of parsed.error.issues) sink.push(...issueDiagnostics(issue, positions));
  }
  if (spec?.bodySize !== undefined) {
    const range = THEMES[spec.theme ?? "classic"].bodySize;
    if (spec.bodySize < range.min || spec.bodySize > range.max)
      ctx.error(
        positions.bodySize ?? ctx.point(1, 1),
        `bodySize ${spec.bodySize} is outside the theme's range ${range.min}–${range.max}pt`,
      );
  }
  const diagnostics = sink.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (spec === undefined || diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  return { variant: { name, file, purpose, spec, positions }, diagnostics };
}

/** The front matter as plain data for zod, recording the position of every value; unknown keys reported. */
function fieldsToData(
  fields: readonly YamlField[],
  positions: Record<string, Source>,
  ctx: FileContext,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (!VARIANT_KEYS.includes(field.key)) {
      ctx.error(
        field.keySource,
        `unknown field "${field.key}" in a variant; expected one of: ${VARIANT_KEYS.join(", ")}`,
        didYouMean(field.key, VARIANT_KEYS),
      );
      continue;
    }
    positions[`${field.key}:key`] = field.keySource;
    data[field.key] = toData(field.value, field.key, positions, field.sourceOf, ctx);
  }
  return data;
}

function toData(
  node: YamlNode | null,
  at: string,
  positions: Record<string, Source>,
  sourceOf: (node: unknown) => Source,
  ctx: FileContext,
): unknown {
  if (node !== null) positions[at] = sourceOf(node);
  if (node === null) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node))
    return node.items.map((item, i) =>
      toData(item as YamlNode | null, `${at}.${i}`, positions, sourceOf, ctx),
    );
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      // As written: a section id of digits ("2024") is a number to YAML.
      const key = scalarText(pair.key);
      if (key === undefined || !ID_PATTERN.test(key)) {
        const written = key === undefined ? describeYaml(pair.key) : `"${key}"`;
        const expected = at === "titles" ? "a section id" : "a field name";
        ctx.error(sourceOf(pair.key), `a key in ${at} must be ${expected} (${ID_RULE}); found ${written}`);
        continue;
      }
      positions[`${at}.${key}:key`] = sourceOf(pair.key);
      out[key] = toData(pair.value as YamlNode | null, `${at}.${key}`, positions, sourceOf, ctx);
    }
    return out;
  }
  return undefined; // an alias: zod reports the expected type
}

/** A zod issue at the position of the value (or, for unknown and invalid keys, of the key) it is about. */
function issueDiagnostics(issue: z.core.$ZodIssue, positions: Record<string, Source>): Diagnostic[] {
  const path = issue.path.map(String).join(".");
  const near = (p: string): Source => {
    const parts = p.split(".");
    while (parts.length > 0) {
      const found = positions[parts.join(".")];
      if (found) return found;
      parts.pop();
    }
    return positions[""] as Source;
  };
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(issue.path);
    return issue.keys.map((key) => {
      const at = positions[`${path}.${key}:key`] ?? near(path);
      return {
        severity: "error" as const,
        file: at.file,
        line: at.line,
        column: at.column,
        message: `unknown field "${key}" in ${path}; expected one of: ${known.join(", ")}`,
        ...hint(didYouMean(key, known)),
      };
    });
  }
  const at = issue.code === "invalid_key" ? (positions[`${path}:key`] ?? near(path)) : near(path);
  const diagnostic = zodIssueToDiagnostic(issue, {}, at);
  return [{ ...diagnostic, message: diagnostic.message.replace(/^invalid résumé/, "invalid variant") }];
}

function keysAt(issuePath: readonly PropertyKey[]): string[] {
  return issuePath[0] === "include" || issuePath[0] === "exclude" ? ["tags", "ids"] : VARIANT_KEYS;
}

function hint(text: string | undefined): { hint?: string } {
  return text === undefined ? {} : { hint: text };
}

/** Relative to the working directory when inside it, as the content files are shown. */
function displayPath(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
