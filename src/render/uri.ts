/** PDF URI actions are 7-bit ASCII (PDFKit would write other text as UTF-16): percent-encode the rest. */
export function asciiUri(href: string): string {
  return href.replace(/[^\p{ASCII}]+/gu, (run) => encodeURIComponent(run));
}
