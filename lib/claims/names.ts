/** Lexicons for recognising people and organisations that are not in the gazetteer. */

/** Titles and roles that precede a person's name ("Defense Secretary Pete Hegseth"). */
export const TITLES: readonly string[] = [
  'President', 'Vice President', 'President-elect', 'Former President', 'Prime Minister', 'Deputy Prime Minister',
  'Chancellor', 'Premier', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister',
  'Interior Minister', 'Health Minister', 'Minister', 'Secretary', 'Secretary of State', 'Secretary of Defense',
  'Secretary of Defence', 'Secretary of War', 'Defense Secretary', 'Defence Secretary', 'Home Secretary',
  'Foreign Secretary', 'Health Secretary', 'Treasury Secretary', 'Commerce Secretary', 'Homeland Security Secretary',
  'Energy Secretary', 'Education Secretary', 'Labor Secretary', 'Transportation Secretary', 'Attorney General',
  'Press Secretary', 'White House Press Secretary', 'National Security Adviser', 'National Security Advisor',
  'Senate Minority Leader', 'Senate Majority Leader', 'House Minority Leader', 'House Majority Leader',
  'Minority Leader', 'Majority Leader', 'House Speaker', 'Speaker', 'Senate Minority Whip', 'Senator', 'Sen.',
  'Sens.', 'Representative', 'Rep.', 'Reps.', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Lt. Gov.',
  'Mayor', 'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Admiral', 'Adm.', 'Vice Adm.', 'Rear Adm.',
  'Colonel', 'Col.', 'Lt. Col.', 'Lt.', 'Lieutenant', 'Captain', 'Capt.', 'Sgt.', 'Sergeant', 'Commander',
  'Cmdr.', 'Director', 'Deputy Director', 'FBI Director', 'CIA Director', 'Ambassador', 'Judge', 'Justice',
  'Chief Justice', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Chief Executive', 'Spokesman', 'Spokeswoman',
  'Spokesperson', 'Dr.', 'Doctor', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'King', 'Queen', 'Prince',
  'Princess', 'Crown Prince', 'Pope', 'Rev.', 'Reverend', 'Commissioner', 'Envoy', 'Special Envoy', 'Lord',
  'Lady', 'Sir', 'Dame', 'Sheikh', 'Archbishop', 'Bishop', 'Chief of Staff', 'Cyber Command chief',
  'Chairman of the Joint Chiefs of Staff', 'Joint Chiefs Chairman', 'Homeland Security Adviser',
  'Councilwoman', 'Councilman', 'Council member', 'Council President', 'Councillor', 'Alderman', 'Supervisor', 'Sheriff',
  'Police Chief', 'Superintendent', 'resident', 'economist', 'analyst', 'MP', 'MEP', 'Deputy Mayor', 'Industry Minister',
  'Administrator', 'Deputy Administrator', 'Associate Administrator', 'Party Chairman', 'Leader', 'Mathematician',
  'Physicist', 'Biologist', 'Historian', 'Attorney', 'District Attorney', 'Assemblyman', 'Assemblywoman', 'Delegate',
  'Secretary-General', 'Secretary General', 'Director-General', 'Director General', 'President and CEO', 'Chief Economist',
  'Executive Director', 'Managing Director', 'Founder', 'Co-founder', 'Coach', 'Manager', 'Dean', 'Provost', 'Rabbi',
  'Imam', 'Father', 'Emir', 'Sultan', 'Shah', 'Ayatollah', 'Minister of State',
];

/** Name suffixes kept with the name ("Martin Luther King Jr.", "Richard L. Jones, Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Capitalised words that start sentences as subjects of saying but name no one ("Officials said",
 * "Critics argued"): never a surname.
 */
export const COMMON_SUBJECTS: ReadonlySet<string> = new Set(
  `officials official sources source critics analysts experts observers residents witnesses scientists researchers
  investigators prosecutors authorities police doctors lawyers economists historians scholars reports studies polls
  surveys documents records data figures statistics supporters opponents protesters activists voters members leaders
  parents teachers students workers employees executives managers negotiators diplomats aides insiders others many
  some both most few several everyone everybody someone somebody nobody people experts officers soldiers troops
  agents staff spokesmen filings court judges jurors regulators lawmakers legislators senators representatives
  democrats republicans conservatives liberals observers commentators`.split(/\s+/),
);

/** Last words that make a capitalised run a place or a thing, not a person ("Piotrkowska Street"). */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(
  `street avenue road boulevard lane square park river lake island islands mountain mountains valley bay beach city county
  state province airport station bridge hall museum church cathedral temple mosque palace castle tower building center
  centre school university college hospital stadium arena theatre theater gallery library market port harbor harbour
  prize award awards cup games festival war act treaty accord plan bill law day week month year`.split(/\s+/),
);

