// The yardstick of `npm run bench`: one Typst compile of SOURCE to a PDF, a whole process as the benchmark times
// it. Usage: node bench/typst.cjs SOURCE FONTS_DIR OUT.pdf
const { writeFileSync } = require("node:fs");
const { dirname } = require("node:path");
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");

const [source, fonts, out] = process.argv.slice(2);
if (source === undefined || fonts === undefined || out === undefined) {
  process.stderr.write("usage: node bench/typst.cjs SOURCE FONTS_DIR OUT.pdf\n");
  process.exit(2);
}
const compiler = NodeCompiler.create({ workspace: dirname(source), fontArgs: [{ fontPaths: [fonts] }] });
writeFileSync(out, compiler.pdf({ mainFilePath: source }));
