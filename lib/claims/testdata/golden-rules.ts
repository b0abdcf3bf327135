/**
 * The English "golden rules" that Pragmatic Segmenter (diasks2/pragmatic_segmenter, MIT) publishes
 * for its own tests, as ported by pySBD (nipunsadvilkar/pySBD, MIT, tests/lang/test_english.py),
 * plus the cases issue 9 names. `units` are the expected sentences (list markers kept in the item).
 */
export interface GoldenRule {
  text: string;
  units: string[];
}

export const GOLDEN_RULES: GoldenRule[] = [
  { text: 'Hello World. My name is Jonas.', units: ['Hello World.', 'My name is Jonas.'] },
  { text: 'What is your name? My name is Jonas.', units: ['What is your name?', 'My name is Jonas.'] },
  { text: 'There it is! I found it.', units: ['There it is!', 'I found it.'] },
  { text: 'My name is Jonas E. Smith.', units: ['My name is Jonas E. Smith.'] },
  { text: 'Please turn to p. 55.', units: ['Please turn to p. 55.'] },
  { text: 'Were Jane and co. at the party?', units: ['Were Jane and co. at the party?'] },
  { text: 'They closed the deal with Pitt, Briggs & Co. at noon.', units: ['They closed the deal with Pitt, Briggs & Co. at noon.'] },
  { text: "Let's ask Jane and co. They should know.", units: ["Let's ask Jane and co.", 'They should know.'] },
  { text: 'They closed the deal with Pitt, Briggs & Co. It closed yesterday.', units: ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.'] },
  { text: 'I can see Mt. Fuji from here.', units: ['I can see Mt. Fuji from here.'] },
  { text: "St. Michael's Church is on 5th st. near the light.", units: ["St. Michael's Church is on 5th st. near the light."] },
  { text: "That is JFK Jr.'s book.", units: ["That is JFK Jr.'s book."] },
  { text: 'I visited the U.S.A. last year.', units: ['I visited the U.S.A. last year.'] },
  { text: 'I live in the E.U. How about you?', units: ['I live in the E.U.', 'How about you?'] },
  { text: 'I live in the U.S. How about you?', units: ['I live in the U.S.', 'How about you?'] },
  { text: 'I work for the U.S. Government in Virginia.', units: ['I work for the U.S. Government in Virginia.'] },
  { text: 'I have lived in the U.S. for 20 years.', units: ['I have lived in the U.S. for 20 years.'] },
  {
    text: 'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
    units: ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.'],
  },
  { text: 'She has $100.00 in her bag.', units: ['She has $100.00 in her bag.'] },
  { text: 'She has $100.00. It is in her bag.', units: ['She has $100.00.', 'It is in her bag.'] },
  {
    text: 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    units: ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.'],
  },
  { text: 'Her email is Jane.Doe@example.com. I sent her an email.', units: ['Her email is Jane.Doe@example.com.', 'I sent her an email.'] },
  {
    text: 'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
    units: ['The site is: https://www.example.50.com/new-site/awesome_content.html.', 'Please check it out.'],
  },
  { text: "She turned to him, 'This is great.' she said.", units: ["She turned to him, 'This is great.' she said."] },
  { text: 'She turned to him, "This is great." she said.', units: ['She turned to him, "This is great." she said.'] },
  { text: 'She turned to him, "This is great." She held the book out to show him.', units: ['She turned to him, "This is great."', 'She held the book out to show him.'] },
  { text: 'Hello!! Long time no see.', units: ['Hello!!', 'Long time no see.'] },
  { text: 'Hello?? Who is there?', units: ['Hello??', 'Who is there?'] },
  { text: 'Hello!? Is that you?', units: ['Hello!?', 'Is that you?'] },
  { text: 'Hello?! Is that you?', units: ['Hello?!', 'Is that you?'] },
  { text: '1.) The first item 2.) The second item', units: ['1.) The first item', '2.) The second item'] },
  { text: '1.) The first item. 2.) The second item.', units: ['1.) The first item.', '2.) The second item.'] },
  { text: '1) The first item 2) The second item', units: ['1) The first item', '2) The second item'] },
  { text: '1) The first item. 2) The second item.', units: ['1) The first item.', '2) The second item.'] },
  { text: '1. The first item 2. The second item', units: ['1. The first item', '2. The second item'] },
  { text: '1. The first item. 2. The second item.', units: ['1. The first item.', '2. The second item.'] },
  { text: '• 9. The first item • 10. The second item', units: ['• 9. The first item', '• 10. The second item'] },
  { text: '⁃9. The first item ⁃10. The second item', units: ['⁃9. The first item', '⁃10. The second item'] },
  { text: 'a. The first item b. The second item c. The third list item', units: ['a. The first item', 'b. The second item', 'c. The third list item'] },
  {
    text: 'You can find it at N°. 1026.253.553. That is where the treasure is.',
    units: ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.'],
  },
  { text: 'She works at Yahoo! in the accounting department.', units: ['She works at Yahoo! in the accounting department.'] },
  {
    text: 'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
    units: ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?'],
  },
  {
    text: 'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    units: ['Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”'],
  },
  { text: '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).', units: ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'] },
  {
    text: 'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.',
    units: [
      'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .',
      'Next sentence.',
    ],
  },
  { text: 'I never meant that.... She left the store.', units: ['I never meant that....', 'She left the store.'] },
  {
    text: "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    units: ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
  },
  {
    text: 'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .',
    units: ['One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.', '. . . The practice was not abandoned. . . .'],
  },
  // named in issue 9
  { text: 'Hello world.Today is Tuesday.', units: ['Hello world.', 'Today is Tuesday.'] },
  { text: 'At 5 a.m. Mr. Smith opened the meeting. It ended at 6 p.m. Mr. Jones left first.', units: ['At 5 a.m. Mr. Smith opened the meeting.', 'It ended at 6 p.m.', 'Mr. Jones left first.'] },
  { text: 'He paused… then went on with the speech. It ended at noon.', units: ['He paused… then went on with the speech.', 'It ended at noon.'] },
  { text: '“We will not leave.” The reporter asked why. “Because we live here.”', units: ['“We will not leave.”', 'The reporter asked why.', '“Because we live here.”'] },
  { text: '“We will not leave.“ The reporter asked why.', units: ['“We will not leave.“', 'The reporter asked why.'] },
];
