/**
 * The header's contacts: profiles named by network (`GitHub: ana`) or by address, bare web addresses, links
 * with text of their own, labels whose value is plain text, and e-mail and phone as before.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/diagnostics.js";
import type { Contact } from "../src/model/schema.js";
import { check, run, SECTION } from "./fixtures/model/check.js";

/** A header whose contact list holds `items`, one per line from line 7. */
const header = (...items: string[]) => ({
  "00-header.md": `---\nkind: header\n---\n\n# Ana Silva\n\n${items.map((i) => `- ${i}`).join("\n")}\n`,
  "10-summary.md": SECTION,
});

/** The contacts read from `items`, which must give no diagnostic. */
function contacts(...items: string[]): Contact[] {
  const { resume, diagnostics } = run(header(...items), { header: false });
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  return resume?.header.contacts ?? [];
}

/** The one contact read from `item`, without its source. */
function contact(item: string): Omit<Contact, "source"> {
  const [c] = contacts(item);
  if (c === undefined) throw new Error(`no contact read from "${item}"`);
  const { source: _, ...rest } = c;
  return rest;
}

const problems = (...items: string[]) => check(header(...items), { header: false });

describe("profiles by username", () => {
  it("GitHub: ana", () => {
    expect(contacts("GitHub: ana")).toEqual([
      {
        kind: "profile",
        label: "GitHub",
        value: "github.com/ana",
        href: "https://github.com/ana",
        network: "GitHub",
        username: "ana",
        source: { file: "content/00-header.md", line: 7, column: 1 },
      },
    ]);
  });

  it("drops a leading @, and matches the label ignoring case", () => {
    expect(contact("github: @ana")).toEqual({
      kind: "profile",
      label: "github",
      value: "github.com/ana",
      href: "https://github.com/ana",
      network: "GitHub",
      username: "ana",
    });
  });

  it("ORCID: 0000-0002-1825-0097", () => {
    expect(contact("ORCID: 0000-0002-1825-0097")).toEqual({
      kind: "profile",
      label: "ORCID",
      value: "orcid.org/0000-0002-1825-0097",
      href: "https://orcid.org/0000-0002-1825-0097",
      network: "ORCID",
      username: "0000-0002-1825-0097",
    });
  });

  it("Mastodon: @ana@mastodon.social, on the user's own server", () => {
    expect(contact("Mastodon: @ana@mastodon.social")).toEqual({
      kind: "profile",
      label: "Mastodon",
      value: "mastodon.social/@ana",
      href: "https://mastodon.social/@ana",
      network: "Mastodon",
      username: "@ana@mastodon.social",
    });
  });

  it("Twitter: ana, on X", () => {
    expect(contact("Twitter: ana")).toMatchObject({
      value: "x.com/ana",
      href: "https://x.com/ana",
      network: "X",
    });
  });

  it("Hugging Face: ana, a label of two words", () => {
    expect(contact("Hugging Face: ana")).toMatchObject({
      href: "https://huggingface.co/ana",
      network: "Hugging Face",
      username: "ana",
    });
  });

  it("refuses a username with a space, with an example", () => {
    expect(problems("GitHub: ana silva")).toEqual([
      'content/00-header.md:7:1: "ana silva" is not a GitHub username\n' +
        '  hint: write the username alone (e.g. "GitHub: ana-silva") or the profile\'s address',
    ]);
    expect(run(header("GitHub: ana silva"), { header: false }).resume).toBeUndefined();
  });

  it("refuses a Mastodon handle without its server", () => {
    expect(problems("Mastodon: ana")).toEqual([
      'content/00-header.md:7:1: "ana" is not a Mastodon username\n' +
        '  hint: write the username alone (e.g. "Mastodon: @ana@mastodon.social") or the profile\'s address',
    ]);
  });

  it("refuses an ORCID iD of the wrong form, in good English", () => {
    expect(problems("ORCID: 1234")).toEqual([
      'content/00-header.md:7:1: "1234" is not an ORCID username\n' +
        '  hint: write the username alone (e.g. "ORCID: 0000-0002-1825-0097") or the profile\'s address',
    ]);
  });

  it("asks for the address of a network whose addresses carry no username", () => {
    expect(problems("Google Scholar: abc")).toEqual([
      'content/00-header.md:7:1: a Google Scholar profile is given by its address; write "Google Scholar: https://…" with your profile\'s address',
    ]);
    expect(problems("Stack Overflow: ana")).toEqual([
      'content/00-header.md:7:1: a Stack Overflow profile is given by its address; write "Stack Overflow: https://…" with your profile\'s address',
    ]);
  });
});