/** Common given names: a capitalised pair starting with one of these is taken as a person. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `aaron adam adrian alan albert alex alexander alexandria alice alison amanda amy andrew andy angela ann anna anne anthony antonio
  ashley barack barbara ben benjamin bernie beth bill bob boris brad brian bruce carl carlos carol caroline catherine charles
  charlie chris christian christina christine christopher chuck claire daniel david deborah debbie dennis diana donald doug
  douglas ed edward elaine elizabeth elise ellen emily emma emmanuel eric erin frank fred gary george gina glenn gordon grace
  greg gregory hannah harold harry heather helen henry hillary hunter ian jack jacob jake james jamie jane janet jared jason
  jean jeff jeffrey jennifer jeremy jerry jessica jill jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh
  joshua joyce juan judy julia julian julie justin karen kamala karl kate katherine kathleen kathy keir kelly ken kenneth kevin
  kim kristi larry laura lauren lee leon linda lindsey lisa liz lloyd lucy luis maria marco marcus margaret maria marie mark
  martin mary matt matthew maxine megan melania melissa michael michelle mike mitch mohammed muhammad nancy natalie nathan
  neil nicholas nick nicola nikki noah olaf oliver olivia pam pamela patricia patrick paul pete peter phil philip rachel
  ralph rand randy raphael rebecca richard rick rishi rob robert roger ron ronald rose ruth ryan sam samuel sandra sarah scott
  sean sergei sergey seth sharon shawn sophie stephanie stephen steve steven sue susan tammy ted terry theresa thomas tim
  timothy tina todd tom tommy tony tulsi valerie victor victoria vladimir volodymyr walter wayne wendy william xavier yulia
  yvette zach zachary simon dana omar priya jozef pavel nadia ruth dora helen alan linda ana tom marcus sam peter ursula
  friedrich olaf giorgia pedro javier mette ulf viktor recep benjamin ali hassan fatima ahmed yuki hiroshi wei li chen min`.split(/\s+/),
);

/** Words that make a capitalised sequence an organisation ("Acme Corp", "Ministry of Health"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `department ministry agency committee council commission office bureau institute university college party court command
  service services company corp corporation inc ltd llc plc bank association foundation group administration authority board
  fund organization organisation union federation network times post news journal agency's force forces army navy
  police guard cabinet parliament assembly senate house congress government tribunal school hospital centre center
  laboratory lab labs partners holdings technologies systems airlines industries media press club league alliance coalition`.split(/\s+/),
);

/** Capitalised words that never start a name (sentence openers, days, months). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it its he she they we i you his her their our my your but and or so yet nor in on at for
  with by from as if when while after before since although though because however meanwhile still instead also other some
  many most several both each every all no none neither what who why how where which then now today yesterday tomorrow last
  next according such one two three despite under during over about among earlier later even only not there here asked
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december`.split(/\s+/),
);

/** Small words allowed inside an organisation's name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/** Name particles ("Ursula von der Leyen"). */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'le', 'la', 'di', 'du', 'dos', 'das', 'zu', 'abu']);

/** "al-Amr", "el-Sisi", "d'Alembert", "bin-Laden": a lower-case particle joined to a capitalised name. */
export function isJoinedParticle(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  const j = raw.search(/['’-]/);
  if (j < 1 || j > 4 || j + 1 >= raw.length) return false;
  const n = raw.charCodeAt(j + 1);
  if (!(n >= 65 && n <= 90)) return false;
  const head = raw.slice(0, j).toLowerCase();
  return PARTICLES.has(head) || head === 'd' || head === 'l';
}

/** "Ukrainian President", "US Defense Secretary": a modifier that belongs to the title. */
export const TITLE_MODIFIER = /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)|US|U\.S\.|UK|U\.K\.|EU|UN|NATO|Former|former|Then|then|Acting|acting|Deputy|Senior)$/;

/** Verbs of saying, used to find who makes a claim. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tell tells added adds asserted asserting argued arguing argues claimed claims claiming stated states
  labeled labelled labels called calls calling described describes describing emphasized emphasised emphasizes stressed
  stresses warned warns warning noted notes noting remarked remarks insisted insists rebuffed acknowledged acknowledges
  acknowledging denied denies wrote writes tweeted posted announced announces explained explains suggested suggest suggests
  urged urges maintained maintains contended accused accuses criticized criticised criticizes praised defended defends
  confirmed confirms revealed testified predicted predicts promised vowed pledged threatened admitted conceded questioned
  dismissed rejected rejects blamed blames reported reports asked asks replied responded agreed disagreed believes believe
  believed thinks think insist assert argue indicated indicates signalled signaled hinted countered welcomed welcomes
  recalled explained declared declares commented comments observed observes mentioned mentions exclaimed proclaimed
  complained complains contends concedes concede admits admit recalls recounted estimated estimates cautioned cautions
  alleged alleges charged tweets wrote writes answered answers announced reiterated boasted acknowledge deny
  conceding insisting admitting saying telling`.split(/\s+/),
);
