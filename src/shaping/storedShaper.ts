import type { FontMetrics } from "../layout/measure.js";
import type { FontShaper } from "../layout/shaping.js";
import { fromUnits, type UnitShaper } from "./fontkitShaper.js";
import type { FontRecord } from "./shapeStore.js";

/**
 * A font's shaper that answers from its stored record, and asks fontkit (the font opened only then) for what the
 * record lacks, adding it to the record.
 */
export function storedShaper(record: FontRecord, open: () => UnitShaper): FontShaper {
  let shaper: UnitShaper | undefined;
  const fontkit = () => {
    shaper ??= open();
    return shaper;
  };
  return {
    metrics: (): FontMetrics => record.metrics,
    shape(text) {
      let units = record.shape(text);
      if (units === undefined) {
        units = fontkit().units(text);
        record.addShape(text, units);
      }
      return fromUnits(text, units, record.unitsPerEm);
    },
    hasGlyph(codePoint) {
      let has = record.covers(codePoint);
      if (has === undefined) {
        has = fontkit().hasGlyph(codePoint);
        record.addCover(codePoint, has);
      }
      return has;
    },
  };
}
