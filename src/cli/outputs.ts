import { buildOutputs, type OutputChoice } from "../io/buildOutputs.js";
import {
  checkDistinctOutputs,
  checkOutputFolders,
  checkOutputPaths,
  type Output,
} from "../io/outputPaths.js";

/**
 * Checks every file a command will write before it builds anything: none inside the content folder, each in
 * an existing folder and not a folder or device itself, and no two the same file.
 */
export function checkCommandOutputs(
  contentDir: string,
  builds: readonly OutputChoice[],
  report: string | undefined,
): void {
  const outputs: Output[] = [
    ...builds.flatMap(buildOutputs),
    ...(report === undefined ? [] : [{ path: report, what: "the fit report (--report)" }]),
  ];
  const paths = outputs.map((o) => o.path);
  checkOutputPaths(contentDir, paths);
  checkOutputFolders(paths);
  checkDistinctOutputs(outputs);
}
