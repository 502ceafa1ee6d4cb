/**
 * Cache files a watching session holds back until it is idle or closes (src/cache/laterWrites.ts): each is
 * written once, as last asked for, and a folder is trimmed after its files are written. Module state: this file
 * runs in a context of its own, so holding writes here holds nobody else's.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readChecked, writeChecked } from "../src/cache/checkedFile.js";
import { cacheWrite, holdCacheWrites, writeHeld } from "../src/cache/laterWrites.js";
import { trimFolder } from "../src/cache/trimFolder.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-later-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cache writes", () => {
  it("are made at once until a session holds them", () => {
    const file = join(dir, "now", "a.json");
    writeChecked(file, "key", { n: 1 });
    expect(readChecked(file, "key")).toEqual({ n: 1 });
  });

  it("held back: none is made before writeHeld, then each file once, with the value last asked for", () => {
    holdCacheWrites();
    const file = join(dir, "held", "a.json");
    const order: string[] = [];
    writeChecked(file, "key", { n: 1 });
    cacheWrite("first", () => order.push("first"));
    writeChecked(file, "key", { n: 2 });
    cacheWrite("second", () => order.push("second"));
    cacheWrite("first", () => order.push("first again"));
    expect(readChecked(file, "key")).toBeUndefined();
    expect(order).toEqual([]);
    writeHeld();
    expect(readChecked(file, "key")).toEqual({ n: 2 });
    expect(order).toEqual(["second", "first again"]);
    writeHeld();
    expect(order).toEqual(["second", "first again"]);
  });

  it("held back: a folder is trimmed after the files written into it", () => {
    holdCacheWrites();
    const folder = join(dir, "trim");
    for (const name of ["old1", "old2"]) {
      writeChecked(join(folder, name), "k", name);
      writeHeld();
      utimesSync(join(folder, name), 1, 1);
    }
    writeChecked(join(folder, "new"), "k", "new");
    trimFolder(folder, 2);
    writeChecked(join(folder, "newer"), "k", "newer");
    trimFolder(folder, 2);
    expect(readdirSync(folder).sort()).toEqual(["old1", "old2"]);
    writeHeld();
    expect(readdirSync(folder).sort()).toEqual(["new", "newer"]);
  });

  it("held back: a value is serialized when written, not when asked for", () => {
    holdCacheWrites();
    const file = join(dir, "late", "a.json");
    const value = { shapes: ["a"] };
    writeChecked(file, "key", value);
    value.shapes.push("b");
    writeHeld();
    expect(readChecked(file, "key")).toEqual({ shapes: ["a", "b"] });
  });
});
