/**
 * `--all`: the default résumé and every variant of a content folder, built one after another in this process.
 * Sequential on purpose: fonts, measurements and compiled modules are shared between builds, and worker threads
 * measured slower (each pays 1–2 s to start against 0.1–0.2 s per warm build; numbers in the README).
 */
import { type Diagnostic, UserError } from "../diagnostics.js";
import type { BuildOptions, BuildResult } from "../pipeline.js";
import { buildPdf } from "../pipeline.js";
import { variantBuildOptions, variantOutFile } from "./build.js";
import { listVariants, loadVariant } from "./readVariant.js";

export type CommonOptions = Omit<BuildOptions, "outFile" | "variant" | "tailoring">;

/** The builds of `--all`: the default first, then each variant by name; broken variants as problems. */
export async function allBuilds(
  base: CommonOptions,
  defaultOut: string,
): Promise<{ jobs: BuildOptions[]; problems: Diagnostic[] }> {
  const jobs: BuildOptions[] = [{ ...base, outFile: defaultOut }];
  // A badly named file is reported; the default and the well-named variants are built all the same.
  const { names, problems } = await listVariants(base.contentDir);
  for (const name of names) {
    try {
      const { variant, warnings } = await loadVariant(base.contentDir, name);
      problems.push(...warnings);
      jobs.push(variantBuildOptions(variant, { ...base, outFile: variantOutFile(name, defaultOut) }));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  return { jobs, problems };
}

/**
 * Builds each job in turn, handing each result (or the UserError it failed with) to `onDone` as soon as it is
 * done; a failed build does not stop the others. Internal errors (bugs) propagate.
 */
export async function buildAll(
  jobs: readonly BuildOptions[],
  onDone: (result: BuildResult | UserError, job: BuildOptions) => void,
): Promise<void> {
  for (const job of jobs) {
    try {
      onDone(await buildPdf(job), job);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      onDone(error, job);
    }
  }
}
