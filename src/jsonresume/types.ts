/**
 * The JSON Resume document (jsonresume.org, schema v1), as far as vitae reads and writes it. Every field is
 * optional in the schema; the shapes here are what a document has after it passed the schema check.
 */

export interface JsonLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface JsonProfile {
  network?: string;
  username?: string;
  url?: string;
}

export interface JsonBasics {
  name?: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: JsonLocation;
  profiles?: JsonProfile[];
}

/**
 * What vitae keeps of an entry that JSON Resume has no field for, under the key `vitae` of the item: themes
 * ignore it, and an import reads it back.
 */
export interface VitaeExtras {
  id?: string;
  tags?: string[];
  priority?: number;
  organization?: string;
  role?: string;
  supervisor?: string;
  status?: string;
  location?: string;
  keywords?: string[];
  url?: string;
  /** Detail lines an item type has no text field for (e.g. an education entry's thesis line). */
  details?: string[];
  /** Bullets of an item type that has no highlights. */
  highlights?: string[];
  /** What variants select bullets by, and their alternative phrasings: one per bullet (not sub-bullet), in order. */
  bullets?: BulletExtras[];
  /** The label of an education's courses line when it is not "Courses" ("Relevant courses"). */
  coursesLabel?: string;
  /** The dates of an item type that has none, as vitae writes them ("2019-03 – present"). */
  dates?: string;
  /** The end of a date range on an item that has one date (an award given over several years). */
  endDate?: string;
}

export interface BulletExtras {
  id?: string;
  tags?: string[];
  priority?: number;
  alternatives?: { name: string; text: string }[];
}

interface Dated {
  startDate?: string;
  endDate?: string;
}

interface WithExtras {
  vitae?: VitaeExtras;
}

export interface JsonWork extends Dated, WithExtras {
  name?: string;
  location?: string;
  description?: string;
  position?: string;
  url?: string;
  summary?: string;
  highlights?: string[];
}

export interface JsonVolunteer extends Dated, WithExtras {
  organization?: string;
  position?: string;
  url?: string;
  summary?: string;
  highlights?: string[];
}

export interface JsonEducation extends Dated, WithExtras {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  score?: string;
  courses?: string[];
}

export interface JsonAward extends WithExtras {
  title?: string;
  date?: string;
  awarder?: string;
  summary?: string;
}

export interface JsonCertificate extends WithExtras {
  name?: string;
  date?: string;
  url?: string;
  issuer?: string;
}

export interface JsonPublication extends WithExtras {
  name?: string;
  publisher?: string;
  releaseDate?: string;
  url?: string;
  summary?: string;
}

export interface JsonSkill extends WithExtras {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface JsonLanguage extends WithExtras {
  language?: string;
  fluency?: string;
}

export interface JsonInterest extends WithExtras {
  name?: string;
  keywords?: string[];
}

export interface JsonReference extends WithExtras {
  name?: string;
  reference?: string;
}

export interface JsonProject extends Dated, WithExtras {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  url?: string;
  roles?: string[];
  entity?: string;
  type?: string;
}

/** How vitae's sections were laid over the arrays, so an import gives back the same sections (see export). */
export interface VitaeSectionPlan {
  id: string;
  title: string;
  kind: "entries" | "list" | "skills" | "text";
  /** The array the section's items were written to ("summary": paragraphs of basics.summary). */
  from: SectionSource;
  /** How many items (or paragraphs) of that array, taken in order. */
  count: number;
}

export interface JsonMeta {
  canonical?: string;
  version?: string;
  lastModified?: string;
  vitae?: { sections?: VitaeSectionPlan[] };
}

export interface JsonResume {
  $schema?: string;
  basics?: JsonBasics;
  work?: JsonWork[];
  volunteer?: JsonVolunteer[];
  education?: JsonEducation[];
  awards?: JsonAward[];
  certificates?: JsonCertificate[];
  publications?: JsonPublication[];
  skills?: JsonSkill[];
  languages?: JsonLanguage[];
  interests?: JsonInterest[];
  references?: JsonReference[];
  projects?: JsonProject[];
  meta?: JsonMeta;
}

/** The arrays of a document that hold sections' items, and the summary's paragraphs. */
export const SECTION_SOURCES = [
  "summary",
  "work",
  "volunteer",
  "education",
  "projects",
  "awards",
  "certificates",
  "publications",
  "skills",
  "languages",
  "interests",
  "references",
] as const;
export type SectionSource = (typeof SECTION_SOURCES)[number];
