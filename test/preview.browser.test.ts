/**
 * The preview page in a real browser: `npm run dev` on a copy of the content, Debian's Chromium (headless,
 * driven by playwright-core; no browser is downloaded) on its page. An edit on disk shows in the page without
 * a reload; a broken date shows its diagnostic while the last good pages stay; a click on a line says where it
 * comes from and leads to the editor; the server refuses paths outside its own and a foreign Host.
 *
 * UPDATE_SCREENSHOT=1 also saves the page as docs/preview.png, the README's picture.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, describe, expect } from "vitest";
import { cleanup, contentWith, ROOT, tempDir } from "./helpers/e2e.js";
import { CHROMIUM, itWith } from "./helpers/tools.js";

afterAll(cleanup);

const BULLET = "Developed a novel pluggable";

/** `npm run dev` in its own process group, so that stopping it stops npm's shell and node too. */
function startDev(args: string[]): { child: ChildProcess; url: Promise<string>; output: string[] } {
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  const child = spawn("npm", ["run", "--silent", "dev", "--", ...args], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no preview address:\n${output.join("")}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      const found = /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.join(""))?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", () => reject(new Error(`npm run dev ended:\n${output.join("")}`)));
  });
  return { child, url, output };
}

function stopDev(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGINT");
}

/** A raw request, path and Host as given (a browser would normalise `/../`). */
function rawGet(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host ? { Host: host } : {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir("vitae-chromium-"), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1360, height: 940 },
  });
}

const pagesText = (page: Page) => page.locator("#pages").textContent();

describe("the preview page", () => {
  itWith("chromium")(
    "follows edits without a reload, shows a broken build's diagnostic over the last good pages, and points a clicked line at its source",
    async () => {
      const { dir, path } = contentWith("20-academic.md", (t) =>
        t.replace(BULLET, "Developed a novel starting"),
      );
      const out = join(tempDir("vitae-dev-"), "resume.pdf");
      const dev = startDev(["--content", dir, "--out", out]);
      let context: BrowserContext | undefined;
      try {
        const url = await dev.url;
        context = await launch();
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(url);
        await page.waitForFunction(() => document.querySelector("#pages")?.textContent?.includes("starting"));
        await expect.poll(() => page.locator("#fit").textContent()).toContain("body");
        expect(await page.locator("#version option").allTextContents()).toEqual([
          "default",
          "computer-vision",
          "ml-systems",
          "short",
        ]);
        // A mark that a reload would wipe out: the page must update in place.
        await page.evaluate(() => {
          (window as unknown as { kept: boolean }).kept = true;
        });

        const text = readFileSync(path, "utf8");
        writeFileSync(path, text.replace("Developed a novel starting", "Developed a novel frobnicating"));
        await page.waitForFunction(() =>
          document.querySelector("#pages")?.textContent?.includes("frobnicating"),
        );
        expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

        const broken = text
          .replace("Developed a novel starting", "Developed a novel frobnicating")
          .replace("dates: 10/2022", "dates: 13/2022");
        writeFileSync(path, broken);
        const line = broken.split("\n").findIndex((l) => l.includes("13/2022")) + 1;
        await expect.poll(() => page.locator("#problems").isVisible()).toBe(true);
        expect(await page.locator("#problem-list").textContent()).toContain(
          `${path}:${line}:8: invalid date "13/2022": month must be 01–12`,
        );
        expect(await pagesText(page)).toContain("frobnicating");
        expect(await page.locator("#status").textContent()).toMatch(/failed .*showing/);
        if (process.env.UPDATE_SCREENSHOT) {
          mkdirSync(join(ROOT, "docs"), { recursive: true });
          await page.screenshot({ path: join(ROOT, "docs", "preview-broken.png") });
        }

        writeFileSync(path, text.replace("Developed a novel starting", "Developed a novel mended"));
        await page.waitForFunction(() => document.querySelector("#pages")?.textContent?.includes("mended"));
        await expect.poll(() => page.locator("#problems").isHidden()).toBe(true);
        expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

        const bullet = page.locator('#pages text[data-role="bullet"]', { hasText: "mended" }).first();
        await bullet.click();
        const bulletLine =
          text.split("\n").findIndex((l) => l.startsWith("- Developed a novel starting")) + 1;
        expect(await page.locator("#source-place").textContent()).toBe(`${path}:${bulletLine}:1`);
        expect(await page.locator("#source-role").textContent()).toBe("(bullet)");
        expect(await page.locator("#source-open").getAttribute("href")).toBe(
          `vscode://file${path}:${bulletLine}:1`,
        );
        expect(await page.locator("#pages .picked").count()).toBeGreaterThan(0);
        expect(page.url()).toBe(url);
        const screenshot = await page.screenshot();
        writeFileSync(join(tempDir("vitae-screenshot-"), "preview.png"), screenshot);
        if (process.env.UPDATE_SCREENSHOT) writeFileSync(join(ROOT, "docs", "preview.png"), screenshot);

        expect((await rawGet(url, "/../package.json")).status).toBe(404);
        expect((await rawGet(url, "/package.json")).status).toBe(404);
        expect((await rawGet(url, "/fonts/../../package.json")).status).toBe(404);
        const foreign = await rawGet(url, "/", "attacker.example:80");
        expect(foreign.status).toBe(421);
        expect(foreign.body).toMatch(/^refused/);
        expect((await rawGet(url, "/state.json", `attacker.example:${new URL(url).port}`)).status).toBe(421);
        expect((await rawGet(url, "/")).status).toBe(200);
      } finally {
        await context?.close();
        stopDev(dev.child);
      }
    },
    120_000,
  );
});
