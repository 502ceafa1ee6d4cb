import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leastFitting } from "../src/fit/search.js";
import { runs } from "./helpers/properties.js";

describe("leastFitting (the fitting bisection)", () => {
  it("finds the least integer above lo that fits, probing each point at most once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (n, threshold) => {
        const probed: number[] = [];
        const found = leastFitting(
          (x) => {
            probed.push(x);
            return x;
          },
          (x) => x >= threshold,
          0,
          n,
          { integer: true },
        );
        if (threshold > n) expect(found).toBeUndefined();
        else expect(found?.x).toBe(threshold);
        expect(new Set(probed).size).toBe(probed.length);
        expect(probed.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n + 1)) + 1);
      }),
      runs(300, 3),
    );
  });

  it("finds a real threshold within 2^-iterations", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (threshold) => {
        const found = leastFitting(
          (x) => x,
          (x) => x >= threshold,
          0,
          1,
          { integer: false, iterations: 12 },
        );
        expect(found).toBeDefined();
        expect(found?.x).toBeGreaterThanOrEqual(threshold);
        expect((found?.x ?? 1) - threshold).toBeLessThanOrEqual(2 ** -12);
      }),
      runs(300, 4),
    );
  });
});
