const SCHEMES = ["https", "http", "mailto", "tel"];

/**
 * Checks a link target: only absolute https:, http:, mailto: and tel: addresses are allowed (a résumé PDF
 * must not carry javascript:, file: or data: links). Returns the problem in words, or undefined when fine.
 */
export function linkProblem(url: string): string | undefined {
  const expected = "links must start with https:, http:, mailto: or tel:";
  if (url.trim() === "") return "a link with no address";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return `link "${url}" is not a full address; ${expected}`;
  if (!SCHEMES.includes(scheme)) return `link scheme "${scheme}:" is not allowed; ${expected}`;
  const rest = url.slice(scheme.length + 1);
  if (scheme === "mailto")
    return /^[^@\s]+@[^@\s]+$/.test(rest.split("?")[0] ?? "") ? undefined : `invalid e-mail link "${url}"`;
  if (scheme === "tel") return /\d/.test(rest) ? undefined : `invalid phone link "${url}"`;
  try {
    return new URL(url).hostname === "" ? `invalid link "${url}": no host name` : undefined;
  } catch {
    return `invalid link "${url}"`;
  }
}
