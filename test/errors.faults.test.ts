/**
 * Faults around a build: missing or damaged fonts, output paths that cannot be written (not a folder, no such
 * folder, a folder, a read-only place, a full disk) and a writer killed mid-write. After each failure the
 * previous PDF is byte-identical and no temp file is left beside it; a killed writer leaves the target whole
 * (old or new, never partial), and its temp file is swept by the next write.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { fontsDir } from "../src/fonts.js";
import { sweepStaleTemps, writeFileAtomic } from "../src/io/atomicWrite.js";
import { classicTheme, type Theme } from "../src/layout/theme.js";
import { type BuildOptions, buildPdf } from "../src/pipeline.js";
import { missingHere } from "./helpers/tools.js";

const ROOT = join(import.meta.dirname, "..");
const BASE = join(import.meta.dirname, "fixtures", "errors", "_base");
const TSX = createRequire(import.meta.url).resolve("tsx");
const temp = mkdtempSync(join(tmpdir(), "vitae-faults-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let previous: Buffer;
let fresh = 0;
/** A folder holding a previous good PDF, r.pdf; returns the PDF's path. */
function withPrevious(): string {
  const dir = join(temp, `out-${fresh++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "r.pdf"), previous);
  return join(dir, "r.pdf");
}

/** The formatted diagnostics of a build that must fail with a UserError. */
async function failure(options: BuildOptions): Promise<string[]> {
  const error = await buildPdf(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.diagnostics.map(formatDiagnostic);
}

/** The previous PDF is untouched and nothing else is in its folder (no temp file). */
function expectUntouched(pdf: string): void {
  expect(readFileSync(pdf).equals(previous), "previous PDF byte-identical").toBe(true);
  expect(readdirSync(dirname(pdf))).toEqual(["r.pdf"]);
}

beforeAll(async () => {
  previous = (await buildPdf({ contentDir: BASE, outFile: join(temp, "previous.pdf") })).pdf;
});

describe("fonts", () => {
  /** The classic theme with every font in a fresh copy of fonts/, the regular one damaged by `damage`. */
  function themeWith(name: string, damage: (file: string) => void): { theme: Theme; file: string } {
    const dir = join(temp, `fonts-${name}`);
    cpSync(fontsDir, dir, { recursive: true });
    const fonts = Object.fromEntries(
      Object.entries(classicTheme.fonts).map(([id, file]) => [id, join(dir, file)]),
    ) as Theme["fonts"];
    const file = fonts.regular;
    damage(file);
    return { theme: { ...classicTheme, fonts }, file };
  }
  const size = statSync(join(fontsDir, classicTheme.fonts.regular)).size;

  const cases: [string, (file: string) => void, (file: string) => string[]][] = [
    [
      "missing",
      (f) => rmSync(f),
      (f) => [`${f}: font file not found\n  hint: check the font paths of the theme`],
    ],
    [
      "truncated to half",
      (f) => truncateSync(f, Math.floor(size / 2)),
      (f) => [
        `${f}: cannot use font file: the table "CFF" runs past the end of the file (truncated: ${Math.floor(size / 2)} bytes, needs 66188)\n` +
          "  hint: copy the font file again (the fonts shipped with vitae are in fonts/)",
      ],
    ],
    [
      "truncated inside its table directory",
      (f) => truncateSync(f, 40),
      (f) => [
        `${f}: cannot use font file: the file ends inside its table directory (truncated)\n` +
          "  hint: copy the font file again (the fonts shipped with vitae are in fonts/)",
      ],
    ],
    [
      "damaged (bytes flipped)",
      (f) => {
        const bytes = readFileSync(f);
        for (let i = 4000; i < bytes.length; i += 997) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
        writeFileSync(f, bytes);
      },
      (f) => [
        `${f}: cannot use font file: the table "CFF" does not match its checksum (the file is damaged)\n` +
          "  hint: copy the font file again (the fonts shipped with vitae are in fonts/)",
      ],
    ],
    [
      "empty",
      (f) => writeFileSync(f, ""),
      (f) => [
        `${f}: cannot use font file: not a valid OpenType/TrueType font (Unknown font format)\n` +
          "  hint: use an .otf or .ttf file",
      ],
    ],
    [
      "not a font (the licence text)",
      (f) => cpSync(join(fontsDir, "GUST-FONT-LICENSE.TXT"), f),
      (f) => [
        `${f}: cannot use font file: not a valid OpenType/TrueType font (Unknown font format)\n` +
          "  hint: use an .otf or .ttf file",
      ],
    ],
    [
      "a folder",
      (f) => {
        rmSync(f);
        mkdirSync(f);
      },
      (f) => [`${f}: font path is a folder, not a font file`],
    ],
  ];

  for (const [name, damage, expected] of cases) {
    it(`a ${name} font file is a user error naming it; the previous PDF stays`, async () => {
      const { theme, file } = themeWith(name.replace(/\W+/g, "-"), damage);
      const pdf = withPrevious();
      expect(await failure({ contentDir: BASE, outFile: pdf, theme })).toEqual(expected(file));
      expectUntouched(pdf);
    });
  }

  it("through the CLI: exit 1, a line and a hint naming the font; the previous PDF stays", () => {
    // The CLI always uses fonts/ next to src/: a copy of the repository's src with a damaged fonts/ beside it.
    const copy = join(temp, "repo-copy");
    mkdirSync(copy);
    cpSync(join(ROOT, "src"), join(copy, "src"), { recursive: true });
    cpSync(fontsDir, join(copy, "fonts"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const font = join(copy, "fonts", classicTheme.fonts.bold);
    truncateSync(font, 1000);
    const pdf = withPrevious();
    const result = spawnSync(
      process.execPath,
      ["--import", TSX, join(copy, "src", "cli", "pdf.ts"), "--content", BASE, "--out", pdf],
      { cwd: copy, encoding: "utf8" },
    );
    expect(result.stderr).toMatch(
      new RegExp(
        `^${font.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: cannot use font file: the table "\\w+" runs past the end of the file`,
      ),
    );
    expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(2);
    expect(result.status).toBe(1);
    expectUntouched(pdf);
  });
});

describe("output paths", () => {
  it("a path whose parent is a file: ENOTDIR, nothing created", async () => {
    const dir = join(temp, "parent-file");
    mkdirSync(dir);
    writeFileSync(join(dir, "file.txt"), "x");
    const out = join(dir, "file.txt", "r.pdf");
    expect(await failure({ contentDir: BASE, outFile: out })).toEqual([
      `${out}: cannot write ${out}: a part of the path is not a folder (ENOTDIR)`,
    ]);
    expect(readdirSync(dir)).toEqual(["file.txt"]);
  });

  it("a folder that does not exist: ENOENT, nothing created", async () => {
    const out = join(temp, "no-such-folder", "r.pdf");
    expect(await failure({ contentDir: BASE, outFile: out })).toEqual([
      `${out}: cannot write ${out}: the folder does not exist (ENOENT)`,
    ]);
    expect(existsSync(dirname(out))).toBe(false);
  });

  it("a path that is a folder: refused, the folder untouched, no temp file", async () => {
    const dir = join(temp, "is-folder");
    const out = join(dir, "r.pdf");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "keep.txt"), "x");
    expect(await failure({ contentDir: BASE, outFile: out, frames: true, text: true })).toEqual([
      `${out}: cannot write ${out}: it is a folder\n  hint: name a file, e.g. output/resume.pdf`,
    ]);
    expect(readdirSync(dir)).toEqual(["r.pdf"]);
    expect(readdirSync(out)).toEqual(["keep.txt"]);
  });

  it.skipIf(missingHere(!existsSync("/proc/version"), "no /proc file system here"))(
    "a folder that takes no new files (/proc): a clear ENOENT",
    async () => {
      const out = "/proc/vitae-test.pdf";
      expect(await failure({ contentDir: BASE, outFile: out })).toEqual([
        `${out}: cannot write ${out}: the folder does not take new files (ENOENT)`,
      ]);
      expect(await failure({ contentDir: BASE, outFile: "/proc/version/r.pdf" })).toEqual([
        "/proc/version/r.pdf: cannot write /proc/version/r.pdf: a part of the path is not a folder (ENOTDIR)",
      ]);
    },
  );

  it.skipIf(missingHere(!existsSync("/sys/kernel"), "no /sys file system here"))(
    "a read-only place even for root (/sys): permission denied",
    async () => {
      const out = "/sys/vitae-test.pdf";
      const lines = await failure({ contentDir: BASE, outFile: out });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^\/sys\/vitae-test\.pdf: cannot write \/sys\/vitae-test\.pdf: (permission denied \(EACCES\)|the file system is read-only \(EROFS\))$/,
      );
    },
  );

  it("a content error, an overflow, a font error and a write error each leave the previous PDF as it was", async () => {
    const pdf = withPrevious();
    const bad = join(temp, "bad-content");
    cpSync(BASE, bad, { recursive: true });
    writeFileSync(join(bad, "50-more.md"), "---\nkind: list\n---\n\n# More\n\n- x {dates=13/2022}\n");
    expect(await failure({ contentDir: bad, outFile: pdf })).toHaveLength(1);
    expectUntouched(pdf);
    const long = join(temp, "long-content");
    cpSync(BASE, long, { recursive: true });
    writeFileSync(
      join(long, "50-more.md"),
      `---\nkind: list\n---\n\n# More\n\n${Array.from({ length: 300 }, (_, i) => `- Item ${i}`).join("\n")}\n`,
    );
    expect((await failure({ contentDir: long, outFile: pdf }))[0]).toMatch(/does not fit on 1 page/);
    expectUntouched(pdf);
    const theme = { ...classicTheme, fonts: { ...classicTheme.fonts, italic: join(temp, "nope.otf") } };
    expect(await failure({ contentDir: BASE, outFile: pdf, theme })).toHaveLength(1);
    expectUntouched(pdf);
  });
});

