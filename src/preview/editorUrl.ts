/**
 * The editor a click on the preview opens: a URL template with {path} (absolute), {line} and {column}, as
 * editors register them (VS Code `vscode://file/{path}:{line}:{column}`, Cursor `cursor://file/…`, JetBrains
 * `idea://open?file={path}&line={line}`). {path} after a slash in the template is the path without its leading
 * slash (`vscode://file/home/ana/cv/content/20-academic.md:14:3`), as those URLs are written.
 */
import { userError } from "../diagnostics.js";

export const DEFAULT_EDITOR = "vscode://file/{path}:{line}:{column}";

/** Schemes that would run code in the preview page itself rather than hand the place to an editor. */
const REFUSED_SCHEMES = new Set(["javascript", "data", "vbscript", "blob"]);

export function checkEditorTemplate(template: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
  const example = `e.g. --editor "${DEFAULT_EDITOR}"`;
  if (scheme === undefined || !template.includes("{path}"))
    throw userError(
      `--editor must be a URL holding {path} (and {line}, {column}), not "${template}"`,
      "vitae",
      example,
    );
  if (REFUSED_SCHEMES.has(scheme))
    throw userError(
      `--editor cannot be a ${scheme}: URL: it would run in the preview page`,
      "vitae",
      example,
    );
  return template;
}
