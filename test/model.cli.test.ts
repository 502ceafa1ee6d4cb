import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HEADER } from "./fixtures/model/check.js";

const root = await mkdtemp(path.join(tmpdir(), "vitae-cli-"));
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs `npm run model -- …` the way npm does, without npm's banner. */
function model(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/model.ts", ...args], {
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run model", () => {
  it("prints the default content's model as 2-space JSON", () => {
    const { status, stdout, stderr } = model();
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.startsWith('{\n  "header": {\n    "name": "Yizhen Yao",')).toBe(true);
    expect(JSON.parse(stdout).sections.length).toBe(6);
  });

  it("reports a bad date as one line file:line:col: message, exit 1, no stack", async () => {
    const dir = await mkdtemp(path.join(root, "bad-"));
    await writeFile(path.join(dir, "00-header.md"), HEADER);
    await writeFile(
      path.join(dir, "20-academic.md"),
      "---\nkind: entries\n---\n\n# Academic\n\n## Job\n\n```yaml\nrole: Intern\ndates: 13/2022\n```\n",
    );
    const { status, stdout, stderr } = model("--content", dir);
    expect(stderr).toBe(
      `${path.join(dir, "20-academic.md")}:11:8: invalid date "13/2022": month must be 01–12\n`,
    );
    expect(status).toBe(1);
    expect(stdout).toBe("");
  });

  it("names an unknown option", () => {
    const { status, stderr } = model("--contents", "x");
    expect(stderr).toBe(
      "vitae: unknown option '--contents'\n  hint: did you mean \"--content\"? (--help lists every option)\n",
    );
    expect(status).toBe(1);
  });
});
