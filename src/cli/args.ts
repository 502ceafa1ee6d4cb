import { parseArgs } from "node:util";
import { userError } from "../diagnostics.js";
import { didYouMean } from "../model/context.js";
import { type OptionTable, parseConfig } from "./help.js";
import { optionValueError } from "./optionValues.js";

/** The values given for an option table: text for string options, true/false for booleans. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K]["type"] extends "string" ? string : boolean;
};

/** node's parseArgs with its errors turned into one-line user errors naming the option (and the nearest one). */
export function parseOptions<T extends OptionTable>(argv: string[], table: T): OptionValues<T> {
  return parseCommand(argv, table, false).values;
}

/** As {@link parseOptions}, also taking arguments that are not options (e.g. an input file) when allowed. */
export function parseCommand<T extends OptionTable>(
  argv: string[],
  table: T,
  allowPositionals = true,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const options = parseConfig(table);
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals });
    return { values: values as OptionValues<T>, positionals };
  } catch (error) {
    const valueError = optionValueError(error, argv);
    if (valueError !== undefined) throw valueError;
    const message = (error as Error).message
      .replace(/\. To specify.*$/s, "")
      .replace(/^Unknown option/, "unknown option");
    const names = Object.keys(table).map((o) => `--${o}`);
    const unknown = /unknown option '([^']+)'/.exec(message)?.[1];
    const near = unknown ? didYouMean(unknown, names) : undefined;
    throw userError(
      message,
      "vitae",
      near ? `${near} (--help lists every option)` : `known options: ${names.join(", ")}`,
    );
  }
}
