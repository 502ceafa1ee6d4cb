/**
 * The entry of the bundle `npm run pdf` runs (see scripts/bundle.mjs): the CLI, or, when Node is building a
 * startup snapshot of the bundle, the snapshot's preparation.
 */
import { fileURLToPath } from "node:url";
import { startupSnapshot } from "node:v8";
import { prepareSnapshot } from "../snapshot/prepare.js";
import { runPdfCli } from "./runPdf.js";

if (startupSnapshot.isBuildingSnapshot()) prepareSnapshot(fileURLToPath(import.meta.url));
else runPdfCli();
