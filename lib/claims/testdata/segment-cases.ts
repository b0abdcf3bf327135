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
  'pasted from the web',
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
  { category: 'lists', text: 'The bill would:\n- raise the minimum wage to $15\n- cut taxes for small firms\n- expand Medicaid', units: ["The bill would:","- raise the minimum wage to $15","- cut taxes for small firms","- expand Medicaid"] },
  { category: 'lists', text: '1. Inflation fell to 3.1%\n2. Unemployment rose to 4.2%\n3. Wages grew 0.3%', units: ["1. Inflation fell to 3.1%","2. Unemployment rose to 4.2%","3. Wages grew 0.3%"] },
  { category: 'lists', text: 'Three numbers matter:\na) the budget\nb) the deficit\nc) the debt', units: ["Three numbers matter:","a) the budget","b) the deficit","c) the debt"] },
  { category: 'lists', text: 'Key points:\n* Russia denied the report.\n* Ukraine asked for more aid.\n* NATO will meet on Friday.', units: ["Key points:","* Russia denied the report.","* Ukraine asked for more aid.","* NATO will meet on Friday."] },
  { category: 'lists', text: '(a) The first option is to wait\n(b) The second is to act now', units: ["(a) The first option is to wait","(b) The second is to act now"] },
  { category: 'lists', text: '• Exports rose 4%\n• Imports fell 2%\nThe trade gap narrowed.', units: ["• Exports rose 4%","• Imports fell 2%","The trade gap narrowed."] },

  // headings & paragraphs
  { category: 'headings & paragraphs', text: 'US Cyber-Offensive Paused\n\nThe administration halted the operations. Officials confirmed it.', units: ['US Cyber-Offensive Paused', 'The administration halted the operations.', 'Officials confirmed it.'] },
  { category: 'headings & paragraphs', text: 'By Jane Doe\nMarch 3, 2025\nThe administration halted the operations.', units: ['By Jane Doe', 'March 3, 2025', 'The administration halted the operations.'] },
  { category: 'headings & paragraphs', text: 'WASHINGTON (Reuters) - The administration halted cyber operations on Friday. The Pentagon declined to comment.', units: ["WASHINGTON (Reuters) -","The administration halted cyber operations on Friday.","The Pentagon declined to comment."] },
  { category: 'headings & paragraphs', text: "## What we know\nThe pause began on Friday.\n\n## What we don't\nHow long it will last is unclear.", units: ["## What we know","The pause began on Friday.","## What we don't","How long it will last is unclear."] },
  { category: 'headings & paragraphs', text: '**Pause ordered**\n**The Pentagon has halted operations.**\nThe order came on Friday.', units: ["**Pause ordered**","**The Pentagon has halted operations.**","The order came on Friday."] },
  { category: 'headings & paragraphs', text: 'The Trump administration has taken a significant step by pausing its\ncyber-offensive operations targeting Russia, according to administration\nofficials. This directive came as President Donald Trump pushes for talks.', units: ['The Trump administration has taken a significant step by pausing its\ncyber-offensive operations targeting Russia, according to administration\nofficials.', 'This directive came as President Donald Trump pushes for talks.'] },
  { category: 'headings & paragraphs', text: 'Photo: Reuters\nThe pause began on Friday.', units: ['Photo: Reuters', 'The pause began on Friday.'] },
  { category: 'headings & paragraphs', text: 'Pause comes amid talks\nThe pause began on Friday. It was ordered by Hegseth.', units: ['Pause comes amid talks', 'The pause began on Friday.', 'It was ordered by Hegseth.'] },
  { category: 'headings & paragraphs', text: '<p>The pause began on Friday.</p>\n<p>It was ordered by Hegseth.</p>', units: ["<p>The pause began on Friday.</p>","<p>It was ordered by Hegseth.</p>"] },
  { category: 'headings & paragraphs', text: 'The first paragraph ends here.\n\nThe second paragraph has no final period\n\nThe third one does.', units: ['The first paragraph ends here.', 'The second paragraph has no final period', 'The third one does.'] },
  { category: 'headings & paragraphs', text: 'Officials said the order was signed by Sen.\nJohn Smith on Friday. It was later withdrawn.', units: ['Officials said the order was signed by Sen.\nJohn Smith on Friday.', 'It was later withdrawn.'] },

  // repeated lines
  { category: 'repeated lines', text: 'US Cyber-Offensive Paused\n\nUS Cyber-Offensive Paused\nThe pause began on Friday.', units: ['US Cyber-Offensive Paused', 'The pause began on Friday.'] },
  { category: 'repeated lines', text: '**Pause ordered**\n**Pause ordered**\nThe pause began.', units: ["**Pause ordered**","The pause began."] },
  { category: 'repeated lines', text: 'Advertisement\nThe pause began on Friday.\nAdvertisement\nIt was ordered by Hegseth.', units: ['Advertisement', 'The pause began on Friday.', 'It was ordered by Hegseth.'] },

  // second batch, written after the segmenter (held-out check, then kept as regression cases)
  { category: 'numbers & money', text: "The Fed raised rates by 0.25 percentage points. Markets rose 1.1% on the news.", units: ["The Fed raised rates by 0.25 percentage points.", "Markets rose 1.1% on the news."] },
  { category: 'titles', text: "Gen. Charles Q. Brown Jr. testified on Tuesday. He was joined by Adm. Lisa Franchetti.", units: ["Gen. Charles Q. Brown Jr. testified on Tuesday.", "He was joined by Adm. Lisa Franchetti."] },
  { category: 'abbreviations', text: "The company moved from Austin, Texas, to St. Petersburg, Fla. It cited lower taxes.", units: ["The company moved from Austin, Texas, to St. Petersburg, Fla.", "It cited lower taxes."] },
  { category: 'party-state tags', text: "Rep. Nancy Pelosi (D-Calif.), the former speaker, voted yes. So did Rep. Kevin McCarthy (R-Calif.).", units: ["Rep. Nancy Pelosi (D-Calif.), the former speaker, voted yes.", "So did Rep. Kevin McCarthy (R-Calif.)."] },
  { category: 'quote endings', text: "\"I don't know,\" she said. \"Maybe next year.\"", units: ["\"I don't know,\" she said.", "\"Maybe next year.\""] },
  { category: 'quote endings', text: "“Enough!” shouted the protester. Police moved in.", units: ["“Enough!” shouted the protester.", "Police moved in."] },
  { category: 'abbreviations', text: "The deal is worth approx. $3 billion. It closes in Q4.", units: ["The deal is worth approx. $3 billion.", "It closes in Q4."] },
  { category: 'abbreviations', text: "See Fig. 3 for details. The trend is clear.", units: ["See Fig. 3 for details.", "The trend is clear."] },
  { category: 'abbreviations', text: "He earned a Ph.D. in economics. Then he joined the I.M.F. in 1998.", units: ["He earned a Ph.D. in economics.", "Then he joined the I.M.F. in 1998."] },
  { category: 'abbreviations', text: "The U.S. and the E.U. disagree. Talks resume Monday.", units: ["The U.S. and the E.U. disagree.", "Talks resume Monday."] },
  { category: 'numbers & money', text: "Sales hit 1.5m units. Revenue was up 12 per cent.", units: ["Sales hit 1.5m units.", "Revenue was up 12 per cent."] },
  { category: 'abbreviations', text: "Polls close at 8 p.m. ET. Results are expected by midnight.", units: ["Polls close at 8 p.m. ET.", "Results are expected by midnight."] },
  { category: 'parentheses', text: "The ruling (No. 22-451) was unanimous. Justice Elena Kagan wrote it.", units: ["The ruling (No. 22-451) was unanimous.", "Justice Elena Kagan wrote it."] },
  { category: 'abbreviations', text: "Mr. Smith, 45, of Springfield, Ill., was charged. His lawyer declined to comment.", units: ["Mr. Smith, 45, of Springfield, Ill., was charged.", "His lawyer declined to comment."] },
  { category: 'headings & paragraphs', text: "WASHINGTON — The Senate passed the bill 68-32. It now goes to the House.", units: ["WASHINGTON —","The Senate passed the bill 68-32.","It now goes to the House."] },
  { category: 'urls & e-mail', text: "Read the report here: https://example.org/a?b=1&c=2. It is 40 pages long.", units: ["Read the report here: https://example.org/a?b=1&c=2.", "It is 40 pages long."] },
  { category: 'multi-sentence quotes', text: "Opposition leader Kemi Badenoch said: \"This is a con. It will not work.\" Labour disagreed.", units: ["Opposition leader Kemi Badenoch said: \"This is a con.", "It will not work.\"", "Labour disagreed."] },
  { category: 'lists', text: "The bill would:\n\n1) cap rents;\n2) ban no-fault evictions; and\n3) create a register of landlords.", units: ["The bill would:","1) cap rents;","2) ban no-fault evictions; and","3) create a register of landlords."] },
  { category: 'headings & paragraphs', text: "Breaking News\n\nThe strike has ended.", units: ["Breaking News", "The strike has ended."] },
  { category: 'abbreviations', text: "The strike ended at 5 p.m. Workers returned on Monday.", units: ["The strike ended at 5 p.m.", "Workers returned on Monday."] },
  { category: 'parentheses', text: "Prices (excluding food and energy) rose 0.3%. Economists expected 0.2%.", units: ["Prices (excluding food and energy) rose 0.3%.", "Economists expected 0.2%."] },
  { category: 'abbreviations', text: "The report cites Smith et al. as its main source. It was peer reviewed.", units: ["The report cites Smith et al. as its main source.", "It was peer reviewed."] },
  { category: 'ellipses', text: "The vote was 5 to 4... The dissent was sharp.", units: ["The vote was 5 to 4...", "The dissent was sharp."] },
  { category: 'quote endings', text: "He asked, \"Where is the money?\" Nobody replied.", units: ["He asked, \"Where is the money?\"", "Nobody replied."] },
  { category: 'abbreviations', text: "Ms. Lee joined Acme Corp. in 2019. She left in 2023.", units: ["Ms. Lee joined Acme Corp. in 2019.", "She left in 2023."] },
  { category: 'abbreviations', text: "The U.K.'s economy shrank. The pound fell.", units: ["The U.K.'s economy shrank.", "The pound fell."] },
  { category: 'headings & paragraphs', text: "Image: Getty Images\nCaption: Protesters outside parliament on Tuesday", units: ["Image: Getty Images", "Caption: Protesters outside parliament on Tuesday"] },
  { category: 'party-state tags', text: "Sen. Elizabeth Warren, D-Mass., and Sen. Josh Hawley, R-Mo., wrote the letter. They want answers by Friday.", units: ["Sen. Elizabeth Warren, D-Mass., and Sen. Josh Hawley, R-Mo., wrote the letter.", "They want answers by Friday."] },
  { category: 'initials', text: "The company is based in St. Louis. Its CEO, J. P. Morgan III, founded it.", units: ["The company is based in St. Louis.", "Its CEO, J. P. Morgan III, founded it."] },
  { category: 'numbers & money', text: "The Dow fell 500 points, or 1.3%, to 38,000. The S&P 500 lost 1.5%.", units: ["The Dow fell 500 points, or 1.3%, to 38,000.", "The S&P 500 lost 1.5%."] },
  { category: 'titles', text: "Lt. Col. Alexander Vindman testified. Amb. Gordon Sondland did too.", units: ["Lt. Col. Alexander Vindman testified.", "Amb. Gordon Sondland did too."] },
  { category: 'abbreviations', text: "She moved to the U.S. in 2001. Her family stayed in Kyiv.", units: ["She moved to the U.S. in 2001.", "Her family stayed in Kyiv."] },
  { category: 'quote endings', text: "\"That is false,\" the spokesperson said. \"The minister was never told.\"", units: ["\"That is false,\" the spokesperson said.", "\"The minister was never told.\""] },
  { category: 'quote endings', text: "“We’re not there yet,” said Dr. Mandy Cohen, the CDC director. “But we’re close.”", units: ["“We’re not there yet,” said Dr. Mandy Cohen, the CDC director.", "“But we’re close.”"] },
  { category: 'numbers & money', text: "The outage began at 3:14 a.m. GMT and lasted 2 hrs. Engineers blamed a faulty update.", units: ["The outage began at 3:14 a.m. GMT and lasted 2 hrs.", "Engineers blamed a faulty update."] },
  { category: 'abbreviations', text: "According to the U.N., 6.5 million people have fled. Most are women and children.", units: ["According to the U.N., 6.5 million people have fled.", "Most are women and children."] },
  { category: 'lists', text: "Three things to know:\n\n- The cap is 180 euros.\n- It starts Feb. 15.\n- Hungary voted no.", units: ["Three things to know:","- The cap is 180 euros.","- It starts Feb. 15.","- Hungary voted no."] },
  { category: 'parentheses', text: "The ministry's statement (in Russian) said nothing new. Analysts were unsurprised.", units: ["The ministry's statement (in Russian) said nothing new.", "Analysts were unsurprised."] },
  { category: 'quote endings', text: "Is it legal? Yes. Is it wise? That is another question.", units: ["Is it legal?", "Yes.", "Is it wise?", "That is another question."] },
  { category: 'initials', text: "The suspect, Robert E. Lee Jr., 52, was arrested. Police did not release a motive.", units: ["The suspect, Robert E. Lee Jr., 52, was arrested.", "Police did not release a motive."] },
  { category: 'abbreviations', text: "The No. 2 official at the agency resigned. No reason was given.", units: ["The No. 2 official at the agency resigned.", "No reason was given."] },
  { category: 'abbreviations', text: "He lives on Elm St. The house was built in 1920.", units: ["He lives on Elm St.", "The house was built in 1920."] },
  { category: 'urls & e-mail', text: "Contact: press@un.org. Tel.: +1 212 963 1234.", units: ["Contact: press@un.org.", "Tel.: +1 212 963 1234."] },
  { category: 'headings & paragraphs', text: "**Key takeaway:** Inflation is falling. But slowly.", units: ["**Key takeaway:** Inflation is falling.", "But slowly."] },
  { category: 'headings & paragraphs', text: "Trump Pauses Cyber Operations\nBy Jane Doe, Reuters\nMarch 3, 2025\n\nThe order was issued Friday.", units: ["Trump Pauses Cyber Operations", "By Jane Doe, Reuters", "March 3, 2025", "The order was issued Friday."] },

  // third batch, held out like the second
  { category: 'abbreviations', text: "The U.S.-led coalition struck 12 targets. The U.N.-backed government welcomed it.", units: ["The U.S.-led coalition struck 12 targets.","The U.N.-backed government welcomed it."] },
  { category: 'titles', text: "The Rev. Dr. Martin Luther King Jr. spoke here in 1963. A plaque marks the spot.", units: ["The Rev. Dr. Martin Luther King Jr. spoke here in 1963.","A plaque marks the spot."] },
  { category: 'quote endings', text: "Crime peaked in the early '90s. It has fallen since.", units: ["Crime peaked in the early '90s.","It has fallen since."] },
  { category: 'parentheses', text: "Several costs (e.g., fuel, rent, etc.) rose. Wages did not.", units: ["Several costs (e.g., fuel, rent, etc.) rose.","Wages did not."] },
  { category: 'numbers & money', text: "The match ended 2-1. United are now top of the league.", units: ["The match ended 2-1.","United are now top of the league."] },
  { category: 'abbreviations', text: "Mt. Everest is 8,849 m tall. It was first climbed in 1953.", units: ["Mt. Everest is 8,849 m tall.","It was first climbed in 1953."] },
  { category: 'abbreviations', text: "The office is at 1600 Pennsylvania Ave. NW in Washington. Tours are free.", units: ["The office is at 1600 Pennsylvania Ave. NW in Washington.","Tours are free."] },
  { category: 'abbreviations', text: "She was born on Jan. 5, 1980. She grew up in Ohio.", units: ["She was born on Jan. 5, 1980.","She grew up in Ohio."] },
  { category: 'party-state tags', text: "\"It's a disgrace,\" said Sen. Ted Cruz, R-Texas. \"Period.\"", units: ["\"It's a disgrace,\" said Sen. Ted Cruz, R-Texas.","\"Period.\""] },
  { category: 'numbers & money', text: "The rate is 5.25%-5.5%. That is the highest in 22 years.", units: ["The rate is 5.25%-5.5%.","That is the highest in 22 years."] },
  { category: 'initials', text: "Q. Did you meet him? A. No, I did not.", units: ["Q. Did you meet him?","A. No, I did not."] },
  { category: 'abbreviations', text: "Updated at 10:30 p.m. Friday. The count continues.", units: ["Updated at 10:30 p.m. Friday.","The count continues."] },
  { category: 'numbers & money', text: "The GDP grew 2.5 pct. in Q2. Exports led the way.", units: ["The GDP grew 2.5 pct. in Q2.","Exports led the way."] },
  { category: 'quote endings', text: "This is the end?! Surely not.", units: ["This is the end?!","Surely not."] },
  { category: 'numbers & money', text: "Biden's approval rating fell to 38%, per Gallup. Trump's rose to 45%.", units: ["Biden's approval rating fell to 38%, per Gallup.","Trump's rose to 45%."] },
  { category: 'abbreviations', text: "He cited Art. 5 of the NATO treaty. Allies agreed.", units: ["He cited Art. 5 of the NATO treaty.","Allies agreed."] },
  { category: 'abbreviations', text: "The firm, Acme Ltd., was fined. Its rival, Beta Co., was not.", units: ["The firm, Acme Ltd., was fined.","Its rival, Beta Co., was not."] },
  { category: 'lists', text: "- Inflation: 3.1%\n- Unemployment: 4.2%\n- Growth: 0.3%", units: ["- Inflation: 3.1%","- Unemployment: 4.2%","- Growth: 0.3%"] },
  { category: 'headings & paragraphs', text: "## Key numbers\n\n**$1.2bn** is the cost of the repairs. **40%** more than planned.", units: ["## Key numbers","**$1.2bn** is the cost of the repairs.","**40%** more than planned."] },
  { category: 'quote endings', text: "> \"We will not back down,\" she said.\n> \"Never.\"", units: ["> \"We will not back down,\" she said.","> \"Never.\""] },

  // fourth batch: more of the categories where other segmenters are strong
  { category: 'party-state tags', text: "The bill was written by Rep. Jim Jordan, R-Ohio. The vote is set for Tuesday.", units: ["The bill was written by Rep. Jim Jordan, R-Ohio.","The vote is set for Tuesday."] },
  { category: 'party-state tags', text: "Sen. Chris Murphy (D-Conn.) and Sen. Mitt Romney (R-Utah) co-wrote it. It failed.", units: ["Sen. Chris Murphy (D-Conn.) and Sen. Mitt Romney (R-Utah) co-wrote it.","It failed."] },
  { category: 'party-state tags', text: "The measure was blocked by Sen. Rand Paul, R-Ky. He called it wasteful.", units: ["The measure was blocked by Sen. Rand Paul, R-Ky.","He called it wasteful."] },
  { category: 'party-state tags', text: "Rep. Jamie Raskin (D-Md.) said the panel would meet. Rep. Jim Jordan (R-Ohio) disagreed.", units: ["Rep. Jamie Raskin (D-Md.) said the panel would meet.","Rep. Jim Jordan (R-Ohio) disagreed."] },
  { category: 'urls & e-mail', text: "Go to www.gov.uk. Then click Apply.", units: ["Go to www.gov.uk.","Then click Apply."] },
  { category: 'urls & e-mail', text: "The full ruling is at supremecourt.gov. Read it.", units: ["The full ruling is at supremecourt.gov.","Read it."] },
  { category: 'urls & e-mail', text: "Write to j.smith@example.co.uk. Replies take a week.", units: ["Write to j.smith@example.co.uk.","Replies take a week."] },
  { category: 'urls & e-mail', text: "More at https://www.nytimes.com/2025/03/03/us/politics/cyber.html. The Times did not name its sources.", units: ["More at https://www.nytimes.com/2025/03/03/us/politics/cyber.html.","The Times did not name its sources."] },
  { category: 'lists', text: "The report makes three points:\na. costs are rising\nb. delays are growing\nc. oversight is weak\nThe ministry rejected all three.", units: ["The report makes three points:","a. costs are rising","b. delays are growing","c. oversight is weak","The ministry rejected all three."] },
  { category: 'lists', text: "Steps\n1. Register online\n2. Upload your ID\n3. Wait for approval\n", units: ["Steps","1. Register online","2. Upload your ID","3. Wait for approval"] },
  { category: 'lists', text: "* Russia: denied\n* Ukraine: welcomed\n* NATO: no comment", units: ["* Russia: denied","* Ukraine: welcomed","* NATO: no comment"] },
  { category: 'lists', text: "Who voted against:\n- Hungary\n- Slovakia\n\nWho abstained:\n- Austria", units: ["Who voted against:","- Hungary","- Slovakia","Who abstained:","- Austria"] },
  { category: 'multi-sentence quotes', text: "\"Stop. Now,\" the officer shouted.", units: ["\"Stop.","Now,\" the officer shouted."] },
  { category: 'multi-sentence quotes', text: "Schumer wrote: \"The pause is a gift to Putin. It must end.\" He did not elaborate.", units: ["Schumer wrote: \"The pause is a gift to Putin.","It must end.\"","He did not elaborate."] },
  { category: 'multi-sentence quotes', text: "\"The U.S. must lead. Nobody else will,\" said Sen. Roger Wicker (R-Miss.).", units: ["\"The U.S. must lead.","Nobody else will,\" said Sen. Roger Wicker (R-Miss.)."] },
  { category: 'multi-sentence quotes', text: "“We did nothing wrong. We followed the law. We will be vindicated,” the company said in a statement.", units: ["“We did nothing wrong.","We followed the law.","We will be vindicated,” the company said in a statement."] },
  // pasted from the web: layouts reconstructed from real pages (a 2011 Wikinews shuttle story with
  // captions, credits and a pull quote; a 1960s wire story with its dateline on its own line; a
  // hard-wrapped e-mail with a signature; a markdown file), wording written for this corpus
  { category: 'pasted from the web', text: "NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles\nWednesday, April 13, 2011\nLooking back: Space Shuttle Columbia lifts off from Kennedy Space Center on April 12, 1981.\nImage: NASA.\nOn Tuesday, NASA marked thirty years since the first launch of the Space Shuttle and announced where the remaining orbiters will be displayed after the program ends later this year. Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles.\nAtlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.\nNASA Administrator Charles Bolden speaks at the ceremony in Florida.\nImage: NASA/Bill Ingalls.\n\"We want to thank everyone who worked so hard on this program,\" Bolden said at the ceremony. Discovery will go to the Smithsonian.\n\"We want to thank everyone who worked so hard on this program.\"\nCharles Bolden, NASA Administrator\nSources\n", units: ["NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles","Wednesday, April 13, 2011","Looking back: Space Shuttle Columbia lifts off from Kennedy Space Center on April 12, 1981.","Image: NASA.","On Tuesday, NASA marked thirty years since the first launch of the Space Shuttle and announced where the remaining orbiters will be displayed after the program ends later this year.","Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles.","Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.","NASA Administrator Charles Bolden speaks at the ceremony in Florida.","Image: NASA/Bill Ingalls.","\"We want to thank everyone who worked so hard on this program,\" Bolden said at the ceremony.","Discovery will go to the Smithsonian.","Charles Bolden, NASA Administrator","Sources"] },
  { category: 'pasted from the web', text: "Kennedy Signs Health Bill\nWashington, July 24\n-- President Kennedy today signed the bill into law at a brief ceremony in the White House. The plan does not cover doctor bills. \"This is not a program of socialized medicine,\" he said.\nSalinger said the President would speak again on Friday.\n", units: ["Kennedy Signs Health Bill","Washington, July 24","-- President Kennedy today signed the bill into law at a brief ceremony in the White House.","The plan does not cover doctor bills.","\"This is not a program of socialized medicine,\" he said.","Salinger said the President would speak again on Friday."] },
  { category: 'pasted from the web', text: "Hi all,\n\nThe committee met on Tuesday and agreed to move the vote to\nMarch 3. The budget was cut by 4% after a long debate, and the\nchair said the cut was final.\n\nThanks,\nJane Doe\nTreasurer, Springfield Library Board\njane.doe@example.org\n", units: ["Hi all,","The committee met on Tuesday and agreed to move the vote to\nMarch 3.","The budget was cut by 4% after a long debate, and the\nchair said the cut was final.","Thanks,","Jane Doe","Treasurer, Springfield Library Board","jane.doe@example.org"] },
  { category: 'pasted from the web', text: "# Council budget\n\nThe council approved the budget on Monday. It cuts spending by\n2% and raises fees for parking permits.\n\n1) The first item. 2) The second item.\n\n- Parks: cut by 5%\n- Roads: unchanged\n", units: ["# Council budget","The council approved the budget on Monday.","It cuts spending by\n2% and raises fees for parking permits.","1) The first item.","2) The second item.","- Parks: cut by 5%","- Roads: unchanged"] },
  // a web article quoting a hard-wrapped e-mail: paragraph lines and wrapped lines in one document
  { category: 'pasted from the web', text: "City council approves new budget after a long debate over library hours and road repairs in the north\nMonday, March 3, 2025\nThe council voted 7-2 on Monday to approve the budget, which cuts spending on roads by 4% and keeps the libraries open on Sundays, after a debate that lasted until midnight.\nIn an e-mail to residents, the mayor wrote:\nDear residents, the budget we passed tonight keeps every branch\nLibrary in the city open on Sundays. It also repairs Route 9 and\nMain Street before the winter, as we promised in the campaign.\nThe council will meet again in April to discuss the parking fees that were left out of this budget, a spokesman said.\n", units: ["City council approves new budget after a long debate over library hours and road repairs in the north","Monday, March 3, 2025","The council voted 7-2 on Monday to approve the budget, which cuts spending on roads by 4% and keeps the libraries open on Sundays, after a debate that lasted until midnight.","In an e-mail to residents, the mayor wrote:","Dear residents, the budget we passed tonight keeps every branch\nLibrary in the city open on Sundays.","It also repairs Route 9 and\nMain Street before the winter, as we promised in the campaign.","The council will meet again in April to discuss the parking fees that were left out of this budget, a spokesman said."] },
  // the same layouts pasted short (no long line: read as hard-wrapped text, lines kept apart by their own cues)
  { category: 'pasted from the web', text: "NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles\nWednesday, April 13, 2011\nAtlantis will go on display at the Kennedy Space Center Visitor Complex.\n", units: ["NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles","Wednesday, April 13, 2011","Atlantis will go on display at the Kennedy Space Center Visitor Complex."] },
  { category: 'pasted from the web', text: "Washington, July 24\n-- President Kennedy today signed the bill.\nThe plan does not cover doctor bills.\n", units: ["Washington, July 24","-- President Kennedy today signed the bill.","The plan does not cover doctor bills."] },
  // a pull quote's credit line, then a caption without a period above its credit: three lines, not one claim
  { category: 'pasted from the web', text: "\"We want to thank everyone who worked so hard.\"\nCharles Bolden, NASA Administrator\nDiscovery lands at the Kennedy Space Center after its final flight\nImage: NASA.\nAtlantis will go on display in Florida.\n", units: ["\"We want to thank everyone who worked so hard.\"","Charles Bolden, NASA Administrator","Discovery lands at the Kennedy Space Center after its final flight","Image: NASA.","Atlantis will go on display in Florida."] },
];
