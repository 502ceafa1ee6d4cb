/**
 * Words that are never significant terms of a job posting: common English function words, and the words
 * every posting uses whatever the job (experience, team, strong, ability, …). Lowercase; one list, so what
 * `--job` ignores can be read here.
 */
const ENGLISH = `
a about above across after again against all almost along already also although always am among an and
another any anyone anything are around as at be became because become becomes been before being below
between both but by can cannot could did do does doing done down during each either else enough etc even
ever every few for from further get gets getting give given go going had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less let like likely made
make makes making many may me might more most much must my myself near need needs neither never no nor not
now of off often on once one only onto or other others our ours ourselves out over own per perhaps please
rather really same see seem seems several shall she should since so some something such than that the
their theirs them themselves then there these they this those though through throughout thus to together
too toward towards under until up upon us use used uses using very via want wants was we well were what
whatever when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves e.g i.e eg ie vs
`;

const JOB_ADS = `
ability able across actively additional advantage applicant applicants application applications apply
applying areas around ask background based basic benefit benefits best better bonus build building builds
candidate candidates career careers challenge challenges challenging closely collaborate collaborating
collaboration collaborative communicate communication company competitive complex contribute contributing
contributions create creating culture current currently daily day days deliver degree demonstrated
description desire desired develop developing development drive driven dynamic eager effective effectively
employer employment engineer engineers engineering enjoy environment equal equivalent excellent excited
exciting experience experienced experiences expert expertise familiar familiarity field focus focused
following full fulltime future good great grow growing growth hands hard help highly hire hiring ideal
impact impactful including independently individual innovative interest interested interests intern
interns internship job join key knowledge lead leading learn level looking love main manage
members minimum mission month months motivated multiple new nice opportunity opportunities orientation
part passion passionate people permanent phd plus position positions practical preferred problem problems
product products proficiency proficient program projects proven qualification qualifications 
quickly related relevant remote required requirement requirements researchers resume
responsibilities responsibility role roles salary senior skill skilled skills solid solve solving
solutions stack start state strong student students success successful support take talented task tasks
team teams technical technologies technology time tools top track understanding unique university
value values variety week weeks work worked working world write writing year years
design designing implement implementing keep keeps serve serving speed built pursue pursuing clear written
thousands hundreds millions low lower improve improving ensure ship shipping own owning bring
`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${JOB_ADS}`.split(/\s+/).filter(Boolean));
