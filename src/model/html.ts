/** Whether raw HTML is only comments (`<!-- … -->`), which the author meant to hide: they are dropped. */
export function isComment(html: string): boolean {
  let rest = html.trimStart();
  if (!rest.startsWith("<!--")) return false;
  while (rest.startsWith("<!--")) {
    const end = rest.indexOf("-->", 4);
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest === "";
}

/** The error for HTML other than <sup>, quoting its start. */
export function htmlMessage(value: string): string {
  const first = value.trim().split("\n")[0] ?? "";
  const shown = first.length > 30 ? `${first.slice(0, 30)}…` : first;
  return `HTML is not supported ("${shown}"); only <sup>…</sup> is allowed in text`;
}
