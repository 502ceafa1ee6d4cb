/**
 * Online profiles a header may name by network: `GitHub: ana` becomes https://github.com/ana, printed as
 * github.com/ana; a profile URL (`https://github.com/ana`) is recognised by its host and read the same way.
 */

/** A network vitae knows: how its profile address is built from a username and read back from an address. */
export interface Network {
  /** The name as usually written, e.g. "GitHub"; also what a profile is printed as when it has no username. */
  name: string;
  /** Labels that name it, lowercased without spaces or punctuation. */
  labels: readonly string[];
  hosts: readonly string[];
  /** The profile address of a username; absent when the network's addresses are not built from one. */
  address?: (username: string) => string;
  /** The username in a profile address's path (and query), when the address is one of a profile. */
  username?: (path: string) => string | undefined;
  /** What a username of this network looks like. */
  pattern: RegExp;
}

const HANDLE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const firstSegment = (prefix: string) => (path: string) =>
  new RegExp(`^${prefix}([^/?#]+)/?$`).exec(path)?.[1];

export const NETWORKS: readonly Network[] = [
  {
    name: "GitHub",
    labels: ["github", "gh"],
    hosts: ["github.com"],
    address: (u) => `https://github.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "GitLab",
    labels: ["gitlab"],
    hosts: ["gitlab.com"],
    address: (u) => `https://gitlab.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "Codeberg",
    labels: ["codeberg"],
    hosts: ["codeberg.org"],
    address: (u) => `https://codeberg.org/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "LinkedIn",
    labels: ["linkedin"],
    hosts: ["linkedin.com"],
    address: (u) => `https://www.linkedin.com/in/${u}`,
    username: firstSegment("/in/"),
    pattern: HANDLE,
  },
  {
    name: "X",
    labels: ["x", "twitter"],
    hosts: ["x.com", "twitter.com"],
    address: (u) => `https://x.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "Bluesky",
    labels: ["bluesky", "bsky"],
    hosts: ["bsky.app"],
    address: (u) => `https://bsky.app/profile/${u}`,
    username: firstSegment("/profile/"),
    pattern: HANDLE,
  },
  {
    name: "Mastodon",
    labels: ["mastodon", "fediverse"],
    hosts: [],
    // @user@host: the address is on the user's own server.
    address: (u) => {
      const [, user, host] = /^@?([^@]+)@(.+)$/.exec(u) ?? [];
      return `https://${host}/@${user}`;
    },
    pattern: /^@?[A-Za-z0-9_]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/,
  },
  {
    name: "Behance",
    labels: ["behance"],
    hosts: ["behance.net"],
    address: (u) => `https://www.behance.net/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "Dribbble",
    labels: ["dribbble"],
    hosts: ["dribbble.com"],
    address: (u) => `https://dribbble.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "Medium",
    labels: ["medium"],
    hosts: ["medium.com"],
    address: (u) => `https://medium.com/@${u}`,
    username: firstSegment("/@"),
    pattern: HANDLE,
  },
  {
    name: "Kaggle",
    labels: ["kaggle"],
    hosts: ["kaggle.com"],
    address: (u) => `https://www.kaggle.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "Hugging Face",
    labels: ["huggingface", "hf"],
    hosts: ["huggingface.co"],
    address: (u) => `https://huggingface.co/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "YouTube",
    labels: ["youtube"],
    hosts: ["youtube.com"],
    address: (u) => `https://www.youtube.com/@${u}`,
    username: firstSegment("/@"),
    pattern: HANDLE,
  },
  {
    name: "Instagram",
    labels: ["instagram"],
    hosts: ["instagram.com"],
    address: (u) => `https://www.instagram.com/${u}`,
    username: firstSegment("/"),
    pattern: HANDLE,
  },
  {
    name: "ORCID",
    labels: ["orcid"],
    hosts: ["orcid.org"],
    address: (u) => `https://orcid.org/${u}`,
    username: firstSegment("/"),
    pattern: /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/,
  },
  {
    name: "Google Scholar",
    labels: ["googlescholar", "scholar"],
    hosts: ["scholar.google.com"],
    pattern: /$^/,
  },
  {
    name: "Stack Overflow",
    labels: ["stackoverflow"],
    hosts: ["stackoverflow.com"],
    pattern: /$^/,
  },
];

/** The network a contact label names ("GitHub", "Google Scholar", "twitter"), if any. */
export function networkByLabel(label: string): Network | undefined {
  const plain = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  return NETWORKS.find((n) => n.labels.includes(plain));
}

/** The network whose profile this address is, and the username in it when it has one. */
export function networkByAddress(href: string): { network: Network; username?: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, "");
  const network = NETWORKS.find((n) => n.hosts.includes(host));
  if (network === undefined) return undefined;
  const username = network.username?.(decodeURIComponent(url.pathname));
  return username && network.pattern.test(username) ? { network, username } : { network };
}
