/**
 * Typographic punctuation for printed text: straight quotes become curly ones (FAST'25 -> FAST’25,
 * "x" -> “x”), `---` an em dash and `--` an en dash.
 * `before` and `after` are the characters around `text` (from neighbouring spans), used to choose quotes.
 */
export function smarten(text: string, before = "", after = ""): string {
  let out = "";
  // The last character written, kept aside: out.at(-1) would flatten the growing string on every character,
  // which is quadratic in the length of a span.
  let prev: string | undefined = before;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const next = i + 1 < text.length ? text[i + 1] : after;
    let put: string;
    if (ch === "'") put = singleQuote(prev, next);
    else if (ch === '"') put = opens(prev) ? "“" : "”";
    else if (ch === "-" && text.startsWith("---", i)) {
      put = "—";
      i += 2;
    } else if (ch === "-" && text[i + 1] === "-") {
      put = "–";
      i += 1;
    } else put = ch;
    out += put;
    prev = put;
  }
  return out;
}

/** Whether a quote after `prev` opens a quotation: at the start, after a space or an opening bracket/dash. */
function opens(prev: string | undefined): boolean {
  return prev === undefined || prev === "" || /[\s([{‘“–—/-]/u.test(prev);
}

function singleQuote(prev: string | undefined, next: string | undefined): string {
  // '25 and 'til: an apostrophe standing for left-out letters or digits, even at the start of a word.
  if (opens(prev) && next !== undefined && /\d/.test(next)) return "’";
  return opens(prev) ? "‘" : "’";
}
