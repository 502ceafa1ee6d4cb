/**
 * basics -> the header file: the name as its heading, the label as the headline, then the contacts: e-mail,
 * phone, location, web site, and each profile as `Network: username` when vitae knows the network (GitHub,
 * LinkedIn, …), else as its address.
 */
import { networkByAddress, networkByLabel } from "../model/profiles.js";
import { shortUrl } from "../model/urls.js";
import { GeneratedFile } from "./generatedFile.js";
import type { ImportContext } from "./importContext.js";
import type { JsonPath } from "./jsonSource.js";
import { locationText } from "./location.js";
import { plainInline } from "./markdownText.js";
import type { JsonBasics, JsonProfile } from "./types.js";

export const HEADER_FILE = "00-header.md";

export function headerFile(basics: JsonBasics | undefined, ctx: ImportContext): GeneratedFile {
  const file = new GeneratedFile(HEADER_FILE);
  const comments: string[] = [];
  file.add(["---", "kind: header", "---", ""]);
  const name = basics?.name?.trim();
  if (!name)
    ctx.error(
      ["basics", "name"],
      "vitae needs your name: it is the heading of the résumé",
      'add "name" to "basics"',
    );
  file.add(`# ${plainInline(name ?? "")}`, ["basics", "name"]).blank();
  if (basics?.label?.trim()) file.add(plainInline(basics.label), ["basics", "label"]).blank();
  const contact = (line: string, path: JsonPath) => file.add(`- ${line}`, path);
  if (basics?.email?.trim()) contact(`Email: ${plainInline(basics.email)}`, ["basics", "email"]);
  if (basics?.phone?.trim()) contact(`Phone: ${plainInline(basics.phone)}`, ["basics", "phone"]);
  const location = basics?.location && locationText(basics.location);
  if (location) contact(`Location: ${plainInline(location)}`, ["basics", "location"]);
  if (basics?.url?.trim()) contact(`<${basics.url.trim()}>`, ["basics", "url"]);
  basics?.profiles?.forEach((profile, i) => {
    const path = ["basics", "profiles", i];
    const line = profileLine(profile, path, ctx, comments);
    if (line) contact(line, path);
  });
  if (basics?.image?.trim())
    comments.push(ctx.keep(["basics", "image"], basics.image, HEADER_FILE, "vitae prints no pictures"));
  file.blank();
  for (const comment of [...comments, ...ctx.keepUnknown(["basics"], HEADER_FILE)]) file.add(comment).blank();
  return file;
}

/**
 * A profile as a contact line, or undefined when it has nothing to print. A username vitae cannot show (the
 * address does not carry it) and an address it would not link to are kept in `comments`.
 */
function profileLine(
  profile: JsonProfile,
  path: JsonPath,
  ctx: ImportContext,
  comments: string[],
): string | undefined {
  const label = profile.network?.trim();
  const username = profile.username?.trim();
  const url = profile.url?.trim();
  const network = label ? networkByLabel(label) : undefined;
  if (network && username) {
    const plain = network.name === "Mastodon" ? username : username.replace(/^@/, "");
    if (network.address && network.pattern.test(plain)) {
      const found = url ? networkByAddress(url) : undefined;
      // The address vitae builds from the username is the profile's; one that is not is kept.
      const same =
        (found?.network === network && found.username?.toLowerCase() === plain.toLowerCase()) ||
        shortUrl(url ?? "").toLowerCase() === shortUrl(network.address(plain)).toLowerCase();
      if (url && !same)
        comments.push(
          ctx.keep(
            [...path, "url"],
            url,
            "00-header.md",
            `vitae links ${label} profiles to ${network.address(plain)}`,
          ),
        );
      return `${plainInline(label ?? network.name)}: ${plainInline(username)}`;
    }
  }
  if (url) {
    if (username && !url.toLowerCase().includes(username.replace(/^@/, "").toLowerCase()))
      comments.push(
        ctx.keep([...path, "username"], username, "00-header.md", "the profile's address does not show it"),
      );
    return label ? `${plainInline(label)}: <${url}>` : `<${url}>`;
  }
  if (username) {
    if (network?.address)
      ctx.error(
        [...path, "username"],
        `"${username}" is not a ${network.name} username`,
        "give the profile's url",
      );
    // A network vitae does not know, without an address: the label and the name, as written.
    return `${plainInline(label ?? "Profile")}: ${plainInline(username)}`;
  }
  if (label) ctx.note(path, "a profile with neither a username nor a url; nothing to print");
  return undefined;
}
