/**
 * Building vitae's startup snapshot: `node --build-snapshot` run on the CLI's bundle (scripts/bundle.mjs does it).
 * The modules are loaded and their code compiled by building the shipped résumé (see warmUp); what was read from
 * files is let go (fonts, memos of what was built); then Node saves the process as it stands. A process started
 * from the snapshot skips all of that; start.ts says what it checks first.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startupSnapshot } from "node:v8";
import { bundleHash } from "../cache/codeIdentity.js";
import { forgetFileMemos } from "../cache/fileMemos.js";
import { pdfCommand } from "../cli/pdfCommand.js";
import { saveRunCaches } from "../cli/runPdf.js";
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
 * Builds a copy of the content folder shipped with vitae, with its variants, into a temporary folder, with caches
 * of its own: once with nothing kept, once more with what the first build kept, and once after a word of a
 * bullet is changed (what an author does between builds). Each build ends as a run does (what it keeps is
 * written) and the next starts with nothing in memory, as a new process would: so the code of all three ways,
 * reading what was kept included, is compiled into the snapshot, whatever the user's caches hold (they are
 * neither read nor filled). A failure only leaves less of it compiled.
 */
async function warmUp(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "vitae-snapshot-"));
  const cacheDir = process.env.VITAE_CACHE_DIR;
  process.env.VITAE_CACHE_DIR = join(out, "cache");
  const build = async (args: string[]) => {
    try {
      await pdfCommand(args);
    } finally {
      saveRunCaches();
      forgetFileMemos();
    }
  };
  try {
    const content = join(out, "content");
    cpSync(join(packageRoot, "content"), content, { recursive: true });
    const args = ["--content", content, "--all", "--out", join(out, "resume.pdf")];
    await build(args);
    await build(args);
    if (editOneWord(content)) await build(args);
  } catch {
    // The sample does not build (edited content): the snapshot holds less compiled code, nothing else changes.
  } finally {
    if (cacheDir === undefined) delete process.env.VITAE_CACHE_DIR;
    else process.env.VITAE_CACHE_DIR = cacheDir;
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Lengthens the first word of the first bullet of the first entries section, as an author's edit usually goes:
 * letters inside a word (the Markdown tree is then made from the one before, src/parse/wordEdit.ts). False when
 * there is no such word.
 */
function editOneWord(dir: string): boolean {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md")) continue;
    const file = join(dir, name);
    const text = readFileSync(file, "utf8");
    if (!/^kind: entries$/m.test(text)) continue;
    const edited = text.replace(/^(- \p{L}{2,})(?=\s)/mu, "$1s");
    if (edited === text) continue;
    writeFileSync(file, edited);
    return true;
  }
  return false;
}
