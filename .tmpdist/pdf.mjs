// src/cli/pdf.ts
import { relative } from "node:path";

// src/diagnostics.ts
var UserError = class extends Error {
  constructor(diagnostics) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.diagnostics = diagnostics;
    this.name = "UserError";
  }
  diagnostics;
};
function userError(message, file = "vitae", hint2) {
  return new UserError([{ severity: "error", file, message, ...hint2 ? { hint: hint2 } : {} }]);
}
function formatDiagnostic(d) {
  const place = d.line === void 0 ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const head = `${place}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
  return d.hint ? `${head}
  hint: ${d.hint}` : head;
}

// src/layout/theme.ts
var POINTS_PER_INCH = 72;
var paperSizes = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 }
};
var classicTheme = {
  name: "classic",
  fonts: {
    regular: "lmroman10-regular.otf",
    bold: "lmroman10-bold.otf",
    italic: "lmroman10-italic.otf",
    boldItalic: "lmroman10-bolditalic.otf",
    smallCaps: "lmromancaps10-regular.otf"
  },
  nameSize: 2.4,
  headingSize: 1.2,
  supSize: 0.7,
  supRise: 0.36,
  ruleThickness: 0.4,
  ruleGap: 0.3,
  afterHeading: 0.45,
  afterName: 0.5,
  bulletIndent: 1.2,
  bullet: "\u2022",
  rightGap: 1.5,
  columnGap: 2,
  contactSpace: 0.45,
  justify: true,
  bodySize: { value: 10, min: 9, max: 11 },
  leading: { value: 1.2, min: 1.1, max: 1.25 },
  margin: { value: 0.6 * POINTS_PER_INCH, min: 0.5 * POINTS_PER_INCH, max: 0.75 * POINTS_PER_INCH },
  sectionGap: { value: 0.8, min: 0.45, max: 1.3 },
  entryGap: { value: 0.5, min: 0.25, max: 0.9 },
  itemGap: { value: 0.1, min: 0, max: 0.3 },
  pages: 1
};
function defaultParams(theme, paper = "letter") {
  return {
    paper,
    bodySize: theme.bodySize.value,
    leading: theme.leading.value,
    margin: theme.margin.value,
    sectionGap: theme.sectionGap.value,
    entryGap: theme.entryGap.value,
    itemGap: theme.itemGap.value,
    looseness: 0,
    hyphenate: false,
    dropped: []
  };
}

// src/fit/report.ts
var round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
function fitReport(file, variant, budget, fit) {
  const p = fit.layout.params;
  return {
    file,
    variant,
    fits: fit.fits,
    pages: fit.layout.frames.pages.length,
    budget,
    params: {
      paper: p.paper,
      bodySize: round(p.bodySize),
      leading: round(p.leading),
      marginInches: round(p.margin / POINTS_PER_INCH),
      sectionGap: round(p.sectionGap),
      entryGap: round(p.entryGap),
      itemGap: round(p.itemGap),
      looseness: p.looseness
    },
    steps: fit.steps.map((s) => ({
      ...s,
      overflowBefore: round(s.overflowBefore, 2),
      overflowAfter: round(s.overflowAfter, 2)
    })),
    overflow: round(fit.overflow, 2),
    fill: round(fit.layout.fill),
    linesPerSection: fit.layout.linesPerSection,
    tightened: fit.layout.tightened,
    dropped: fit.dropped,
    passes: fit.passes,
    milliseconds: round(fit.milliseconds, 1)
  };
}
function summaryLine(report, totalMs) {
  const p = report.params;
  const pages = `${report.pages} page${report.pages === 1 ? "" : "s"}`;
  return `${report.file}: ${pages}, body ${p.bodySize}pt, leading ${p.leading}, margins ${p.marginInches}in, fill ${report.fill.toFixed(2)}, ${report.passes} layout passes, ${Math.round(totalMs)} ms`;
}

// src/io/atomicWrite.ts
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path4, data) {
  const temp = join(dirname(path4), `.${basename(path4)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path4);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => void 0);
    throw userError(`cannot write ${path4}: ${describe(error)}`, path4);
  }
}
function describe(error) {
  const code = error?.code;
  const words2 = human(code);
  if (words2 !== void 0) return `${words2} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
function human(code) {
  switch (code) {
    case "ENOENT":
      return "the folder does not exist";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the disk";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EISDIR":
      return "it is a folder";
    default:
      return void 0;
  }
}

// src/pipeline.ts
import { performance as performance2 } from "node:perf_hooks";

// src/fit/droppable.ts
function droppable(resume) {
  const out = [];
  for (const section of resume.sections) {
    if (section.kind === "entries") {
      for (const entry of section.entries) {
        for (const b of entry.bullets)
          out.push({ id: b.id, priority: b.priority, kind: "bullet", section: section.id });
      }
    } else if (section.kind === "list") {
      for (const i of section.items)
        out.push({ id: i.id, priority: i.priority, kind: "item", section: section.id });
    }
  }
  return out.map((c, order) => ({ c, order })).sort((a, b) => b.c.priority - a.c.priority || b.order - a.order).map(({ c }) => c);
}

// src/fit/explain.ts
function overflowError(contentDir, resume, budget, fit) {
  const p = fit.layout.params;
  const lineHeight = p.bodySize * p.leading;
  const over = Math.max(fit.overflow, 0);
  const lines = Math.ceil(over / lineHeight);
  const longest = Object.entries(fit.layout.linesPerSection).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, n]) => `${id} (${n} lines)`).join(", ");
  const candidates = droppable(resume).slice(0, 5).map((c) => `${c.id} (priority ${c.priority})`).join(", ");
  const pages = `${budget} page${budget === 1 ? "" : "s"}`;
  const diagnostic = {
    severity: "error",
    file: contentDir,
    message: `does not fit on ${pages} even at the theme's floors (body ${p.bodySize}pt, leading ${round2(p.leading)}, margins ${round2(p.margin / 72)}in): ${over.toFixed(1)}pt too long, about ${lines} line${lines === 1 ? "" : "s"} at ${p.bodySize}pt`,
    hint: `longest sections: ${longest}; a variant could drop first: ${candidates || "nothing"}`
  };
  return new UserError([diagnostic]);
}
function round2(n) {
  return Math.round(n * 100) / 100;
}

// src/fit/fit.ts
import { performance } from "node:perf_hooks";

// src/layout/linebreak/types.ts
var defaultBreakOptions = {
  tolerance: 2,
  looseness: 0,
  doubleHyphenDemerits: 3e3,
  adjacentLooseTightDemerits: 1e3,
  linePenalty: 10
};
var LineBreakError = class extends Error {
  constructor(message, itemIndex) {
    super(message);
    this.itemIndex = itemIndex;
    this.name = "LineBreakError";
  }
  itemIndex;
};

// src/layout/paragraph.ts
var INFINITE = 1e4;
var HYPHEN_PENALTY = 50;
var RAGGED_STRETCH = 3;
var HYPHENATABLE = /^([a-z]{6,})([.,;:)]?)$/;
var WordTooWideError = class extends Error {
  constructor(word, wordWidth, lineWidth) {
    super(`word "${word}" is wider than the line`);
    this.word = word;
    this.wordWidth = wordWidth;
    this.lineWidth = lineWidth;
    this.name = "WordTooWideError";
  }
  word;
  wordWidth;
  lineWidth;
};
function buildItems(pieces, measurer, options2) {
  const items = [];
  const fragments = [];
  let lastBoxPiece;
  let pendingSpace;
  const pushBox = (piece, text) => {
    if (pendingSpace && lastBoxPiece) pushGlue(lastBoxPiece, pendingSpace === "tie");
    pendingSpace = void 0;
    const width = measurer.width(text, piece.font, piece.size);
    fragments.push({ piece, text, width });
    items.push({ kind: "box", width, ref: fragments.length - 1 });
    lastBoxPiece = piece;
  };
  const pushGlue = (piece, tie) => {
    const space = measurer.width(" ", piece.font, piece.size);
    if (tie) items.push({ kind: "penalty", width: 0, penalty: INFINITE, flagged: false });
    if (options2.justify) {
      items.push({ kind: "glue", width: space, stretch: space / 2, shrink: space / 3 });
    } else if (tie) {
      items.push({ kind: "glue", width: space, stretch: 0, shrink: 0 });
    } else {
      const em2 = piece.size;
      items.push({ kind: "glue", width: 0, stretch: RAGGED_STRETCH * em2, shrink: 0 });
      items.push({ kind: "penalty", width: 0, penalty: 0, flagged: false });
      items.push({ kind: "glue", width: space, stretch: -RAGGED_STRETCH * em2, shrink: 0 });
    }
  };
  for (const piece of pieces) {
    for (const token of piece.text.split(/( |\u00a0)/)) {
      if (token === " ") pendingSpace = pendingSpace === "tie" ? "tie" : "break";
      else if (token === "\xA0") pendingSpace = "tie";
      else if (token !== "") pushWord(piece, token);
    }
  }
  function pushWord(piece, word) {
    const match = options2.hyphenate && !piece.href ? HYPHENATABLE.exec(word) : null;
    const core = match?.[1];
    if (!match || !core || !options2.hyphenate || options2.protectedWords?.has(core)) {
      pushBox(piece, word);
      return;
    }
    const parts = options2.hyphenate(core);
    const hyphenWidth = measurer.width("-", piece.font, piece.size);
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      pushBox(piece, last ? part + (match[2] ?? "") : part);
      if (!last) items.push({ kind: "penalty", width: hyphenWidth, penalty: HYPHEN_PENALTY, flagged: true });
    });
  }
  tieShortLastWord(items, Math.min(...options2.lineWidths) / 2);
  items.push({ kind: "penalty", width: 0, penalty: INFINITE, flagged: false });
  items.push({ kind: "glue", width: 0, stretch: Number.POSITIVE_INFINITY, shrink: 0 });
  items.push({ kind: "penalty", width: 0, penalty: -INFINITE, flagged: false });
  return { items, fragments };
}
function tieShortLastWord(items, room) {
  let lastWord = 0;
  let i = items.length - 1;
  for (; i > 0; i--) {
    const item2 = items[i];
    if (item2?.kind === "box") lastWord += item2.width;
    else if (item2?.kind === "glue" && items[i - 1]?.kind === "box") break;
    else if (item2?.kind === "penalty" && !item2.flagged && item2.penalty === 0) break;
  }
  if (i <= 0) return;
  let j = i - 1;
  while (j >= 0 && items[j]?.kind !== "box") j--;
  let before2 = 0;
  for (let item2 = items[j]; item2?.kind === "box"; item2 = items[--j]) before2 += item2.width;
  if (lastWord + before2 > room) return;
  const item = items[i];
  if (item?.kind === "penalty") item.penalty = INFINITE;
  else items.splice(i, 0, { kind: "penalty", width: 0, penalty: INFINITE, flagged: false });
}
function breakParagraph(pieces, measurer, breaker, options2) {
  const { items, fragments } = buildItems(pieces, measurer, options2);
  if (fragments.length === 0) return [];
  const lineWidths = options2.lineWidths;
  for (const [i, fragment] of fragments.entries()) {
    const width = lineWidths[Math.min(i === 0 ? 0 : 1, lineWidths.length - 1)] ?? 0;
    const widest = Math.max(...lineWidths);
    if (fragment.width > widest) throw new WordTooWideError(fragment.text, fragment.width, width);
  }
  const breakOptions = { ...defaultBreakOptions, lineWidths, looseness: options2.looseness };
  const breaks = breaker(items, breakOptions);
  return placeLines(items, fragments, breaks, lineWidths, measurer);
}
function placeLines(items, fragments, breaks, lineWidths, measurer) {
  const lines = [];
  let start = 0;
  breaks.forEach((brk, lineIndex) => {
    const width = lineWidths[Math.min(lineIndex, lineWidths.length - 1)] ?? 0;
    while (start < brk.position && items[start]?.kind !== "box") start++;
    const placed = [];
    let x = 0;
    let natural = 0;
    let sawGlue = false;
    for (let i = start; i <= brk.position; i++) {
      const item = items[i];
      if (!item) continue;
      if (item.kind === "box") {
        const fragment = fragments[item.ref ?? -1];
        if (!fragment) continue;
        placed.push({ fragment, x, text: fragment.text, gapBefore: sawGlue });
        x += item.width;
        natural += item.width;
        sawGlue = false;
      } else if (item.kind === "glue" && i !== brk.position) {
        const stretch = Number.isFinite(item.stretch) ? item.stretch : 0;
        x += item.width + (brk.ratio >= 0 ? brk.ratio * stretch : brk.ratio * item.shrink);
        natural += item.width;
        if (item.width > 0) sawGlue = true;
      } else if (item.kind === "penalty" && i === brk.position && item.width > 0) {
        const last = placed[placed.length - 1];
        if (last) last.text += "-";
        natural += item.width;
      }
    }
    protectLineEndHyphen(placed, items[brk.position]);
    lines.push({ runs: mergeRuns(placed, measurer), width, naturalWidth: natural });
    start = brk.position + 1;
  });
  return lines;
}
function protectLineEndHyphen(placed, breakItem) {
  const last = placed[placed.length - 1];
  const hyphenated = breakItem?.kind === "penalty" && breakItem.flagged;
  if (last && !hyphenated && last.text.endsWith("-")) last.text = `${last.text.slice(0, -1)}\u2010`;
}
function mergeRuns(placed, measurer) {
  const runs = [];
  let current;
  for (const p of placed) {
    const piece = p.fragment.piece;
    const width = p.text === p.fragment.text ? p.fragment.width : measurer.width(p.text, piece.font, piece.size);
    if (current && sameStyle(current, piece)) {
      const gap = p.x - (current.x + current.width);
      const space = measurer.width(" ", piece.font, piece.size);
      if (!p.gapBefore && Math.abs(gap) < 0.01) {
        current.text += p.text;
        current.width += width;
        continue;
      }
      if (p.gapBefore && Math.abs(gap - space) < 0.01) {
        current.text += ` ${p.text}`;
        current.width += gap + width;
        continue;
      }
    }
    if (current && p.gapBefore) current.text += " ";
    current = {
      text: p.text,
      font: piece.font,
      size: piece.size,
      rise: piece.rise,
      x: p.x,
      width,
      wordSpacing: 0,
      ...piece.href ? { href: piece.href } : {}
    };
    runs.push(current);
  }
  return runs;
}
function sameStyle(run2, piece) {
  return run2.font === piece.font && run2.size === piece.size && run2.rise === piece.rise && run2.href === piece.href;
}

// src/layout/compose/errors.ts
var LayoutError = class extends UserError {
  constructor(message, source, hint2) {
    const diagnostic = {
      severity: "error",
      file: source?.file ?? "content",
      ...source ? { line: source.line, column: source.column } : {},
      message,
      ...hint2 ? { hint: hint2 } : {}
    };
    super([diagnostic]);
    this.name = "LayoutError";
  }
};

// src/layout/compose/context.ts
function em(ctx, multiple) {
  return ctx.params.bodySize * multiple;
}
function breakLines(ctx, pieces, lineWidths, source, id) {
  const options2 = {
    lineWidths,
    justify: ctx.theme.justify,
    looseness: 0,
    protectedWords: ctx.protectedWords,
    ...ctx.params.hyphenate && ctx.hyphenate ? { hyphenate: ctx.hyphenate } : {}
  };
  const key = `${ctx.params.hyphenate}|${lineWidths.join(",")}|${pieces.map(pieceKey).join("")}`;
  let lines = ctx.cache.get(key);
  if (!lines) {
    lines = run(ctx, pieces, options2, source);
    ctx.cache.set(key, lines);
  }
  if (ctx.params.looseness < 0 && lines.length > 1 && isShortLastLine(lines)) {
    const tightKey = `${key}|tight`;
    let tight = ctx.cache.get(tightKey);
    if (!tight) {
      tight = run(ctx, pieces, { ...options2, looseness: -1 }, source);
      ctx.cache.set(tightKey, tight);
    }
    if (tight.length < lines.length) {
      ctx.tightened.push(id);
      return tight;
    }
  }
  return lines;
}
function isShortLastLine(lines) {
  const last = lines[lines.length - 1];
  return last !== void 0 && last.naturalWidth < last.width / 3;
}
function pieceKey(p) {
  return `${p.font}/${p.size}/${p.rise}/${p.href ?? ""}:${p.text}`;
}
function run(ctx, pieces, options2, source) {
  try {
    return breakParagraph(pieces, ctx.measurer, ctx.breaker, options2);
  } catch (error) {
    if (error instanceof WordTooWideError) {
      const word = error.word.length > 40 ? `${error.word.slice(0, 40)}\u2026` : error.word;
      throw new LayoutError(
        `"${word}" is ${error.wordWidth.toFixed(1)}pt wide, wider than the line (${Math.max(...options2.lineWidths).toFixed(1)}pt) and cannot be broken`,
        source,
        "insert a space or shorten it"
      );
    }
    if (error instanceof LineBreakError) {
      throw new LayoutError(
        `this text cannot be set in lines of ${Math.min(...options2.lineWidths).toFixed(1)}pt: words joined by no-break spaces are wider than the line`,
        source,
        "replace a no-break space with an ordinary one"
      );
    }
    throw error;
  }
}

// src/layout/compose/dates.ts
function formatDate(date) {
  return date.month === void 0 ? String(date.year) : `${String(date.month).padStart(2, "0")}/${date.year}`;
}
function formatRange(range2) {
  const start = formatDate(range2.start);
  if (range2.end === void 0) return start;
  return `${start} \u2013 ${range2.end === "present" ? "Present" : formatDate(range2.end)}`;
}

// src/layout/compose/keeps.ts
function keepParagraph(lines) {
  lines.forEach((line, i) => {
    if (i === 0) return;
    line.keepWithPrevious = lines.length <= 3 || i === 1 || i === lines.length - 1;
  });
  return lines;
}
function keepWithPrevious(items) {
  const first = items.find((i) => i.kind === "line");
  if (first) first.keepWithPrevious = true;
  return items;
}
function joinBlocks(blocks, glue) {
  const out = [];
  blocks.forEach((block2, i) => {
    if (i > 0) out.push(glue());
    out.push(...block2);
  });
  return out;
}

// src/layout/compose/lines.ts
function advanceFor(ctx, scale = 1) {
  return em(ctx, scale) * ctx.params.leading;
}
function vline(ctx, content, scale = 1, section) {
  const size = em(ctx, scale);
  const metrics = ctx.measurer.metrics("regular");
  return {
    kind: "line",
    advance: advanceFor(ctx, scale),
    height: metrics.capHeight * size,
    depth: 0.25 * size,
    content,
    keepWithPrevious: false,
    ...section ? { section } : {}
  };
}
function runsAt(line, x, meta) {
  return line.runs.map((run2) => ({
    kind: "text",
    text: run2.text,
    font: run2.font,
    size: run2.size,
    x: x + run2.x,
    rise: run2.rise,
    width: run2.width,
    wordSpacing: run2.wordSpacing,
    ...run2.href ? { href: run2.href } : {},
    role: meta.role,
    ...meta.source ? { source: meta.source } : {}
  }));
}
function rightAligned(ctx, piece, right, meta) {
  const width = ctx.measurer.width(piece.text, piece.font, piece.size);
  return {
    kind: "text",
    text: piece.text.replace(/\u00a0/g, " "),
    font: piece.font,
    size: piece.size,
    x: right - width,
    rise: 0,
    width,
    wordSpacing: 0,
    role: meta.role,
    ...meta.source ? { source: meta.source } : {}
  };
}
function leftRightLines(ctx, left, right, leftMeta, rightMeta, id) {
  const full = ctx.width;
  const rightWidth = right ? ctx.measurer.width(right.text, right.font, right.size) : 0;
  const firstWidth = right ? full - rightWidth - em(ctx, ctx.theme.rightGap) : full;
  const scale = (left[0]?.size ?? em(ctx, 1)) / em(ctx, 1);
  if (left.length === 0) {
    return right ? [vline(ctx, [rightAligned(ctx, right, ctx.left + full, rightMeta)], scale, leftMeta.section)] : [];
  }
  const widths = firstWidth > full / 3 ? [firstWidth, full] : [full];
  const broken = breakLines(ctx, left, widths, leftMeta.source, id);
  const lines = broken.map((line) => vline(ctx, runsAt(line, ctx.left, leftMeta), scale, leftMeta.section));
  if (right) {
    const rightText = rightAligned(ctx, right, ctx.left + full, rightMeta);
    if (widths.length === 2) lines[0]?.content.push(rightText);
    else lines.unshift(vline(ctx, [rightText], scale, leftMeta.section));
  }
  return lines;
}
function leftRightLast(ctx, left, right, leftMeta, rightMeta, id) {
  const full = ctx.width;
  const room = full - ctx.measurer.width(right.text, right.font, right.size) - em(ctx, ctx.theme.rightGap);
  if (room < full / 4) return void 0;
  const scale = (left[0]?.size ?? em(ctx, 1)) / em(ctx, 1);
  let broken = breakLines(ctx, left, [full], leftMeta.source, id);
  const count = broken.length;
  if ((broken[count - 1]?.naturalWidth ?? full) > room) {
    const widths = [...Array.from({ length: count - 1 }, () => full), room];
    broken = breakLines(ctx, left, widths, leftMeta.source, `${id}-short`);
    if (broken.length !== count) return void 0;
  }
  const lines = broken.map((line) => vline(ctx, runsAt(line, ctx.left, leftMeta), scale, leftMeta.section));
  lines[lines.length - 1]?.content.push(rightAligned(ctx, right, ctx.left + full, rightMeta));
  return lines;
}

// src/layout/compose/pieces.ts
var TIE_AFTER = /\b(Prof|Dr|Mr|Mrs|Ms|Mx|St|No|Fig|vs)\. /g;
function typeset(text) {
  return text.replace(TIE_AFTER, "$1.\xA0");
}
function fontFor(bold, italic, smallCaps = false) {
  if (smallCaps) return "smallCaps";
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}
function plainPiece(ctx, text, style, source) {
  const font = fontFor(style.bold ?? false, style.italic ?? false, style.smallCaps ?? false);
  checkGlyphs(ctx, text, font, source);
  return { text: typeset(text), font, size: em(ctx, style.scale ?? 1), rise: 0 };
}
function richPieces(ctx, text, style, source) {
  return text.map((span) => spanPiece(ctx, span, style, source));
}
function spanPiece(ctx, span, style, source) {
  const font = fontFor(
    Boolean(style.bold) !== Boolean(span.bold),
    Boolean(style.italic) !== Boolean(span.italic)
  );
  const size = em(ctx, style.scale ?? 1);
  checkGlyphs(ctx, span.text, font, source);
  return {
    text: typeset(span.text),
    font,
    size: span.sup ? size * ctx.theme.supSize : size,
    rise: span.sup ? size * ctx.theme.supRise : 0,
    ...span.href ? { href: span.href } : {}
  };
}
function checkGlyphs(ctx, text, font, source) {
  const missing = ctx.measurer.missingGlyphs(text, font);
  const first = missing[0];
  if (first === void 0) return;
  const codePoint = `U+${(first.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new LayoutError(
    `the character "${first}" (${codePoint}) has no glyph in the theme's ${font} font`,
    source,
    "remove it or replace it with characters the font has"
  );
}

