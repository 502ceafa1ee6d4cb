/**
 * Building vitae's startup snapshot: `node --build-snapshot` run on the CLI's bundle (scripts/bundle.mjs does it).
 * The modules are loaded and their code compiled by building a sample résumé once; what was read from files is
 * let go (fonts parsed stay, used again only for the same bytes); then Node saves the process as it stands. A
 * process started from the snapshot skips all of that; start.ts says what it checks first.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startupSnapshot } from "node:v8";
import { bundleHash } from "../cache/codeIdentity.js";
import { forgetFileMemos } from "../cache/fileMemos.js";
import { pdfCommand } from "../cli/pdfCommand.js";
import { packageRoot } from "../packageRoot.js";
import { fileStamp } from "./bundleStamp.js";
import { startFromSnapshot } from "./start.js";

/** Prepares the snapshot of the bundle at `bundle` (the file this code was loaded from). */
export function prepareSnapshot(bundle: string): void {
  const built = { stamp: fileStamp(bundle), hash: bundleHash(bundle) };
  startupSnapshot.setDeserializeMainFunction(() => startFromSnapshot(bundle, built));
  startupSnapshot.addSerializeCallback(forgetFileMemos);
  void warmUp();
}

/**
 * Builds the content folder shipped with vitae, with its variants, into a temporary folder: every stage runs
 * once, so its code is compiled into the snapshot. A failure only leaves less of it compiled.
 */
async function warmUp(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "vitae-snapshot-"));
  try {
    await pdfCommand(["--content", join(packageRoot, "content"), "--all", "--out", join(out, "resume.pdf")]);
  } catch {
    // The sample does not build (edited content): the snapshot holds less compiled code, nothing else changes.
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
