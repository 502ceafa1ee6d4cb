import { describe, expect, it } from "vitest";
import { linkProblem } from "../src/model/links.js";

describe("link targets", () => {
  it("take well-formed https:, http:, mailto: and tel: addresses", () => {
    for (const url of [
      "https://example.com",
      "https://example.com/a/b?c=d#e",
      "http://localhost:8080/x",
      "mailto:ada@example.com",
      "mailto:ada@example.com?subject=Hello%20there&body=Hi",
      "tel:+15550100",
      "tel:+44-20-7946-0000",
      "tel:(020)7946.0000",
      "tel:+15550100;ext=12",
    ]) {
      expect(linkProblem(url), url).toBeUndefined();
    }
  });

  it("refuse a known scheme whose address does not follow its syntax", () => {
    for (const [url, problem] of [
      ["tel:javascript:alert(1)", "invalid phone link"],
      ["tel:1", "invalid phone link"],
      ["tel:+1 555 0100", "invalid phone link"],
      ["tel:555-0100?x=y", "invalid phone link"],
      ["mailto:javascript:alert(1)", "invalid e-mail link"],
      ["mailto:ada@example", "invalid e-mail link"],
      ["mailto:ada@example.com?subject=a b", "invalid e-mail link"],
      ["https:example.com", "invalid link"],
      ["https://", "invalid link"],
    ] as const) {
      expect(linkProblem(url), url).toMatch(new RegExp(`^${problem} "`));
    }
  });

  it("refuse other schemes and relative targets", () => {
    expect(linkProblem("javascript:alert(1)")).toMatch(/^link scheme "javascript:" is not allowed/);
    expect(linkProblem("data:text/html,x")).toMatch(/^link scheme "data:" is not allowed/);
    expect(linkProblem("notes.html")).toMatch(/is not a full address/);
  });
});