// src/layout/compose/entries.ts
function composeEntries(ctx, section) {
  const entries = section.entries.map((entry) => composeEntry(ctx, entry, section.id));
  return keepWithPrevious(
    joinBlocks(entries, () => ({ kind: "glue", glueClass: "entry", size: em(ctx, ctx.params.entryGap) }))
  );
}
function subtitle(entry) {
  const parts = [entry.role, entry.supervisor ? `Supervisor: ${entry.supervisor}` : void 0, entry.status];
  return parts.filter((p) => Boolean(p)).join(" \u2014 ");
}
function composeEntry(ctx, entry, section) {
  const meta = { section, source: entry.source };
  const title = [plainPiece(ctx, entry.title, { bold: true }, entry.source)];
  if (entry.organization) title.push(plainPiece(ctx, `, ${entry.organization}`, {}, entry.source));
  const dates = entry.dates ? plainPiece(ctx, formatRange(entry.dates), {}, entry.source) : void 0;
  const header = leftRightLines(
    ctx,
    title,
    dates,
    { role: "entryTitle", ...meta },
    { role: "date", ...meta },
    entry.id
  );
  const sub = subtitle(entry);
  const left = sub ? [plainPiece(ctx, sub, { italic: true }, entry.source)] : [];
  let details = entry.details;
  const onlyDetail = details.length === 1 ? details[0] : void 0;
  if (onlyDetail && left.length > 0) {
    const joined = [...left, plainPiece(ctx, " \u2014 ", {}), ...richPieces(ctx, onlyDetail, {}, entry.source)];
    const location = entry.location ? plainPiece(ctx, entry.location, { italic: true }, entry.source) : void 0;
    if (location ? fitsBeside(ctx, joined, location) : totalWidth(ctx, joined) <= ctx.width) {
      left.splice(0, left.length, ...joined);
      details = [];
    }
  }
  const keywords = entry.keywords.join(", ");
  const subMeta = { role: "entrySubtitle", ...meta };
  if (entry.location || !keywords) {
    const location = entry.location ? plainPiece(ctx, entry.location, { italic: true }, entry.source) : void 0;
    header.push(
      ...leftRightLines(ctx, left, location, subMeta, { role: "location", ...meta }, `${entry.id}-sub`)
    );
  }
  if (keywords) {
    const kw = plainPiece(ctx, keywords, { italic: true }, entry.source);
    const beside = entry.location ? void 0 : leftRightLast(ctx, left, kw, subMeta, subMeta, `${entry.id}-sub`);
    if (beside) header.push(...beside);
    else {
      if (!entry.location)
        header.push(...leftRightLines(ctx, left, void 0, subMeta, subMeta, `${entry.id}-sub`));
      const labelled = [plainPiece(ctx, `Keywords: ${keywords}`, { italic: true }, entry.source)];
      header.push(...leftRightLines(ctx, labelled, void 0, subMeta, subMeta, `${entry.id}-kw`));
    }
  }
  details.forEach((detail, i) => {
    const lines = breakLines(
      ctx,
      richPieces(ctx, detail, {}, entry.source),
      [ctx.width],
      entry.source,
      `${entry.id}-detail-${i}`
    );
    header.push(
      ...lines.map((line) => vline(ctx, runsAt(line, ctx.left, { role: "detail", ...meta }), 1, section))
    );
  });
  for (const line of header.slice(1)) line.keepWithPrevious = true;
  const bullets = entry.bullets.map((b) => composeBullet(ctx, b, section));
  const first = bullets[0];
  if (first) keepWithPrevious(first);
  const items = [...header];
  if (bullets.length > 0) {
    items.push({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) });
    items.push(
      ...joinBlocks(bullets, () => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) }))
    );
  }
  return items;
}
function fitsBeside(ctx, left, right) {
  return totalWidth(ctx, left) + em(ctx, ctx.theme.rightGap) + totalWidth(ctx, [right]) <= ctx.width;
}
function totalWidth(ctx, pieces) {
  return pieces.reduce((sum, p) => sum + ctx.measurer.width(p.text, p.font, p.size), 0);
}
function composeBullet(ctx, bullet, section) {
  const indent = em(ctx, ctx.theme.bulletIndent);
  const pieces = richPieces(ctx, bullet.text, {}, bullet.source);
  const broken = breakLines(ctx, pieces, [ctx.width - indent], bullet.source, bullet.id);
  const meta = { role: "bullet", section, source: bullet.source };
  const lines = broken.map((line) => vline(ctx, runsAt(line, ctx.left + indent, meta), 1, section));
  const mark = plainPiece(ctx, ctx.theme.bullet, {});
  const markWidth = ctx.measurer.width(mark.text, mark.font, mark.size);
  lines[0]?.content.unshift({
    kind: "text",
    text: mark.text,
    font: mark.font,
    size: mark.size,
    x: ctx.left + indent * 0.45 - markWidth / 2,
    rise: 0,
    width: markWidth,
    wordSpacing: 0,
    role: "decoration"
  });
  return keepParagraph(lines);
}

// src/layout/compose/header.ts
function composeHeader(ctx, header) {
  const t = ctx.theme;
  const name = plainPiece(ctx, header.name, { smallCaps: true, scale: t.nameSize }, header.source);
  const nameWidth = ctx.measurer.width(name.text, name.font, name.size);
  const nameLine = vline(ctx, [
    {
      kind: "text",
      text: name.text,
      font: name.font,
      size: name.size,
      x: ctx.left + (ctx.width - nameWidth) / 2,
      rise: 0,
      width: nameWidth,
      wordSpacing: 0,
      role: "name",
      source: header.source
    }
  ]);
  nameLine.advance = 0;
  nameLine.height = ctx.measurer.metrics("smallCaps").capHeight * name.size;
  const items = [nameLine];
  if (header.headline) {
    const headline = plainPiece(ctx, header.headline, { italic: true }, header.source);
    items.push({ kind: "glue", glueClass: "fixed", size: em(ctx, t.afterName) });
    items.push(centred(ctx, [headline], "headline"));
  }
  if (header.contacts.length > 0) {
    items.push({ kind: "glue", glueClass: "fixed", size: em(ctx, t.afterName) });
    for (const line of contactLines(ctx, header)) {
      items.push(line);
    }
  }
  return items;
}
function centred(ctx, pieces, role) {
  const widths = pieces.map((p) => ctx.measurer.width(p.text, p.font, p.size));
  let x = ctx.left + (ctx.width - widths.reduce((a, b) => a + b, 0)) / 2;
  const content = pieces.map((p, i) => {
    const item = {
      kind: "text",
      text: p.text,
      font: p.font,
      size: p.size,
      x,
      rise: 0,
      width: widths[i] ?? 0,
      wordSpacing: 0,
      role
    };
    x += widths[i] ?? 0;
    return item;
  });
  return vline(ctx, content);
}
function contactLines(ctx, header) {
  const space = em(ctx, ctx.theme.contactSpace);
  const entries = header.contacts.map((c) => {
    const piece = plainPiece(ctx, c.value, {}, c.source);
    return { contact: c, piece, width: ctx.measurer.width(piece.text, piece.font, piece.size) };
  });
  const rows = [[]];
  let used = 0;
  for (const e of entries) {
    const row = rows[rows.length - 1] ?? [];
    const extra = row.length === 0 ? e.width : 2 * space + e.width;
    if (row.length > 0 && used + extra > ctx.width) {
      rows.push([e]);
      used = e.width;
    } else {
      row.push(e);
      used += extra;
    }
  }
  const size = em(ctx, 1);
  const metrics = ctx.measurer.metrics("regular");
  return rows.map((row) => {
    const total = row.reduce((sum, e) => sum + e.width, 0) + 2 * space * (row.length - 1);
    let x = ctx.left + (ctx.width - total) / 2;
    const content = [];
    row.forEach((e, i) => {
      if (i > 0) {
        content.push({
          kind: "bar",
          x: x + space,
          top: metrics.capHeight * size,
          bottom: 0.2 * size,
          thickness: 0.5
        });
        x += 2 * space;
      }
      content.push({
        kind: "text",
        text: e.piece.text,
        font: e.piece.font,
        size: e.piece.size,
        x,
        rise: 0,
        width: e.width,
        wordSpacing: 0,
        ...e.contact.href ? { href: e.contact.href } : {},
        role: "contact",
        source: e.contact.source
      });
      x += e.width;
    });
    return vline(ctx, content);
  });
}

// src/layout/compose/heading.ts
function composeHeading(ctx, section) {
  const t = ctx.theme;
  const piece = plainPiece(ctx, section.title, { smallCaps: true, scale: t.headingSize }, section.source);
  const width = ctx.measurer.width(piece.text, piece.font, piece.size);
  const line = vline(
    ctx,
    [
      {
        kind: "text",
        text: piece.text,
        font: piece.font,
        size: piece.size,
        x: ctx.left,
        rise: 0,
        width,
        wordSpacing: 0,
        role: "sectionHeading",
        source: section.source
      },
      {
        kind: "rule",
        x1: ctx.left,
        x2: ctx.left + ctx.width,
        below: em(ctx, t.ruleGap),
        thickness: t.ruleThickness
      }
    ],
    t.headingSize,
    section.id
  );
  line.depth = em(ctx, t.ruleGap) + t.ruleThickness;
  line.anchor = { title: section.title, section: section.id };
  return [
    { kind: "glue", glueClass: "section", size: em(ctx, ctx.params.sectionGap) },
    line,
    { kind: "glue", glueClass: "fixed", size: em(ctx, t.afterHeading) }
  ];
}

// src/layout/compose/list.ts
function composeList(ctx, section) {
  const prepared = section.items.map((item) => prepare(ctx, item));
  const columnWidth = (ctx.width - em(ctx, ctx.theme.columnGap)) / 2;
  const twoColumns = prepared.length > 1 && prepared.every((p) => p.width <= columnWidth);
  const glue = () => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) });
  if (twoColumns) {
    const rows = [];
    for (let i = 0; i < prepared.length; i += 2) {
      rows.push([twoColumnRow(ctx, section.id, prepared.slice(i, i + 2), columnWidth)]);
    }
    return keepWithPrevious(joinBlocks(rows, glue));
  }
  const blocks = prepared.map(
    (p) => keepParagraph(
      leftRightLines(
        ctx,
        p.text,
        p.date,
        { role: "listItem", section: section.id, source: p.item.source },
        { role: "date", section: section.id, source: p.item.source },
        p.item.id
      )
    )
  );
  return keepWithPrevious(joinBlocks(blocks, glue));
}
function prepare(ctx, item) {
  const text = richPieces(ctx, item.text, {}, item.source);
  const date = item.dates ? plainPiece(ctx, formatRange(item.dates), {}, item.source) : void 0;
  const measure = (p) => ctx.measurer.width(p.text, p.font, p.size);
  const width = text.reduce((sum, p) => sum + measure(p), 0) + (date ? em(ctx, ctx.theme.rightGap) + measure(date) : 0);
  return { item, text, date, width };
}
function twoColumnRow(ctx, section, row, columnWidth) {
  const line = vline(ctx, [], 1, section);
  row.forEach((p, column) => {
    const left = ctx.left + column * (columnWidth + em(ctx, ctx.theme.columnGap));
    let x = left;
    for (const piece of p.text) {
      const width = ctx.measurer.width(piece.text, piece.font, piece.size);
      line.content.push({
        kind: "text",
        text: piece.text.replace(/\u00a0/g, " "),
        font: piece.font,
        size: piece.size,
        x,
        rise: piece.rise,
        width,
        wordSpacing: 0,
        ...piece.href ? { href: piece.href } : {},
        role: "listItem",
        source: p.item.source
      });
      x += width;
    }
    if (p.date) {
      line.content.push(
        rightAligned(ctx, p.date, left + columnWidth, { role: "date", section, source: p.item.source })
      );
    }
  });
  return line;
}

// src/layout/compose/skills.ts
function composeSkills(ctx, section) {
  const blocks = section.groups.map((group) => {
    const pieces = [
      plainPiece(ctx, `${group.label}:`, { bold: true }, group.source),
      plainPiece(ctx, ` ${group.values.join(", ")}`, {}, group.source)
    ];
    const lines = breakLines(ctx, pieces, [ctx.width], group.source, group.id);
    return keepParagraph(
      lines.map(
        (line) => vline(
          ctx,
          runsAt(line, ctx.left, { role: "skillValues", section: section.id, source: group.source }).map(
            (run2) => run2.font === "bold" ? { ...run2, role: "skillLabel" } : run2
          ),
          1,
          section.id
        )
      )
    );
  });
  return keepWithPrevious(
    joinBlocks(blocks, () => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) }))
  );
}

// src/layout/compose/text.ts
function composeText(ctx, section) {
  const blocks = section.paragraphs.map((paragraph, i) => {
    const lines = breakLines(
      ctx,
      richPieces(ctx, paragraph, {}, section.source),
      [ctx.width],
      section.source,
      `${section.id}-${i + 1}`
    );
    return keepParagraph(
      lines.map(
        (line) => vline(
          ctx,
          runsAt(line, ctx.left, { role: "paragraph", section: section.id, source: section.source }),
          1,
          section.id
        )
      )
    );
  });
  return keepWithPrevious(
    joinBlocks(blocks, () => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) }))
  );
}

// src/layout/drop.ts
function dropItems(resume, ids) {
  if (ids.length === 0) return resume;
  const drop = new Set(ids);
  const keep = (xs) => xs.filter((x) => !drop.has(x.id));
  const sections = resume.sections.filter((s) => !drop.has(s.id)).map((section) => dropFrom(section, keep));
  return { ...resume, sections };
}
function dropFrom(section, keep) {
  switch (section.kind) {
    case "entries":
      return { ...section, entries: keep(section.entries).map((e) => ({ ...e, bullets: keep(e.bullets) })) };
    case "list":
      return { ...section, items: keep(section.items) };
    case "skills":
      return { ...section, groups: keep(section.groups) };
    case "text":
      return section;
  }
}

// src/layout/paginate.ts
function paginate(list, geometry, stretch) {
  const placed = attachGlue(list);
  const available = geometry.bottom - geometry.top;
  const pageRanges = cutPages(placed, available);
  const pages = [];
  let fill = 0;
  for (const [start, end] of pageRanges) {
    const { page, used } = drawPage(placed.slice(start, end), start, geometry, stretch);
    pages.push(page);
    fill = used / available;
  }
  const linesPerSection = {};
  for (const p of placed) {
    const id = p.line.section;
    if (id) linesPerSection[id] = (linesPerSection[id] ?? 0) + 1;
  }
  return { pages, naturalHeight: naturalHeight(placed), fill, linesPerSection };
}
function attachGlue(list) {
  const placed = [];
  let glue = [];
  for (const item of list) {
    if (item.kind === "glue") glue.push({ glueClass: item.glueClass, size: item.size });
    else {
      placed.push({ line: item, glue });
      glue = [];
    }
  }
  return placed;
}
function offsets(placed, extra) {
  const ys = [];
  let y = 0;
  placed.forEach((p, i) => {
    if (i === 0) y = p.line.height;
    else y += p.line.advance + p.glue.reduce((sum, g) => sum + g.size + (extra ? extra(g) : 0), 0);
    ys.push(y);
  });
  return ys;
}
function naturalHeight(placed) {
  const ys = offsets(placed);
  const last = placed[placed.length - 1];
  return last ? (ys[ys.length - 1] ?? 0) + last.line.depth : 0;
}
function cutPages(placed, available) {
  const ranges = [];
  let start = 0;
  while (start < placed.length) {
    let end = start + 1;
    let y = placed[start]?.line.height ?? 0;
    while (end < placed.length) {
      const p = placed[end];
      if (!p) break;
      const next = y + p.line.advance + p.glue.reduce((sum, g) => sum + g.size, 0);
      if (next + p.line.depth > available) break;
      y = next;
      end++;
    }
    if (end < placed.length) {
      let cut = end;
      while (cut > start + 1 && placed[cut]?.line.keepWithPrevious) cut--;
      if (cut > start + 1 || !placed[cut]?.line.keepWithPrevious) end = cut;
    }
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}
function drawPage(lines, firstLine, geometry, stretch) {
  const available = geometry.bottom - geometry.top;
  const natural = naturalHeight(lines);
  let totalStretch = 0;
  lines.forEach((p, i) => {
    if (i > 0) for (const g of p.glue) totalStretch += stretch[g.glueClass];
  });
  const ratio = totalStretch > 0 ? Math.max(0, Math.min(1, (available - natural) / totalStretch)) : 0;
  const ys = offsets(lines, (g) => ratio * stretch[g.glueClass]);
  const items = [];
  lines.forEach((p, i) => {
    const baseline = geometry.top + (ys[i] ?? 0);
    if (p.line.anchor) items.push({ kind: "anchor", ...p.line.anchor, y: baseline - p.line.height });
    for (const c of p.line.content) {
      switch (c.kind) {
        case "text":
          items.push({
            kind: "text",
            text: c.text,
            font: c.font,
            size: c.size,
            x: c.x,
            baseline: baseline - c.rise,
            width: c.width,
            wordSpacing: c.wordSpacing,
            ...c.href ? { href: c.href } : {},
            role: c.role,
            line: firstLine + i,
            ...p.line.section ? { section: p.line.section } : {},
            ...c.source ? { source: c.source } : {}
          });
          break;
        case "rule":
          items.push({
            kind: "rule",
            x1: c.x1,
            y1: baseline + c.below,
            x2: c.x2,
            y2: baseline + c.below,
            thickness: c.thickness,
            role: "decoration"
          });
          break;
        case "bar":
          items.push({
            kind: "rule",
            x1: c.x,
            y1: baseline - c.top,
            x2: c.x,
            y2: baseline + c.bottom,
            thickness: c.thickness,
            role: "decoration"
          });
          break;
        default: {
          const unreachable = c;
          throw new Error(`unknown line content ${JSON.stringify(unreachable)}`);
        }
      }
    }
  });
  const last = lines[lines.length - 1];
  const used = last ? (ys[ys.length - 1] ?? 0) + last.line.depth : 0;
  return { page: { width: geometry.width, height: geometry.height, items }, used };
}

// src/layout/layout.ts
function layoutResume(resume, theme, params, meta, deps) {
  const paper = paperSizes[params.paper];
  const ctx = {
    theme,
    params,
    measurer: deps.measurer,
    breaker: deps.breaker,
    ...deps.hyphenate ? { hyphenate: deps.hyphenate } : {},
    protectedWords: protectedWords(resume),
    left: params.margin,
    width: paper.width - 2 * params.margin,
    cache: deps.cache ?? /* @__PURE__ */ new Map(),
    tightened: []
  };
  const list = composeHeader(ctx, resume.header);
  for (const section of dropItems(resume, params.dropped).sections) {
    list.push(...composeHeading(ctx, section), ...composeSection(ctx, section));
  }
  const geometry = {
    width: paper.width,
    height: paper.height,
    top: params.margin,
    bottom: paper.height - params.margin
  };
  const body = em(ctx, 1);
  const stretch = {
    section: (theme.sectionGap.max - params.sectionGap) * body,
    entry: (theme.entryGap.max - params.entryGap) * body,
    item: (theme.itemGap.max - params.itemGap) * body,
    fixed: 0
  };
  const result = paginate(list, geometry, stretch);
  return {
    frames: { pages: result.pages, meta },
    params,
    available: geometry.bottom - geometry.top,
    naturalHeight: result.naturalHeight,
    fill: result.fill,
    linesPerSection: result.linesPerSection,
    tightened: ctx.tightened
  };
}
function composeSection(ctx, section) {
  switch (section.kind) {
    case "entries":
      return composeEntries(ctx, section);
    case "list":
      return composeList(ctx, section);
    case "skills":
      return composeSkills(ctx, section);
    case "text":
      return composeText(ctx, section);
    default: {
      const unreachable = section;
      throw new Error(`unknown section kind ${JSON.stringify(unreachable)}`);
    }
  }
}
function protectedWords(resume) {
  const words2 = /* @__PURE__ */ new Set();
  const add = (text) => {
    for (const w of text.toLowerCase().split(/[^a-z0-9+#-]+/)) if (w) words2.add(w);
  };
  for (const section of resume.sections) {
    if (section.kind === "skills") for (const g of section.groups) g.values.forEach(add);
    if (section.kind === "entries") for (const e of section.entries) e.keywords.forEach(add);
  }
  return words2;
}

// src/fit/search.ts
function leastFitting(probe, fits, lo, hi, mode) {
  const top2 = probe(hi);
  if (!fits(top2)) return void 0;
  let found = { x: hi, result: top2 };
  const done = (a, b, i) => mode.integer ? b - a <= 1 : i >= mode.iterations;
  for (let i = 0; !done(lo, found.x, i); i++) {
    const mid = mode.integer ? Math.floor((lo + found.x) / 2) : (lo + found.x) / 2;
    const result = probe(mid);
    if (fits(result)) found = { x: mid, result };
    else lo = mid;
  }
  return found;
}

// src/fit/fit.ts
var GROW_BELOW = 0.93;
var ITERATIONS = 12;
function fitResume(resume, theme, start, meta, deps, options2) {
  const began = performance.now();
  const cache = deps.cache ?? /* @__PURE__ */ new Map();
  let passes = 0;
  const run2 = (params2) => {
    passes++;
    return layoutResume(resume, theme, params2, meta, { ...deps, cache });
  };
  const overflowOf = (r) => r.naturalHeight - options2.pages * r.available;
  const fits = (r) => r.frames.pages.length <= options2.pages && (options2.pages > 1 || r.naturalHeight <= r.available + 1e-6);
  let params = start;
  let best = run2(params);
  const steps = [];
  const finish = (ok) => ({
    fits: ok,
    layout: best,
    steps,
    passes,
    milliseconds: performance.now() - began,
    overflow: overflowOf(best),
    dropped: [...params.dropped]
  });
  if (fits(best)) {
    if (best.naturalHeight / best.available < GROW_BELOW && options2.pages === 1) grow();
    return finish(true);
  }
  function grow() {
    const before2 = best;
    const s = params;
    const at2 = (t) => ({
      ...s,
      leading: s.leading + (theme.leading.max - s.leading) * Math.min(1, 2 * t),
      bodySize: onGrid(s.bodySize + (theme.bodySize.max - s.bodySize) * Math.max(0, 2 * t - 1))
    });
    const found = leastFitting((u) => u === 1 ? best : run2(at2(1 - u)), fits, 0, 1, {
      integer: false,
      iterations: ITERATIONS
    });
    if (!found || found.x === 1) return;
    params = at2(1 - found.x);
    best = found.result;
    steps.push({
      step: "grow",
      change: `leading ${fmt(s.leading)} \u2192 ${fmt(params.leading)}, body ${fmt(s.bodySize)}pt \u2192 ${fmt(params.bodySize)}pt`,
      overflowBefore: overflowOf(before2),
      overflowAfter: overflowOf(best)
    });
  }
  const rung = (step, at2, describe4) => {
    const before2 = best;
    let floor;
    const probe = (t) => {
      const r = run2(at2(t));
      if (t === 1) floor = r;
      return r;
    };
    const found = leastFitting(probe, fits, 0, 1, { integer: false, iterations: ITERATIONS });
    params = at2(found ? found.x : 1);
    best = found ? found.result : floor ?? best;
    steps.push({
      step,
      change: describe4(params),
      overflowBefore: overflowOf(before2),
      overflowAfter: overflowOf(best)
    });
    return found !== void 0;
  };
  const loose = run2({ ...params, looseness: -1 });
  steps.push({
    step: "looseness",
    change: `${loose.tightened.length} paragraph(s) set one line shorter`,
    overflowBefore: overflowOf(best),
    overflowAfter: overflowOf(loose)
  });
  params = { ...params, looseness: -1 };
  best = loose;
  if (fits(best)) return finish(true);
  const floors = run2({
    ...params,
    sectionGap: Math.min(params.sectionGap, theme.sectionGap.min),
    entryGap: Math.min(params.entryGap, theme.entryGap.min),
    itemGap: Math.min(params.itemGap, theme.itemGap.min),
    leading: Math.min(params.leading, theme.leading.min),
    margin: Math.min(params.margin, theme.margin.min),
    bodySize: Math.min(params.bodySize, theme.bodySize.min)
  });
  if (!fits(floors)) {
    steps.push({
      step: "floors",
      change: "every parameter at its floor at once, and it still does not fit",
      overflowBefore: overflowOf(best),
      overflowAfter: overflowOf(floors)
    });
    params = floors.params;
    best = floors;
    if (options2.allowDrop) dropLowestPriority();
    return finish(fits(best));
  }
  const lerp = (from, to, t) => from + (to - from) * t;
  const p0 = params;
  if (rung(
    "vertical-space",
    (t) => ({
      ...p0,
      sectionGap: lerp(p0.sectionGap, theme.sectionGap.min, t),
      entryGap: lerp(p0.entryGap, theme.entryGap.min, t),
      itemGap: lerp(p0.itemGap, theme.itemGap.min, t)
    }),
    (p) => `gaps ${fmt(p0.sectionGap)}/${fmt(p0.entryGap)}/${fmt(p0.itemGap)}em \u2192 ${fmt(p.sectionGap)}/${fmt(p.entryGap)}/${fmt(p.itemGap)}em`
  ))
    return finish(true);
  const p1 = params;
  if (rung(
    "leading",
    (t) => ({ ...p1, leading: lerp(p1.leading, theme.leading.min, t) }),
    (p) => `leading ${fmt(p1.leading)} \u2192 ${fmt(p.leading)}`
  ))
    return finish(true);
  const p2 = params;
  if (rung(
    "margins",
    (t) => ({ ...p2, margin: lerp(p2.margin, theme.margin.min, t) }),
    (p) => `margins ${fmt(p2.margin / 72)}in \u2192 ${fmt(p.margin / 72)}in`
  ))
    return finish(true);
  const p3 = params;
  if (rung(
    "font-size",
    (t) => ({ ...p3, bodySize: onGrid(lerp(p3.bodySize, theme.bodySize.min, t)) }),
    (p) => `body ${fmt(p3.bodySize)}pt \u2192 ${fmt(p.bodySize)}pt`
  ))
    return finish(true);
  if (options2.allowDrop) dropLowestPriority();
  return finish(fits(best));
  function dropLowestPriority() {
    const before2 = best;
    const base = params;
    const candidates = droppable(resume).filter((c) => !base.dropped.includes(c.id));
    const at2 = (n) => ({
      ...base,
      dropped: [...base.dropped, ...candidates.slice(0, n).map((c) => c.id)]
    });
    let all;
    const probe = (n) => {
      const r = run2(at2(n));
      if (n === candidates.length) all = r;
      return r;
    };
    const found = leastFitting(probe, fits, 0, candidates.length, { integer: true });
    params = at2(found ? found.x : candidates.length);
    best = found ? found.result : all ?? best;
    const ids = params.dropped.slice(base.dropped.length);
    steps.push({
      step: "drop",
      change: `dropped ${ids.length} item(s): ${ids.join(", ")}`,
      overflowBefore: overflowOf(before2),
      overflowAfter: overflowOf(best)
    });
  }
}
function onGrid(size) {
  return Math.round(size * 20) / 20;
}
function fmt(n) {
  return String(Math.round(n * 100) / 100);
}

// src/fonts.ts
import { readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";

// src/fontErrors.ts
function fontError(path4, error) {
  const code = error?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ENOENT":
      return userError("font file not found", path4, "check the font paths of the theme");
    case "EACCES":
    case "EPERM":
      return userError("cannot read font file: permission denied", path4);
    case "EISDIR":
      return userError("font path is a folder, not a font file", path4);
    default:
      return userError(
        `cannot use font file: not a valid OpenType/TrueType font (${detail})`,
        path4,
        "use an .otf or .ttf file"
      );
  }
}

// src/layout/fontkitMeasurer.ts
function fontkitMeasurer(fonts) {
  const widths = /* @__PURE__ */ new Map();
  return {
    width(text, id, size) {
      let cache = widths.get(id);
      if (!cache) {
        cache = /* @__PURE__ */ new Map();
        widths.set(id, cache);
      }
      let w = cache.get(text);
      if (w === void 0) {
        const f = fonts[id];
        w = f.layout(text).advanceWidth / f.unitsPerEm;
        cache.set(text, w);
      }
      return w * size;
    },
    metrics(id) {
      const f = fonts[id];
      const em2 = f.unitsPerEm;
      return {
        ascent: f.ascent / em2,
        descent: -f.descent / em2,
        capHeight: f.capHeight / em2,
        xHeight: f.xHeight / em2
      };
    },
    missingGlyphs(text, id) {
      const f = fonts[id];
      const missing = [];
      for (const ch of new Set(text)) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 32 || ch === "\xA0") continue;
        if (!f.hasGlyphForCodePoint(cp)) missing.push(ch);
      }
      return missing;
    }
  };
}

// src/fonts.ts
var fontsDir = join2(dirname2(fileURLToPath(import.meta.url)), "..", "fonts");
function fontPaths(theme, dir = fontsDir) {
  const entries = Object.entries(theme.fonts).map(([id, file]) => [id, join2(dir, file)]);
  return Object.fromEntries(entries);
}
var parsed = /* @__PURE__ */ new Map();
function openFont(path4) {
  let font = parsed.get(path4);
  if (!font) {
    let created;
    try {
      created = fontkit.create(readFileSync(path4));
    } catch (error) {
      throw fontError(path4, error);
    }
    if (!("layout" in created)) throw fontError(path4, new Error("a font collection, not a single font"));
    font = created;
    parsed.set(path4, font);
  }
  return font;
}
var measurers = /* @__PURE__ */ new Map();
function measurerFor(theme) {
  const paths = fontPaths(theme);
  const key = Object.values(paths).join("|");
  let measurer = measurers.get(key);
  if (!measurer) {
    const fonts = Object.fromEntries(Object.entries(paths).map(([id, path4]) => [id, openFont(path4)]));
    measurer = fontkitMeasurer(fonts);
    measurers.set(key, measurer);
  }
  return measurer;
}

// src/layout/frameText.ts
function frameText(frames) {
  const out = [];
  for (const page of frames.pages) {
    const lines = /* @__PURE__ */ new Map();
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      const line = lines.get(item.line) ?? [];
      line.push(item);
      lines.set(item.line, line);
    }
    for (const [, runs] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
      runs.sort((a, b) => a.x - b.x);
      const first = runs[0];
      if (first?.role === "sectionHeading" && out.length > 0) out.push("");
      out.push(joinRuns(runs));
    }
  }
  return `${out.join("\n")}
`;
}
function joinRuns(runs) {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run2 of runs) {
    const apart = run2.x - end > run2.size * 0.1;
    if (text && apart && !text.endsWith(" ")) text += " ";
    text += run2.text;
    end = run2.x + run2.width;
  }
  return text.trim().replace(/ {2,}/g, " ");
}

