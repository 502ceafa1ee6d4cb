import PDFDocument from "pdfkit";
import { writeFileSync } from "node:fs";
const mode = process.argv[2];
const doc = new PDFDocument({ autoFirstPage: false, font: "/work/main/fonts/lmroman10-regular.otf" });
const chunks: Buffer[] = []; doc.on("data", (c) => chunks.push(c));
doc.addPage({ size: [612, 792], margin: 0 });
const rows = [["Shanghai Jiao Tong University", "09/2022 – 03/2025"], ["M.E. in Computer Technology — GPA: 3.84/4", "Shanghai, China"], ["Shanghai Jiao Tong University", "09/2018 – 06/2022"], ["B.E. in Computer Science and Technology", "Shanghai, China"]];
let y = 100;
for (const [i0, [l, r]] of rows.entries()) {
  doc.fontSize(10);
  const lw = doc.widthOfString(l); const rw = doc.widthOfString(r);
  const rx = 560 - rw;
  if (mode === "plain") {
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(r, rx, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "space") {
    const sw = doc.widthOfString(" ");
    const scale = ((rx - 50 - lw) / sw) * 100;
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(" ", 50 + lw, y, { lineBreak: false, baseline: "alphabetic", horizontalScaling: scale });
    doc.text(r, rx, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "nbsp") {
    const sw = doc.widthOfString("\u00a0");
    const scale = ((rx - 50 - lw) / sw) * 100;
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text("\u00a0", 50 + lw, y, { lineBreak: false, baseline: "alphabetic", horizontalScaling: scale });
    doc.text(r, rx, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "full") {
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(r, rx, y, { lineBreak: false, baseline: "alphabetic" });
    y += 12;
    doc.text("A full width line of body text that goes from the left margin all the way to the right margin here.", 50, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "small") {
    const i = i0;
    const size = i % 2 === 1 ? 9.2 : 10;
    doc.fontSize(size);
    const rw2 = doc.widthOfString(r);
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(r, 560 - rw2, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "datecol") {
    const gap = Number(process.argv[3] ?? 8);
    doc.text(r, 150 - rw, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(l, 150 + gap, y, { lineBreak: false, baseline: "alphabetic" });
  } else if (mode === "onerun") {
    const sw = doc.widthOfString(" ");
    doc.text(`${l} ${r}`, 50, y, { lineBreak: false, baseline: "alphabetic", wordSpacing: 0 });
  }
  y += 12;
}
doc.end();
await new Promise((r) => doc.on("end", r));
writeFileSync(`/tmp/exp/col-${mode}.pdf`, Buffer.concat(chunks));
