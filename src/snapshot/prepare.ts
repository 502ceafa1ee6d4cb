/**
 * Building vitae's startup snapshot: `node --build-snapshot` run on the CLI's bundle (scripts/bundle.mjs does it).
 * The modules are loaded and their code compiled by building the shipped résumé (see warmUp); what was read from
 * files is let go (fonts, memos of what was built); then Node saves the process as it stands. A process started
 * from the snapshot skips all of that; start.ts says what it checks first.
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
 * Builds the content folder shipped with vitae, with its variants, into a temporary folder, twice, with caches
 * of its own: the first build does all the work, the second takes what the first kept, so the code of both ways
 * is compiled into the snapshot, whatever the user's caches hold (they are neither read nor filled). A failure
 * only leaves less of it compiled.
 */
async function warmUp(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "vitae-snapshot-"));
  const cacheDir = process.env.VITAE_CACHE_DIR;
  process.env.VITAE_CACHE_DIR = join(out, "cache");
  try {
    const build = ["--content", join(packageRoot, "content"), "--all", "--out", join(out, "resume.pdf")];
    await pdfCommand(build);
    await pdfCommand(build);
  } catch {
    // The sample does not build (edited content): the snapshot holds less compiled code, nothing else changes.
  } finally {
    if (cacheDir === undefined) delete process.env.VITAE_CACHE_DIR;
    else process.env.VITAE_CACHE_DIR = cacheDir;
    rmSync(out, { recursive: true, force: true });
  }
}