// src/layout/hyphenate.ts
import createHyphenator from "hyphen";
import enUs from "hyphen/patterns/en-us.js";
var cached;
function hyphenator() {
  if (!cached) {
    const hyphenate = createHyphenator(enUs, { async: false, hyphenChar: "\xAD" });
    cached = (word) => hyphenate(word).split("\xAD");
  }
  return cached;
}

// src/layout/linebreak/knuthPlass.ts
var RETRY_TOLERANCE = 10;
var MAX_BADNESS = 1e20;
var EPSILON = 1e-9;
var ZERO = { width: 0, stretch: 0, shrink: 0, fil: 0, filShrink: 0 };
function finitePart(amount) {
  return Number.isFinite(amount) ? [amount, 0] : [0, Math.sign(amount)];
}
var Paragraph = class {
  items;
  lineWidths;
  /** sums[i] totals items [0, i); penalties add width only when broken at. */
  sums;
  constructor(items, lineWidths) {
    const last = items.at(-1);
    if (last?.kind !== "penalty" || last.penalty > -1e4) {
      throw new RangeError("a paragraph must end with a forced break (penalty \u2264 -10000)");
    }
    if (lineWidths.length === 0) throw new RangeError("lineWidths must not be empty");
    this.items = items;
    this.lineWidths = lineWidths;
    let t = ZERO;
    this.sums = [t];
    for (const item of items) {
      if (item.kind === "box") t = { ...t, width: t.width + item.width };
      else if (item.kind === "glue") {
        const [stretch, fil] = finitePart(item.stretch);
        const [shrink, filShrink] = finitePart(item.shrink);
        t = {
          width: t.width + item.width,
          stretch: t.stretch + stretch,
          shrink: t.shrink + shrink,
          fil: t.fil + fil,
          filShrink: t.filShrink + filShrink
        };
      }
      this.sums.push(t);
    }
  }
  /** Glue is a legal break when it follows a box; a penalty unless it forbids (≥ 10000). */
  isLegal(index) {
    const item = this.items[index];
    if (item?.kind === "penalty") return item.penalty < 1e4;
    return item?.kind === "glue" && this.items[index - 1]?.kind === "box";
  }
  isForced(index) {
    const item = this.items[index];
    return item?.kind === "penalty" && item.penalty <= -1e4;
  }
  /** First item of the line after a break at `index`: glue and penalties up to the next box are discarded. */
  startAfter(index) {
    let i = index + 1;
    while (i < this.items.length && this.items[i]?.kind !== "box") i++;
    return i;
  }
  /** Width of line `line` (0-based); the last given width repeats. */
  lineWidth(line) {
    return this.lineWidths[Math.min(line, this.lineWidths.length - 1)] ?? 0;
  }
  /**
   * Adjustment ratio of the line from `start` up to a break at `end`: 0 when infinite glue absorbs the
   * difference, +Infinity when a short line cannot stretch, -Infinity when a long one cannot shrink.
   */
  ratio(start, end, lineWidth) {
    const from = this.sums[Math.min(start, end)] ?? ZERO;
    const to = this.sums[end] ?? ZERO;
    const item = this.items[end];
    const natural = to.width - from.width + (item?.kind === "penalty" ? item.width : 0);
    const shortfall = lineWidth - natural;
    if (Math.abs(shortfall) <= EPSILON * Math.max(1, Math.abs(lineWidth))) return 0;
    if (shortfall > 0) {
      if (to.fil - from.fil > 0) return 0;
      const stretch = to.stretch - from.stretch;
      return stretch > 0 ? shortfall / stretch : Number.POSITIVE_INFINITY;
    }
    if (to.filShrink - from.filShrink > 0) return 0;
    const shrink = to.shrink - from.shrink;
    return shrink > 0 ? shortfall / shrink : Number.NEGATIVE_INFINITY;
  }
  /** The error for a line from `start` to a break at `end` that overflows: names its first box that cannot fit. */
  overflowError(start, end, lineWidth) {
    let width = 0;
    let shrink = 0;
    let lastBox = end;
    for (let i = Math.min(start, end); i < end; i++) {
      const item = this.items[i];
      if (item?.kind === "glue") {
        width += item.width;
        shrink += item.shrink;
      } else if (item?.kind === "box") {
        width += item.width;
        lastBox = i;
        if (width - shrink > lineWidth * (1 + EPSILON) + EPSILON) return overflow(i, lineWidth);
      }
    }
    return overflow(lastBox, lineWidth);
  }
};
function overflow(index, lineWidth) {
  return new LineBreakError(`item ${index} does not fit in a line of width ${lineWidth}`, index);
}
function reportedRatio(ratio) {
  return Number.isFinite(ratio) ? ratio : 0;
}
function badness(ratio) {
  return Math.min(100 * Math.abs(ratio) ** 3, MAX_BADNESS);
}
function fitnessClass(ratio) {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  return ratio <= 1 ? 2 : 3;
}
function runPass(paragraph, options2, tolerance) {
  const lastClass = options2.looseness === 0 ? options2.lineWidths.length - 1 : Number.POSITIVE_INFINITY;
  let active = [
    {
      position: -1,
      start: 0,
      line: 0,
      fitness: 1,
      flagged: false,
      demerits: 0,
      ratio: 0,
      previous: void 0
    }
  ];
  for (let b = 0; b < paragraph.items.length; b++) {
    if (!paragraph.isLegal(b)) continue;
    const item = paragraph.items[b];
    const penalty = item?.kind === "penalty" ? item.penalty : 0;
    const flagged = item?.kind === "penalty" && item.flagged;
    const forced = paragraph.isForced(b);
    const kept = [];
    const best = /* @__PURE__ */ new Map();
    let lost;
    for (const a of active) {
      const ratio = paragraph.ratio(a.start, b, paragraph.lineWidth(a.line));
      if (ratio < -1) {
        if (!lost || a.start > lost.start) lost = a;
        continue;
      }
      if (!forced) kept.push(a);
      if (ratio > tolerance) continue;
      const fitness = fitnessClass(ratio);
      let demerits = (options2.linePenalty + badness(ratio)) ** 2;
      if (penalty > 0) demerits += penalty ** 2;
      else if (!forced) demerits -= penalty ** 2;
      if (flagged && a.flagged) demerits += options2.doubleHyphenDemerits;
      if (Math.abs(fitness - a.fitness) > 1) demerits += options2.adjacentLooseTightDemerits;
      const line = a.line + 1;
      const key = Math.min(line, lastClass) * 4 + fitness;
      const total = a.demerits + demerits;
      if ((best.get(key)?.demerits ?? Number.POSITIVE_INFINITY) <= total) continue;
      const start = paragraph.startAfter(b);
      best.set(key, { position: b, start, line, fitness, flagged, demerits: total, ratio, previous: a });
    }
    active = [...kept, ...best.values()];
    if (active.length === 0) return { failedAt: b, lost };
  }
  return { finals: active };
}
function choose(finals, looseness) {
  let best;
  for (const node of finals) if (!best || node.demerits < best.demerits) best = node;
  if (!best || looseness === 0) return best && { node: best, achieved: true };
  let chosen = best;
  let diff = 0;
  for (const node of finals) {
    const d = node.line - best.line;
    const closer = looseness > 0 ? d > diff && d <= looseness : d < diff && d >= looseness;
    if (closer || d === diff && node.demerits < chosen.demerits) {
      chosen = node;
      diff = d;
    }
  }
  return { node: chosen, achieved: diff === looseness };
}
function toBreaks(last) {
  const breaks = [];
  for (let node = last; node?.previous; node = node.previous) {
    breaks.push({ position: node.position, ratio: reportedRatio(node.ratio) });
  }
  return breaks.reverse();
}
var knuthPlass = (items, options2) => {
  const paragraph = new Paragraph(items, options2.lineWidths);
  const tolerances = [.../* @__PURE__ */ new Set([options2.tolerance, Math.max(options2.tolerance, RETRY_TOLERANCE)])];
  let chosen;
  for (const tolerance of tolerances.filter((t) => t < Number.POSITIVE_INFINITY)) {
    const outcome = runPass(paragraph, options2, tolerance);
    const pick = "finals" in outcome ? choose(outcome.finals, options2.looseness) : void 0;
    if (!pick) continue;
    chosen = pick.node;
    if (pick.achieved) break;
  }
  if (chosen) return toBreaks(chosen);
  const emergency = runPass(paragraph, options2, Number.POSITIVE_INFINITY);
  if ("finals" in emergency) {
    const pick = choose(emergency.finals, options2.looseness);
    if (pick) return toBreaks(pick.node);
    throw new LineBreakError("no feasible breaking", items.length - 1);
  }
  const { lost, failedAt } = emergency;
  if (!lost) throw new LineBreakError("no feasible breaking", failedAt);
  throw paragraph.overflowError(lost.start, failedAt, paragraph.lineWidth(lost.line));
};

// src/meta.ts
function documentMeta(resume) {
  const keywords = resume.sections.flatMap(
    (s) => s.kind === "skills" ? s.groups.flatMap((g) => g.values) : []
  );
  return {
    title: `${resume.header.name} \u2014 R\xE9sum\xE9`,
    author: resume.header.name,
    subject: "R\xE9sum\xE9",
    keywords,
    lang: "en-US",
    created: creationDate(resume)
  };
}
function creationDate(resume) {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1e3);
  let latest = Date.UTC(2e3, 0, 1);
  const consider = (d) => {
    if (d && d !== "present") latest = Math.max(latest, Date.UTC(d.year, (d.month ?? 1) - 1, 1));
  };
  for (const s of resume.sections) {
    const ranges = s.kind === "entries" ? s.entries.map((e) => e.dates) : s.kind === "list" ? s.items.map((i) => i.dates) : [];
    for (const r of ranges) {
      consider(r?.start);
      consider(r?.end);
    }
  }
  return new Date(latest);
}

// src/parse/parseMarkdown.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
var processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();
function parseMarkdown(file) {
  return processor.parse(file.text);
}
function parseFiles(files) {
  return files.map((file) => ({ ...file, root: parseMarkdown(file) }));
}

// src/parse/readContent.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/parse/limits.ts
function checkText(file, text) {
  const problems = [];
  const report = (line, column, message, hint2) => problems.push({ severity: "error", file, line, column, message, ...hint2 ? { hint: hint2 } : {} });
  let fileMarkup = 0;
  let run2;
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const number = index + 1;
    for (const { column, char } of strangeCharacters(line)) {
      const [message, hint2] = strangeMessage(char);
      report(number, column, message, hint2);
    }
    const depth = nestingWidth(line);
    if (depth.width > LIMITS.nestingColumns) {
      report(
        number,
        depth.column,
        `nested too deep: ${depth.width} columns of indentation and list or quote markers before the text; at most ${LIMITS.nestingColumns} are read`,
        "bullets nest one level, for alternatives ({alt=NAME}); remove the extra indentation or markers"
      );
    }
    if (line.trim() === "" || startsBlock(line)) run2 = void 0;
    if (line.trim() === "") continue;
    if (run2 === void 0) run2 = { line: number, lines: 0, markup: 0 };
    run2.lines++;
    if (run2.lines === LIMITS.paragraphLines + 1) {
      report(
        run2.line,
        1,
        `a paragraph of more than ${LIMITS.paragraphLines} lines; a paragraph or list item is at most ${LIMITS.paragraphLines} lines`,
        "split it with blank lines, or into bullets"
      );
    }
    for (const column of markupColumns(line)) {
      run2.markup++;
      fileMarkup++;
      if (run2.markup === LIMITS.paragraphMarkup + 1) {
        report(
          number,
          column,
          `more than ${LIMITS.paragraphMarkup} of the markup characters ${MARKUP_NAMES} in one paragraph; that much markup is not read`,
          "split the paragraph, or write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)"
        );
      }
      if (fileMarkup === LIMITS.fileMarkup + 1) {
        report(
          number,
          column,
          `more than ${LIMITS.fileMarkup} of the markup characters ${MARKUP_NAMES} in one file; that much markup is not read`,
          "split the section, or write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)"
        );
      }
    }
  }
  return problems;
}
var LIMITS = {
  /** Columns of indentation and list or block-quote markers before a line's text. */
  nestingColumns: 40,
  /** Lines in one paragraph, counted from a blank line, a bullet or a heading to the next. */
  paragraphLines: 100,
  /** Emphasis, link and HTML delimiters (`*`, `_`, `[`, `]`, `<`) in one paragraph and in one file. */
  paragraphMarkup: 200,
  fileMarkup: 2e3
};
var MARKUP = /* @__PURE__ */ new Set(["*", "_", "[", "]", "<"]);
var MARKUP_NAMES = "* _ [ ] <";
function* markupColumns(line) {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (ch === "\\") i++;
    else if (MARKUP.has(ch)) yield i + 1;
  }
}
function startsBlock(line) {
  return /^ {0,3}(?:[-*+][ \t]+\S|#{1,6}(?:[ \t]|$))/.test(line);
}
function nestingWidth(line) {
  const prefix = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(line)?.[0] ?? "";
  let width = 0;
  let column = 1;
  for (let i = 0; i < prefix.length; i++) {
    width = prefix[i] === "	" ? width + 4 - width % 4 : width + 1;
    if (width <= LIMITS.nestingColumns) column = i + 2;
  }
  return { width, column };
}
var INVISIBLE = /* @__PURE__ */ new Map([
  [173, "soft hyphen"],
  [1564, "Arabic letter mark"],
  [6158, "Mongolian vowel separator"],
  [8203, "zero width space"],
  [8204, "zero width non-joiner"],
  [8205, "zero width joiner"],
  [8206, "left-to-right mark"],
  [8207, "right-to-left mark"],
  [8232, "line separator"],
  [8233, "paragraph separator"],
  [8234, "left-to-right embedding"],
  [8235, "right-to-left embedding"],
  [8236, "pop directional formatting"],
  [8237, "left-to-right override"],
  [8238, "right-to-left override"],
  [8288, "word joiner"],
  [8289, "function application"],
  [8290, "invisible times"],
  [8291, "invisible separator"],
  [8292, "invisible plus"],
  [8294, "left-to-right isolate"],
  [8295, "right-to-left isolate"],
  [8296, "first strong isolate"],
  [8297, "pop directional isolate"],
  [65279, "zero width no-break space (byte-order mark)"]
]);
function* strangeCharacters(line) {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const control = code < 32 && code !== 9 || code >= 127 && code <= 159;
    if (control || INVISIBLE.has(code)) yield { column: i + 1, char: line[i] ?? "" };
  }
}
function strangeMessage(char) {
  const code = char.charCodeAt(0);
  const point = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 173)
    return [
      `a soft hyphen (${point}); it prints as a hyphen or as nothing, and splits the word for text extractors`,
      "remove it; with --hyphenate vitae breaks words itself"
    ];
  const name = INVISIBLE.get(code);
  if (name !== void 0)
    return [
      `an invisible character (${point}, ${name}); it would be hidden in the PDF yet change how its text is read`,
      "remove it"
    ];
  return [
    `a control character (${point}); it cannot be printed`,
    "remove it (the file may have been saved in a binary or other format)"
  ];
}

