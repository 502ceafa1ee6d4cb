const SCHEMES = ["https", "http", "mailto", "tel"];

/** An e-mail address: name@domain.tld, without spaces, brackets, quotes or separators. */
export const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
/** The query of a mailto: link (`?subject=…&body=…`): key=value pairs, percent-encoded. */
const MAILTO_QUERY = /^(?:\?[A-Za-z][A-Za-z0-9-]*=[^\s?&#]*(?:&[A-Za-z][A-Za-z0-9-]*=[^\s?&#]*)*)?$/;
/**
 * A tel: number (RFC 3966): an optional leading +, digits and the visual separators - . ( ), and an optional
 * extension (;ext=123); at least three digits.
 */
const TEL = /^\+?[0-9().-]+(?:;ext=[0-9]+)?$/;

/**
 * Checks a link target: only absolute https:, http:, mailto: and tel: addresses are allowed (a résumé PDF
 * must not carry javascript:, file: or data: links), and each must be well formed for its scheme — a scheme's
 * name alone would let `tel:javascript:alert(1)` through. Returns the problem in words, or undefined when fine.
 */
export function linkProblem(url: string): string | undefined {
  const expected = "links must start with https:, http:, mailto: or tel:";
  if (url.trim() === "") return "a link with no address";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return `link "${url}" is not a full address; ${expected}`;
  if (!SCHEMES.includes(scheme)) return `link scheme "${scheme}:" is not allowed; ${expected}`;
  const rest = url.slice(scheme.length + 1);
  if (scheme === "mailto") {
    const query = rest.indexOf("?");
    const address = query < 0 ? rest : rest.slice(0, query);
    return EMAIL.test(address) && MAILTO_QUERY.test(query < 0 ? "" : rest.slice(query))
      ? undefined
      : `invalid e-mail link "${url}": expected mailto:name@example.com`;
  }
  if (scheme === "tel")
    return TEL.test(rest) && (rest.match(/[0-9]/g)?.length ?? 0) >= 3
      ? undefined
      : `invalid phone link "${url}": expected tel: and a number of digits, e.g. tel:+15550100`;
  try {
    const parsed = new URL(url);
    if (!url.slice(scheme.length + 1).startsWith("//"))
      return `invalid link "${url}": expected ${scheme}://host/…`;
    return parsed.hostname === "" ? `invalid link "${url}": no host name` : undefined;
  } catch {
    return `invalid link "${url}"`;
  }
}
