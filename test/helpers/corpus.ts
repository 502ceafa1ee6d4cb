/**
 * Every PDF the text-layer and structure tests check, built in-process from the repository as the CLI builds
 * them: the default résumé, each of its variants, the default on A4, each example résumé, and the default with
 * a web address too long for a line (broken across lines without a hyphen) on two pages.
 */
import { join } from "node:path";
import { EXAMPLES_DIR, exampleNames } from "../../scripts/gallery.js";
import { type BuildResult, buildPdf } from "../../src/pipeline.js";
import { allBuilds } from "../../src/tailor/all.js";
import { CONTENT, contentWith } from "./e2e.js";

export interface CorpusPdf {
  /** "default", "variant short", "a4", "example designer", "long address". */
  name: string;
  build: BuildResult;
  /** Where the PDF was written. */
  file: string;
}

/** An address longer than a line: it must break inside, after one of its slashes, dots or hyphens. */
export const LONG_ADDRESS =
  "https://github.com/example-organization/multi-level-checkpoint-cache/tree/main/src/cache/tiers/in-memory/snapshot-writer.ts";

export async function buildCorpus(dir: string): Promise<CorpusPdf[]> {
  const jobs: { name: string; run: () => Promise<BuildResult> }[] = [];
  const defaults = await allBuilds({ contentDir: CONTENT }, join(dir, "default.pdf"));
  if (defaults.problems.length > 0) throw new Error(`variants: ${JSON.stringify(defaults.problems)}`);
  for (const job of defaults.jobs)
    jobs.push({ name: job.variant ? `variant ${job.variant}` : "default", run: () => buildPdf(job) });
  jobs.push({
    name: "a4",
    run: () => buildPdf({ contentDir: CONTENT, outFile: join(dir, "a4.pdf"), paper: "a4" }),
  });
  for (const example of exampleNames()) {
    const outFile = join(dir, `example-${example}.pdf`);
    jobs.push({
      name: `example ${example}`,
      run: () => buildPdf({ contentDir: join(EXAMPLES_DIR, example), outFile }),
    });
  }
  const long = contentWith("30-industry.md", (text) =>
    text.replace("parallel processing.", `parallel processing, published at <${LONG_ADDRESS}>.`),
  );
  jobs.push({
    name: "long address",
    run: () => buildPdf({ contentDir: long.dir, outFile: join(dir, "long-address.pdf"), pages: 2 }),
  });
  const corpus: CorpusPdf[] = [];
  // One after another: builds share fonts and measurements, and the machine may be shared.
  for (const job of jobs) {
    const build = await job.run();
    corpus.push({ name: job.name, build, file: build.outFile });
  }
  return corpus;
}
