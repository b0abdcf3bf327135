/**
 * Regression corpus of hard segmentation cases, written for Claimdesk (no third-party text).
 * `units` are the expected units in order: sentences and headings, repeats reported once.
 */
export interface SegmentCase {
  category: SegmentCategory;
  text: string;
  units: string[];
}

export const SEGMENT_CATEGORIES = [
  'abbreviations',
  'titles',
  'party-state tags',
  'initials',
  'numbers & money',
  'urls & e-mail',
  'quote endings',
  'multi-sentence quotes',
  'parentheses',
  'ellipses',
  'lists',
  'headings & paragraphs',
  'repeated lines',
] as const;

export type SegmentCategory = (typeof SEGMENT_CATEGORIES)[number];

export const SEGMENT_CASES: SegmentCase[] = [
  // abbreviations
  { category: 'abbreviations', text: 'The U.S. Senate voted 52-48 on Tuesday. The bill now goes to the House.', units: ['The U.S. Senate voted 52-48 on Tuesday.', 'The bill now goes to the House.'] },
  { category: 'abbreviations', text: 'Exports to the U.K. rose sharply. The U.S. economy grew 2.3% in the quarter.', units: ['Exports to the U.K. rose sharply.', 'The U.S. economy grew 2.3% in the quarter.'] },
  { category: 'abbreviations', text: 'Troops were withdrawn from the U.S. The move surprised allies in the U.K. and France.', units: ['Troops were withdrawn from the U.S.', 'The move surprised allies in the U.K. and France.'] },
  { category: 'abbreviations', text: 'The meeting started at 9 a.m. and ended at 11:30 a.m. Officials gave no reason.', units: ['The meeting started at 9 a.m. and ended at 11:30 a.m.', 'Officials gave no reason.'] },
  { category: 'abbreviations', text: 'Shares of Acme Inc. fell 4% after the report. Acme Co. declined to comment.', units: ['Shares of Acme Inc. fell 4% after the report.', 'Acme Co. declined to comment.'] },
  { category: 'abbreviations', text: 'The rally was held on Main St. in Springfield. It drew 3,000 people.', units: ['The rally was held on Main St. in Springfield.', 'It drew 3,000 people.'] },
  { category: 'abbreviations', text: "He lives near St. Paul's Cathedral. No. 10 Downing Street said nothing.", units: ["He lives near St. Paul's Cathedral.", 'No. 10 Downing Street said nothing.'] },
  { category: 'abbreviations', text: 'The case, Smith vs. Jones, was heard on Monday. It lasted an hour.', units: ['The case, Smith vs. Jones, was heard on Monday.', 'It lasted an hour.'] },
  { category: 'abbreviations', text: 'Production starts in Jan. 2026, the firm said. The plant will employ 400 people.', units: ['Production starts in Jan. 2026, the firm said.', 'The plant will employ 400 people.'] },
  { category: 'abbreviations', text: 'The company, based in Washington, D.C., was fined $2 million. It will appeal.', units: ['The company, based in Washington, D.C., was fined $2 million.', 'It will appeal.'] },
  { category: 'abbreviations', text: 'Prices rose in March, e.g. for fuel and food. Wages did not keep up.', units: ['Prices rose in March, e.g. for fuel and food.', 'Wages did not keep up.'] },
  { category: 'abbreviations', text: 'The report was published by the U.N. The General Assembly will debate it next week.', units: ['The report was published by the U.N.', 'The General Assembly will debate it next week.'] },
  { category: 'abbreviations', text: 'The talks ended at 4 p.m. Tuesday without a deal. Another round is planned.', units: ['The talks ended at 4 p.m. Tuesday without a deal.', 'Another round is planned.'] },
  { category: 'abbreviations', text: 'Apples, pears, etc. were on sale. The market closed early.', units: ['Apples, pears, etc. were on sale.', 'The market closed early.'] },

  // titles
  { category: 'titles', text: 'Sen. Chuck Schumer spoke first. Gen. Mark Milley followed.', units: ['Sen. Chuck Schumer spoke first.', 'Gen. Mark Milley followed.'] },
  { category: 'titles', text: 'Gov. Kathy Hochul and Rep. Elise Stefanik disagreed. Lt. Gov. Antonio Delgado did not attend.', units: ['Gov. Kathy Hochul and Rep. Elise Stefanik disagreed.', 'Lt. Gov. Antonio Delgado did not attend.'] },
  { category: 'titles', text: 'Dr. Anthony Fauci testified for three hours. Mr. and Mrs. Smith watched from the gallery.', units: ['Dr. Anthony Fauci testified for three hours.', 'Mr. and Mrs. Smith watched from the gallery.'] },
  { category: 'titles', text: 'The award went to Martin Luther King Jr. in 1964. He was 35.', units: ['The award went to Martin Luther King Jr. in 1964.', 'He was 35.'] },
  { category: 'titles', text: 'Prof. Jane Doe of Oxford and Capt. John Smith wrote the report. Sgt. Lee was not named.', units: ['Prof. Jane Doe of Oxford and Capt. John Smith wrote the report.', 'Sgt. Lee was not named.'] },
  { category: 'titles', text: 'The statement was signed by Adm. James Stavridis (ret.) and Col. Ann Wright. Both had served for decades.', units: ['The statement was signed by Adm. James Stavridis (ret.) and Col. Ann Wright.', 'Both had served for decades.'] },
  { category: 'titles', text: 'Ms. Rivera met Gov. Newsom on Monday. Gov. Newsom said little afterwards.', units: ['Ms. Rivera met Gov. Newsom on Monday.', 'Gov. Newsom said little afterwards.'] },
  { category: 'titles', text: 'The award went to Sammy Davis Jr. The singer accepted it in person.', units: ['The award went to Sammy Davis Jr.', 'The singer accepted it in person.'] },

  // party-state tags
  { category: 'party-state tags', text: 'Sen. Chuck Schumer (D-N.Y.) called the move a mistake. Sen. Lindsey Graham (R-S.C.) disagreed.', units: ['Sen. Chuck Schumer (D-N.Y.) called the move a mistake.', 'Sen. Lindsey Graham (R-S.C.) disagreed.'] },
  { category: 'party-state tags', text: 'The amendment was offered by Rep. Jim Jordan (R-Ohio). It failed 210-220.', units: ['The amendment was offered by Rep. Jim Jordan (R-Ohio).', 'It failed 210-220.'] },
  { category: 'party-state tags', text: 'Rep. Alexandria Ocasio-Cortez, D-N.Y., voted against the bill. Rep. Tom Emmer, R-Minn., voted for it.', units: ['Rep. Alexandria Ocasio-Cortez, D-N.Y., voted against the bill.', 'Rep. Tom Emmer, R-Minn., voted for it.'] },
  { category: 'party-state tags', text: "The bill's sponsor, Sen. Ron Wyden (D-Ore.), said it would pass. Few agreed.", units: ["The bill's sponsor, Sen. Ron Wyden (D-Ore.), said it would pass.", 'Few agreed.'] },
  { category: 'party-state tags', text: 'Those voting no included Sen. Rand Paul (R-Ky.) and Sen. Mike Lee (R-Utah). The vote was 51-49.', units: ['Those voting no included Sen. Rand Paul (R-Ky.) and Sen. Mike Lee (R-Utah).', 'The vote was 51-49.'] },
  { category: 'party-state tags', text: 'The letter was signed by Reps. Ro Khanna (D-Calif.) and Nancy Mace (R-S.C.). Neither would comment.', units: ['The letter was signed by Reps. Ro Khanna (D-Calif.) and Nancy Mace (R-S.C.).', 'Neither would comment.'] },
  { category: 'party-state tags', text: 'Sen. Mark Warner (D-Va.) Chairman of the panel, spoke last. Sen. Tom Cotton (R-Ark.) left early.', units: ['Sen. Mark Warner (D-Va.) Chairman of the panel, spoke last.', 'Sen. Tom Cotton (R-Ark.) left early.'] },

  // initials
  { category: 'initials', text: 'J. F. Kennedy was elected in 1960. He was 43.', units: ['J. F. Kennedy was elected in 1960.', 'He was 43.'] },
  { category: 'initials', text: 'The speech by John F. Kennedy is still quoted. J.K. Rowling called it inspiring.', units: ['The speech by John F. Kennedy is still quoted.', 'J.K. Rowling called it inspiring.'] },
  { category: 'initials', text: 'The novel was written by E. B. White. It sold well.', units: ['The novel was written by E. B. White.', 'It sold well.'] },
  { category: 'initials', text: 'George W. Bush spoke at the event. Former Vice President Dick Cheney did not.', units: ['George W. Bush spoke at the event.', 'Former Vice President Dick Cheney did not.'] },
  { category: 'initials', text: 'Most adults lack vitamin D. It is made in the skin in sunlight.', units: ['Most adults lack vitamin D.', 'It is made in the skin in sunlight.'] },
  { category: 'initials', text: 'The firm is led by H. Lee Scott and his deputy, A. B. Jones. Shares fell.', units: ['The firm is led by H. Lee Scott and his deputy, A. B. Jones.', 'Shares fell.'] },

  // numbers & money
  { category: 'numbers & money', text: 'The deficit reached $1.2 bn. in 2024. That is 3.5% of GDP.', units: ['The deficit reached $1.2 bn. in 2024.', 'That is 3.5% of GDP.'] },
  { category: 'numbers & money', text: 'Spending rose to £4.5bn. The Treasury said it was 2.1 per cent higher.', units: ['Spending rose to £4.5bn.', 'The Treasury said it was 2.1 per cent higher.'] },
  { category: 'numbers & money', text: 'Inflation was 3.5% in May. It fell to 3.1% in June.', units: ['Inflation was 3.5% in May.', 'It fell to 3.1% in June.'] },
  { category: 'numbers & money', text: 'The fund holds $1.2 trillion. About 0.5 percent is in bonds.', units: ['The fund holds $1.2 trillion.', 'About 0.5 percent is in bonds.'] },
  { category: 'numbers & money', text: 'The company earned $3.4 million in Q3. Its rival earned €2.9 million.', units: ['The company earned $3.4 million in Q3.', 'Its rival earned €2.9 million.'] },
  { category: 'numbers & money', text: 'The vote was 52-48. Another 1,200 ballots were rejected.', units: ['The vote was 52-48.', 'Another 1,200 ballots were rejected.'] },
  { category: 'numbers & money', text: 'The index rose 1.2 pts. to 4,500.75 on Friday. Traders were cautious.', units: ['The index rose 1.2 pts. to 4,500.75 on Friday.', 'Traders were cautious.'] },
  { category: 'numbers & money', text: 'The budget is $4.5 bn. The previous one was $3.9 bn.', units: ['The budget is $4.5 bn.', 'The previous one was $3.9 bn.'] },
  { category: 'numbers & money', text: 'Turnout was 67.3 per cent. 2019 saw 62.1 per cent.', units: ['Turnout was 67.3 per cent.', '2019 saw 62.1 per cent.'] },

  // urls & e-mail
  { category: 'urls & e-mail', text: 'Details are at https://www.example.gov/report.pdf. The file is 2 MB.', units: ['Details are at https://www.example.gov/report.pdf.', 'The file is 2 MB.'] },
  { category: 'urls & e-mail', text: 'Send tips to tips@example.org. We read every message.', units: ['Send tips to tips@example.org.', 'We read every message.'] },
  { category: 'urls & e-mail', text: 'The site example.com was taken down. Its owner, Example.com Inc., denied wrongdoing.', units: ['The site example.com was taken down.', 'Its owner, Example.com Inc., denied wrongdoing.'] },
  { category: 'urls & e-mail', text: 'Visit bbc.co.uk/news for updates. The service is free.', units: ['Visit bbc.co.uk/news for updates.', 'The service is free.'] },
  { category: 'urls & e-mail', text: 'The data (see www.ons.gov.uk) show a fall. Read more at gov.uk. Figures are revised monthly.', units: ['The data (see www.ons.gov.uk) show a fall.', 'Read more at gov.uk.', 'Figures are revised monthly.'] },
  { category: 'urls & e-mail', text: 'Email press@defense.gov or call 703-555-0100. A spokesperson will respond.', units: ['Email press@defense.gov or call 703-555-0100.', 'A spokesperson will respond.'] },

  // quote endings
  { category: 'quote endings', text: '"Constructive dialogue will not emerge from insult," Rubio said. He did not elaborate.', units: ['"Constructive dialogue will not emerge from insult," Rubio said.', 'He did not elaborate.'] },
  { category: 'quote endings', text: '"It is over." Schumer disagreed.', units: ['"It is over."', 'Schumer disagreed.'] },
  { category: 'quote endings', text: '"Is this the end?" she asked. Nobody answered.', units: ['"Is this the end?" she asked.', 'Nobody answered.'] },
  { category: 'quote endings', text: '"We will never give up!" Zelensky told reporters. The crowd cheered.', units: ['"We will never give up!" Zelensky told reporters.', 'The crowd cheered.'] },
  { category: 'quote endings', text: 'Schumer called it "a critical strategic mistake." Republicans rejected that.', units: ['Schumer called it "a critical strategic mistake."', 'Republicans rejected that.'] },
  { category: 'quote endings', text: 'He said the plan was "dead on arrival." The White House did not respond.', units: ['He said the plan was "dead on arrival."', 'The White House did not respond.'] },
  { category: 'quote endings', text: '“The pause is temporary,” the official said. “We will review it.”', units: ['“The pause is temporary,” the official said.', '“We will review it.”'] },
  { category: 'quote endings', text: '"Why now?" asked Sen. Mark Warner (D-Va.). The Pentagon declined to say.', units: ['"Why now?" asked Sen. Mark Warner (D-Va.).', 'The Pentagon declined to say.'] },
  { category: 'quote endings', text: '"Is it legal?" Warner asked. "Nobody knows," Graham replied.', units: ['"Is it legal?" Warner asked.', '"Nobody knows," Graham replied.'] },

  // multi-sentence quotes
  { category: 'multi-sentence quotes', text: '"We are done. It is over," he said.', units: ['"We are done.', 'It is over," he said.'] },
  { category: 'multi-sentence quotes', text: 'Schumer said: "This is a mistake. Russia will exploit it. We should reverse course."', units: ['Schumer said: "This is a mistake.', 'Russia will exploit it.', 'We should reverse course."'] },
  { category: 'multi-sentence quotes', text: '“The pause is real. It started Friday,” a senior defense official said. “It will last weeks.”', units: ['“The pause is real.', 'It started Friday,” a senior defense official said.', '“It will last weeks.”'] },
  { category: 'multi-sentence quotes', text: '"Nobody told us. Nobody asked us." Those were the mayor\'s words.', units: ['"Nobody told us.', 'Nobody asked us."', "Those were the mayor's words."] },
  { category: 'multi-sentence quotes', text: '"Why? Because they can," Warner said. "Is that a policy? No."', units: ['"Why?', 'Because they can," Warner said.', '"Is that a policy?', 'No."'] },

  // parentheses
  { category: 'parentheses', text: 'The vote passed. (Two members abstained.) The bill now goes to the Senate.', units: ['The vote passed.', '(Two members abstained.)', 'The bill now goes to the Senate.'] },
  { category: 'parentheses', text: 'Turnout was high (about 67%). Results are due on Friday.', units: ['Turnout was high (about 67%).', 'Results are due on Friday.'] },
  { category: 'parentheses', text: 'Officials (who spoke on condition of anonymity) said the pause was temporary. Others disagreed.', units: ['Officials (who spoke on condition of anonymity) said the pause was temporary.', 'Others disagreed.'] },
  { category: 'parentheses', text: 'The law (Sec. 5 of the Act) was cited. Lawyers objected.', units: ['The law (Sec. 5 of the Act) was cited.', 'Lawyers objected.'] },
  { category: 'parentheses', text: 'The unit (formerly part of Acme Corp. Europe) was sold. Staff were told on Monday.', units: ['The unit (formerly part of Acme Corp. Europe) was sold.', 'Staff were told on Monday.'] },
  { category: 'parentheses', text: 'The report (released Friday. Updated Monday.) drew criticism. Its author resigned.', units: ['The report (released Friday. Updated Monday.) drew criticism.', 'Its author resigned.'] },
  { category: 'parentheses', text: 'Sales fell in the quarter (see the table below). Analysts had expected a rise.', units: ['Sales fell in the quarter (see the table below).', 'Analysts had expected a rise.'] },

  // ellipses
  { category: 'ellipses', text: 'He paused... then continued speaking. The room was silent.', units: ['He paused... then continued speaking.', 'The room was silent.'] },
  { category: 'ellipses', text: 'The answer is simple… Nobody knows. Officials promise more soon.', units: ['The answer is simple…', 'Nobody knows.', 'Officials promise more soon.'] },
  { category: 'ellipses', text: '"We will fight ... and we will win," he said. The crowd cheered.', units: ['"We will fight ... and we will win," he said.', 'The crowd cheered.'] },
  { category: 'ellipses', text: 'Sales rose. . . and then collapsed. Investors fled.', units: ['Sales rose. . . and then collapsed.', 'Investors fled.'] },
  { category: 'ellipses', text: 'Wait for it... The results are in. Turnout rose.', units: ['Wait for it...', 'The results are in.', 'Turnout rose.'] },
  { category: 'ellipses', text: 'The minister said the plan "was never … approved by cabinet." Aides disputed that.', units: ['The minister said the plan "was never … approved by cabinet."', 'Aides disputed that.'] },

  // lists
  { category: 'lists', text: 'The bill would:\n- raise the minimum wage to $15\n- cut taxes for small firms\n- expand Medicaid', units: ['The bill would:', 'raise the minimum wage to $15', 'cut taxes for small firms', 'expand Medicaid'] },
  { category: 'lists', text: '1. Inflation fell to 3.1%\n2. Unemployment rose to 4.2%\n3. Wages grew 0.3%', units: ['Inflation fell to 3.1%', 'Unemployment rose to 4.2%', 'Wages grew 0.3%'] },
  { category: 'lists', text: 'Three numbers matter:\na) the budget\nb) the deficit\nc) the debt', units: ['Three numbers matter:', 'the budget', 'the deficit', 'the debt'] },
  { category: 'lists', text: 'Key points:\n* Russia denied the report.\n* Ukraine asked for more aid.\n* NATO will meet on Friday.', units: ['Key points:', 'Russia denied the report.', 'Ukraine asked for more aid.', 'NATO will meet on Friday.'] },
  { category: 'lists', text: '(a) The first option is to wait\n(b) The second is to act now', units: ['The first option is to wait', 'The second is to act now'] },
  { category: 'lists', text: '• Exports rose 4%\n• Imports fell 2%\nThe trade gap narrowed.', units: ['Exports rose 4%', 'Imports fell 2%', 'The trade gap narrowed.'] },

  // headings & paragraphs
  { category: 'headings & paragraphs', text: 'US Cyber-Offensive Paused\n\nThe administration halted the operations. Officials confirmed it.', units: ['US Cyber-Offensive Paused', 'The administration halted the operations.', 'Officials confirmed it.'] },
  { category: 'headings & paragraphs', text: 'By Jane Doe\nMarch 3, 2025\nThe administration halted the operations.', units: ['By Jane Doe', 'March 3, 2025', 'The administration halted the operations.'] },
  { category: 'headings & paragraphs', text: 'WASHINGTON (Reuters) - The administration halted cyber operations on Friday. The Pentagon declined to comment.', units: ['WASHINGTON (Reuters)', 'The administration halted cyber operations on Friday.', 'The Pentagon declined to comment.'] },
  { category: 'headings & paragraphs', text: "## What we know\nThe pause began on Friday.\n\n## What we don't\nHow long it will last is unclear.", units: ['What we know', 'The pause began on Friday.', "What we don't", 'How long it will last is unclear.'] },
  { category: 'headings & paragraphs', text: '**Pause ordered**\n**The Pentagon has halted operations.**\nThe order came on Friday.', units: ['Pause ordered', 'The Pentagon has halted operations.', 'The order came on Friday.'] },
  { category: 'headings & paragraphs', text: 'The Trump administration has taken a significant step by pausing its\ncyber-offensive operations targeting Russia, according to administration\nofficials. This directive came as President Donald Trump pushes for talks.', units: ['The Trump administration has taken a significant step by pausing its\ncyber-offensive operations targeting Russia, according to administration\nofficials.', 'This directive came as President Donald Trump pushes for talks.'] },
  { category: 'headings & paragraphs', text: 'Photo: Reuters\nThe pause began on Friday.', units: ['Photo: Reuters', 'The pause began on Friday.'] },
  { category: 'headings & paragraphs', text: 'Pause comes amid talks\nThe pause began on Friday. It was ordered by Hegseth.', units: ['Pause comes amid talks', 'The pause began on Friday.', 'It was ordered by Hegseth.'] },
  { category: 'headings & paragraphs', text: '<p>The pause began on Friday.</p>\n<p>It was ordered by Hegseth.</p>', units: ['The pause began on Friday.', 'It was ordered by Hegseth.'] },
  { category: 'headings & paragraphs', text: 'The first paragraph ends here.\n\nThe second paragraph has no final period\n\nThe third one does.', units: ['The first paragraph ends here.', 'The second paragraph has no final period', 'The third one does.'] },
  { category: 'headings & paragraphs', text: 'Officials said the order was signed by Sen.\nJohn Smith on Friday. It was later withdrawn.', units: ['Officials said the order was signed by Sen.\nJohn Smith on Friday.', 'It was later withdrawn.'] },

  // repeated lines
  { category: 'repeated lines', text: 'US Cyber-Offensive Paused\n\nUS Cyber-Offensive Paused\nThe pause began on Friday.', units: ['US Cyber-Offensive Paused', 'The pause began on Friday.'] },
  { category: 'repeated lines', text: '**Pause ordered**\n**Pause ordered**\nThe pause began.', units: ['Pause ordered', 'The pause began.'] },
  { category: 'repeated lines', text: 'Advertisement\nThe pause began on Friday.\nAdvertisement\nIt was ordered by Hegseth.', units: ['Advertisement', 'The pause began on Friday.', 'It was ordered by Hegseth.'] },
];
