import { performance } from "node:perf_hooks";
import { buildMany } from "../all.js";
import { listVariants, loadVariant } from "../readVariant.js";
import { variantBuildOptions } from "../build.js";
const t0 = performance.now();
const threads = Number(process.argv[2]);
const jobs = [{ contentDir: "content", outFile: "/tmp/scratch/out/resume.pdf" }];
for (const name of await listVariants("content")) {
  const { variant } = await loadVariant("content", name);
  jobs.push(variantBuildOptions(variant, { contentDir: "content", outFile: `/tmp/scratch/out/resume-${name}.pdf` }));
}
const out = await buildMany(jobs, threads);
console.log(threads, out.map(o => o.ok ? Math.round(Object.values(o.built.timings).reduce((a,b)=>a+b,0)) : o.error.message).join(" "), Math.round(performance.now() - t0), "ms");
