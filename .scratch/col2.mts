import PDFDocument from "pdfkit";
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
type Row = [string, string] | "gap" | "full";
async function test(name: string, rows: Row[], lead = 12) {
  const doc = new PDFDocument({ autoFirstPage: false, font: "/work/main/fonts/lmroman10-regular.otf" });
  const chunks: Buffer[] = []; doc.on("data", (c) => chunks.push(c));
  doc.addPage({ size: [612, 792], margin: 0 });
  let y = 100; doc.fontSize(10);
  for (const row of rows) {
    if (row === "gap") { y += 10; continue; }
    if (row === "full") { doc.text("A full width line of body text that goes from the left margin all the way to the right margin here ok.", 50, y, { lineBreak: false, baseline: "alphabetic" }); y += lead; continue; }
    const [l, r] = row;
    doc.text(l, 50, y, { lineBreak: false, baseline: "alphabetic" });
    if (r) doc.text(r, 560 - doc.widthOfString(r), y, { lineBreak: false, baseline: "alphabetic" });
    y += lead;
  }
  doc.end(); await new Promise((r) => doc.on("end", r));
  writeFileSync("/tmp/exp/t.pdf", Buffer.concat(chunks));
  const out = execFileSync("pdftotext", ["/tmp/exp/t.pdf", "-"]).toString().trim().split(/\n+/).map((s) => s.trim()).filter(Boolean);
  console.log(`== ${name}: ${out.join(" / ")}`);
}
const T1: Row = ["Shanghai Jiao Tong University", "09/2022 – 03/2025"];
const S1: Row = ["M.E. in Computer Technology — GPA: 3.84/4", "Shanghai, China"];
const T2: Row = ["Shanghai Jiao Tong University", "09/2018 – 06/2022"];
const S2: Row = ["B.E. in Computer Science and Technology", "Shanghai, China"];
await test("one entry", [T1, S1]);
await test("two entries", [T1, S1, T2, S2]);
await test("two entries gap", [T1, S1, "gap", T2, S2]);
await test("entry+full", [T1, S1, "full", T2, S2, "full"]);
await test("title-only date", [T1, ["M.E. in Computer Technology — GPA: 3.84/4", ""], T2, ["B.E. in Computer Science", ""]]);
await test("list", [["First Class Academic Scholarship, Shanghai Jiao Tong University", "09/2022 – 09/2024"], ["Huawei Scholarship", "12/2023"], ["Merit Student of Shanghai Jiao Tong University", "09/2023"]]);
await test("list spaced", [["First Class Academic Scholarship, Shanghai Jiao Tong University", "09/2022 – 09/2024"], "gap", ["Huawei Scholarship", "12/2023"], "gap", ["Merit Student of Shanghai Jiao Tong University", "09/2023"]]);
await test("list lead 20", [["First Class Academic Scholarship, Shanghai Jiao Tong University", "09/2022 – 09/2024"], ["Huawei Scholarship", "12/2023"], ["Merit Student of Shanghai Jiao Tong University", "09/2023"]], 16);
await test("hyphen", [["Oxford Prospects Summer Programmes, Grade A-", "08/2023"], ["China Basic Psychological Counselor", "12/2023"]]);
await test("hyphen nbsp", [["Oxford Prospects Summer Programmes, Grade A-\u00a0", "08/2023"], ["China Basic Psychological Counselor", "12/2023"]]);
await test("hyphen 2011", [["Oxford Prospects Summer Programmes, Grade A\u2011", "08/2023"], ["China Basic Psychological Counselor", "12/2023"]]);
await test("hyphen 2010", [["Oxford Prospects Summer Programmes, Grade A\u2010", "08/2023"], ["China Basic Psychological Counselor", "12/2023"]]);
await test("hyphen minus 2212", [["Oxford Prospects Summer Programmes, Grade A\u2212", "08/2023"], ["China Basic Psychological Counselor", "12/2023"]]);
