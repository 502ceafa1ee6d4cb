/**
 * `npm run import -- resume.json --to DIR [--force]`: a JSON Resume document -> a vitae content folder. Nothing
 * is written unless the whole document imports: problems are listed at their place in the JSON, exit status 1.
 */
import { performance } from "node:perf_hooks";
import { type Diagnostic, formatDiagnostic, UserError, userError } from "../diagnostics.js";
import { checkImport } from "../jsonresume/checkImport.js";
import { importDocument, settingsText } from "../jsonresume/importDocument.js";
import { readJsonResume } from "../jsonresume/readDocument.js";
import { checkTarget, writeFolder } from "../jsonresume/writeFolder.js";
import type { Resume } from "../model/schema.js";
import { SETTINGS_FILE } from "../model/settingsSchema.js";
import { parseCommand } from "./args.js";
import { helpText } from "./help.js";
import { IMPORT_FOOTER, IMPORT_OPTIONS, IMPORT_SUMMARY, IMPORT_USAGE } from "./importOptions.js";
import { runCli } from "./run.js";

runCli(async (argv) => {
  const started = performance.now();
  const { values, positionals } = parseCommand(argv, IMPORT_OPTIONS);
  if (values.help) {
    process.stdout.write(helpText(IMPORT_USAGE, IMPORT_SUMMARY, IMPORT_OPTIONS, IMPORT_FOOTER));
    return;
  }
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0)
    throw userError(
      input === undefined
        ? "no JSON Resume file given"
        : `one JSON Resume file at a time; also given: ${extra.join(", ")}`,
      "vitae",
      IMPORT_USAGE,
    );
  const dir = values.to;
  if (dir === undefined || dir.trim() === "")
    throw userError("--to DIR is required: the content folder to write", "vitae", IMPORT_USAGE);
  await checkTarget(dir, values.force ?? false);
  const read = await readJsonResume(input);
  const imported = importDocument(read);
  const { ctx, dateFormat } = imported;
  if (ctx.problems.length > 0) throw new UserError(byPosition([...ctx.problems, ...read.warnings]));
  const checked = checkImport(imported.files, dir, dateFormat.format, read.source);
  const settings = settingsText(dateFormat, checked, input);
  const removed = await writeFolder(dir, [
    ...imported.files.map((f) => ({ name: f.name, text: f.text })),
    { name: SETTINGS_FILE, text: settings },
  ]);
  for (const d of byPosition([...read.warnings, ...ctx.notes, ...checked.warnings]))
    process.stderr.write(`${formatDiagnostic(d)}\n`);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `${dir}: ${imported.files.length} files from ${input}: ${describe(checked.resume)}; ` +
      `pages: ${checked.pages} (${checked.why}); dateFormat: ${dateFormat.format} (${dateFormat.why}); ${ms} ms\n`,
  );
  for (const file of removed)
    process.stdout.write(`  removed ${file}, a section of the résumé that was there\n`);
  process.stdout.write(`  build it: npm run pdf -- --content ${dir}\n`);
});

/** "header, summary, experience (3 entries), skills (4 lines)" */
function describe(resume: Resume): string {
  const parts = resume.sections.map((s) => {
    const n =
      s.kind === "entries"
        ? s.entries.length
        : s.kind === "list"
          ? s.items.length
          : s.kind === "skills"
            ? s.groups.length
            : s.paragraphs.length;
    const unit = { entries: "entr", list: "item", skills: "line", text: "paragraph" }[s.kind];
    const plural = s.kind === "entries" ? (n === 1 ? "y" : "ies") : n === 1 ? "" : "s";
    return `${s.id} (${n} ${unit}${plural})`;
  });
  return ["header", ...parts].join(", ");
}

function byPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