// src/parse/readContent.ts
async function readContent(dir) {
  const info = await stat(dir).catch((error) => {
    throw userError(
      errnoCode(error) === "ENOENT" ? "folder not found" : `cannot open the folder (${reason(error)})`,
      dir
    );
  });
  if (!info.isDirectory()) throw userError("not a folder; expected a folder of Markdown section files", dir);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error) => {
    throw userError(`cannot list the folder (${reason(error)})`, dir);
  });
  const names = (await Promise.all(entries.map(async (e) => await isSectionFile(dir, e) ? e.name : void 0))).filter((name) => name !== void 0).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  if (names.length === 0) {
    throw userError(
      'no sections: the folder has no .md files (names starting with "_" are skipped)',
      dir,
      "add a file per section, e.g. 00-header.md with kind: header"
    );
  }
  const problems = [];
  const files = [];
  for (const name of names) {
    const file = displayPath(dir, name);
    try {
      const size = (await stat(path.join(dir, name))).size;
      if (size > MAX_FILE_BYTES) {
        problems.push({
          severity: "error",
          file,
          message: `the file is ${(size / 1048576).toFixed(1)} MiB; section files are limited to 1 MiB (a r\xE9sum\xE9 section is a few KB)`
        });
        continue;
      }
      const text = decodeUtf8(await readFile(path.join(dir, name)));
      const found = checkText(file, text);
      if (found.length > 0) problems.push(...found);
      else files.push({ path: file, text });
    } catch (error) {
      const message = error instanceof TypeError ? "not UTF-8 text; save the file as UTF-8" : `cannot read the file (${reason(error)})`;
      problems.push({ severity: "error", file, message });
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return files;
}
var MAX_FILE_BYTES = 1024 * 1024;
async function isSectionFile(dir, entry) {
  if (!entry.name.endsWith(".md") || entry.name.startsWith("_") || entry.name.startsWith(".")) return false;
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return stat(path.join(dir, entry.name)).then(
    (s) => s.isFile(),
    () => true
    // a dangling link is reported when it is read
  );
}
function displayPath(dir, name) {
  const joined = path.join(dir, name);
  if (!path.isAbsolute(joined)) return joined;
  const relative2 = path.relative(process.cwd(), joined);
  return relative2.startsWith("..") || path.isAbsolute(relative2) ? joined : relative2;
}
function decodeUtf8(bytes) {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).normalize("NFC");
}
function errnoCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
function reason(error) {
  const code = errnoCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOENT") return "no such file";
  if (code === "ELOOP") return "a loop of symbolic links";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  if (code === "ENAMETOOLONG") return "the path is too long";
  return code ?? (error instanceof Error ? error.message : String(error));
}

// src/model/normalize.ts
import path2 from "node:path";

// src/model/attributes.ts
var LOOKS_LIKE_ATTRIBUTES = /^\s*(?:[#.]|[A-Za-z][\w-]*=)/;
function takeAttributes(nodes, ctx) {
  const last = nodes.at(-1);
  if (last?.type !== "text") return { content: [...nodes] };
  const value = last.value.trimEnd();
  const open2 = value.lastIndexOf("{");
  if (!value.endsWith("}")) return { content: [...nodes] };
  if (open2 < 0) {
    reportSplitBlock(nodes, ctx);
    return { content: [...nodes] };
  }
  const inner = value.slice(open2 + 1, -1);
  if (!LOOKS_LIKE_ATTRIBUTES.test(inner)) return { content: [...nodes] };
  const raw = ctx.raw(last);
  const rawOpen = raw.lastIndexOf("{");
  if (rawOpen > 0 && raw[rawOpen - 1] === "\\") return { content: [...nodes] };
  const base = (last.position?.start.offset ?? 0) + Math.max(rawOpen, 0);
  const block2 = {
    source: ctx.atOffset(base),
    tokens: tokenize(inner, ctx, raw.slice(Math.max(rawOpen, 0)), base)
  };
  const rest = value.slice(0, open2).trimEnd();
  const content = nodes.slice(0, -1);
  if (rest !== "") content.push({ ...last, value: rest });
  return { content, block: block2 };
}
function reportSplitBlock(nodes, ctx) {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === void 0 || end === void 0) return;
  const raw = ctx.text.slice(start, end).trimEnd();
  const open2 = raw.lastIndexOf("{");
  if (open2 < 0 || raw[open2 - 1] === "\\" || !LOOKS_LIKE_ATTRIBUTES.test(raw.slice(open2 + 1))) return;
  ctx.error(
    ctx.atOffset(start + open2),
    "cannot read the attribute block: it contains Markdown (*, _, `, [ or <)",
    "write \\{ to print the braces as text"
  );
}
function tokenize(inner, ctx, raw, base) {
  const tokens2 = [];
  let rawCursor = 0;
  const locate = (text) => {
    const at2 = raw.indexOf(text, rawCursor);
    if (at2 < 0) return ctx.atOffset(base);
    rawCursor = at2 + text.length;
    return ctx.atOffset(base + at2);
  };
  const pattern = /\s*(?:([#.])([^\s"]*)|([A-Za-z][\w-]*)=(?:"([^"]*)("?)|([^\s"]*))|(\S+))/gy;
  for (const m of inner.matchAll(pattern)) {
    const [whole, sigil, name, key, quotedValue, closing, bareValue, junk] = m;
    const text = whole.trim();
    if (text === "") continue;
    const source = locate(text);
    if (sigil !== void 0) {
      if (name === "")
        ctx.error(
          source,
          `"${sigil}" must be followed by ${sigil === "#" ? "an id" : "a tag"} (e.g. ${sigil === "#" ? "#my-id" : ".llm"})`
        );
      else tokens2.push({ kind: sigil === "#" ? "id" : "tag", value: name ?? "", source });
    } else if (key !== void 0) {
      const quoted = quotedValue !== void 0;
      if (quoted && closing !== '"') {
        ctx.error(source, `unclosed quote in attribute ${key}=; add the closing "`);
        continue;
      }
      const valueSource = { ...source, column: source.column + key.length + 1 + (quoted ? 1 : 0) };
      tokens2.push({
        kind: "pair",
        key,
        value: (quoted ? quotedValue : bareValue) ?? "",
        source,
        valueSource,
        quoted
      });
    } else {
      ctx.error(
        source,
        `cannot read "${junk ?? text}" in the attribute block; expected #id, .tag or key=value`
      );
    }
  }
  return tokens2;
}

// src/model/html.ts
function isComment(html) {
  let rest = html.trimStart();
  if (!rest.startsWith("<!--")) return false;
  while (rest.startsWith("<!--")) {
    const end = rest.indexOf("-->", 4);
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest === "";
}
function htmlMessage(value) {
  const first = value.trim().split("\n")[0] ?? "";
  const shown = first.length > 30 ? `${first.slice(0, 30)}\u2026` : first;
  return `HTML is not supported ("${shown}"); only <sup>\u2026</sup> is allowed in text`;
}

// src/model/links.ts
var SCHEMES = ["https", "http", "mailto", "tel"];
function linkProblem(url) {
  const expected = "links must start with https:, http:, mailto: or tel:";
  if (url.trim() === "") return "a link with no address";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === void 0) return `link "${url}" is not a full address; ${expected}`;
  if (!SCHEMES.includes(scheme)) return `link scheme "${scheme}:" is not allowed; ${expected}`;
  const rest = url.slice(scheme.length + 1);
  if (scheme === "mailto")
    return /^[^@\s]+@[^@\s]+$/.test(rest.split("?")[0] ?? "") ? void 0 : `invalid e-mail link "${url}"`;
  if (scheme === "tel") return /\d/.test(rest) ? void 0 : `invalid phone link "${url}"`;
  try {
    return new URL(url).hostname === "" ? `invalid link "${url}": no host name` : void 0;
  } catch {
    return `invalid link "${url}"`;
  }
}

// src/model/typography.ts
function smarten(text, before2 = "", after2 = "") {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const prev = i === 0 ? before2 : out.at(-1);
    const next = i + 1 < text.length ? text[i + 1] : after2;
    if (ch === "'") out += singleQuote(prev, next);
    else if (ch === '"') out += opens(prev) ? "\u201C" : "\u201D";
    else if (ch === "-" && text.startsWith("---", i)) {
      out += "\u2014";
      i += 2;
    } else if (ch === "-" && text[i + 1] === "-") {
      out += "\u2013";
      i += 1;
    } else out += ch;
  }
  return out;
}
function opens(prev) {
  return prev === void 0 || prev === "" || /[\s([{‘“–—/-]/u.test(prev);
}
function singleQuote(prev, next) {
  if (opens(prev) && next !== void 0 && /\d/.test(next)) return "\u2019";
  return opens(prev) ? "\u2018" : "\u2019";
}

// src/model/inline.ts
function toSpans(nodes, ctx, options2 = {}) {
  const raw = [];
  walk(nodes, {}, raw, ctx);
  const spans = tidy(raw);
  if (options2.typography !== false) smartenSpans(spans);
  return spans.map(({ verbatim: _, ...span }) => span);
}
function spansText(spans) {
  return spans.map((s) => s.text).join("");
}
function plainText(spans, ctx, at2, what) {
  if (spans.some((s) => s.href !== void 0)) ctx.error(at2, `a link is not allowed in ${what}`);
  if (spans.some((s) => s.sup)) ctx.error(at2, `a superscript (<sup>) is not allowed in ${what}`);
  if (spans.some((s) => s.bold || s.italic || s.code)) {
    ctx.warn(at2, `bold, italic and code formatting is ignored in ${what}`);
  }
  return spansText(spans);
}
function walk(nodes, style, out, ctx) {
  let supOpen;
  for (const node of nodes) {
    const s = supOpen ? { ...style, sup: true } : style;
    switch (node.type) {
      case "text":
        out.push({ ...s, text: node.value });
        break;
      case "inlineCode":
        out.push({ ...s, code: true, verbatim: true, text: node.value });
        break;
      case "break":
        out.push({ ...s, text: " " });
        break;
      case "emphasis":
        walk(node.children, { ...s, italic: true }, out, ctx);
        break;
      case "strong":
        walk(node.children, { ...s, bold: true }, out, ctx);
        break;
      case "link": {
        const problem = linkProblem(node.url);
        if (problem) ctx.error(ctx.at(node), problem);
        const autolink = node.children.length === 1 && node.children[0]?.type === "text" && isAutolinkText(node.url, node.children[0].value);
        const linkStyle = {
          ...s,
          ...problem ? {} : { href: node.url },
          ...autolink ? { verbatim: true } : {}
        };
        const before2 = out.length;
        walk(node.children, linkStyle, out, ctx);
        if (out.slice(before2).every((span) => span.text.trim() === ""))
          ctx.error(ctx.at(node), `a link with no text: "${node.url}"`);
        break;
      }
      case "html": {
        const tag = classifyHtml(node.value);
        if (tag === "comment") break;
        if (tag === "open") {
          if (supOpen || style.sup)
            ctx.error(ctx.at(node), "<sup> inside a superscript; close the first with </sup>");
          else supOpen = ctx.at(node);
        } else if (tag === "close") {
          if (supOpen) supOpen = void 0;
          else ctx.error(ctx.at(node), "</sup> without a <sup> before it (in the same bold, italic or link)");
        } else ctx.error(ctx.at(node), htmlMessage(node.value));
        break;
      }
      case "image":
      case "imageReference":
        ctx.error(
          ctx.at(node),
          `images are not supported ("${node.alt ?? ""}"); a r\xE9sum\xE9 is typeset as text`
        );
        break;
      case "linkReference":
        ctx.error(ctx.at(node), "reference links ([text][ref]) are not supported; write [text](https://\u2026)");
        break;
      default:
        ctx.error(ctx.at(node), `unsupported inline Markdown (${node.type})`);
    }
  }
  if (supOpen) ctx.error(supOpen, "<sup> is not closed; add </sup> after the superscript text");
}
function isAutolinkText(url, text) {
  return text === url || `mailto:${text}` === url;
}
function classifyHtml(value) {
  if (isComment(value)) return "comment";
  if (/^<sup\s*>$/i.test(value)) return "open";
  if (/^<\/sup\s*>$/i.test(value)) return "close";
  return "other";
}
function tidy(raw) {
  const spans = [];
  for (const span of raw) {
    let text = span.text.replace(/\s+/g, " ");
    const last2 = spans.at(-1);
    if ((last2 === void 0 || last2.text.endsWith(" ")) && text.startsWith(" ")) text = text.slice(1);
    if (text === "") continue;
    if (last2 && sameStyle2(last2, span)) last2.text += text;
    else spans.push({ ...span, text });
  }
  const last = spans.at(-1);
  if (last) {
    last.text = last.text.trimEnd();
    if (last.text === "") spans.pop();
  }
  return spans;
}
function sameStyle2(a, b) {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.sup === b.sup && a.href === b.href && a.verbatim === b.verbatim;
}
function smartenSpans(spans) {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span === void 0 || span.verbatim) continue;
    span.text = smarten(span.text, spans[i - 1]?.text.at(-1) ?? "", spans[i + 1]?.text[0] ?? "");
  }
}

// src/model/blocks.ts
function describeBlock(node) {
  switch (node.type) {
    case "heading":
      return `a level-${node.depth} heading`;
    case "paragraph":
      return "a paragraph";
    case "list":
      return node.ordered ? "a numbered list" : "a bullet list";
    case "code":
      return "a code block";
    default:
      return node.type;
  }
}
function rejectBlock(node, ctx, expected) {
  const message = rejection(node, expected);
  if (message !== void 0) ctx.error(ctx.at(node), message);
}
function rejection(node, expected) {
  switch (node.type) {
    case "html":
      return isComment(node.value) ? void 0 : htmlMessage(node.value);
    case "blockquote":
      return "block quotes (>) are not supported";
    case "thematicBreak":
      return "horizontal rules (---, ***) are not supported; sections are separate files";
    case "definition":
      return "link reference definitions ([ref]: url) are not supported; write links as [text](https://\u2026)";
    case "list":
      if (node.ordered) return 'numbered lists are not supported; use "-" bullets';
      break;
    case "heading":
      if (node.depth === 1)
        return "a second level-1 heading; a file holds one section, so move this one to a file of its own";
      break;
  }
  return `${describeBlock(node)} is not allowed here; ${expected}`;
}
function rejectAttributes(block2, ctx, what, hint2) {
  if (block2) ctx.error(block2.source, `an attribute block is not allowed on ${what}`, hint2);
}
function richText(nodes, ctx, what, hint2) {
  const { content, block: block2 } = takeAttributes(nodes, ctx);
  rejectAttributes(block2, ctx, what, hint2);
  return toSpans(content, ctx);
}
function headingText(heading, ctx, what, hint2) {
  const text = plainText(richText(heading.children, ctx, what, hint2), ctx, ctx.at(heading), what);
  if (text === "")
    ctx.error(ctx.at(heading), `${what} is empty; write it after the "${"#".repeat(heading.depth)}"`);
  return text;
}
function itemParts(item, ctx, what) {
  const nested = [];
  let paragraph;
  const [first, ...rest] = item.children;
  if (first === void 0) ctx.error(ctx.at(item), `${what} with no text`);
  else if (first.type === "paragraph") paragraph = first;
  else rejectBlock(first, ctx, `${what} starts with its text`);
  for (const child of rest) {
    if (child.type === "list" && !child.ordered) nested.push(child);
    else if (child.type === "paragraph") {
      ctx.error(
        ctx.at(child),
        `a second paragraph in ${what}; ${what} is one paragraph (remove the blank line)`
      );
    } else rejectBlock(child, ctx, `${what} holds one paragraph`);
  }
  return paragraph ? { paragraph, nested } : { nested };
}
function rejectNested(nested, ctx, what) {
  for (const list of nested)
    ctx.error(
      ctx.at(list),
      `a nested list in ${what}; nested lists are only for alternatives of entry bullets`
    );
}
function after(node, ctx) {
  const end = node?.position?.end;
  return end ? ctx.point(end.line, end.column) : ctx.point(1, 1);
}

// src/model/context.ts
var FileContext = class {
  constructor(path4, text, sink) {
    this.path = path4;
    this.text = text;
    this.sink = sink;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }
  path;
  text;
  sink;
  lineStarts;
  /** Where a node starts; the top of the file when the node has no position. */
  at(node) {
    const start = node?.position?.start;
    return start ? this.point(start.line, start.column) : this.point(1, 1);
  }
  /** The position of a character offset into the file's text. */
  atOffset(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return this.point(low + 1, offset - (this.lineStarts[low] ?? 0) + 1);
  }
  point(line, column) {
    return { file: this.path, line: Math.max(1, line), column: Math.max(1, column) };
  }
  /** The source text a node was parsed from. */
  raw(node) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === void 0 || end === void 0 ? "" : this.text.slice(start, end);
  }
  error(at2, message, hint2) {
    this.report("error", at2, message, hint2);
  }
  warn(at2, message, hint2) {
    this.report("warning", at2, message, hint2);
  }
  report(severity, at2, message, hint2) {
    this.sink.push({
      severity,
      file: at2.file,
      line: at2.line,
      column: at2.column,
      // One line each: a message may quote a multi-line value the author wrote.
      message: oneLine(message),
      ...hint2 === void 0 ? {} : { hint: oneLine(hint2) }
    });
  }
};
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
function didYouMean(word, known) {
  let best;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === void 0 ? void 0 : `did you mean "${best}"?`;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function oneOf(words2) {
  return words2.length <= 1 ? words2[0] ?? "" : `${words2.slice(0, -1).join(", ")} or ${words2.at(-1)}`;
}

// src/model/ids.ts
var ID = /^[a-z0-9][a-z0-9-]*$/;
var MAX_DERIVED = 40;
function checkId(value, at2, ctx) {
  if (ID.test(value)) return { value, source: at2 };
  ctx.error(at2, `invalid id "${value}": ids are lowercase letters, digits and hyphens${suggest(value)}`);
  return void 0;
}
function suggest(value) {
  const slug = slugify(value);
  return slug === "" ? "" : ` (e.g. "${slug}")`;
}
function slugify(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function shortSlug(text) {
  const slug = slugify(text);
  if (slug.length <= MAX_DERIVED) return slug;
  const cut = slug.lastIndexOf("-", MAX_DERIVED);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_DERIVED);
}
function firstWordsSlug(text, count) {
  return shortSlug(text.split(/\s+/).filter(Boolean).slice(0, count).join(" "));
}
var IdRegistry = class {
  claims = [];
  /**
   * Registers a node; its `id` is set by {@link resolve}. `derive` runs then, in document order, so it may use
   * the resolved id of a node registered earlier (a bullet's id starts with its entry's id).
   */
  claim(target, explicit, derive) {
    this.claims.push({ target, explicit, derive });
  }
  /** Gives an already registered node the id its author wrote (read after the node was registered). */
  setExplicit(target, explicit) {
    const claim = this.claims.find((c) => c.target === target);
    if (claim) claim.explicit = explicit;
  }
  resolve(sink) {
    const first = /* @__PURE__ */ new Map();
    for (const { explicit } of this.claims) {
      if (explicit === void 0) continue;
      const earlier = first.get(explicit.value);
      if (earlier === void 0) first.set(explicit.value, explicit.source);
      else {
        const where = earlier.file === explicit.source.file ? `line ${earlier.line}` : `${earlier.file}:${earlier.line}`;
        sink.push({
          severity: "error",
          file: explicit.source.file,
          line: explicit.source.line,
          column: explicit.source.column,
          message: `duplicate id "${explicit.value}": already used at ${where}; ids must be unique in the r\xE9sum\xE9`
        });
      }
    }
    const taken = new Set(first.keys());
    for (const claim of this.claims) {
      if (claim.explicit) {
        claim.target.id = claim.explicit.value;
        continue;
      }
      const base = claim.derive();
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      claim.target.id = id;
    }
  }
};

// src/model/yamlMap.ts
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
function readYamlMap(text, origin, ctx, where) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at2 = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return ctx.point(origin.line + line - 1, col + origin.column - 1);
  };
  let syntaxReported = false;
  for (const error of doc.errors) {
    const start = error.pos[0];
    if (error.code === "DUPLICATE_KEY") {
      const key = /^[^:\n]*/.exec(text.slice(start))?.[0].trim() ?? "";
      ctx.error(at2(start), `field "${key}" appears twice in ${where}`);
    } else if (!syntaxReported) {
      syntaxReported = true;
      ctx.error(at2(start), `broken YAML in ${where}: ${lowerFirst(error.message)}`, hintFor(error.message));
    }
  }
  for (const warning of doc.warnings)
    ctx.warn(at2(warning.pos[0]), `YAML in ${where}: ${lowerFirst(warning.message)}`);
  if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return void 0;
  const contents = doc.contents;
  if (contents === null || isScalar(contents) && contents.value === null) return [];
  if (!isMap(contents)) {
    const start = contents.range?.[0] ?? 0;
    ctx.error(at2(start), `${where} must be "key: value" lines; found ${describeYaml(contents)}`);
    return void 0;
  }
  const fields = [];
  for (const pair of contents.items) {
    const key = pair.key;
    const keyStart = key?.range?.[0] ?? 0;
    if (!isScalar(key) || typeof key.value !== "string" || key.value === "") {
      ctx.error(at2(keyStart), `a field name in ${where} must be a plain word`);
      continue;
    }
    const value = pair.value ?? null;
    const valueStart = value?.range?.[0];
    const valueSource = at2(valueStart ?? keyStart);
    const textStart = (valueStart ?? keyStart) + (isQuoted(value) ? 1 : 0);
    const exact = isScalar(value) && typeof value.value === "string" && text.startsWith(value.value, textStart);
    fields.push({
      key: key.value,
      keySource: at2(keyStart),
      value,
      valueSource,
      inValue: (delta) => exact ? at2(textStart + delta) : valueSource,
      sourceOf: (node) => {
        const range2 = node.range;
        return Array.isArray(range2) && typeof range2[0] === "number" ? at2(range2[0]) : valueSource;
      }
    });
  }
  return fields;
}
function isQuoted(node) {
  return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
}
function scalarText(node) {
  if (!isScalar(node) || node.value === null || node.value === void 0) return void 0;
  if (typeof node.value === "string") return node.value;
  return node.source ?? String(node.value);
}
function describeYaml(node) {
  if (node === null) return "nothing";
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a map";
  if (isScalar(node)) return node.value === null ? "nothing" : `"${scalarText(node)}"`;
  return "an alias";
}
function hintFor(message) {
  if (/nested mappings/i.test(message))
    return `quote a value that contains ": ", e.g. status: "Accepted: FAST'25"`;
  if (/implicit keys need to be on a single line/i.test(message))
    return 'each field is one "key: value" line';
  if (/tabs/i.test(message)) return "indent with spaces";
  return void 0;
}
function lowerFirst(text) {
  const first = text.split("\n")[0] ?? "";
  return first.charAt(0).toLowerCase() + first.slice(1);
}

// src/model/frontMatter.ts
var SECTION_KINDS = ["header", "entries", "list", "skills", "text"];
var FIELDS = ["kind", "id"];
function readFrontMatter(root, ctx) {
  const first = root.children[0];
  if (first?.type !== "yaml") {
    const unclosed = /^---[ \t]*\r?\n/.test(ctx.text);
    const message = unclosed ? 'the front matter is not closed: add a line "---" after it' : 'missing front matter: start the file with a line "---", then "kind: entries" (or header, list, skills, text), then "---"';
    ctx.error(ctx.point(1, 1), message);
    return void 0;
  }
  const start = first.position?.start.line ?? 1;
  const fields = readYamlMap(first.value, { line: start + 1, column: 1 }, ctx, "front matter");
  if (fields === void 0) return void 0;
  let kind;
  let id;
  let kindSeen = false;
  for (const field of fields) {
    if (field.key === "kind") {
      kindSeen = true;
      const value = scalarText(field.value);
      if (isKind(value)) kind = { value, source: field.valueSource };
      else {
        const written = value === void 0 ? describeYaml(field.value) : `"${value}"`;
        ctx.error(
          field.valueSource,
          `unknown section kind ${written}; expected one of: ${SECTION_KINDS.join(", ")}`,
          value ? didYouMean(value, SECTION_KINDS) : void 0
        );
      }
    } else if (field.key === "id") {
      const value = scalarText(field.value);
      if (value === void 0)
        ctx.error(
          field.valueSource,
          `the section id is ${describeYaml(field.value)}; expected a word such as "academic"`
        );
      else id = checkId(value, field.valueSource, ctx) ?? id;
    } else {
      ctx.error(
        field.keySource,
        `unknown field "${field.key}" in front matter; expected one of: ${FIELDS.join(", ")}`,
        didYouMean(field.key, FIELDS)
      );
    }
  }
  if (!kindSeen)
    ctx.error(ctx.at(first), `missing "kind" in front matter; expected one of: ${SECTION_KINDS.join(", ")}`);
  if (kind === void 0) return void 0;
  return { kind: kind.value, kindSource: kind.source, ...id ? { id } : {} };
}
function bodyOf(root) {
  return root.children.filter(
    (node) => node.type !== "yaml" && !(node.type === "html" && isComment(node.value))
  );
}
function isKind(value) {
  return SECTION_KINDS.includes(value ?? "");
}

// src/model/schema.ts
import { z } from "zod";
var SourceSchema = z.strictObject({
  file: z.string().describe("Path of the content file, relative to the working directory"),
  line: z.int().min(1),
  column: z.int().min(1)
});
var SpanSchema = z.strictObject({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  code: z.boolean().optional(),
  /** Superscript, from `<sup>…</sup>` (e.g. the "th" of 5th). */
  sup: z.boolean().optional(),
  /** Link target: only https:, http:, mailto: and tel: are accepted. */
  href: z.string().optional()
});
var RichTextSchema = z.array(SpanSchema).min(1);
var DateSchema = z.strictObject({
  year: z.int().min(1900).max(2100),
  month: z.int().min(1).max(12).optional()
});
var DateRangeSchema = z.strictObject({
  start: DateSchema,
  end: z.union([DateSchema, z.literal("present")]).optional()
});
var IdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase letters, digits and hyphens").describe("Stable id used by variants to select or drop this node");
var TagsSchema = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).describe("Tags for tailoring");
var PrioritySchema = z.int().min(1).max(9);
var selectable = {
  id: IdSchema,
  tags: TagsSchema,
  priority: PrioritySchema,
  source: SourceSchema
};
var BulletSchema = z.strictObject({
  ...selectable,
  text: RichTextSchema,
  /** Alternative phrasings of the same facts, chosen by a variant by their `name`. */
  alternatives: z.array(z.strictObject({ name: z.string(), text: RichTextSchema, source: SourceSchema }))
});
var EntrySchema = z.strictObject({
  ...selectable,
  title: z.string().min(1),
  organization: z.string().optional(),
  role: z.string().optional(),
  supervisor: z.string().optional(),
  /** Authorship, venue or publication status of a project. */
  status: z.string().optional(),
  location: z.string().optional(),
  dates: DateRangeSchema.optional(),
  keywords: z.array(z.string().min(1)),
  /** Free detail lines between the header and the bullets (e.g. GPA and ranking). */
  details: z.array(RichTextSchema),
  bullets: z.array(BulletSchema)
});
var ListItemSchema = z.strictObject({
  ...selectable,
  text: RichTextSchema,
  dates: DateRangeSchema.optional()
});
var SkillGroupSchema = z.strictObject({
  ...selectable,
  label: z.string().min(1),
  values: z.array(z.string().min(1)).min(1)
});
var ContactSchema = z.strictObject({
  kind: z.enum(["email", "phone", "url", "text"]),
  label: z.string().min(1),
  /** What is printed. */
  value: z.string().min(1),
  /** Link target (mailto:, tel:, https:); absent for plain text. */
  href: z.string().optional(),
  source: SourceSchema
});
var sectionBase = {
  id: IdSchema,
  title: z.string().min(1),
  source: SourceSchema
};
var EntriesSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("entries"),
  entries: z.array(EntrySchema).min(1)
});
var ListSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("list"),
  items: z.array(ListItemSchema).min(1)
});
var SkillsSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("skills"),
  groups: z.array(SkillGroupSchema).min(1)
});
var TextSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("text"),
  paragraphs: z.array(RichTextSchema).min(1)
});
var SectionSchema = z.discriminatedUnion("kind", [
  EntriesSectionSchema,
  ListSectionSchema,
  SkillsSectionSchema,
  TextSectionSchema
]);
var HeaderSchema = z.strictObject({
  name: z.string().min(1),
  /** Optional one-line headline under the name. */
  headline: z.string().optional(),
  contacts: z.array(ContactSchema),
  source: SourceSchema
});
var ResumeSchema = z.strictObject({
  header: HeaderSchema,
  sections: z.array(SectionSchema).min(1)
});

