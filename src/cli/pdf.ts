import { relative } from "node:path";
import { formatDiagnostic, userError } from "../diagnostics.js";
import { summaryLine } from "../fit/report.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import type { Paper } from "../layout/theme.js";
import { buildPdf } from "../pipeline.js";
import { parseOptions } from "./args.js";
import { runCli } from "./run.js";

const options = {
  content: { type: "string", default: "content" },
  out: { type: "string", default: "output/resume.pdf" },
  paper: { type: "string", default: "letter" },
  frames: { type: "boolean", default: false },
  text: { type: "boolean", default: false },
  hyphenate: { type: "boolean", default: false },
  report: { type: "string" },
} as const;

async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, options);
  if (values.paper !== "letter" && values.paper !== "a4") {
    throw userError(`--paper must be "letter" or "a4", not "${values.paper}"`);
  }
  const result = await buildPdf({
    contentDir: values.content,
    outFile: values.out,
    paper: values.paper as Paper,
    frames: values.frames,
    text: values.text,
    hyphenate: values.hyphenate,
  });
  for (const w of result.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  const total = Object.values(result.timings).reduce((a, b) => a + b, 0);
  process.stdout.write(`${summaryLine(result.report, total)}\n`);
  if (values.report) {
    await writeFileAtomic(values.report, `${JSON.stringify({ pdfs: [result.report] }, null, 2)}\n`);
    process.stdout.write(`  fit report: ${values.report}\n`);
  }
  for (const extra of result.written.slice(1))
    process.stdout.write(`  also wrote ${relative(process.cwd(), extra) || extra}\n`);
}

runCli(main);
