import { didYouMean } from "./context.js";

/** Names people bring from other résumé formats (JSON Resume, LinkedIn exports), and the field each means. */
const SYNONYMS: Record<string, string> = {
  position: "role",
  jobtitle: "role",
  job: "role",
  degree: "role",
  studytype: "role",
  company: "organization",
  employer: "organization",
  organisation: "organization",
  org: "organization",
  institution: "organization",
  school: "organization",
  university: "organization",
  affiliation: "organization",
  name: "organization",
  startdate: "dates",
  enddate: "dates",
  start: "dates",
  end: "dates",
  date: "dates",
  period: "dates",
  duration: "dates",
  from: "dates",
  to: "dates",
  when: "dates",
  year: "dates",
  city: "location",
  place: "location",
  country: "location",
  where: "location",
  address: "location",
  advisor: "supervisor",
  adviser: "supervisor",
  mentor: "supervisor",
  pi: "supervisor",
  link: "url",
  links: "url",
  website: "url",
  homepage: "url",
  href: "url",
  repo: "url",
  repository: "url",
  web: "url",
  skills: "keywords",
  technologies: "keywords",
  tech: "keywords",
  stack: "keywords",
  tools: "keywords",
  keyword: "keywords",
  tag: "tags",
  importance: "priority",
  venue: "status",
  publisher: "status",
};

/** Fields that have no YAML form in vitae, and where their content goes instead. */
const ELSEWHERE: Record<string, string> = {
  title: 'the title is the entry\'s "## Title" heading',
  summary: "write a summary as a detail paragraph under the yaml block",
  description: "write a description as a detail paragraph under the yaml block",
  details: "write details as paragraphs under the yaml block",
  highlights: "write highlights as bullets (- …) under the yaml block",
  bullets: "write bullets (- …) under the yaml block",
  achievements: "write achievements as bullets (- …) under the yaml block",
  gpa: "write it as a detail line under the yaml block, e.g. GPA: 3.9/4.0",
  score: "write it as a detail line under the yaml block, e.g. GPA: 3.9/4.0",
  grade: "write it as a detail line under the yaml block, e.g. Grade: A",
  courses: "write courses as a detail line under the yaml block, e.g. Courses: Algorithms, Databases",
};

/**
 * The hint for an unknown field: the field it means when it is a name from another format (`company` ->
 * `organization`, `startDate` -> `dates`), where its content goes when vitae writes it otherwise, or the
 * nearest known name when it looks misspelt.
 */
export function fieldHint(key: string, known: readonly string[]): string | undefined {
  const plain = key.toLowerCase().replace(/[^a-z]/g, "");
  const elsewhere = ELSEWHERE[plain];
  if (elsewhere !== undefined) return elsewhere;
  const meant = SYNONYMS[plain];
  if (meant !== undefined && known.includes(meant)) {
    const range = meant === "dates" ? ` (one range: dates: 2021-03 – 2023-08, or "– present")` : "";
    return `did you mean "${meant}"?${range}`;
  }
  return didYouMean(key, known);
}