// src/model/entryFields.ts
import { isScalar as isScalar2, isSeq as isSeq2 } from "yaml";

// src/model/dates.ts
var FORMATS = 'MM/YYYY, YYYY-MM, YYYY, a month name and year (Sep 2022) or "present"';
var MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
var SEPARATOR = /\s*(?:–|—|--|-|\bto\b)\s*/g;
function parseDateRange(written) {
  const lead = written.length - written.trimStart().length;
  const text = written.trim();
  if (text === "") return { ok: false, message: `missing date; expected ${FORMATS}`, offset: 0 };
  const single = parsePart(text);
  if (single.ok) {
    if (single.value === "present")
      return failure(`invalid date "present": "present" can only end a range (e.g. 09/2022 \u2013 present)`, lead);
    return { ok: true, value: { start: single.value } };
  }
  let firstStrong;
  for (const match of text.matchAll(SEPARATOR)) {
    const left = text.slice(0, match.index);
    const rightAt = match.index + match[0].length;
    const right = text.slice(rightAt);
    if (left === "" || right === "") continue;
    const sep = match[0].trim();
    const strong = !(match[0] === "-" && /^\d+$/.test(left));
    const start2 = parsePart(left);
    const end2 = parsePart(right);
    if (start2.ok && end2.ok) {
      if (sep === "\u2014")
        return failure(
          `invalid date range "${text}": join two dates with "\u2013", "-", "--" or "to", not "\u2014"`,
          lead + match.index
        );
      return range(text, start2.value, end2.value, lead);
    }
    if (strong && firstStrong === void 0) firstStrong = { left, right, rightAt, sep };
  }
  if (firstStrong === void 0) return failure(single.message, lead);
  const start = parsePart(firstStrong.left);
  if (!start.ok) return failure(start.message, lead);
  const end = parsePart(firstStrong.right);
  if (!end.ok && parseDateRange(firstStrong.right).ok) {
    return failure(`invalid date range "${text}": a range joins exactly two dates`, lead);
  }
  return failure(end.ok ? `invalid date range "${text}"` : end.message, lead + firstStrong.rightAt);
}
function range(text, start, end, offset) {
  if (start === "present")
    return failure(`invalid date range "${text}": "present" can only end a range`, offset);
  if (end !== "present" && before(end, start))
    return failure(`invalid date range "${text}": it ends before it starts`, offset);
  return { ok: true, value: { start, end } };
}
function before(a, b) {
  if (a.year !== b.year) return a.year < b.year;
  return a.month !== void 0 && b.month !== void 0 && a.month < b.month;
}
function parsePart(text) {
  if (/^present$/i.test(text)) return { ok: true, value: "present" };
  const numeric = /^(\d+)\/(\d+)$/.exec(text) ?? swap(/^(\d+)-(\d+)$/.exec(text));
  if (numeric) return monthYear(text, numeric[1] ?? "", numeric[2] ?? "");
  if (/^\d+$/.test(text)) return year(text, text);
  const named = /^(\p{L}+)\.?\s+(\d+)$/u.exec(text);
  if (named) {
    const word = named[1] ?? "";
    const month = monthNumber(word);
    if (month === void 0) {
      return bad(text, `unknown month "${word}"; expected a month name (Jan to Dec, or in full) or MM/YYYY`);
    }
    return monthYear(text, String(month), named[2] ?? "");
  }
  return { ok: false, message: `invalid date "${text}": expected ${FORMATS}` };
}
function swap(match) {
  return match ? [match[0], match[2] ?? "", match[1] ?? ""] : null;
}
function monthYear(text, monthText, yearText) {
  const y = year(text, yearText);
  if (!y.ok || y.value === "present") return y;
  const month = Number(monthText);
  if (monthText.length > 2 || month < 1 || month > 12) return bad(text, "month must be 01\u201312");
  return { ok: true, value: { year: y.value.year, month } };
}
function year(text, yearText) {
  if (yearText.length !== 4) return bad(text, "the year needs four digits");
  const value = Number(yearText);
  if (value < 1900 || value > 2100) return bad(text, "year must be 1900\u20132100");
  return { ok: true, value: { year: value } };
}
function monthNumber(word) {
  const w = word.toLowerCase();
  if (w === "sept") return 9;
  const index = MONTHS.findIndex((m) => m === w || w.length === 3 && m.startsWith(w));
  return index < 0 ? void 0 : index + 1;
}
function bad(text, why) {
  return { ok: false, message: `invalid date "${text}": ${why}` };
}
function failure(message, offset) {
  return { ok: false, message, offset };
}

// src/model/priority.ts
function readPriority(written, at2, ctx) {
  if (/^[1-9]$/.test(written.trim())) return Number(written.trim());
  ctx.error(at2, `invalid priority "${written}": expected a whole number from 1 (most important) to 9`);
  return void 0;
}

// src/model/attributeRules.ts
function readAttributes(block2, rules, ctx) {
  const result = { tags: [] };
  if (block2 === void 0) return result;
  const keys = [
    ...rules.selectable ? ["priority"] : [],
    ...rules.dates ? ["dates"] : [],
    ...rules.alt ? ["alt"] : []
  ];
  const expected = [
    ...rules.selectable ? ["#id", ".tag"] : [],
    ...keys.map((k) => `${k}=${k === "alt" ? "NAME" : k === "priority" ? "N" : "\u2026"}`)
  ];
  const seen = /* @__PURE__ */ new Set();
  for (const token of block2.tokens) {
    const name = token.kind === "pair" ? token.key : token.kind === "id" ? "#id" : ".tag";
    if (token.kind !== "tag" && seen.has(name)) {
      ctx.error(
        token.source,
        `${token.kind === "id" ? "a second #id" : `"${name}" is given twice`} in the attribute block of ${rules.what}`
      );
      continue;
    }
    seen.add(name);
    if (token.kind === "id" || token.kind === "tag") {
      if (!rules.selectable) {
        ctx.error(
          token.source,
          `${rules.what} takes only ${oneOf(expected)}; its id and tags are those of the bullet above`
        );
      } else if (token.kind === "id") {
        const id = checkId(token.value, token.source, ctx);
        if (id) result.id = id;
      } else if (checkTag(token.value, token.source, ctx)) result.tags.push(token.value);
      continue;
    }
    if (!keys.includes(token.key)) {
      const hint2 = token.key === "alt" ? "an alternative phrasing is a nested bullet, indented under the bullet it rephrases" : didYouMean(token.key, keys);
      ctx.error(
        token.source,
        `unknown attribute "${token.key}" on ${rules.what}; expected ${oneOf(expected)}`,
        hint2
      );
    } else if (token.key === "priority") {
      const priority = readPriority(token.value, token.valueSource, ctx);
      if (priority !== void 0) result.priority = priority;
    } else if (token.key === "dates") {
      const dates = parseDateRange(token.value);
      if (dates.ok) result.dates = dates.value;
      else
        ctx.error({ ...token.valueSource, column: token.valueSource.column + dates.offset }, dates.message);
    } else if (token.value === "") ctx.error(token.source, "alt= needs a name, e.g. {alt=short}");
    else result.alt = { name: token.value, source: token.source };
  }
  return result;
}
function checkTag(tag, at2, ctx) {
  if (/^[a-z0-9][a-z0-9-]*$/.test(tag)) return true;
  ctx.error(at2, `invalid tag "${tag}": tags are lowercase letters, digits and hyphens`);
  return false;
}

// src/model/entryFields.ts
var TEXT_FIELDS = ["organization", "role", "supervisor", "status", "location"];
var ENTRY_FIELDS = ["id", ...TEXT_FIELDS, "dates", "keywords", "tags", "priority"];
function readEntryFields(code, ctx) {
  const start = code.position?.start;
  const origin = { line: (start?.line ?? 1) + 1, column: start?.column ?? 1 };
  const fields = readYamlMap(code.value, origin, ctx, "entry fields");
  const result = {};
  for (const field of fields ?? []) {
    const { key } = field;
    if (!ENTRY_FIELDS.includes(key)) {
      ctx.error(
        field.keySource,
        `unknown field "${key}" in entry fields; expected one of: ${ENTRY_FIELDS.join(", ")}`,
        didYouMean(key, ENTRY_FIELDS)
      );
      continue;
    }
    if (field.value === null || isScalar2(field.value) && field.value.value === null) {
      ctx.warn(field.keySource, `field "${key}" is empty and is ignored`);
      continue;
    }
    if (key === "keywords" || key === "tags") {
      const list = readList(field, ctx);
      result[key] = key === "tags" ? list.filter((t) => checkTag(t.text, t.source, ctx)).map((t) => t.text) : list.map((t) => smarten(t.text));
      continue;
    }
    const text = scalarText(field.value);
    if (text === void 0) {
      ctx.error(field.valueSource, `field "${key}" must be text; found ${describeYaml(field.value)}`);
    } else if (key === "id") {
      const id = checkId(text, field.valueSource, ctx);
      if (id) result.id = id;
    } else if (key === "priority") {
      const priority = readPriority(text, field.valueSource, ctx);
      if (priority !== void 0) result.priority = priority;
    } else if (key === "dates") {
      const dates = parseDateRange(text);
      if (dates.ok) result.dates = dates.value;
      else ctx.error(field.inValue(dates.offset), dates.message);
    } else if (isTextField(key)) {
      result[key] = smarten(text.replace(/\s+/g, " ").trim());
    }
  }
  return result;
}
function isTextField(key) {
  return TEXT_FIELDS.includes(key);
}
function readList(field, ctx) {
  const node = field.value;
  if (!isSeq2(node)) {
    const example = field.key === "tags" ? "tags: [llm, systems]" : "keywords: [LLM Training, Checkpointing]";
    ctx.error(
      field.valueSource,
      `field "${field.key}" must be a list; found ${describeYaml(node)}`,
      `write ${example}`
    );
    return [];
  }
  const items = [];
  for (const item of node.items) {
    const source = field.sourceOf(item);
    const text = scalarText(item)?.trim();
    if (text === void 0 || text === "")
      ctx.error(source, `an item of "${field.key}" is ${describeYaml(item)}; expected text`);
    else items.push({ text, source });
  }
  return items;
}

// src/model/sections/bullets.ts
var DEFAULT_PRIORITY = 5;
function readBullets(list, entry, ctx, ids) {
  const bullets = [];
  for (const item of list.children) {
    const { paragraph, nested } = itemParts(item, ctx, "a bullet");
    if (paragraph === void 0) continue;
    const { content, block: block2 } = takeAttributes(paragraph.children, ctx);
    const attributes = readAttributes(block2, { what: "a bullet", selectable: true }, ctx);
    const text = toSpans(content, ctx);
    if (text.length === 0) ctx.error(ctx.at(item), "a bullet with no text");
    const bullet = {
      id: "",
      tags: attributes.tags,
      priority: attributes.priority ?? DEFAULT_PRIORITY,
      source: ctx.at(item),
      text,
      alternatives: readAlternatives(nested, ctx)
    };
    ids.claim(bullet, attributes.id, () => `${entry.id}-${firstWordsSlug(spansText(text), 3) || "bullet"}`);
    bullets.push(bullet);
  }
  return bullets;
}
function readAlternatives(nested, ctx) {
  const alternatives = [];
  const names = /* @__PURE__ */ new Map();
  for (const list of nested) {
    for (const item of list.children) {
      const { paragraph, nested: deeper } = itemParts(item, ctx, "an alternative");
      rejectNested(deeper, ctx, "an alternative");
      if (paragraph === void 0) continue;
      const { content, block: block2 } = takeAttributes(paragraph.children, ctx);
      const { alt } = readAttributes(block2, { what: "an alternative", selectable: false, alt: true }, ctx);
      const text = toSpans(content, ctx);
      const source = ctx.at(item);
      if (alt === void 0) {
        ctx.error(
          source,
          "a nested bullet without {alt=NAME}; nested bullets are alternative phrasings of the bullet above",
          "end it with a name, e.g. {alt=short}"
        );
        continue;
      }
      if (text.length === 0) ctx.error(source, "an alternative with no text");
      const earlier = names.get(alt.name);
      if (earlier !== void 0)
        ctx.error(
          alt.source,
          `a second alternative named "${alt.name}" for one bullet (the first is at line ${earlier})`
        );
      names.set(alt.name, source.line);
      alternatives.push({ name: alt.name, text, source });
    }
  }
  return alternatives;
}

// src/model/sections/tables.ts
function tableProblem(paragraph, ctx) {
  const [head = "", delimiter = ""] = ctx.raw(paragraph).split("\n");
  const isDelimiter = /^[\s|:-]+$/.test(delimiter) && delimiter.includes("-") && delimiter.includes("|");
  return head.includes("|") && isDelimiter ? "tables are not supported; write detail lines or bullets instead" : void 0;
}

// src/model/sections/entries.ts
var DEFAULT_PRIORITY2 = 5;
var ENTRY_HINT = "an entry's id, tags and priority go in its yaml block";
function readEntries(input) {
  const { ctx, ids } = input;
  const entries = [];
  let current;
  for (const block2 of input.blocks) {
    if (block2.type === "heading" && block2.depth === 2) {
      const entry2 = {
        id: "",
        tags: [],
        priority: DEFAULT_PRIORITY2,
        source: ctx.at(block2),
        title: headingText(block2, ctx, "the entry title", ENTRY_HINT),
        keywords: [],
        details: [],
        bullets: []
      };
      entries.push(entry2);
      current = { entry: entry2, stage: "fields", hasFields: false };
      ids.claim(entry2, void 0, () => shortSlug(entry2.title) || "entry");
      continue;
    }
    if (current === void 0) {
      rejectBeforeFirst(block2, input);
      continue;
    }
    const { entry } = current;
    if (block2.type === "code" && isYaml(block2.lang)) {
      if (current.hasFields)
        ctx.error(
          ctx.at(block2),
          `a second yaml block in the entry "${entry.title}"; give each field once in one block`
        );
      else if (current.stage !== "fields") {
        ctx.error(
          ctx.at(block2),
          `the yaml block of "${entry.title}" comes after its text; put it right under the ## heading`
        );
      } else {
        const { id, ...fields } = readEntryFields(block2, ctx);
        Object.assign(entry, fields);
        if (id) ids.setExplicit(entry, id);
      }
      current.hasFields = true;
    } else if (block2.type === "paragraph") {
      if (current.stage === "bullets") {
        ctx.error(
          ctx.at(block2),
          `a paragraph after the bullets of "${entry.title}"; detail lines go between the fields and the bullets`
        );
      }
      const problem = tableProblem(block2, ctx);
      if (problem) ctx.error(ctx.at(block2), problem);
      else {
        const text = richText(block2.children, ctx, "a detail line");
        if (text.length > 0) entry.details.push(text);
      }
      current.stage = current.stage === "bullets" ? "bullets" : "details";
    } else if (block2.type === "list" && !block2.ordered) {
      entry.bullets.push(...readBullets(block2, entry, ctx, ids));
      current.stage = "bullets";
    } else if (block2.type === "heading" && block2.depth > 2) {
      ctx.error(
        ctx.at(block2),
        `a level-${block2.depth} heading in an entry; entries are level-2 headings (## Title) and hold a yaml block, detail paragraphs and bullets`
      );
    } else if (block2.type === "code") {
      ctx.error(
        ctx.at(block2),
        `a code block is not allowed in an entry; fields go in a \`\`\`yaml block right under the ## heading`
      );
    } else rejectBlock(block2, ctx, "an entry holds a yaml block, detail paragraphs and bullets");
  }
  if (input.blocks.length === 0)
    ctx.error(
      input.source,
      `the section "${input.title}" has no entries; start each entry with a "## Title" heading`
    );
  return entries;
}
function rejectBeforeFirst(block2, input) {
  const { ctx } = input;
  const at2 = ctx.at(block2);
  if (block2.type === "list" && !block2.ordered) {
    ctx.error(
      at2,
      `a bullet list before the first entry; bullets belong under an entry's "## Title" heading`
    );
  } else if (block2.type === "paragraph") {
    ctx.error(
      at2,
      'text before the first entry; an entries section holds "## Title" entries (use kind: text for paragraphs)'
    );
  } else if (block2.type === "code") {
    ctx.error(
      at2,
      'a code block before the first entry; fields go in a ```yaml block under an entry\'s "## Title" heading'
    );
  } else if (block2.type === "heading" && block2.depth > 2) {
    ctx.error(
      at2,
      `a level-${block2.depth} heading where an entry is expected; entries are level-2 headings (## Title)`
    );
  } else rejectBlock(block2, ctx, 'an entries section holds "## Title" entries');
}
function isYaml(lang) {
  return lang === "yaml" || lang === "yml";
}

