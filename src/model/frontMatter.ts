import type { Root, RootContent } from "mdast";
import { didYouMean, type FileContext } from "./context.js";
import { isComment } from "./html.js";
import { checkId, type IdRequest } from "./ids.js";
import type { Source } from "./schema.js";
import { describeYaml, readYamlMap, scalarText } from "./yamlMap.js";

export const SECTION_KINDS = ["header", "entries", "list", "skills", "text"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
const FIELDS = ["kind", "id"];

/** What a file's front matter says about its section. */
export interface FrontMatter {
  kind: SectionKind;
  kindSource: Source;
  id?: IdRequest;
}

/**
 * Reads the YAML front matter that must open every file (`kind` and an optional `id`). Returns undefined after
 * reporting when it is missing or broken, or names no valid kind: the file's body cannot be read then.
 */
export function readFrontMatter(root: Root, ctx: FileContext): FrontMatter | undefined {
  const first = root.children[0];
  if (first?.type !== "yaml") {
    const unclosed = /^---[ \t]*\r?\n/.test(ctx.text);
    const message = unclosed
      ? 'the front matter is not closed: add a line "---" after it'
      : 'missing front matter: start the file with a line "---", then "kind: entries" (or header, list, skills, text), then "---"';
    ctx.error(ctx.point(1, 1), message);
    return undefined;
  }
  const start = first.position?.start.line ?? 1;
  const fields = readYamlMap(first.value, { line: start + 1, column: 1 }, ctx, "front matter");
  if (fields === undefined) return undefined;
  let kind: { value: SectionKind; source: Source } | undefined;
  let id: IdRequest | undefined;
  let kindSeen = false;
  for (const field of fields) {
    if (field.key === "kind") {
      kindSeen = true;
      const value = scalarText(field.value);
      if (isKind(value)) kind = { value, source: field.valueSource };
      else {
        const written = value === undefined ? describeYaml(field.value) : `"${value}"`;
        ctx.error(
          field.valueSource,
          `unknown section kind ${written}; expected one of: ${SECTION_KINDS.join(", ")}`,
          value ? didYouMean(value, SECTION_KINDS) : undefined,
        );
      }
    } else if (field.key === "id") {
      const value = scalarText(field.value);
      if (value === undefined)
        ctx.error(
          field.valueSource,
          `the section id is ${describeYaml(field.value)}; expected a word such as "academic"`,
        );
      else id = checkId(value, field.valueSource, ctx) ?? id;
    } else {
      ctx.error(
        field.keySource,
        `unknown field "${field.key}" in front matter; expected one of: ${FIELDS.join(", ")}`,
        didYouMean(field.key, FIELDS),
      );
    }
  }
  if (!kindSeen)
    ctx.error(ctx.at(first), `missing "kind" in front matter; expected one of: ${SECTION_KINDS.join(", ")}`);
  if (kind === undefined) return undefined;
  return { kind: kind.value, kindSource: kind.source, ...(id ? { id } : {}) };
}

/** The file's blocks after its front matter, without HTML comments (which the author meant to hide). */
export function bodyOf(root: Root): RootContent[] {
  return root.children.filter(
    (node) => node.type !== "yaml" && !(node.type === "html" && isComment(node.value)),
  );
}

function isKind(value: string | undefined): value is SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(value ?? "");
}
