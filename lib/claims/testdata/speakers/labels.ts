/**
 * Hand-labelled speakers of real sentences (labelled before any tuning). Sources are read at run
 * time (see sources.ts); only the document id, the sentence's index among the source's reference
 * sentences and the label live here. `speaker`: the acceptable spellings of who makes the claim
 * (fullest name the document gives first), or null when the sentence is the writer's own.
 * Split by document: `dev` documents were used for tuning, `test` documents were not looked at.
 * Fixture sentences are located by their first words (`sent` is a prefix there).
 */
export interface SpeakerLabel {
  doc: string;
  sent: number | string;
  speaker: string[] | null;
  title?: string;
}

const DEV_DOCS = new Set([
  'brown:cb05', 'brown:cb10', 'brown:cb14', 'brown:cb21', 'brown:cb08', 'brown:cb02',
  'gum:GUM_bio_hadid', 'gum:GUM_interview_cocktail', 'gum:GUM_bio_nida',
  'fixture:us-cyber-pause.md',
]);

export function splitOf(l: SpeakerLabel): 'dev' | 'test' {
  return DEV_DOCS.has(l.doc) ? 'dev' : 'test';
}

export const SPEAKER_LABELS: SpeakerLabel[] = [
  // Brown corpus, press editorials (category B)
  { doc: 'brown:cb01', sent: 20, speaker: ['Thomas Jefferson', 'Jefferson'] },
  { doc: 'brown:cb02', sent: 6, speaker: ['Council of Foreign Ministers'] },
  { doc: 'brown:cb02', sent: 68, speaker: ['Kennedy', 'President Kennedy'] },
  { doc: 'brown:cb05', sent: 21, speaker: ['Walter Reuther'] },
  { doc: 'brown:cb05', sent: 29, speaker: ['Freeman'], title: 'Mr.' },
  { doc: 'brown:cb05', sent: 38, speaker: ['Freeman'] },
  { doc: 'brown:cb05', sent: 41, speaker: ['Jackson'], title: 'Sen.' },
  { doc: 'brown:cb05', sent: 57, speaker: ['Goldberg'] },
  { doc: 'brown:cb05', sent: 99, speaker: ['Sargent Shriver', 'Shriver'] },
  { doc: 'brown:cb06', sent: 9, speaker: ['Elmer Ellis'] },
  { doc: 'brown:cb06', sent: 98, speaker: ['John M. Dalton'], title: 'Gov.' },
  { doc: 'brown:cb07', sent: 50, speaker: ['Adlai Stevenson'] },
  { doc: 'brown:cb08', sent: 20, speaker: ['Lewellyn Lundeen'] },
  { doc: 'brown:cb08', sent: 47, speaker: ['Henry Van Dyke'] },
  { doc: 'brown:cb09', sent: 62, speaker: ['Podger'] },
  { doc: 'brown:cb09', sent: 63, speaker: ['Podger'] },
  { doc: 'brown:cb10', sent: 5, speaker: ['Paul Richards'] },
  { doc: 'brown:cb10', sent: 6, speaker: null },
  { doc: 'brown:cb10', sent: 7, speaker: ['the writer'] },
  { doc: 'brown:cb10', sent: 45, speaker: ['Triandos'] },
  { doc: 'brown:cb11', sent: 19, speaker: ['Thomas B. Carvey'] },
  { doc: 'brown:cb11', sent: 20, speaker: ['Thomas B. Carvey'] },
  { doc: 'brown:cb11', sent: 21, speaker: ['Thomas B. Carvey'] },
  { doc: 'brown:cb12', sent: 52, speaker: ['M. Joseph Dwyer', 'Dwyer'] },
  { doc: 'brown:cb14', sent: 92, speaker: ['James Gray'], title: 'State Party Chairman' },
  { doc: 'brown:cb14', sent: 93, speaker: ['James Gray'] },
  { doc: 'brown:cb14', sent: 94, speaker: null },
  { doc: 'brown:cb14', sent: 111, speaker: ['Attlee'], title: 'Former British Prime Minister' },
  { doc: 'brown:cb15', sent: 14, speaker: ['Richard Preston'] },
  { doc: 'brown:cb16', sent: 12, speaker: ['top scientists'] },
  { doc: 'brown:cb16', sent: 97, speaker: ['Robert F. Kennedy', 'Kennedy'] },
  { doc: 'brown:cb18', sent: 6, speaker: ['Kennedy', 'President Kennedy'], title: 'President' },
  { doc: 'brown:cb20', sent: 39, speaker: ['R. H. S. Crossman', 'Crossman'] },
  { doc: 'brown:cb21', sent: 40, speaker: ['Stevenson'], title: 'Ambassador' },
  { doc: 'brown:cb21', sent: 41, speaker: ['Glenn T. Seaborg'] },
  { doc: 'brown:cb21', sent: 46, speaker: ['Public Health Service'] },
  { doc: 'brown:cb21', sent: 47, speaker: ['Public Health Service', 'PHS'] },
  { doc: 'brown:cb22', sent: 25, speaker: ['Nelson Rockefeller'], title: 'Governor' },
  { doc: 'brown:cb22', sent: 26, speaker: ['Nelson Rockefeller'] },
  { doc: 'brown:cb25', sent: 64, speaker: ['Robert Bolivar DePugh'] },
  { doc: 'brown:cb26', sent: 30, speaker: ['Eri'] },
  { doc: 'brown:cb26', sent: 74, speaker: ['Alan Lawrence Pope'] },
  { doc: 'brown:cb26', sent: 75, speaker: ['Alan Lawrence Pope'] },
  { doc: 'brown:cb26', sent: 76, speaker: ['Alan Lawrence Pope'] },
  // GUM: Wikinews interviews and Wikipedia biographies
  { doc: 'gum:GUM_bio_moreau', sent: 23, speaker: ['Jeanne Moreau'] },
  { doc: 'gum:GUM_bio_moreau', sent: 24, speaker: ['Jeanne Moreau'] },
  { doc: 'gum:GUM_bio_moreau', sent: 25, speaker: null },
  { doc: 'gum:GUM_bio_galois', sent: 1, speaker: ['Siméon Poisson'] },
  { doc: 'gum:GUM_bio_galois', sent: 5, speaker: ['Siméon Poisson', 'Poisson'] },
  { doc: 'gum:GUM_bio_galois', sent: 17, speaker: ['Gabriel Demante'] },
  { doc: 'gum:GUM_bio_galois', sent: 18, speaker: ['Évariste Galois', 'Galois'] },
  { doc: 'gum:GUM_bio_galois', sent: 19, speaker: null },
  { doc: 'gum:GUM_bio_galois', sent: 26, speaker: ['Hermann Weyl'], title: 'Mathematician' },
  { doc: 'gum:GUM_bio_byron', sent: 20, speaker: ['Byron'] },
  { doc: 'gum:GUM_bio_hadid', sent: 18, speaker: ['Rem Koolhaas'] },
  { doc: 'gum:GUM_bio_hadid', sent: 19, speaker: ['Elia Zenghelis'] },
  { doc: 'gum:GUM_bio_hadid', sent: 20, speaker: ['Elia Zenghelis'] },
  { doc: 'gum:GUM_bio_hadid', sent: 23, speaker: ['Elia Zenghelis'] },
  { doc: 'gum:GUM_bio_hadid', sent: 24, speaker: ['Elia Zenghelis'] },
  { doc: 'gum:GUM_bio_hadid', sent: 5, speaker: ['The Guardian'] },
  { doc: 'gum:GUM_bio_marbles', sent: 18, speaker: ['Jenna Marbles'] },
  { doc: 'gum:GUM_bio_bernoulli', sent: 12, speaker: ['W. W. Rouse Ball'] },
  { doc: 'gum:GUM_bio_bernoulli', sent: 13, speaker: null },
  { doc: 'gum:GUM_bio_dvorak', sent: 4, speaker: null },
  { doc: 'gum:GUM_bio_jespersen', sent: 31, speaker: ['Otto Jespersen', 'Jens Otto Harry Jespersen'] },
  { doc: 'gum:GUM_bio_jespersen', sent: 33, speaker: null },
  { doc: 'gum:GUM_bio_nida', sent: 28, speaker: ['Eugene A. Nida', 'Eugene Nida'] },
  { doc: 'gum:GUM_bio_nida', sent: 29, speaker: ['Eugene A. Nida', 'Eugene Nida'] },
  { doc: 'gum:GUM_bio_nida', sent: 30, speaker: null },
  { doc: 'gum:GUM_bio_theodorus', sent: 27, speaker: ['Theodorus'] },
  { doc: 'gum:GUM_interview_cocktail', sent: 10, speaker: ['Jonathan M. Stan'] },
  { doc: 'gum:GUM_interview_cocktail', sent: 11, speaker: ['Jonathan M. Stan'] },
  { doc: 'gum:GUM_interview_cocktail', sent: 12, speaker: null },
  { doc: 'gum:GUM_interview_cocktail', sent: 16, speaker: ['Troy Patterson'] },
  { doc: 'gum:GUM_interview_cocktail', sent: 22, speaker: ['Rick Santorum'] },
  { doc: 'gum:GUM_interview_cocktail', sent: 24, speaker: ['Rick Santorum'] },
  { doc: 'gum:GUM_interview_onion', sent: 27, speaker: ['Stephen Colbert'] },
  { doc: 'gum:GUM_interview_chomsky', sent: 32, speaker: ['Hoop Scheffer'] },
  { doc: 'gum:GUM_interview_daly', sent: 47, speaker: ['Marymegan Daly'] },
  { doc: 'gum:GUM_interview_ants', sent: 5, speaker: ['Nick Bos'] },
  // the shared fixture article
  { doc: 'fixture:us-cyber-pause.md', sent: 'The Trump administration has taken', speaker: ['administration officials'] },
  { doc: 'fixture:us-cyber-pause.md', sent: 'This directive came as', speaker: null },
  { doc: 'fixture:us-cyber-pause.md', sent: 'The rationale for this halt', speaker: ['Department of Defense'] },
  { doc: 'fixture:us-cyber-pause.md', sent: 'Sources suggest', speaker: ['sources'] },
  { doc: 'fixture:us-cyber-pause.md', sent: 'A senior defense official', speaker: ['a senior defense official'] },
  { doc: 'fixture:us-cyber-pause.md', sent: 'National Security Adviser Mike Waltz', speaker: ['Mike Waltz'], title: 'National Security Adviser' },
  { doc: 'fixture:us-cyber-pause.md', sent: 'Secretary of State Marco Rubio', speaker: ['Marco Rubio'], title: 'Secretary of State' },
  { doc: 'fixture:us-cyber-pause.md', sent: 'However, this decision', speaker: null },
  { doc: 'fixture:us-cyber-pause.md', sent: 'Senate Minority Leader Chuck Schumer', speaker: ['Chuck Schumer'], title: 'Senate Minority Leader' },
];