// src/model/contacts.ts
var EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
var PHONE = /^\+?[\d\s().-]+$/;
function readContact(item, ctx) {
  const { paragraph, nested } = itemParts(item, ctx, "a contact");
  rejectNested(nested, ctx, "a contact");
  if (paragraph === void 0) return void 0;
  const source = ctx.at(item);
  const { content, block: block2 } = takeAttributes(paragraph.children, ctx);
  rejectAttributes(block2, ctx, "a contact");
  const spans = toSpans(content, ctx, { typography: false });
  const split = splitLabel(spans);
  if (split === void 0) {
    ctx.error(
      source,
      `a contact is "Label: value" (e.g. "Email: you@example.com"); found no colon in "${spansText(spans)}"`
    );
    return void 0;
  }
  const { label, value } = split;
  if (label === "") ctx.error(source, "a contact with no label before its colon");
  if (value.length === 0) {
    ctx.error(source, `the contact "${label}" has no value after its colon`);
    return void 0;
  }
  if (value.some((s) => s.bold || s.italic || s.code || s.sup))
    ctx.warn(source, `formatting in the contact "${label}" is ignored`);
  const hrefs = new Set(value.filter((s) => s.text.trim() !== "").map((s) => s.href));
  const text = spansText(value);
  if (hrefs.size > 1) {
    ctx.error(source, `the contact "${label}" mixes a link with other text; give one link or plain text`);
    return void 0;
  }
  const href = value.find((s) => s.href)?.href;
  const kind = /^e-?mail$/i.test(label) ? "email" : /^phone$/i.test(label) ? "phone" : "other";
  if (kind === "email") return email(label, text, href, source, ctx);
  if (kind === "phone") return phone(label, text, href, source, ctx);
  if (href === void 0) return { kind: "text", label, value: smarten(text), source };
  if (!/^https?:/i.test(href)) {
    ctx.error(
      source,
      `the contact "${label}" links to "${href}"; use an https: or http: link, or the label Email or Phone`
    );
    return void 0;
  }
  return { kind: "url", label, value: text, href, source };
}
function splitLabel(spans) {
  let label = "";
  for (const [i, span] of spans.entries()) {
    const colon = span.href === void 0 ? span.text.indexOf(":") : -1;
    if (colon < 0) {
      label += span.text;
      continue;
    }
    const rest = { ...span, text: span.text.slice(colon + 1).trimStart() };
    const value = [rest, ...spans.slice(i + 1)].filter((s) => s.text !== "");
    return { label: (label + span.text.slice(0, colon)).trim(), value };
  }
  return void 0;
}
function email(label, text, href, source, ctx) {
  const address = href === void 0 ? text : href.replace(/^mailto:/i, "");
  if (href !== void 0 && !/^mailto:/i.test(href)) {
    ctx.error(source, `the "${label}" contact links to "${href}"; an e-mail link starts with mailto:`);
    return void 0;
  }
  if (!EMAIL.test(address)) {
    ctx.error(source, `invalid e-mail address "${address}": expected name@example.com`);
    return void 0;
  }
  return { kind: "email", label, value: text, href: `mailto:${address}`, source };
}
function phone(label, text, href, source, ctx) {
  const number = href === void 0 ? text : href.replace(/^tel:/i, "");
  const digits = number.replace(/\D/g, "");
  if (href !== void 0 && !/^tel:/i.test(href)) {
    ctx.error(source, `the "${label}" contact links to "${href}"; a phone link starts with tel:`);
    return void 0;
  }
  if (!PHONE.test(number) || digits.length < 3) {
    ctx.error(source, `invalid phone number "${number}": use digits, spaces, +, -, parentheses and dots`);
    return void 0;
  }
  return {
    kind: "phone",
    label,
    value: text,
    href: `tel:${number.trimStart().startsWith("+") ? "+" : ""}${digits}`,
    source
  };
}

// src/model/sections/header.ts
function readHeader(input, nameHeading) {
  const { ctx } = input;
  const name = nameHeading ? headingText(nameHeading, ctx, "the name") : "";
  const header = { name, contacts: [], source: input.source };
  let headlineLine;
  for (const block2 of input.blocks) {
    if (block2.type === "paragraph") {
      const at2 = ctx.at(block2);
      if (headlineLine !== void 0) {
        ctx.error(
          at2,
          `a second paragraph in the header; the headline (line ${headlineLine}) is one paragraph`
        );
        continue;
      }
      headlineLine = at2.line;
      const headline = plainText(richText(block2.children, ctx, "the headline"), ctx, at2, "the headline");
      if (headline !== "") header.headline = headline;
    } else if (block2.type === "list" && !block2.ordered) {
      for (const item of block2.children) {
        const contact = readContact(item, ctx);
        if (contact) header.contacts.push(contact);
      }
    } else
      rejectBlock(
        block2,
        ctx,
        'the header holds your name (# Name), an optional headline paragraph and "- Label: value" contacts'
      );
  }
  return header;
}

// src/model/sections/list.ts
var DEFAULT_PRIORITY3 = 5;
function readListItems(input) {
  const { ctx, ids } = input;
  const items = [];
  for (const block2 of input.blocks) {
    if (block2.type !== "list" || block2.ordered) {
      const expected = block2.type === "paragraph" ? 'write each item as a "- " bullet' : 'a list section holds "- " bullets';
      rejectBlock(block2, ctx, expected);
      continue;
    }
    for (const node of block2.children) {
      const { paragraph, nested } = itemParts(node, ctx, "a list item");
      rejectNested(nested, ctx, "a list item");
      if (paragraph === void 0) continue;
      const { content, block: attributeBlock } = takeAttributes(paragraph.children, ctx);
      const attributes = readAttributes(
        attributeBlock,
        { what: "a list item", selectable: true, dates: true },
        ctx
      );
      const text = toSpans(content, ctx);
      if (text.length === 0) ctx.error(ctx.at(node), "a list item with no text");
      const item = {
        id: "",
        tags: attributes.tags,
        priority: attributes.priority ?? DEFAULT_PRIORITY3,
        source: ctx.at(node),
        text,
        ...attributes.dates ? { dates: attributes.dates } : {}
      };
      ids.claim(item, attributes.id, () => shortSlug(spansText(text)) || "item");
      items.push(item);
    }
  }
  if (input.blocks.length === 0)
    ctx.error(input.source, `the section "${input.title}" has no items; write each as a "- " bullet`);
  return items;
}

// src/model/sections/skills.ts
var DEFAULT_PRIORITY4 = 5;
function readSkillGroups(input) {
  const { ctx, ids } = input;
  const groups = [];
  for (const block2 of input.blocks) {
    if (block2.type !== "list" || block2.ordered) {
      const expected = block2.type === "paragraph" ? 'write each skill line as "- Label: value, value"' : 'a skills section holds "- Label: value, value" bullets';
      rejectBlock(block2, ctx, expected);
      continue;
    }
    for (const node of block2.children) {
      const { paragraph, nested } = itemParts(node, ctx, "a skill line");
      rejectNested(nested, ctx, "a skill line");
      if (paragraph === void 0) continue;
      const source = ctx.at(node);
      const { content, block: attributeBlock } = takeAttributes(paragraph.children, ctx);
      const attributes = readAttributes(attributeBlock, { what: "a skill line", selectable: true }, ctx);
      const line = splitSkillLine(plainText(toSpans(content, ctx), ctx, source, "a skill line"), source, ctx);
      if (line === void 0) continue;
      const group = {
        id: "",
        tags: attributes.tags,
        priority: attributes.priority ?? DEFAULT_PRIORITY4,
        source,
        ...line
      };
      ids.claim(group, attributes.id, () => shortSlug(line.label) || "skills");
      groups.push(group);
    }
  }
  if (input.blocks.length === 0)
    ctx.error(
      input.source,
      `the section "${input.title}" has no skill lines; write each as "- Label: value, value"`
    );
  return groups;
}
function splitSkillLine(text, at2, ctx) {
  const colon = text.indexOf(":");
  if (colon < 0) {
    ctx.error(at2, `a skill line is "Label: value, value"; found no colon in "${text}"`);
    return void 0;
  }
  const label = text.slice(0, colon).trim();
  const values = splitOutsideParentheses(text.slice(colon + 1)).map((v) => v.trim());
  if (label === "") ctx.error(at2, "a skill line with no label before its colon");
  if (values.every((v) => v === "")) ctx.error(at2, `the skill line "${label}" has no values after its colon`);
  else if (values.some((v) => v === ""))
    ctx.error(at2, `an empty value in the skill line "${label}" (two commas in a row, or a comma at the end)`);
  return { label, values: values.filter((v) => v !== "") };
}
function splitOutsideParentheses(text) {
  const parts = [""];
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (ch === "," && depth === 0) parts.push("");
    else parts[parts.length - 1] += ch;
  }
  return parts;
}

// src/model/sections/text.ts
function readParagraphs(input) {
  const { ctx } = input;
  const paragraphs = [];
  for (const block2 of input.blocks) {
    if (block2.type === "paragraph") {
      const text = richText(block2.children, ctx, "a paragraph");
      if (text.length > 0) paragraphs.push(text);
    } else rejectBlock(block2, ctx, "a text section holds paragraphs (use kind: list or entries for lists)");
  }
  if (input.blocks.length === 0)
    ctx.error(input.source, `the section "${input.title}" has no text; write a paragraph under its title`);
  return paragraphs;
}

// src/model/zodIssues.ts
function zodIssueToDiagnostic(issue, model, fallback) {
  const source = sourceAlong(model, issue.path) ?? fallback;
  const path4 = issue.path.map(String).join(".");
  return {
    severity: "error",
    file: source.file,
    line: source.line,
    column: source.column,
    message: `invalid ${path4 === "" ? "r\xE9sum\xE9" : path4}: ${describe2(issue)}`,
    ...path4 === "" ? {} : { path: path4 }
  };
}
function describe2(issue) {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array")
        return `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `may have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_union":
      return "does not match any allowed form";
    default:
      return issue.message;
  }
}
function sourceAlong(model, path4) {
  let node = model;
  let found = asSource(node);
  for (const key of path4) {
    if (typeof node !== "object" || node === null) break;
    node = node[key];
    found = asSource(node) ?? found;
  }
  return found;
}
function asSource(node) {
  if (typeof node !== "object" || node === null || !("source" in node)) return void 0;
  const source = node.source;
  return typeof source?.file === "string" && typeof source.line === "number" && typeof source.column === "number" ? { file: source.file, line: source.line, column: source.column } : void 0;
}

