import { readJsonResume } from "./src/jsonresume/readDocument.js";
import { importDocument } from "./src/jsonresume/importDocument.js";
const r = await readJsonResume("node_modules/@jsonresume/schema/sample.resume.json");
const out = importDocument(r);
for (const f of out.files) console.log(`=== ${f.name}\n${f.text}`);
console.log(out.dateFormat, out.ctx.problems, out.ctx.notes.map(n=>`${n.line}:${n.column} ${n.message}`));
