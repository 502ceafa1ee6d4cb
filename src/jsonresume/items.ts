/** Reading the items of a JSON Resume array loosely: the schema check has vouched for the standard keys. */
import type { VitaeExtras } from "./types.js";

/** An item as read: its keys, loosely typed (the schema check has vouched for the standard ones). */
export type Item = Record<string, unknown> & { vitae?: VitaeExtras };

/** The text of a string key, trimmed; undefined when absent or empty. */
export function textOf(item: Item, key: string | undefined): string | undefined {
  const value = key === undefined ? undefined : item[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function listOf(item: Item, key: string | undefined): string[] {
  const value = key === undefined ? undefined : item[key];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "")
    : [];
}

/** Whether an item holds any text at all (an empty {} is skipped rather than printed as an empty entry). */
export function hasContent(item: unknown): boolean {
  if (typeof item === "string") return item.trim() !== "";
  if (Array.isArray(item)) return item.some(hasContent);
  if (item !== null && typeof item === "object") return Object.values(item).some(hasContent);
  return typeof item === "number";
}
