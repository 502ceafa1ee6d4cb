/**
 * The header -> basics: name, headline (label), the first e-mail, phone and web site, the first plain-text
 * contact as the location (split into city and region), and every other contact as a profile: a network vitae
 * knows with its username and address, anything else under its label.
 */
import { networkByLabel } from "../model/profiles.js";
import type { Contact, Header } from "../model/schema.js";
import { locationFields } from "./location.js";
import type { JsonBasics, JsonProfile } from "./types.js";

/** Labels under which a web address is the résumé's own site (a bare address has the label "Website"). */
const WEBSITE = /^(?:web ?site|home ?page|web|site|url|personal site)$/i;

export function headerBasics(header: Header): JsonBasics {
  const basics: JsonBasics = { name: header.name };
  if (header.headline) basics.label = header.headline;
  const profiles: JsonProfile[] = [];
  for (const contact of header.contacts) {
    if (contact.kind === "email" && basics.email === undefined)
      basics.email = contact.href?.replace(/^mailto:/i, "") ?? contact.value;
    else if (contact.kind === "phone" && basics.phone === undefined) basics.phone = contact.value;
    else if (
      contact.kind === "url" &&
      basics.url === undefined &&
      WEBSITE.test(contact.label) &&
      contact.href
    )
      basics.url = contact.href;
    else if (contact.kind === "text" && basics.location === undefined)
      basics.location = locationFields(contact.value);
    else profiles.push(profile(contact));
  }
  if (profiles.length > 0) basics.profiles = profiles;
  return basics;
}

function profile(contact: Contact): JsonProfile {
  if (contact.kind === "profile") {
    // The label as written when it names the network ("Twitter"), else the network's own name.
    const named = networkByLabel(contact.label)?.name === contact.network;
    return {
      network: named ? contact.label : (contact.network ?? contact.label),
      ...(contact.username ? { username: contact.username } : {}),
      ...(contact.href ? { url: contact.href } : {}),
    };
  }
  if (contact.kind === "url" && contact.href) return { network: contact.label, url: contact.href };
  // A second e-mail or phone, or a plain-text line: its label and what it says (the import reads it back so).
  return { network: contact.label, username: contact.value };
}