describe("profiles by address", () => {
  it("LinkedIn: https://www.linkedin.com/in/ana-silva/", () => {
    expect(contact("LinkedIn: https://www.linkedin.com/in/ana-silva/")).toEqual({
      kind: "profile",
      label: "LinkedIn",
      value: "linkedin.com/in/ana-silva",
      href: "https://www.linkedin.com/in/ana-silva/",
      network: "LinkedIn",
      username: "ana-silva",
    });
  });

  it("a bare https://github.com/ana", () => {
    expect(contact("https://github.com/ana")).toEqual({
      kind: "profile",
      label: "GitHub",
      value: "github.com/ana",
      href: "https://github.com/ana",
      network: "GitHub",
      username: "ana",
    });
  });

  it("a bare LinkedIn, ORCID or Bluesky address", () => {
    expect(contact("https://www.linkedin.com/in/ana-silva/")).toMatchObject({
      label: "LinkedIn",
      network: "LinkedIn",
      username: "ana-silva",
    });
    expect(contact("https://orcid.org/0000-0002-1825-0097")).toMatchObject({
      label: "ORCID",
      value: "orcid.org/0000-0002-1825-0097",
      username: "0000-0002-1825-0097",
    });
    expect(contact("https://bsky.app/profile/ana.bsky.social")).toMatchObject({
      network: "Bluesky",
      username: "ana.bsky.social",
    });
  });

  it("a repository address is a GitHub link without a username", () => {
    expect(contact("https://github.com/ana/raft")).toEqual({
      kind: "profile",
      label: "GitHub",
      value: "github.com/ana/raft",
      href: "https://github.com/ana/raft",
      network: "GitHub",
    });
  });

  it("Google Scholar: <https://…> is printed as Google Scholar", () => {
    expect(contact("Google Scholar: <https://scholar.google.com/citations?user=abc>")).toEqual({
      kind: "profile",
      label: "Google Scholar",
      value: "Google Scholar",
      href: "https://scholar.google.com/citations?user=abc",
      network: "Google Scholar",
    });
  });

  it("prints link text as written", () => {
    expect(contact("GitHub: [ana](https://github.com/ana)")).toMatchObject({
      value: "ana",
      href: "https://github.com/ana",
      username: "ana",
    });
  });
});

describe("bare web addresses", () => {
  it("- https://x.example.com is a linked address, not a label https", () => {
    expect(contact("https://x.example.com")).toEqual({
      kind: "url",
      label: "Website",
      value: "x.example.com",
      href: "https://x.example.com",
    });
  });

  it("- <https://ana.dev>", () => {
    expect(contact("<https://ana.dev>")).toEqual({
      kind: "url",
      label: "Website",
      value: "ana.dev",
      href: "https://ana.dev",
    });
  });

  it("- [my site](https://ana.dev) prints its text", () => {
    expect(contact("[my site](https://ana.dev)")).toEqual({
      kind: "url",
      label: "Website",
      value: "my site",
      href: "https://ana.dev",
    });
  });

  it("drops www. and a trailing slash from what is printed, not from the link", () => {
    expect(contact("https://www.ana.dev/")).toEqual({
      kind: "url",
      label: "Website",
      value: "ana.dev",
      href: "https://www.ana.dev/",
    });
  });

  it("refuses a bare link that is not a web address", () => {
    expect(problems("<ftp://ana.dev>")).toEqual([
      'content/00-header.md:7:3: link scheme "ftp:" is not allowed; links must start with https:, http:, mailto: or tel:',
    ]);
  });

  it("does not read an address followed by words as a label https", () => {
    const { resume, diagnostics } = run(header("https://ana.dev and more"), { header: false });
    const first = resume?.header.contacts[0];
    // Either an error at the line, or a contact that is not "https" labelling "//ana.dev and more".
    if (first === undefined) expect(diagnostics.map((d) => `${d.severity} ${d.line}`)).toContain("error 7");
    else expect(first.label).not.toBe("https");
  });
});

