/**
 * Two short news articles written for this project, each sentence labelled: C = a check-worthy
 * factual claim, F = factual but minor, N = not a claim (opinion, question, rhetoric, call to
 * action). About a third of the sentences are claims. Used by the ranking test and the news check set.
 */
export const RANKING_ARTICLES: [label: 'C' | 'F' | 'N', sentence: string][][] = [
  [
    ['C', 'Unemployment in the U.K. fell to 4.1% in the three months to February, the Office for National Statistics said.'],
    ['N', 'What a wonderful day for Britain!'],
    ['F', 'The figures were published at 7 a.m. on Tuesday.'],
    ['N', 'Is this the turning point everyone has been waiting for?'],
    ['C', 'Average weekly earnings rose 5.6% compared with a year earlier, the fastest pace since 2023.'],
    ['N', 'We must do more to help young people into work.'],
    ['N', 'I think the government deserves some credit.'],
    ['C', 'Chancellor Helen Marsh said the number of people on payrolls had increased by 210,000 since January.'],
    ['N', 'Frankly, nobody believes a word the opposition says.'],
    ['F', 'The minister spoke to reporters outside the Treasury.'],
    ['N', 'Let us hope the good news lasts.'],
    ['N', 'Who could have predicted this?'],
  ],
  [
    ['N', 'Imagine a city where everyone can afford a home.'],
    ['C', 'The city council voted 7-2 on Wednesday to approve 3,000 new homes on the former rail yard.'],
    ['N', 'It is time for the council to listen to residents.'],
    ['C', 'The plan requires that 20% of the units be affordable to families earning less than 80% of the area median income.'],
    ['N', 'Why should taxpayers foot the bill?'],
    ['F', 'The meeting lasted four hours.'],
    ['C', 'Northline Properties Inc. did not respond to a request for comment.'],
    ['N', 'This is a shameful betrayal of the neighbourhood!'],
    ['N', 'Opponents say the council should have waited.'],
    ['C', 'Council President Linda Okafor said the city had not built enough housing in thirty years.'],
    ['N', 'Surely there is a better way?'],
    ['N', 'Residents deserve better.'],
  ],
];
