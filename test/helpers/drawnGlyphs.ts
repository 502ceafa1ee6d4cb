/**
 * Where a PDF draws each glyph, as pdf.js reads the content stream: its operator list (text matrix, font size,
 * horizontal scaling, rise, the glyphs of each TJ with their declared widths and the adjustments between them).
 * Independent of vitae's renderer: a check that the PDF draws what the display list says.
 */
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface DrawnGlyph {
  /** The glyph's characters, from the font's ToUnicode map. */
  text: string;
  /** Origin of the glyph in PDF space (points, y upwards). */
  x: number;
  y: number;
  /** Distance to where the next glyph would start: its width and the adjustment after it, scaled. */
  advance: number;
  /** Horizontal scaling it is drawn with (1 = none). */
  scale: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

interface PdfJsGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

/** The glyphs each page draws, in content-stream order. */
export async function drawnGlyphs(pdf: Buffer): Promise<DrawnGlyph[][]> {
  return (await operatorLists(pdf)).map((list) => interpret(list.fnArray, list.argsArray));
}

/** How many text objects (BT … ET) each page has. */
export async function textObjects(pdf: Buffer): Promise<number[]> {
  return (await operatorLists(pdf)).map((list) => list.fnArray.filter((fn) => fn === OPS.beginText).length);
}

async function operatorLists(pdf: Buffer): Promise<{ fnArray: number[]; argsArray: unknown[][] }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const lists = [];
    for (let n = 1; n <= doc.numPages; n++) lists.push(await (await doc.getPage(n)).getOperatorList());
    return lists;
  } finally {
    await doc.destroy();
  }
}

function interpret(fns: readonly number[], args: readonly unknown[][]): DrawnGlyph[] {
  const glyphs: DrawnGlyph[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = tm;
  let size = 0;
  let scale = 1;
  let rise = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  const move = (tx: number) => {
    tm = multiply([1, 0, 0, 1, tx, 0], tm);
  };
  fns.forEach((fn, i) => {
    const a = args[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        break;
      case OPS.transform:
        ctm = multiply(a as Matrix, ctm);
        break;
      case OPS.beginText:
        tm = [1, 0, 0, 1, 0, 0];
        tlm = tm;
        break;
      case OPS.setTextMatrix:
        // pdf.js hands the six numbers over as one Float32Array.
        tm = Array.from((a.length === 1 ? a[0] : a) as ArrayLike<number>) as Matrix;
        tlm = tm;
        break;
      case OPS.moveText:
        tlm = multiply([1, 0, 0, 1, a[0] as number, a[1] as number], tlm);
        tm = tlm;
        break;
      case OPS.setFont:
        size = a[1] as number;
        break;
      case OPS.setHScale:
        scale = (a[0] as number) / 100;
        break;
      case OPS.setTextRise:
        rise = a[0] as number;
        break;
      case OPS.setCharSpacing:
        charSpacing = a[0] as number;
        break;
      case OPS.setWordSpacing:
        wordSpacing = a[0] as number;
        break;
      case OPS.showText: {
        // An adjustment after a glyph of this TJ is part of that glyph's advance; one before any is a move.
        let last: DrawnGlyph | undefined;
        for (const item of a[0] as (PdfJsGlyph | number | null)[]) {
          if (item === null) continue;
          if (typeof item === "number") {
            const tx = (-item / 1000) * size * scale;
            move(tx);
            if (last) last.advance += tx;
            continue;
          }
          const origin = multiply([1, 0, 0, 1, 0, rise], multiply(tm, ctm));
          const tx = ((item.width / 1000) * size + charSpacing + (item.isSpace ? wordSpacing : 0)) * scale;
          last = { text: item.unicode, x: origin[4], y: origin[5], advance: tx, scale };
          glyphs.push(last);
          move(tx);
        }
        break;
      }
    }
  });
  return glyphs;
}
