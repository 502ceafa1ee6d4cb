/**
 * The authoring loop as a user runs it: `npm run pdf -- --watch` (the CLI from source) on a copy of the content,
 * saved to as editors save — in place, in bursts, atomically (a temp file renamed over), deleted and made again —
 * and broken and fixed. And the build session underneath: a one-word edit breaks only the edited paragraph's lines
 * again, counted (its speed is measured by `npm run bench`, not here).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BuildSession, DEFAULT_BUILD } from "../src/watch/session.js";
import { cleanup, contentWith, ROOT, tempDir } from "./helpers/e2e.js";
import { extractText } from "./helpers/pdf.js";

afterAll(cleanup);

/** The copy's first academic bullet starts so (changed from the original, so the copy is the test's own). */
const BULLET = "Developed a novel starting";
const copy = () => contentWith("20-academic.md", (t) => t.replace("Developed a novel pluggable", BULLET));

/** A running `--watch`, its output collected line by line. */
class Watcher {
  readonly out: string[] = [];
  readonly err: string[] = [];
  readonly process: ChildProcess;
  constructor(args: string[]) {
    const env = { ...process.env };
    delete env.SOURCE_DATE_EPOCH;
    this.process = spawn(process.execPath, ["--import", "tsx", "src/cli/pdf.ts", "--watch", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (lines: string[]) => (chunk: Buffer) =>
      lines.push(...chunk.toString().split("\n").filter(Boolean));
    this.process.stdout?.on("data", collect(this.out));
    this.process.stderr?.on("data", collect(this.err));
  }

  summaries(): string[] {
    return this.out.filter((l) => l.includes("layout passes"));
  }

  /** Waits until `ready()` holds, polling the collected output. */
  async until(what: string, ready: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await ready())) {
      if (Date.now() > end || this.process.exitCode !== null)
        throw new Error(
          `waited for ${what}; stdout:\n${this.out.join("\n")}\nstderr:\n${this.err.join("\n")}`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async untilSummaries(n: number): Promise<void> {
    await this.until(`${n} summary lines`, () => this.summaries().length >= n);
  }

  stop(): Promise<number | null> {
    return new Promise((resolve) => {
      this.process.once("exit", (code) => resolve(code));
      this.process.kill("SIGINT");
    });
  }
}

const running: Watcher[] = [];
afterEach(() => {
  for (const w of running.splice(0)) if (w.process.exitCode === null) w.process.kill("SIGKILL");
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("npm run pdf -- --watch", () => {
  it("rebuilds after each save, one line each; bursts, atomic saves and re-created files included", async () => {
    const { dir, path } = copy();
    const out = join(tempDir("vitae-watch-"), "resume.pdf");
    const watcher = new Watcher(["--content", dir, "--out", out]);
    running.push(watcher);
    await watcher.untilSummaries(1);
    await watcher.until("watching", () => watcher.out.some((l) => l.startsWith("watching ")));
    expect(watcher.summaries()[0]).toMatch(/resume\.pdf: 1 page, body [\d.]+pt, .* \d+ ms$/);

    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace(BULLET, "Developed a novel frobnicating"));
    await watcher.untilSummaries(2);
    expect(await extractText(readFileSync(out))).toContain("frobnicating");

    // Five saves within a few milliseconds, as an editor writes one: one rebuild.
    for (let i = 0; i < 5; i++) writeFileSync(path, text.replace(BULLET, `Developed a novel burst${i}`));
    await watcher.untilSummaries(3);
    await pause(1500);
    expect(watcher.summaries()).toHaveLength(3);
    expect(await extractText(readFileSync(out))).toContain("burst4");

    // An atomic save: a temp file renamed over the original.
    writeFileSync(`${path}.tmp`, text.replace(BULLET, "Developed a novel renamed"));
    renameSync(`${path}.tmp`, path);
    await watcher.until("the renamed file built", () => watcher.summaries().length >= 4);
    await watcher.until("the PDF with the renamed word", () => pdfHas(out, "renamed"));

    // Deleted and made again, as some editors save.
    rmSync(path);
    await pause(20);
    writeFileSync(path, text.replace(BULLET, "Developed a novel recreated"));
    await watcher.until("the PDF with the re-created file", () => pdfHas(out, "recreated"));
    expect(watcher.err.filter((l) => !l.includes("warning"))).toEqual([]);
    expect(await watcher.stop()).toBe(0);
  });

  it("keeps the last good PDF while the content is broken, says why at file:line:col, and recovers", async () => {
    const { dir, path } = copy();
    const out = join(tempDir("vitae-watch-"), "resume.pdf");
    const watcher = new Watcher(["--content", dir, "--out", out]);
    running.push(watcher);
    await watcher.untilSummaries(1);
    const good = readFileSync(out);
    const text = readFileSync(path, "utf8");
    const broken = text.replace("dates: 10/2022", "dates: 13/2022");
    expect(broken).not.toBe(text);
    writeFileSync(path, broken);
    await watcher.until("the diagnostic", () => watcher.err.some((l) => l.includes("kept the last good")));
    const line = broken.split("\n").findIndex((l) => l.includes("13/2022")) + 1;
    expect(watcher.err).toContain(`${path}:${line}:8: invalid date "13/2022": month must be 01–12`);
    expect(watcher.err).toContain(`  kept the last good ${out}`);
    expect(readFileSync(out).equals(good)).toBe(true);
    expect(watcher.process.exitCode).toBeNull();

    writeFileSync(path, text.replace(BULLET, "Developed a novel mended"));
    await watcher.untilSummaries(2);
    expect(await extractText(readFileSync(out))).toContain("mended");
    expect(await watcher.stop()).toBe(0);
  });

  it("refuses --watch with a command that builds nothing, in one line", async () => {
    const watcher = new Watcher(["--diff", "short"]);
    const code = await new Promise((resolve) => watcher.process.once("exit", resolve));
    expect(code).toBe(1);
    expect(watcher.err).toEqual(["vitae: --watch builds PDFs; it cannot be combined with --diff"]);
  });
});

async function pdfHas(file: string, word: string): Promise<boolean> {
  try {
    return (await extractText(readFileSync(file))).includes(word);
  } catch {
    return false;
  }
}

describe("the build session", () => {
  it("breaks only the edited paragraph's lines again after a one-word edit", async () => {
    const { dir, path } = copy();
    const out = join(tempDir("vitae-session-"), "resume.pdf");
    const session = new BuildSession({
      common: { contentDir: dir },
      outFile: () => out,
      all: false,
      selected: DEFAULT_BUILD,
      keepPages: false,
    });
    const first = await session.rebuild();
    expect(first.builds[0]?.problems).toEqual([]);
    const cold = session.layoutWork();
    writeFileSync(path, readFileSync(path, "utf8").replace(BULLET, "Developed a novel edited"));
    const second = await session.rebuild();
    expect(second.builds[0]?.good?.report.fits).toBe(true);
    const warm = session.layoutWork();
    const broken = warm.broken - cold.broken;
    const kept = warm.partsKept - cold.partsKept;
    const composed = warm.partsComposed - cold.partsComposed;
    console.info(
      `line breaking: first build ${cold.broken} paragraphs broken; after a one-word edit ${broken}, ${warm.reused - cold.reused} reused; parts kept ${kept}, composed again ${composed}`,
    );
    // The edited bullet, at each size and width the fitting tries; everything else comes from the cache.
    expect(broken).toBeGreaterThan(0);
    expect(broken).toBeLessThan(cold.broken / 10);
    // The edited entry and the section holding it are composed again at each set of parameters; the header,
    // the other sections and the other entries of its section are kept.
    expect(composed).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(3 * composed);
    // The entry's other paragraphs come from the line cache.
    expect(warm.reused - cold.reused).toBeGreaterThan(0);
  });
});