describe("labels with a web address or text", () => {
  it("Homepage: https://ana.dev written as plain text is linked", () => {
    expect(contact("Homepage: https://ana.dev")).toEqual({
      kind: "url",
      label: "Homepage",
      value: "ana.dev",
      href: "https://ana.dev",
    });
  });

  it("Homepage: [my site](https://ana.dev) prints its text", () => {
    expect(contact("Homepage: [my site](https://ana.dev)")).toEqual({
      kind: "url",
      label: "Homepage",
      value: "my site",
      href: "https://ana.dev",
    });
  });

  it("Location: Lisbon stays text", () => {
    expect(contact("Location: Lisbon")).toEqual({ kind: "text", label: "Location", value: "Lisbon" });
  });

  it("refuses two links in one contact", () => {
    expect(problems("Homepage: <https://ana.dev> and <https://b.dev>")).toEqual([
      'content/00-header.md:7:1: the contact "Homepage" mixes a link with other text; give one link or plain text',
    ]);
  });

  it("refuses a contact with no colon, or no value", () => {
    expect(problems("Lisbon", "GitHub:")).toEqual([
      'content/00-header.md:7:1: a contact is "Label: value" (e.g. "Email: you@example.com") or a web address; found no colon in "Lisbon"',
      'content/00-header.md:8:1: the contact "GitHub" has no value after its colon',
    ]);
  });
});

describe("e-mail and phone", () => {
  it("Email and E-mail link with mailto:", () => {
    expect(
      contacts("Email: ana@example.com", "E-mail: ana.silva@example.pt").map(({ source: _, ...c }) => c),
    ).toEqual([
      { kind: "email", label: "Email", value: "ana@example.com", href: "mailto:ana@example.com" },
      { kind: "email", label: "E-mail", value: "ana.silva@example.pt", href: "mailto:ana.silva@example.pt" },
    ]);
  });

  it("Phone and Mobile link with tel: and the digits", () => {
    expect(
      contacts("Phone: +351 912 345 678", "Mobile: (021) 555-0100").map(({ source: _, ...c }) => c),
    ).toEqual([
      { kind: "phone", label: "Phone", value: "+351 912 345 678", href: "tel:+351912345678" },
      { kind: "phone", label: "Mobile", value: "(021) 555-0100", href: "tel:0215550100" },
    ]);
  });

  it("refuses an e-mail address or a phone number that does not parse", () => {
    expect(problems("Email: ana", "Phone: call me")).toEqual([
      'content/00-header.md:7:1: invalid e-mail address "ana": expected name@example.com',
      'content/00-header.md:8:1: invalid phone number "call me": use digits, spaces, +, -, parentheses and dots',
    ]);
  });

  it("keeps the order of the contacts as written", () => {
    const all = contacts("Email: ana@example.com", "GitHub: ana", "https://ana.dev", "Location: Lisbon");
    expect(all.map((c) => [c.kind, c.source.line])).toEqual([
      ["email", 7],
      ["profile", 8],
      ["url", 9],
      ["text", 10],
    ]);
  });
});
