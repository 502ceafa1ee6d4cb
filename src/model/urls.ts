import { linkProblem } from "./links.js";

/** Problems with a web address given on its own (an entry's `url`, a profile): only https: and http: links. */
export function webUrlProblem(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim()))
    return `"${url}" is not a web address; write it in full, starting with https://`;
  return linkProblem(url.trim());
}

/**
 * The short visible form of a web address, as a reader recognises it: no scheme, no "www.", no trailing slash.
 * @example shortUrl("https://www.github.com/ana/raft/") // "github.com/ana/raft"
 */
export function shortUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/+$/, "");
}