// src/model/normalize.ts
function normalize(files) {
  const sink = [];
  const ids = new IdRegistry();
  const sections = [];
  let header;
  let unreadable = false;
  for (const file of files) {
    const ctx = new FileContext(file.path, file.text, sink);
    const frontMatter = readFrontMatter(file.root, ctx);
    if (frontMatter === void 0) {
      unreadable = true;
      continue;
    }
    const body = bodyOf(file.root);
    const titleNode = body[0]?.type === "heading" && body[0].depth === 1 ? body[0] : void 0;
    const isHeader = frontMatter.kind === "header";
    if (titleNode === void 0) {
      const what = isHeader ? 'your name as a level-1 heading ("# Your Name")' : 'the section title as a level-1 heading ("# Title")';
      const where = body[0] ? ctx.at(body[0]) : after(file.root.children[0], ctx);
      ctx.error(where, `expected ${what} after the front matter`);
    }
    const source = titleNode ? ctx.at(titleNode) : ctx.point(1, 1);
    const input = { ctx, ids, blocks: titleNode ? body.slice(1) : body, title: "", source };
    if (frontMatter.kind === "header") {
      if (frontMatter.id)
        ctx.error(frontMatter.id.source, 'the header has no id; remove "id" from its front matter');
      if (header === void 0) header = { header: readHeader(input, titleNode), file: file.path };
      else {
        const message = `a second header; ${header.file} is already the header, and only one file may have kind: header`;
        ctx.error(frontMatter.kindSource, message);
      }
      continue;
    }
    input.title = titleNode ? headingText(titleNode, ctx, "the section title", "a section's id goes in its front matter") : "";
    sections.push(readSection(frontMatter.kind, input, file.path, frontMatter.id));
  }
  const firstFile = files[0];
  if (firstFile === void 0) {
    return { diagnostics: [{ severity: "error", file: "vitae", message: "no content files" }] };
  }
  const top2 = { file: firstFile.path, line: 1, column: 1 };
  if (header === void 0 && !unreadable) {
    sink.push(at(top2, 'no header: one file must have "kind: header" and your name as its heading'));
  }
  if (sections.length === 0 && !unreadable) {
    sink.push(at(top2, "no sections besides the header; add a file per section"));
  }
  ids.resolve(sink);
  const diagnostics = sortDiagnostics(sink, files);
  if (header === void 0 || diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const model = { header: header.header, sections };
  const parsed2 = ResumeSchema.safeParse(model);
  if (parsed2.success) return { resume: parsed2.data, diagnostics };
  const issues = parsed2.error.issues.map((issue) => zodIssueToDiagnostic(issue, model, header.header.source));
  return { diagnostics: sortDiagnostics([...diagnostics, ...issues], files) };
}
function readSection(kind, input, file, explicitId) {
  const base = { id: "", title: input.title, source: input.source };
  const claim = (section) => {
    input.ids.claim(section, explicitId, () => idFromFileName(file) || shortSlug(input.title) || "section");
    return section;
  };
  switch (kind) {
    case "entries": {
      const section = claim({ ...base, kind, entries: [] });
      if (section.kind === "entries") section.entries = readEntries(input);
      return section;
    }
    case "list": {
      const section = claim({ ...base, kind, items: [] });
      if (section.kind === "list") section.items = readListItems(input);
      return section;
    }
    case "skills": {
      const section = claim({ ...base, kind, groups: [] });
      if (section.kind === "skills") section.groups = readSkillGroups(input);
      return section;
    }
    case "text": {
      const section = claim({ ...base, kind, paragraphs: [] });
      if (section.kind === "text") section.paragraphs = readParagraphs(input);
      return section;
    }
  }
}
function idFromFileName(file) {
  return slugify(path2.basename(file, ".md").replace(/^\d+[-_.\s]*/, ""));
}
function at(source, message) {
  return { severity: "error", file: source.file, line: source.line, column: source.column, message };
}
function sortDiagnostics(diagnostics, files) {
  const order = new Map(files.map((f, i) => [f.path, i]));
  const rank = (d) => order.get(d.file) ?? files.length;
  return [...diagnostics].sort(
    (a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}

// src/model/load.ts
async function loadResume(dir) {
  const files = parseFiles(await readContent(dir));
  const { resume, diagnostics } = normalize(files);
  if (resume === void 0) throw new UserError(diagnostics);
  return { resume, warnings: diagnostics.filter((d) => d.severity === "warning") };
}

// src/render/renderPdf.ts
import PDFDocument from "pdfkit";

// src/render/fontCache.ts
function fontForDocument(path4) {
  const font = openFont(path4);
  font._glyphs = {};
  return font;
}

// src/render/structure.ts
function structTypeOf(role) {
  switch (role) {
    case "name":
      return "H1";
    case "sectionHeading":
      return "H2";
    case "decoration":
      return "Artifact";
    default:
      return "P";
  }
}

// src/render/tagger.ts
var Tagger = class {
  constructor(doc) {
    this.doc = doc;
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }
  doc;
  root;
  section;
  block;
  link;
  startSection() {
    this.closeBlock();
    this.section?.end();
    this.section = this.doc.struct("Sect");
    this.root.add(this.section);
  }
  /** Draws a text run as marked content; returns the Link element its annotation belongs to, if any. */
  text(item, draw) {
    const type = structTypeOf(item.role);
    if (type === "Artifact") {
      this.artifact(draw);
      return void 0;
    }
    const block2 = this.blockFor(item.role, item.baseline);
    if (item.href === void 0) {
      this.closeLink();
      block2.add(draw);
      return void 0;
    }
    if (this.link?.href !== item.href) {
      this.closeLink();
      this.link = { element: this.doc.struct("Link"), href: item.href };
      block2.add(this.link.element);
    }
    this.link.element.add(draw);
    return this.link.element;
  }
  /** A Link element for a clickable area without text; the caller ends it once annotated. */
  linkArea() {
    const element = this.doc.struct("Link");
    (this.block?.element ?? this.container()).add(element);
    return element;
  }
  artifact(draw) {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }
  /** Elements are ended on their page: PDFKit takes an annotation's page from the current page when flushing. */
  endPage() {
    this.closeBlock();
  }
  finish() {
    this.closeBlock();
    this.section?.end();
    this.root.end();
  }
  container() {
    return this.section ?? this.root;
  }
  blockFor(role, baseline) {
    if (this.block?.role !== role || this.block.baseline !== baseline) {
      this.closeBlock();
      this.block = { element: this.doc.struct(structTypeOf(role)), role, baseline };
      this.container().add(this.block.element);
    }
    return this.block.element;
  }
  closeLink() {
    this.link?.element.end();
    this.link = void 0;
  }
  closeBlock() {
    this.closeLink();
    this.block?.element.end();
    this.block = void 0;
  }
};

// src/render/uri.ts
function asciiUri(href) {
  return href.replace(/[^\p{ASCII}]+/gu, (run2) => encodeURIComponent(run2));
}

// src/render/xmp.ts
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

// src/render/renderPdf.ts
var FONT_IDS = ["regular", "bold", "italic", "boldItalic", "smallCaps"];
var LINK_BOX = { above: 0.85, below: 0.25 };
async function renderPdf(frames, fonts) {
  const doc = openDocument(frames.meta, fonts);
  const bytes = collect(doc);
  const tagger = new Tagger(doc);
  for (const page of frames.pages) drawPage2(doc, tagger, page);
  tagger.finish();
  doc.end();
  return bytes;
}
function openDocument(meta, fonts) {
  let doc;
  try {
    doc = new PDFDocument({
      autoFirstPage: false,
      pdfVersion: "1.7",
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      font: fontForDocument(fonts.regular),
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Keywords: meta.keywords.join(", "),
        Creator: "vitae",
        Producer: "vitae (PDFKit)",
        // Fixed dates make the output byte-identical for the same input: the file /ID hashes the info.
        CreationDate: meta.created,
        ModDate: meta.created
      }
    });
  } catch (error) {
    throw fontError(fonts.regular, error);
  }
  for (const id of FONT_IDS) {
    doc.registerFont(id, fontForDocument(fonts[id]));
    try {
      doc.font(id);
    } catch (error) {
      throw fontError(fonts[id], error);
    }
  }
  escapeXmpInfo(doc);
  return doc;
}
function escapeXmpInfo(doc) {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    const info = doc.info;
    const escaped = { ...info };
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"]) {
      const value = info[key];
      if (value !== void 0) escaped[key] = escapeXml(value);
    }
    doc.info = escaped;
    try {
      endMetadata();
    } finally {
      doc.info = info;
    }
  };
}
function collect(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
function drawPage2(doc, tagger, page) {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  for (const item of page.items) {
    switch (item.kind) {
      case "text":
        drawText(doc, tagger, item);
        break;
      case "rule":
        tagger.artifact(() => drawRule(doc, item));
        break;
      case "link":
        drawLinkArea(doc, tagger, item);
        break;
      case "anchor":
        addAnchor(doc, tagger, item, page);
        break;
      default: {
        const unknown = item;
        throw new Error(`unknown frame item ${JSON.stringify(unknown)}`);
      }
    }
  }
  tagger.endPage();
}
function drawText(doc, tagger, item) {
  const linkElement = tagger.text(item, () => {
    doc.font(item.font).fontSize(item.size).text(item.text, item.x, item.baseline, {
      lineBreak: false,
      baseline: "alphabetic",
      wordSpacing: item.wordSpacing
    });
  });
  if (item.href === void 0) return;
  const top2 = item.baseline - LINK_BOX.above * item.size;
  const height = (LINK_BOX.above + LINK_BOX.below) * item.size;
  const element = linkElement ?? tagger.linkArea();
  annotate(doc, item.x, top2, item.width, height, item.href, element);
  if (linkElement === void 0) element.end();
}
function drawRule(doc, item) {
  doc.save().lineWidth(item.thickness).moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().restore();
}
function drawLinkArea(doc, tagger, item) {
  const element = tagger.linkArea();
  annotate(doc, item.x, item.y, item.width, item.height, item.href, element);
  element.end();
}
function annotate(doc, x, y, width, height, href, structParent) {
  const options2 = { structParent };
  doc.link(x, y, width, height, asciiUri(href), options2);
}
function addAnchor(doc, tagger, item, page) {
  tagger.startSection();
  const destination = { top: item.y, left: page.width, zoom: 0 };
  const outline = doc.outline;
  outline.addItem(item.title, destination);
}

// src/tailor/readVariant.ts
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
import { isMap as isMap2, isScalar as isScalar3, isSeq as isSeq3 } from "yaml";

// src/tailor/variantSchema.ts
import { z as z2 } from "zod";
var ID2 = /^[a-z0-9][a-z0-9-]*$/;
var IdSchema2 = z2.string().regex(ID2, "ids are lowercase letters, digits and hyphens");
var SelectorSchema = z2.strictObject({
  tags: z2.array(IdSchema2).min(1).optional().describe("Tags, written without the dot: [llm, systems]"),
  ids: z2.array(IdSchema2).min(1).optional().describe("Ids of sections, entries, bullets, list items, skill groups")
});
var VariantSpecSchema = z2.strictObject({
  sections: z2.array(IdSchema2).min(1).optional().describe("Section ids to keep, in the order printed; all sections in content order when absent"),
  titles: z2.record(IdSchema2, z2.string().min(1)).optional().describe("New section titles by section id, e.g. academic: Research Experience"),
  include: SelectorSchema.optional().describe(
    "Keep only what matches (and what lies inside it); an entry is also kept, with just the matching bullets, when some of its bullets match"
  ),
  exclude: SelectorSchema.optional().describe(
    "Leave out what matches, and everything inside it; wins over include"
  ),
  order: z2.array(IdSchema2).min(1).optional().describe(
    "Entries, bullets, list items or skill groups moved to the front of their section or entry, in this order"
  ),
  maxBullets: z2.int().min(0).max(50).optional().describe("At most this many bullets per entry: the highest priority first, ties in content order"),
  priorityAtMost: z2.int().min(1).max(9).optional().describe(
    "Keep only bullets and list items of this priority or a more important one (1 = most important)"
  ),
  alternatives: z2.string().min(1).optional().describe("Name of the alternative phrasing ({alt=NAME}) to print wherever a bullet has one"),
  emphasize: z2.array(z2.string().trim().min(1)).min(1).optional().describe(
    "Words or phrases set in bold wherever they occur in bullets, details, list items and paragraphs"
  ),
  pages: z2.int().min(1).max(10).optional().describe("Page budget; the theme's (1) when absent"),
  paper: z2.enum(["letter", "a4"]).optional().describe("Paper size; letter when absent"),
  theme: z2.enum(["classic"]).optional().describe("Theme; classic when absent"),
  bodySize: z2.number().optional().describe("Preferred body size in points, within the theme's range; fitting may still lower it"),
  subject: z2.string().min(1).optional().describe('PDF Subject, e.g. "Application: ML Systems Intern, Acme"'),
  keywords: z2.array(z2.string().min(1)).optional().describe("PDF Keywords; the skills when absent"),
  allowDrop: z2.boolean().optional().describe("Whether fitting may drop low-priority bullets and items to fit")
});
var VARIANT_KEYS = Object.keys(VariantSpecSchema.shape);
var VARIANT_SCHEMA_FILE = new URL("./variant.schema.json", import.meta.url);

// src/tailor/readVariant.ts
var VARIANT_NAME = /^[a-z0-9][a-z0-9-]*$/;
var THEMES = { classic: classicTheme };
function variantsDir(contentDir) {
  return path3.join(contentDir, "variants");
}
function checkVariantName(name) {
  if (!VARIANT_NAME.test(name))
    throw userError(
      `invalid variant name "${name}": a name is lowercase letters, digits and hyphens (content/variants/NAME.md)`
    );
}
async function listVariants(contentDir) {
  const dir = variantsDir(contentDir);
  let entries;
  try {
    entries = await readdir2(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw userError(`cannot list the variants folder (${error.message})`, dir);
  }
  const names = [];
  const problems = [];
  for (const entry of entries) {
    if (!entry.name.endsWith(".md") || /^[_.]/.test(entry.name) || entry.isDirectory()) continue;
    const name = entry.name.slice(0, -".md".length);
    if (VARIANT_NAME.test(name)) names.push(name);
    else
      problems.push({
        severity: "error",
        file: path3.join(dir, entry.name),
        message: "invalid variant file name: a name is lowercase letters, digits and hyphens",
        hint: 'rename it, or start its name with "_" to keep it as a draft'
      });
  }
  if (problems.length > 0) throw new UserError(problems);
  return names.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function loadVariant(contentDir, name) {
  checkVariantName(name);
  const file = path3.join(variantsDir(contentDir), `${name}.md`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile2(file));
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT")
      throw userError(`cannot read the variant (${code ?? error.message})`, file);
    const known = await listVariants(contentDir);
    throw userError(
      `no variant "${name}": there is no ${file}`,
      "vitae",
      known.length === 0 ? `add ${file} (see "Tailored versions" in the README)` : didYouMean(name, known) ?? `known variants: ${known.join(", ")}`
    );
  }
  const { variant, diagnostics } = parseVariant(displayPath2(file), name, text);
  if (variant === void 0) throw new UserError(diagnostics);
  return { variant, warnings: diagnostics };
}
function parseVariant(file, name, text) {
  const sink = [];
  const ctx = new FileContext(file, text, sink);
  const root = parseMarkdown({ path: file, text });
  const first = root.children[0];
  const positions = { "": ctx.point(1, 1) };
  let data = {};
  if (first?.type !== "yaml") {
    ctx.error(
      ctx.point(1, 1),
      'a variant starts with YAML front matter: a line "---", the declaration (e.g. "sections: [education, academic]"), then "---"'
    );
  } else {
    const start = first.position?.start.line ?? 1;
    const fields = readYamlMap(
      first.value,
      { line: start + 1, column: 1 },
      ctx,
      "the variant's front matter"
    );
    if (fields !== void 0) data = fieldsToData(fields, positions, ctx);
  }
  const body = bodyOf(root);
  const purpose = body.map((node) => ctx.raw(node)).join("\n\n").trim();
  if (purpose === "" && first?.type === "yaml") {
    const end = first.position?.end.line ?? 1;
    ctx.error(
      ctx.point(end, 1),
      "a variant needs a purpose: after the front matter, say in a sentence what this version is for"
    );
  }
  let spec;
  if (!sink.some((d) => d.severity === "error")) {
    const parsed2 = VariantSpecSchema.safeParse(data);
    if (parsed2.success) spec = parsed2.data;
    else for (const issue of parsed2.error.issues) sink.push(...issueDiagnostics(issue, positions));
  }
  if (spec?.bodySize !== void 0) {
    const range2 = THEMES[spec.theme ?? "classic"].bodySize;
    if (spec.bodySize < range2.min || spec.bodySize > range2.max)
      ctx.error(
        positions.bodySize ?? ctx.point(1, 1),
        `bodySize ${spec.bodySize} is outside the theme's range ${range2.min}\u2013${range2.max}pt`
      );
  }
  const diagnostics = sink.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (spec === void 0 || diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  return { variant: { name, file, purpose, spec, positions }, diagnostics };
}
function fieldsToData(fields, positions, ctx) {
  const data = {};
  for (const field of fields) {
    if (!VARIANT_KEYS.includes(field.key)) {
      ctx.error(
        field.keySource,
        `unknown field "${field.key}" in a variant; expected one of: ${VARIANT_KEYS.join(", ")}`,
        didYouMean(field.key, VARIANT_KEYS)
      );
      continue;
    }
    positions[`${field.key}:key`] = field.keySource;
    data[field.key] = toData(field.value, field.key, positions, field.sourceOf);
  }
  return data;
}
function toData(node, at2, positions, sourceOf) {
  if (node !== null) positions[at2] = sourceOf(node);
  if (node === null) return null;
  if (isScalar3(node)) return node.value;
  if (isSeq3(node))
    return node.items.map((item, i) => toData(item, `${at2}.${i}`, positions, sourceOf));
  if (isMap2(node)) {
    const out = {};
    for (const pair of node.items) {
      const key = isScalar3(pair.key) ? String(pair.key.value) : String(pair.key);
      positions[`${at2}.${key}:key`] = sourceOf(pair.key);
      out[key] = toData(pair.value, `${at2}.${key}`, positions, sourceOf);
    }
    return out;
  }
  return void 0;
}
function issueDiagnostics(issue, positions) {
  const path4 = issue.path.map(String).join(".");
  const near = (p) => {
    const parts = p.split(".");
    while (parts.length > 0) {
      const found = positions[parts.join(".")];
      if (found) return found;
      parts.pop();
    }
    return positions[""];
  };
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(issue.path);
    return issue.keys.map((key) => {
      const at3 = positions[`${path4}.${key}:key`] ?? near(path4);
      return {
        severity: "error",
        file: at3.file,
        line: at3.line,
        column: at3.column,
        message: `unknown field "${key}" in ${path4}; expected one of: ${known.join(", ")}`,
        ...hint(didYouMean(key, known))
      };
    });
  }
  const at2 = issue.code === "invalid_key" ? positions[`${path4}:key`] ?? near(path4) : near(path4);
  const diagnostic = zodIssueToDiagnostic(issue, {}, at2);
  return [{ ...diagnostic, message: diagnostic.message.replace(/^invalid résumé/, "invalid variant") }];
}
function keysAt(issuePath) {
  return issuePath[0] === "include" || issuePath[0] === "exclude" ? ["tags", "ids"] : VARIANT_KEYS;
}
function hint(text) {
  return text === void 0 ? {} : { hint: text };
}
function displayPath2(file) {
  if (!path3.isAbsolute(file)) return file;
  const relative2 = path3.relative(process.cwd(), file);
  return relative2.startsWith("..") || path3.isAbsolute(relative2) ? file : relative2;
}

// src/tailor/build.ts
function variantOutFile(name, defaultOut = "output/resume.pdf") {
  return /\.pdf$/i.test(defaultOut) ? defaultOut.replace(/\.pdf$/i, `-${name}.pdf`) : `${defaultOut}-${name}.pdf`;
}
function variantTheme(variant) {
  const theme = THEMES[variant.spec.theme ?? "classic"];
  const size = variant.spec.bodySize;
  return size === void 0 ? theme : { ...theme, bodySize: { ...theme.bodySize, value: size } };
}
function variantBuildOptions(variant, base) {
  const { spec } = variant;
  const paper = base.paper ?? spec.paper;
  const pages = base.pages ?? spec.pages;
  const allowDrop = base.allowDrop ?? spec.allowDrop;
  return {
    ...base,
    outFile: base.outFile ?? variantOutFile(variant.name),
    variant: variant.name,
    tailoring: variant,
    theme: base.theme ?? variantTheme(variant),
    ...paper === void 0 ? {} : { paper },
    ...pages === void 0 ? {} : { pages },
    ...allowDrop === void 0 ? {} : { allowDrop }
  };
}
function variantMeta(meta, variant) {
  const { subject, keywords } = variant.spec;
  return {
    ...meta,
    ...subject === void 0 ? {} : { subject },
    ...keywords === void 0 ? {} : { keywords }
  };
}

// src/tailor/emphasize.ts
function termPattern(term) {
  const escaped = term.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}
function emphasize(text, patterns) {
  const whole = text.map((s) => s.text).join("");
  const ranges = [];
  const counts = patterns.map((pattern) => {
    let count = 0;
    for (const m of whole.matchAll(pattern)) {
      ranges.push([m.index, m.index + m[0].length]);
      count++;
    }
    return count;
  });
  if (ranges.length === 0) return { text, counts };
  const bold = new Uint8Array(whole.length);
  for (const [from, to] of ranges) bold.fill(1, from, to);
  const out = [];
  let offset = 0;
  for (const span of text) {
    const start = offset;
    offset += span.text.length;
    if (span.bold || span.code || span.sup) {
      out.push(span);
      continue;
    }
    let from = start;
    for (let i = start + 1; i <= offset; i++) {
      if (i < offset && bold[i] === bold[from]) continue;
      const piece = span.text.slice(from - start, i - start);
      out.push(bold[from] ? { ...span, text: piece, bold: true } : { ...span, text: piece });
      from = i;
    }
  }
  return { text: out, counts };
}

// src/tailor/facts.ts
import { isDeepStrictEqual } from "node:util";
function factProblems(original, tailored, titles) {
  const problems = [];
  if (!isDeepStrictEqual(original.header, tailored.header)) problems.push("header: differs from the content");
  const seen = /* @__PURE__ */ new Set();
  const once = (path4, id) => {
    if (seen.has(id)) problems.push(`${path4}: "${id}" appears twice`);
    seen.add(id);
  };
  for (const section of tailored.sections) {
    once(section.id, section.id);
    const source = original.sections.find((s) => s.id === section.id);
    if (source === void 0 || source.kind !== section.kind) {
      problems.push(`${section.id}: not a ${section.kind} section of the content`);
      continue;
    }
    if (section.title !== source.title && section.title !== titles[section.id])
      problems.push(`${section.id}: title "${section.title}" is neither the content's nor the variant's`);
    problems.push(...sectionProblems(source, section, (path4, id) => once(`${section.id}/${path4}`, id)));
  }
  return problems;
}
function sectionProblems(source, section, once) {
  const problems = [];
  const at2 = (id) => `${section.id}/${id}`;
  if (!isDeepStrictEqual(section.source, source.source)) problems.push(`${section.id}: source differs`);
  if (section.kind === "entries" && source.kind === "entries") {
    for (const entry of section.entries) {
      once(entry.id, entry.id);
      const from = source.entries.find((e) => e.id === entry.id);
      if (from === void 0) {
        problems.push(`${at2(entry.id)}: not an entry of this section in the content`);
        continue;
      }
      const { bullets, details, ...fields } = entry;
      const { bullets: fromBullets, details: fromDetails, ...fromFields } = from;
      if (!isDeepStrictEqual(fields, fromFields))
        problems.push(`${at2(entry.id)}: entry fields differ from the content`);
      if (!isDeepStrictEqual(details.map(unbold), fromDetails.map(unbold)))
        problems.push(`${at2(entry.id)}: detail lines differ from the content`);
      for (const bullet of bullets) {
        once(`${entry.id}/${bullet.id}`, bullet.id);
        const b = fromBullets.find((x) => x.id === bullet.id);
        const path4 = `${at2(entry.id)}/${bullet.id}`;
        if (b === void 0) {
          problems.push(`${path4}: not a bullet of this entry in the content`);
          continue;
        }
        const { text, ...bFields } = bullet;
        const { text: fromText, ...fromBFields } = b;
        if (!isDeepStrictEqual(bFields, fromBFields))
          problems.push(`${path4}: bullet fields differ from the content`);
        const allowed = [fromText, ...b.alternatives.map((a) => a.text)].map(unbold);
        if (!allowed.some((t) => isDeepStrictEqual(t, unbold(text))))
          problems.push(
            `${path4}: text "${text.map((s) => s.text).join("")}" is not the content's text or one of its alternatives`
          );
      }
    }
  } else if (section.kind === "list" && source.kind === "list") {
    for (const item of section.items) {
      once(item.id, item.id);
      const from = source.items.find((i) => i.id === item.id);
      if (from === void 0 || !isDeepStrictEqual({ ...item, text: unbold(item.text) }, { ...from, text: unbold(from.text) }))
        problems.push(`${at2(item.id)}: list item differs from the content`);
    }
  } else if (section.kind === "skills" && source.kind === "skills") {
    for (const group of section.groups) {
      once(group.id, group.id);
      const from = source.groups.find((g) => g.id === group.id);
      if (!isDeepStrictEqual(group, from))
        problems.push(`${at2(group.id)}: skill group differs from the content`);
    }
  } else if (section.kind === "text" && source.kind === "text") {
    if (!isDeepStrictEqual(section.paragraphs.map(unbold), source.paragraphs.map(unbold)))
      problems.push(`${section.id}: paragraphs differ from the content`);
  }
  return problems;
}
function unbold(text) {
  const out = [];
  for (const { bold: _, ...span } of text) {
    const last = out.at(-1);
    if (last && isDeepStrictEqual({ ...last, text: "" }, { ...span, text: "" })) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

// src/tailor/tailor.ts
function indexResume(resume) {
  const nodes = /* @__PURE__ */ new Map();
  const add = (kind, section, node, entry) => nodes.set(node.id, {
    id: node.id,
    kind,
    tags: node.tags ?? [],
    priority: node.priority ?? 1,
    section,
    ...entry === void 0 ? {} : { entry }
  });
  for (const s of resume.sections) {
    add("section", s.id, s);
    if (s.kind === "entries")
      for (const e of s.entries) {
        add("entry", s.id, e);
        for (const b of e.bullets) add("bullet", s.id, b, e.id);
      }
    if (s.kind === "list") for (const item of s.items) add("item", s.id, item);
    if (s.kind === "skills") for (const g of s.groups) add("group", s.id, g);
  }
  return nodes;
}
function applyVariant(resume, spec) {
  const patterns = (spec.emphasize ?? []).map(termPattern);
  const emphasized = patterns.map(() => 0);
  const bold = (text) => {
    if (patterns.length === 0) return text;
    const result = emphasize(text, patterns);
    result.counts.forEach((n, i) => {
      emphasized[i] = (emphasized[i] ?? 0) + n;
    });
    return result.text;
  };
  const { include, exclude } = spec;
  const byId = new Map(resume.sections.map((s) => [s.id, s]));
  const chosen = spec.sections ? spec.sections.map((id) => byId.get(id)).filter((s) => s !== void 0) : resume.sections;
  const order = spec.order ?? [];
  const sections = [];
  for (const section of chosen) {
    if (matches(exclude, section)) continue;
    const whole = include === void 0 || matches(include, section);
    const keep = (node) => !matches(exclude, node) && (whole || matches(include, node));
    const priorityOk = (node) => spec.priorityAtMost === void 0 || node.priority <= spec.priorityAtMost;
    const base = { ...section, title: spec.titles?.[section.id] ?? section.title };
    switch (section.kind) {
      case "entries": {
        const entries = [];
        for (const entry of section.entries) {
          if (matches(exclude, entry)) continue;
          const wholeEntry = whole || matches(include, entry);
          const picked = entry.bullets.filter(
            (b) => !matches(exclude, b) && (wholeEntry || matches(include, b))
          );
          if (!wholeEntry && picked.length === 0) continue;
          const bullets = limit(picked.filter(priorityOk), spec.maxBullets).map((b) => ({
            ...b,
            text: bold(alternative(b, spec.alternatives))
          }));
          entries.push({ ...entry, details: entry.details.map(bold), bullets: reorder(bullets, order) });
        }
        if (entries.length > 0) sections.push({ ...base, kind: "entries", entries: reorder(entries, order) });
        break;
      }
      case "list": {
        const items = section.items.filter((i) => keep(i) && priorityOk(i)).map((i) => ({ ...i, text: bold(i.text) }));
        if (items.length > 0) sections.push({ ...base, kind: "list", items: reorder(items, order) });
        break;
      }
      case "skills": {
        const groups = section.groups.filter(keep);
        if (groups.length > 0) sections.push({ ...base, kind: "skills", groups: reorder(groups, order) });
        break;
      }
      case "text":
        if (whole) sections.push({ ...base, kind: "text", paragraphs: section.paragraphs.map(bold) });
        break;
    }
  }
  return { resume: { header: resume.header, sections }, emphasized };
}
function checkVariant(resume, variant) {
  const { spec } = variant;
  const problems = [];
  const report = (path4, message, hint2) => {
    const at2 = variant.positions[path4] ?? variant.positions[path4.replace(/:key$/, "")] ?? top(variant);
    problems.push({
      severity: "error",
      file: at2.file,
      line: at2.line,
      column: at2.column,
      message,
      ...hint2 === void 0 ? {} : { hint: hint2 }
    });
  };
  const nodes = indexResume(resume);
  const allIds = [...nodes.keys()];
  const sectionIds = resume.sections.map((s) => s.id);
  const tags = [...new Set([...nodes.values()].flatMap((n) => n.tags))].sort();
  const checkSection = (id, path4) => {
    const node = nodes.get(id);
    if (node === void 0)
      report(
        path4,
        `no section "${id}" in the r\xE9sum\xE9; its sections are: ${sectionIds.join(", ")}`,
        didYouMean(id, sectionIds)
      );
    else if (node.kind !== "section")
      report(path4, `"${id}" is ${describe3(node)}, not a section; its section is "${node.section}"`);
  };
  const seen = (list, path4) => {
    const first = /* @__PURE__ */ new Map();
    list?.forEach((id, i) => {
      if (first.has(id)) report(`${path4}.${i}`, `"${id}" is listed twice in ${path4}`);
      else first.set(id, i);
    });
  };
  spec.sections?.forEach((id, i) => {
    checkSection(id, `sections.${i}`);
  });
  seen(spec.sections, "sections");
  for (const id of Object.keys(spec.titles ?? {})) checkSection(id, `titles.${id}:key`);
  for (const which of ["include", "exclude"]) {
    spec[which]?.tags?.forEach((tag, i) => {
      if (!tags.includes(tag))
        report(
          `${which}.tags.${i}`,
          `no entry, bullet, list item or skill group is tagged "${tag}"; the tags in use are: ${tags.join(", ") || "none"}`,
          didYouMean(tag, tags)
        );
    });
    spec[which]?.ids?.forEach((id, i) => {
      if (!nodes.has(id))
        report(`${which}.ids.${i}`, `nothing in the r\xE9sum\xE9 has the id "${id}"`, didYouMean(id, allIds));
    });
  }
  spec.order?.forEach((id, i) => {
    const node = nodes.get(id);
    if (node === void 0)
      report(`order.${i}`, `nothing in the r\xE9sum\xE9 has the id "${id}"`, didYouMean(id, allIds));
    else if (node.kind === "section")
      report(`order.${i}`, `"${id}" is a section; sections are ordered by "sections"`);
  });
  seen(spec.order, "order");
  if (spec.alternatives !== void 0) {
    const names = new Set(
      resume.sections.flatMap(
        (s) => s.kind === "entries" ? s.entries.flatMap((e) => e.bullets.flatMap((b) => b.alternatives.map((a) => a.name))) : []
      )
    );
    if (!names.has(spec.alternatives))
      report(
        "alternatives",
        `no bullet has an alternative named "${spec.alternatives}"`,
        names.size === 0 ? "an alternative is a nested item under a bullet ending in {alt=NAME}" : didYouMean(spec.alternatives, [...names]) ?? `the names in use are: ${[...names].join(", ")}`
      );
  }
  if (problems.length > 0) return byPosition(problems);
  const tailored = applyVariant(resume, spec);
  if (tailored.resume.sections.length === 0) report("", "this variant leaves no section to print");
  const kept = new Set(indexResume(tailored.resume).keys());
  const lost = (id, path4, what) => {
    if (!kept.has(id))
      report(path4, `"${id}" is ${what} but this variant leaves it out (${whyLeftOut(resume, spec, id)})`);
  };
  spec.include?.ids?.forEach((id, i) => {
    lost(id, `include.ids.${i}`, "included");
  });
  spec.order?.forEach((id, i) => {
    lost(id, `order.${i}`, "ordered");
  });
  for (const id of Object.keys(spec.titles ?? {})) lost(id, `titles.${id}:key`, "renamed");
  spec.emphasize?.forEach((term, i) => {
    if (tailored.emphasized[i] === 0)
      report(
        `emphasize.${i}`,
        `"${term}" occurs nowhere in the text this variant keeps (bullets, details, list items, paragraphs)`,
        "emphasis matches whole words, ignoring case"
      );
  });
  return byPosition(problems);
}
function tailor(resume, variant) {
  const problems = checkVariant(resume, variant);
  if (problems.length > 0) throw new UserError(problems);
  const tailored = applyVariant(resume, variant.spec).resume;
  const changed = factProblems(resume, tailored, variant.spec.titles ?? {});
  if (changed.length > 0) throw new Error(`tailoring changed a fact of the content: ${changed.join("; ")}`);
  return tailored;
}
function whyLeftOut(resume, spec, id) {
  const nodes = indexResume(resume);
  const node = nodes.get(id);
  if (node === void 0) return "not in the r\xE9sum\xE9";
  if (spec.sections && !spec.sections.includes(node.section))
    return node.kind === "section" ? "not in sections" : `its section "${node.section}" is not in sections`;
  const chain = [node.section, node.entry, id].filter((x) => x !== void 0);
  for (const link of chain) {
    const info = nodes.get(link);
    if (info === void 0) continue;
    if (spec.exclude?.ids?.includes(link))
      return link === id ? "excluded by id" : `"${link}" is excluded by id`;
    const tag = info.tags.find((t) => spec.exclude?.tags?.includes(t));
    if (tag) return link === id ? `excluded by tag ${tag}` : `"${link}" is excluded by tag ${tag}`;
  }
  if (spec.include && !chain.some((link) => matches(spec.include, nodes.get(link) ?? { id: link, tags: [] })))
    return "not included";
  if (spec.priorityAtMost !== void 0 && (node.kind === "bullet" || node.kind === "item") && node.priority > spec.priorityAtMost)
    return `priority ${node.priority} is above priorityAtMost ${spec.priorityAtMost}`;
  if (node.kind === "bullet" && spec.maxBullets !== void 0)
    return `priority ${node.priority}: beyond maxBullets ${spec.maxBullets}`;
  return "nothing left in it";
}
function byPosition(problems) {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function matches(selector, node) {
  if (selector === void 0) return false;
  return (selector.ids?.includes(node.id) ?? false) || (node.tags ?? []).some((t) => selector.tags?.includes(t) ?? false);
}
function limit(bullets, max) {
  if (max === void 0 || bullets.length <= max) return bullets;
  const chosen = new Set(
    bullets.map((b, i) => ({ b, i })).sort((x, y) => x.b.priority - y.b.priority || x.i - y.i).slice(0, max).map(({ b }) => b)
  );
  return bullets.filter((b) => chosen.has(b));
}
function alternative(bullet, name) {
  if (name === void 0) return bullet.text;
  return bullet.alternatives.find((a) => a.name === name)?.text ?? bullet.text;
}
function reorder(xs, order) {
  const rank = (x) => {
    const i = order.indexOf(x.id);
    return i < 0 ? order.length : i;
  };
  return xs.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i).map(({ x }) => x);
}
function describe3(node) {
  const what = {
    section: "a section",
    entry: "an entry",
    bullet: "a bullet",
    item: "a list item",
    group: "a skill group"
  };
  return what[node.kind];
}
function top(variant) {
  return variant.positions[""] ?? { file: variant.file, line: 1, column: 1 };
}

// src/pipeline.ts
async function timed(timings, stage, fn) {
  const start = performance2.now();
  try {
    return await fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance2.now() - start;
  }
}
async function buildPdf(options2) {
  const timings = {};
  const theme = options2.theme ?? classicTheme;
  const loaded = await timed(timings, "load", () => loadResume(options2.contentDir));
  const { warnings } = loaded;
  const variant = options2.tailoring;
  const resume = variant ? await timed(timings, "tailor", () => tailor(loaded.resume, variant)) : loaded.resume;
  const measurer = await timed(timings, "fonts", () => measurerFor(theme));
  const params = { ...defaultParams(theme, options2.paper), hyphenate: options2.hyphenate ?? false };
  const meta = variant ? variantMeta(documentMeta(resume), variant) : documentMeta(resume);
  const budget = options2.pages ?? theme.pages;
  const fit = await timed(
    timings,
    "layout",
    () => fitResume(
      resume,
      theme,
      params,
      meta,
      { measurer, breaker: knuthPlass, ...params.hyphenate ? { hyphenate: hyphenator() } : {} },
      { pages: budget, allowDrop: options2.allowDrop ?? false }
    )
  );
  if (!fit.fits) throw overflowError(variant?.file ?? options2.contentDir, resume, budget, fit);
  const layout = fit.layout;
  const report = fitReport(options2.outFile, options2.variant ?? null, budget, fit);
  const pdf = await timed(timings, "render", () => renderPdf(layout.frames, fontPaths(theme)));
  const written = [];
  await timed(timings, "write", async () => {
    await writeFileAtomic(options2.outFile, pdf);
    written.push(options2.outFile);
    const stem2 = options2.outFile.replace(/\.pdf$/i, "");
    if (options2.frames) {
      await writeFileAtomic(`${stem2}.frames.json`, `${JSON.stringify(layout.frames, null, 1)}
`);
      written.push(`${stem2}.frames.json`);
    }
    if (options2.text) {
      await writeFileAtomic(`${stem2}.txt`, frameText(layout.frames));
      written.push(`${stem2}.txt`);
    }
  });
  return { outFile: options2.outFile, resume, warnings, layout, report, pdf, timings, written };
}

// src/tailor/all.ts
async function allBuilds(base, defaultOut) {
  const jobs = [{ ...base, outFile: defaultOut }];
  const problems = [];
  for (const name of await listVariants(base.contentDir)) {
    try {
      const { variant, warnings } = await loadVariant(base.contentDir, name);
      problems.push(...warnings);
      jobs.push(variantBuildOptions(variant, { ...base, outFile: variantOutFile(name, defaultOut) }));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  return { jobs, problems };
}
async function buildAll(jobs, onDone) {
  for (const job of jobs) {
    try {
      onDone(await buildPdf(job), job);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      onDone(error, job);
    }
  }
}

// src/tailor/commands.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/layout/plainText.ts
var rich = (text) => text.map((s) => s.text).join("");
function plainText2(resume, bullet = "\u2022") {
  const out = [resume.header.name];
  if (resume.header.headline) out.push(resume.header.headline);
  if (resume.header.contacts.length > 0) out.push(resume.header.contacts.map((c) => c.value).join(" | "));
  for (const section of resume.sections) out.push("", section.title, ...sectionLines(section, bullet));
  return `${out.join("\n")}
`;
}
function sectionLines(section, bullet) {
  switch (section.kind) {
    case "entries":
      return section.entries.flatMap((e) => entryLines(e, bullet));
    case "list":
      return section.items.map((i) => join3(rich(i.text), i.dates && formatRange(i.dates)));
    case "skills":
      return section.groups.map((g) => `${g.label}: ${g.values.join(", ")}`);
    case "text":
      return section.paragraphs.map(rich);
  }
}
function entryLines(entry, bullet) {
  const title = entry.organization ? `${entry.title}, ${entry.organization}` : entry.title;
  const keywords = entry.keywords.join(", ");
  const lines = [join3(title, entry.dates && formatRange(entry.dates))];
  const sub = join3(subtitle(entry), entry.location ?? keywords);
  if (sub) lines.push(sub);
  if (entry.location && keywords) lines.push(`Keywords: ${keywords}`);
  lines.push(...entry.details.map(rich));
  lines.push(...entry.bullets.map((b) => `${bullet} ${rich(b.text)}`));
  return lines;
}
function join3(left, right) {
  return [left, right].filter(Boolean).join(" ");
}

// src/tailor/diff.ts
function variantDiff(resume, variant) {
  const { spec } = variant;
  const tailored = applyVariant(resume, spec);
  const out = [
    `${variant.name} (${variant.file}) compared with the default r\xE9sum\xE9`,
    ...wrap(`Purpose: ${variant.purpose.replace(/\s+/g, " ")}`, "  "),
    "",
    "Sections, in this version's order:"
  ];
  const keptSections = tailored.resume.sections;
  const sectionMoves = moves(
    resume.sections.map((s) => s.id),
    keptSections.map((s) => s.id)
  );
  keptSections.forEach((s, i) => {
    const original = resume.sections.find((o) => o.id === s.id);
    const notes = [
      original && original.title !== s.title ? `renamed from "${original.title}"` : "",
      sectionMoves.get(s.id) ?? ""
    ].filter(Boolean);
    out.push(`  ${i + 1}. ${s.title} (${s.id})${notes.length ? ` \u2014 ${notes.join("; ")}` : ""}`);
  });
  for (const s of resume.sections)
    if (!keptSections.some((k) => k.id === s.id))
      out.push(`  dropped: ${s.title} (${s.id}): ${whyLeftOut(resume, spec, s.id)}`);
  const counts = { entries: [0, 0], bullets: [0, 0], items: [0, 0], groups: [0, 0] };
  const add = (bucket, kept, all) => {
    bucket[0] = (bucket[0] ?? 0) + kept;
    bucket[1] = (bucket[1] ?? 0) + all;
  };
  for (const section of resume.sections) {
    const kept = keptSections.find((k) => k.id === section.id);
    const before2 = children(section);
    const after2 = kept ? children(kept) : [];
    if (section.kind === "entries") add(counts.entries, after2.length, before2.length);
    if (section.kind === "list") add(counts.items, after2.length, before2.length);
    if (section.kind === "skills") add(counts.groups, after2.length, before2.length);
    const bullets = (cs) => cs.reduce((n, c) => n + (c.bullets?.length ?? 0), 0);
    add(counts.bullets, bullets(after2), bullets(before2));
  }
  for (const kept of keptSections) {
    const section = resume.sections.find((s) => s.id === kept.id);
    if (section === void 0 || section.kind === "text") continue;
    const before2 = children(section);
    const after2 = children(kept);
    out.push("", `${kept.title} (${section.id})`);
    const childMoves = moves(
      before2.map((c) => c.id),
      after2.map((c) => c.id)
    );
    for (const c of after2) {
      const original = before2.find((b) => b.id === c.id);
      const notes = [childMoves.get(c.id) ?? ""];
      const of2 = original?.bullets?.length ?? 0;
      if (c.bullets && original?.bullets && of2 > 0) {
        const n = c.bullets.length;
        notes.push(n === of2 ? `all ${of2} bullet${of2 === 1 ? "" : "s"}` : `${n} of ${of2} bullets`);
        const bulletMoves = moves(
          original.bullets.map((b) => b.id),
          c.bullets.map((b) => b.id)
        );
        if (bulletMoves.size > 0) notes.push("bullets reordered");
      }
      out.push(`  keep  ${c.label} (${c.id})${suffix(notes)}`);
      if (!c.bullets || !original?.bullets) continue;
      for (const b of original.bullets) {
        const k = c.bullets.find((x) => x.id === b.id);
        if (k === void 0)
          out.push(`          drop bullet ${b.id} "${words(b.text)}": ${whyLeftOut(resume, spec, b.id)}`);
        else if (spec.alternatives && b.alternatives.some((a) => a.name === spec.alternatives))
          out.push(`          bullet ${b.id} uses its "${spec.alternatives}" phrasing`);
      }
    }
    for (const c of before2)
      if (!after2.some((a) => a.id === c.id))
        out.push(`  drop  ${c.label} (${c.id}): ${whyLeftOut(resume, spec, c.id)}`);
  }
  out.push("");
  if (spec.emphasize)
    out.push(
      `Bold: ${spec.emphasize.map((term, i) => `"${term}" \xD7${tailored.emphasized[i] ?? 0}`).join(", ")}`
    );
  else out.push("Bold: nothing emphasized");
  const theme = variantTheme(variant);
  out.push(
    `Build: ${spec.pages ?? theme.pages} page${(spec.pages ?? theme.pages) === 1 ? "" : "s"}, ${spec.paper ?? "letter"}, ${theme.name} theme, body from ${theme.bodySize.value}pt (floor ${theme.bodySize.min}pt); fitting ${spec.allowDrop ? "may" : "may not"} drop items`
  );
  if (spec.subject || spec.keywords)
    out.push(
      `PDF: ${[
        spec.subject ? `Subject "${spec.subject}"` : "",
        spec.keywords ? `Keywords "${spec.keywords.join(", ")}"` : ""
      ].filter(Boolean).join("; ")}`
    );
  const of = ([k, n], what) => `${k} of ${n} ${what}`;
  out.push(
    `In all: keeps ${keptSections.length} of ${resume.sections.length} sections, ${of(counts.entries, "entries")}, ${of(counts.bullets, "bullets")}, ${of(counts.items, "list items")}, ${of(counts.groups, "skill groups")}`
  );
  return `${out.join("\n")}
`;
}
function children(section) {
  switch (section.kind) {
    case "entries":
      return section.entries.map((e) => ({
        id: e.id,
        label: e.organization ? `${e.title}, ${e.organization}` : e.title,
        bullets: e.bullets
      }));
    case "list":
      return section.items.map((i) => ({ id: i.id, label: words(i.text, 8) }));
    case "skills":
      return section.groups.map((g) => ({ id: g.id, label: g.label }));
    case "text":
      return [];
  }
}
function moves(before2, after2) {
  const keptBefore = before2.filter((id) => after2.includes(id));
  const result = /* @__PURE__ */ new Map();
  after2.forEach((id, i) => {
    const was = keptBefore.indexOf(id);
    if (was !== i)
      result.set(id, `moved ${i < was ? "up" : "down"} from ${ordinal(was + 1)} to ${ordinal(i + 1)}`);
  });
  return result;
}
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix2 = teen ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix2}`;
}
function suffix(notes) {
  const shown = notes.filter(Boolean);
  return shown.length ? ` \u2014 ${shown.join("; ")}` : "";
}
function words(text, count = 7) {
  const all = text.map((s) => s.text).join("").split(/\s+/).filter(Boolean);
  return all.length <= count ? all.join(" ") : `${all.slice(0, count).join(" ")} \u2026`;
}
function wrap(text, indent, width = 110) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// src/tailor/stopwords.ts
var ENGLISH = `
a about above across after again against all almost along already also although always am among an and
another any anyone anything are around as at be became because become becomes been before being below
between both but by can cannot could did do does doing done down during each either else enough etc even
ever every few for from further get gets getting give given go going had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less let like likely made
make makes making many may me might more most much must my myself near need needs neither never no nor not
now of off often on once one only onto or other others our ours ourselves out over own per perhaps please
rather really same see seem seems several shall she should since so some something such than that the
their theirs them themselves then there these they this those though through throughout thus to together
too toward towards under until up upon us use used uses using very via want wants was we well were what
whatever when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves e.g i.e eg ie vs
`;
var JOB_ADS = `
ability able across actively additional advantage applicant applicants application applications apply
applying areas around ask background based basic benefit benefits best better bonus build building builds
candidate candidates career careers challenge challenges challenging closely collaborate collaborating
collaboration collaborative communicate communication company competitive complex contribute contributing
contributions create creating culture current currently daily day days deliver degree demonstrated
description desire desired develop developing development drive driven dynamic eager effective effectively
employer employment engineer engineers engineering enjoy environment equal equivalent excellent excited
exciting experience experienced experiences expert expertise familiar familiarity field focus focused
following full fulltime future good great grow growing growth hands hard help highly hire hiring ideal
impact impactful including independently individual innovative interest interested interests intern
interns internship job join key knowledge lead leading learn level looking love main manage
members minimum mission month months motivated multiple new nice opportunity opportunities orientation
part passion passionate people permanent phd plus position positions practical preferred problem problems
product products proficiency proficient program projects proven qualification qualifications 
quickly related relevant remote required requirement requirements researchers resume
responsibilities responsibility role roles salary senior skill skilled skills solid solve solving
solutions stack start state strong student students success successful support take talented task tasks
team teams technical technologies technology time tools top track understanding unique university
value values variety week weeks work worked working world write writing year years
design designing implement implementing keep keeps serve serving speed built pursue pursuing clear written
thousands hundreds millions low lower improve improving ensure ship shipping own owning bring
`;
var STOPWORDS = new Set(`${ENGLISH} ${JOB_ADS}`.split(/\s+/).filter(Boolean));

// src/tailor/job.ts
var TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.'’-][\p{L}\p{N}][\p{L}\p{N}+#]*)*/gu;
function tokens(text) {
  const out = [];
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(end, m.index);
    out.push({ text: m[0], stem: stem(m[0]), breakBefore: out.length === 0 || /\S/.test(gap) });
    end = m.index + m[0].length;
  }
  return out;
}
function stem(word) {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (/[^\p{L}-]/u.test(w)) return w;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}
function significant(token) {
  const lower = token.text.toLowerCase();
  if (STOPWORDS.has(lower) || STOPWORDS.has(lower.replace(/['’]s$/, ""))) return false;
  if (/^\p{N}+$/u.test(lower)) return false;
  return lower.length > 1 || /[+#]/.test(lower);
}
function postingTerms(posting) {
  const terms = /* @__PURE__ */ new Map();
  const add = (run3) => {
    const key = run3.map((t) => t.stem).join(" ");
    const existing = terms.get(key);
    if (existing) existing.count++;
    else
      terms.set(key, {
        text: run3.map((t) => t.text).join(" "),
        stems: run3.map((t) => t.stem),
        count: 1,
        first: terms.size
      });
  };
  let run2 = [];
  const flush = () => {
    if (run2.length > 3) for (const t of run2) add([t]);
    else if (run2.length > 0) add(run2);
    run2 = [];
  };
  for (const token of tokens(posting)) {
    if (token.breakBefore) flush();
    if (significant(token)) run2.push(token);
    else flush();
  }
  flush();
  return [...terms.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ first: _, ...term }) => term);
}
function coverage(terms, text) {
  const lines = text.split("\n").map((line) => tokens(line).map((t) => t.stem));
  const words2 = new Set(lines.flat());
  const contains = (stems) => lines.some((line) => line.some((_, i) => stems.every((s, j) => line[i + j] === s)));
  const result = { found: [], partly: [], missing: [] };
  for (const term of terms) {
    if (contains(term.stems)) result.found.push(term);
    else {
      const some = term.text.split(" ").filter((_, i) => words2.has(term.stems[i] ?? ""));
      if (some.length > 0) result.partly.push({ term, words: some });
      else result.missing.push(term);
    }
  }
  return result;
}
function coverageReport(posting, version, result) {
  const total = result.found.length + result.partly.length + result.missing.length;
  const times = (t) => t.count > 1 ? `${t.text} \xD7${t.count}` : t.text;
  const out = [
    `${posting} against ${version}: ${result.found.length} of ${total} significant terms found`,
    ...block("found", result.found.map(times)),
    ...block(
      "not as a phrase (words found in brackets)",
      result.partly.map(({ term, words: words2 }) => `${times(term)} [${words2.join(" ")}]`)
    ),
    ...block("missing", result.missing.map(times))
  ];
  return `${out.join("\n")}
`;
}
function block(title, items) {
  if (items.length === 0) return [`${title} (0): none`];
  const lines = [];
  let line = `${title} (${items.length}):`;
  items.forEach((item, i) => {
    const piece = ` ${item}${i < items.length - 1 ? "," : ""}`;
    if (line.length + piece.length > 110) {
      lines.push(line);
      line = `  ${piece.trimStart()}`;
    } else line += piece;
  });
  lines.push(line);
  return lines;
}

// src/tailor/commands.ts
async function load(contentDir, name) {
  const { resume, warnings } = await loadResume(contentDir);
  if (name === void 0) return { resume, tailored: resume, warnings };
  const loaded = await loadVariant(contentDir, name);
  const tailored = tailor(resume, loaded.variant);
  return { resume, variant: loaded.variant, tailored, warnings: [...warnings, ...loaded.warnings] };
}
async function diffCommand(contentDir, name) {
  const { resume, variant, warnings } = await load(contentDir, name);
  if (variant === void 0) throw new Error("diff without a variant");
  return { text: variantDiff(resume, variant), warnings };
}
async function jobCommand(contentDir, postingFile, name) {
  let posting;
  try {
    posting = new TextDecoder("utf-8", { fatal: true }).decode(await readFile3(postingFile));
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "no such file" : code ?? "not UTF-8 text";
    throw userError(`cannot read the job posting (${why})`, postingFile);
  }
  const terms = postingTerms(posting);
  if (terms.length === 0)
    throw userError("the job posting has no significant terms (is it empty?)", postingFile);
  const { tailored, warnings } = await load(contentDir, name);
  const version = name === void 0 ? "the default r\xE9sum\xE9" : `the ${name} version`;
  return { text: coverageReport(postingFile, version, coverage(terms, plainText2(tailored))), warnings };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseOptions(argv, options2) {
  try {
    return parseArgs({ args: argv, options: options2, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error.message.replace(/\. To specify.*$/s, "").replace(/^Unknown option/, "unknown option");
    const known = Object.keys(options2).map((o) => `--${o}`).join(", ");
    throw userError(message, "vitae", `known options: ${known}`);
  }
}

// src/cli/run.ts
function runCli(main2) {
  main2(process.argv.slice(2)).then(
    () => {
      process.exitCode = 0;
    },
    (error) => {
      if (error instanceof UserError) {
        for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}
`);
        process.exitCode = error.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
        return;
      }
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `internal error: ${detail}
  this is a bug in vitae; please report it with the command you ran (set VITAE_DEBUG=1 to print the stack)
`
      );
      if (process.env.VITAE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
      process.exitCode = 3;
    }
  );
}

