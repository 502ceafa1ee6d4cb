import { type ParseArgsConfig, parseArgs } from "node:util";
import { userError } from "../diagnostics.js";
import { optionValueError } from "./optionValues.js";

/** node's parseArgs with its errors turned into one-line user errors naming the option. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const valueError = optionValueError(error, argv);
    if (valueError !== undefined) throw valueError;
    const message = (error as Error).message
      .replace(/\. To specify.*$/s, "")
      .replace(/^Unknown option/, "unknown option");
    const known = Object.keys(options)
      .map((o) => `--${o}`)
      .join(", ");
    throw userError(message, "vitae", `known options: ${known}`);
  }
}