describe("a full disk", () => {
  // A 24 KB tmpfs holds the 8 KB previous file but not a new ~30 KB PDF; mounting needs root (and the right to).
  const mount = join(temp, "small");
  const mounted =
    process.getuid?.() === 0 &&
    (() => {
      mkdirSync(mount, { recursive: true });
      return spawnSync("mount", ["-t", "tmpfs", "-o", "size=24k", "tmpfs", mount]).status === 0;
    })();
  afterAll(() => {
    if (mounted) execFileSync("umount", [mount]);
  });

  const cannotMount = "mounting a 24 KB tmpfs needs root and the right to mount";
  it.skipIf(missingHere(!mounted, cannotMount))(
    "ENOSPC: a clear error, the previous file byte-identical, no temp file",
    async () => {
      if (!mounted) throw new Error(`cannot test a full disk: ${cannotMount}`);
      const out = join(mount, "r.pdf");
      const old = Buffer.alloc(8000, 0x25);
      writeFileSync(out, old);
      expect(await failure({ contentDir: BASE, outFile: out })).toEqual([
        `${out}: cannot write ${out}: no space left on the disk (ENOSPC)`,
      ]);
      expect(readFileSync(out).equals(old)).toBe(true);
      expect(readdirSync(mount)).toEqual(["r.pdf"]);
    },
  );
});

