/**
 * Where an SVG page puts each character, read from its text elements as an SVG renderer reads them: each
 * character takes the next value of the innermost x and y lists that have one left; a character without one (the
 * second letter of a ligature) follows the one before it and is kept with it as one glyph. Independent of
 * vitae's SVG renderer: it reads the file, not the display list.
 */

export interface SvgGlyph {
  /** The characters drawn as one glyph: one, or a ligature's. */
  text: string;
  x: number;
  y: number;
}

interface Positioned {
  x: number[];
  y: number[];
}

const numbers = (value: string | undefined): number[] =>
  value === undefined
    ? []
    : value
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? "");

export function svgGlyphs(svg: string): SvgGlyph[] {
  const glyphs: SvgGlyph[] = [];
  const stack: Positioned[] = [];
  let lastY = 0;
  const token = /<(text|tspan)\b([^>]*)>|<\/(text|tspan)>|<[^>]*>|([^<]+)/g;
  let inText = 0;
  for (const match of svg.matchAll(token)) {
    const [, open, attributes, close, content] = match;
    if (open !== undefined) {
      inText++;
      stack.push({
        x: numbers(attribute(attributes ?? "", "x")),
        y: numbers(attribute(attributes ?? "", "y")),
      });
    } else if (close !== undefined) {
      inText--;
      stack.pop();
    } else if (content !== undefined && inText > 0) {
      for (const char of unescapeXml(content)) {
        const x = takeNext(stack, "x");
        const y = takeNext(stack, "y");
        if (y !== undefined) lastY = y;
        const previous = glyphs.at(-1);
        if (x === undefined && previous !== undefined) previous.text += char;
        else glyphs.push({ text: char, x: x ?? Number.NaN, y: lastY });
      }
    }
  }
  return glyphs;
}

/** The next value of the innermost element's list that has values left (SVG's rule for nested positions). */
function takeNext(stack: Positioned[], axis: "x" | "y"): number | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const list = stack[i]?.[axis];
    if (list !== undefined && list.length > 0) return list.shift();
  }
  return undefined;
}
