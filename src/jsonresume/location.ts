/**
 * A JSON Resume location (address, postal code, city, region, country code) is one line in vitae's header,
 * `Location: 2712 Broadway St, San Francisco, California CA 94115, US`. The export splits such a line back:
 * the last part is the region, the one before it the city, anything earlier the address.
 */
import type { JsonLocation } from "./types.js";

/** The printed line of a location: address lines, city, region with postal code, country code. */
export function locationText(location: JsonLocation): string | undefined {
  const address = location.address
    ?.split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(", ");
  const region = [location.region, location.postalCode]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(" ");
  const parts = [address, location.city?.trim(), region, location.countryCode?.trim()].filter(
    (p): p is string => p !== undefined && p !== "",
  );
  return parts.length === 0 ? undefined : parts.join(", ");
}

/** A location line as JSON Resume fields: "City", "City, Region", or "Address, …, City, Region". */
export function locationFields(text: string): JsonLocation {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return { city: text.trim() };
  const region = parts.at(-1) ?? "";
  const city = parts.at(-2) ?? "";
  const address = parts.slice(0, -2).join(", ");
  return { ...(address === "" ? {} : { address }), city, region };
}