// src/cli/pdf.ts
var DEFAULT_OUT = "output/resume.pdf";
var options = {
  content: { type: "string", default: "content" },
  out: { type: "string" },
  paper: { type: "string" },
  frames: { type: "boolean", default: false },
  text: { type: "boolean", default: false },
  hyphenate: { type: "boolean", default: false },
  report: { type: "string" },
  variant: { type: "string" },
  all: { type: "boolean", default: false },
  diff: { type: "string" },
  job: { type: "string" }
};
async function main(argv) {
  const values = parseOptions(argv, options);
  if (values.paper !== void 0 && values.paper !== "letter" && values.paper !== "a4") {
    throw userError(`--paper must be "letter" or "a4", not "${values.paper}"`);
  }
  const modes = ["all", "diff", "job"].filter((m) => values[m]);
  if (modes.length > 1) throw userError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.variant !== void 0) checkVariantName(values.variant);
  if (values.all && values.variant !== void 0)
    throw userError("--all builds every variant; drop --variant");
  if (values.diff !== void 0 && values.variant !== void 0)
    throw userError("--diff takes the variant's name itself: --diff NAME");
  if (values.diff !== void 0) {
    checkVariantName(values.diff);
    return printText(await diffCommand(values.content, values.diff));
  }
  if (values.job !== void 0)
    return printText(await jobCommand(values.content, values.job, values.variant));
  const common = {
    contentDir: values.content,
    ...values.paper === void 0 ? {} : { paper: values.paper },
    frames: values.frames,
    text: values.text,
    hyphenate: values.hyphenate
  };
  if (values.all) {
    const reports = [];
    const { jobs, problems } = await allBuilds(common, values.out ?? DEFAULT_OUT);
    const failed = [];
    await buildAll(jobs, (result2) => {
      if (result2 instanceof UserError) failed.push(...result2.diagnostics);
      else {
        reports.push(printBuild(result2));
        printExtras(result2);
      }
    });
    await writeReport(values.report, reports);
    const errors = [...problems, ...failed];
    if (errors.length > 0) throw new UserError(errors);
    return;
  }
  let build = { ...common, outFile: values.out ?? DEFAULT_OUT };
  if (values.variant !== void 0) {
    const { variant, warnings } = await loadVariant(values.content, values.variant);
    printWarnings(warnings);
    build = variantBuildOptions(variant, {
      ...common,
      ...values.out === void 0 ? {} : { outFile: values.out }
    });
  }
  const result = await buildPdf(build);
  await writeReport(values.report, [printBuild(result)]);
  printExtras(result);
}
function printBuild(result) {
  printWarnings(result.warnings);
  const total = Object.values(result.timings).reduce((a, b) => a + b, 0);
  process.stdout.write(`${summaryLine(result.report, total)}
`);
  return result.report;
}
function printExtras(result) {
  for (const extra of result.written.slice(1))
    process.stdout.write(`  also wrote ${relative(process.cwd(), extra) || extra}
`);
}
async function writeReport(file, reports) {
  if (file === void 0) return;
  await writeFileAtomic(file, `${JSON.stringify({ pdfs: reports }, null, 2)}
`);
  process.stdout.write(`  fit report: ${file}
`);
}
function printText({ text, warnings }) {
  printWarnings(warnings);
  process.stdout.write(text);
}
function printWarnings(warnings) {
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}
`);
}
runCli(main);