describe("a writer killed mid-write", () => {
  const SIZE = 24 * 1024 * 1024;
  /** Writes 24 MiB files of one repeated byte, A, B, A, … to the target, forever; prints "ready" first. */
  const WRITER = `
import { writeFileAtomic } from ${JSON.stringify(join(ROOT, "src", "io", "atomicWrite.ts"))};
const target = process.argv[2];
process.stdout.write("ready\\n");
for (let i = 1; ; i++) await writeFileAtomic(target, Buffer.alloc(${SIZE}, i % 2 ? 0x42 : 0x41));
`;

  /** Whether the file is one whole version: SIZE bytes, all the same letter. */
  function whole(file: string): boolean {
    const bytes = readFileSync(file);
    return (
      bytes.length === SIZE &&
      (bytes[0] === 0x41 || bytes[0] === 0x42) &&
      bytes.equals(Buffer.alloc(SIZE, bytes[0]))
    );
  }

  function started(child: ChildProcess): Promise<void> {
    return new Promise((resolve, reject) => {
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        if (chunk.includes("ready")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`the writer exited early (${code})`)));
    });
  }

  const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

  it("leaves the target whole after SIGKILL at any moment, and the next write sweeps the temp files", async () => {
    const dir = join(temp, "killed");
    mkdirSync(dir);
    const target = join(dir, "r.bin");
    writeFileSync(target, Buffer.alloc(SIZE, 0x41));
    const script = join(dir, "writer.mts");
    writeFileSync(script, WRITER);
    // Delays after "ready", in ms: spread over several writes (each ~30–150 ms with its fsync).
    const delays = [0, 17, 45, 90, 140, 230, 330, 470];
    const temps: number[] = [];
    for (const delay of delays) {
      const child = spawn(process.execPath, ["--import", TSX, script, target], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      });
      await started(child);
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited(child);
      expect(whole(target), `target whole after a kill at ${delay} ms`).toBe(true);
      temps.push(readdirSync(dir).filter((n) => n.endsWith(".tmp")).length);
    }
    // A kill between creating the temp file and renaming it leaves the temp file behind (counted in `temps`);
    // the sweep on the next write removes those of processes that are gone, and keeps those of running ones.
    const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    const liveTemp = join(dir, `.r.bin.${live.pid}.0123456789ab.tmp`);
    writeFileSync(liveTemp, "in progress");
    try {
      await writeFileAtomic(target, Buffer.alloc(SIZE, 0x41));
      expect(whole(target)).toBe(true);
      expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([
        `.r.bin.${live.pid}.0123456789ab.tmp`,
      ]);
      expect(await sweepStaleTemps(target)).toEqual([]);
    } finally {
      live.kill("SIGKILL");
      await exited(live);
    }
    expect(await sweepStaleTemps(target)).toEqual([liveTemp]);
    expect(readdirSync(dir).sort()).toEqual(["r.bin", "writer.mts"]);
    // Each writer's first write swept the temp files of the writers killed before it: at most its own is left.
    expect(Math.max(...temps)).toBeLessThanOrEqual(1);
  }, 120_000);
});

