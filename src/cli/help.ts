/** The options of vitae's commands, described once: parsing, `--help` and "did you mean" all read them. */

export interface OptionHelp {
  type: "string" | "boolean";
  /** What the value is, for `--help` (e.g. "DIR"); booleans have none. */
  value?: string;
  description: string;
  example?: string;
}

export type OptionTable = Record<string, OptionHelp>;

/** `--help`: a usage line, then each option with what it does and an example. */
export function helpText(usage: string, summary: string, table: OptionTable, footer: string): string {
  const flags = Object.entries(table).map(([name, o]) => `--${name}${o.value ? ` ${o.value}` : ""}`);
  const width = Math.max(...flags.map((f) => f.length));
  const lines = Object.values(table).flatMap((o, i) => [
    `  ${(flags[i] ?? "").padEnd(width)}  ${o.description}`,
    ...(o.example ? [`  ${" ".repeat(width)}  e.g. ${o.example}`] : []),
  ]);
  return `${usage}\n\n${summary}\n\nOptions:\n${lines.join("\n")}\n\n${footer}\n`;
}

/** The parseArgs configuration of an option table. */
export function parseConfig(table: OptionTable): Record<string, { type: "string" | "boolean" }> {
  return Object.fromEntries(Object.entries(table).map(([name, o]) => [name, { type: o.type }]));
}
