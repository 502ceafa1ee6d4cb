import { type UserError, userError } from "../diagnostics.js";

/**
 * A clear error for an option given without its value, or a value where none is taken; undefined for other
 * errors of node's parseArgs. Node's own text ("argument is ambiguous … use '--out=-XYZ'") says neither what
 * happened nor what to type.
 */
export function optionValueError(error: unknown, argv: readonly string[]): UserError | undefined {
  const message = error instanceof Error ? error.message : "";
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message)?.[1];
  if (ambiguous !== undefined) {
    const next = argv[argv.indexOf(ambiguous) + 1] ?? "";
    return userError(
      `${ambiguous} needs a value, but the next argument "${next}" looks like an option`,
      "vitae",
      `write ${ambiguous} ${valueName(ambiguous)}; a value that starts with "-" is written ${ambiguous}=${next}`,
    );
  }
  const missing = /^Option '(--[\w-]+) <value>' argument missing/.exec(message)?.[1];
  if (missing !== undefined)
    return userError(`${missing} needs a value`, "vitae", `write ${missing} ${valueName(missing)}`);
  const flag = /^Option '(--[\w-]+)' does not take an argument/.exec(message)?.[1];
  if (flag !== undefined) return userError(`${flag} takes no value`, "vitae", `write ${flag} alone`);
  return undefined;
}

/** What an option's value is, for hints: FOLDER for --content, NAME for --variant, FILE otherwise. */
function valueName(option: string): string {
  if (option === "--content") return "FOLDER";
  if (option === "--variant" || option === "--diff") return "NAME";
  if (option === "--paper") return "letter|a4";
  return "FILE";
}