describe("where the CLI writes", () => {
  /** Runs the CLI from `cwd` (not the repository), with tsx and the script by absolute path. */
  function cliFrom(cwd: string, args: string[]) {
    return spawnSync(process.execPath, ["--import", TSX, join(ROOT, "src", "cli", "pdf.ts"), ...args], {
      cwd,
      encoding: "utf8",
    });
  }

  it("without --out, writes output/resume.pdf under the working directory and nothing else", () => {
    const cwd = join(temp, "cwd-default");
    cpSync(BASE, join(cwd, "content"), { recursive: true });
    mkdirSync(join(cwd, "output"));
    const result = cliFrom(cwd, ["--frames", "--text"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect((readdirSync(cwd, { recursive: true }) as string[]).map(String).sort()).toEqual([
      "content",
      ...readdirSync(BASE).map((n) => `content/${n}`),
      "output",
      "output/resume.frames.json",
      "output/resume.pdf",
      "output/resume.txt",
    ]);
  });

  it("without --out and without an output folder, makes output/ (its own folder) and writes there", () => {
    const cwd = join(temp, "cwd-no-output");
    cpSync(BASE, join(cwd, "content"), { recursive: true });
    const result = cliFrom(cwd, []);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(["content", "output"]);
    expect(readdirSync(join(cwd, "output"))).toEqual(["resume.pdf"]);
  });
});

describe("the exit-status contract (src/cli/run.ts)", () => {
  /** Runs a command whose main throws `thrown` (a JS expression) through runCli. */
  function runThrowing(thrown: string, env: Record<string, string> = {}) {
    const script = join(temp, `throw-${fresh++}.mts`);
    writeFileSync(
      script,
      `import { runCli } from ${JSON.stringify(join(ROOT, "src", "cli", "run.ts"))};\n` +
        `import { UserError } from ${JSON.stringify(join(ROOT, "src", "diagnostics.ts"))};\n` +
        `void UserError;\nrunCli(async () => { throw ${thrown}; });\n`,
    );
    const base: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!env.VITAE_DEBUG) delete base.VITAE_DEBUG;
    return spawnSync(process.execPath, ["--import", TSX, script], { cwd: ROOT, encoding: "utf8", env: base });
  }

  it("an internal error: exit 3, one line saying so and how to report it, no stack", () => {
    const result = runThrowing('new TypeError("boom")');
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(
      "internal error: boom\n" +
        "  this is a bug in vitae; please report it with the command you ran (set VITAE_DEBUG=1 to print the stack)\n",
    );
  });

  it("with VITAE_DEBUG=1 the stack follows", () => {
    const result = runThrowing('new RangeError("deep")', { VITAE_DEBUG: "1" });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(
      /^internal error: deep\n {2}this is a bug in vitae.*\nRangeError: deep\n\s+at /,
    );
  });

  it("a user error: exit 1, its diagnostics one per line", () => {
    const result = runThrowing(
      'new UserError([{ severity: "error", file: "content/a.md", line: 2, column: 3, message: "bad", hint: "fix" }])',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("content/a.md:2:3: bad\n  hint: fix\n");
  });
});
