import type { EntityType } from './types';

/**
 * Public bodies, places and a few public figures, shipped with the code so that short and long
 * forms are unified without a model or a network call. Aliases are matched on word tokens,
 * case-insensitively except that an all-capitals alias ("US", "DOD") only matches capitals.
 */
export interface GazetteerEntry {
  canonical: string;
  type: EntityType;
  /** Short form used in plain claim wordings ("DoD declined to comment"). */
  short?: string;
  aliases: string[];
}

export const GAZETTEER: GazetteerEntry[] = [
  // United States: executive
  { canonical: 'Department of Defense', type: 'org', short: 'DoD', aliases: ['Department of Defense', 'US Department of Defense', 'U.S. Department of Defense', 'United States Department of Defense', 'Defense Department', 'US Defense Department', 'U.S. Defense Department', 'DoD', 'DOD', 'Pentagon', 'Department of War', 'War Department'] },
  { canonical: 'US Cyber Command', type: 'org', short: 'Cyber Command', aliases: ['US Cyber Command', 'U.S. Cyber Command', 'United States Cyber Command', 'Cyber Command', 'USCYBERCOM', 'CYBERCOM'] },
  { canonical: 'Department of State', type: 'org', short: 'State Department', aliases: ['Department of State', 'State Department', 'US State Department', 'U.S. State Department', 'State Dept'] },
  { canonical: 'Department of Justice', type: 'org', short: 'DOJ', aliases: ['Department of Justice', 'Justice Department', 'US Justice Department', 'U.S. Justice Department', 'DOJ'] },
  { canonical: 'Department of Homeland Security', type: 'org', short: 'DHS', aliases: ['Department of Homeland Security', 'Homeland Security Department', 'DHS'] },
  { canonical: 'Department of the Treasury', type: 'org', short: 'Treasury', aliases: ['Department of the Treasury', 'Treasury Department', 'US Treasury', 'U.S. Treasury'] },
  { canonical: 'Cybersecurity and Infrastructure Security Agency', type: 'org', short: 'CISA', aliases: ['Cybersecurity and Infrastructure Security Agency', 'CISA'] },
  { canonical: 'National Security Agency', type: 'org', short: 'NSA', aliases: ['National Security Agency', 'NSA'] },
  { canonical: 'National Security Council', type: 'org', short: 'NSC', aliases: ['National Security Council', 'NSC'] },
  { canonical: 'Federal Bureau of Investigation', type: 'org', short: 'FBI', aliases: ['Federal Bureau of Investigation', 'FBI'] },
  { canonical: 'Central Intelligence Agency', type: 'org', short: 'CIA', aliases: ['Central Intelligence Agency', 'CIA'] },
  { canonical: 'Office of the Director of National Intelligence', type: 'org', short: 'ODNI', aliases: ['Office of the Director of National Intelligence', 'ODNI'] },
  { canonical: 'White House', type: 'org', aliases: ['White House'] },
  { canonical: 'Trump administration', type: 'org', aliases: ['Trump administration', 'Trump Administration'] },
  { canonical: 'Biden administration', type: 'org', aliases: ['Biden administration', 'Biden Administration'] },
  { canonical: 'Federal Reserve', type: 'org', short: 'Fed', aliases: ['Federal Reserve', 'Federal Reserve Board', 'US Federal Reserve', 'U.S. Federal Reserve'] },
  { canonical: 'Bureau of Labor Statistics', type: 'org', short: 'BLS', aliases: ['Bureau of Labor Statistics', 'BLS'] },
  { canonical: 'Census Bureau', type: 'org', aliases: ['Census Bureau', 'US Census Bureau', 'U.S. Census Bureau'] },
  { canonical: 'Congressional Budget Office', type: 'org', short: 'CBO', aliases: ['Congressional Budget Office', 'CBO'] },
  { canonical: 'Government Accountability Office', type: 'org', short: 'GAO', aliases: ['Government Accountability Office', 'GAO'] },
  { canonical: 'Centers for Disease Control and Prevention', type: 'org', short: 'CDC', aliases: ['Centers for Disease Control and Prevention', 'Centers for Disease Control', 'CDC'] },
  { canonical: 'Food and Drug Administration', type: 'org', short: 'FDA', aliases: ['Food and Drug Administration', 'FDA'] },
  { canonical: 'Environmental Protection Agency', type: 'org', short: 'EPA', aliases: ['Environmental Protection Agency', 'EPA'] },
  { canonical: 'Securities and Exchange Commission', type: 'org', short: 'SEC', aliases: ['Securities and Exchange Commission', 'SEC'] },
  { canonical: 'Federal Trade Commission', type: 'org', short: 'FTC', aliases: ['Federal Trade Commission', 'FTC'] },
  { canonical: 'Federal Communications Commission', type: 'org', short: 'FCC', aliases: ['Federal Communications Commission', 'FCC'] },
  { canonical: 'NASA', type: 'org', aliases: ['NASA', 'National Aeronautics and Space Administration'] },
  // United States: legislature, courts, parties
  { canonical: 'US Congress', type: 'org', short: 'Congress', aliases: ['Congress', 'US Congress', 'U.S. Congress'] },
  { canonical: 'US Senate', type: 'org', short: 'Senate', aliases: ['Senate', 'US Senate', 'U.S. Senate'] },
  { canonical: 'US House of Representatives', type: 'org', short: 'House', aliases: ['House of Representatives', 'US House of Representatives', 'U.S. House of Representatives', 'US House', 'U.S. House'] },
  { canonical: 'Senate Armed Services Committee', type: 'org', aliases: ['Senate Armed Services Committee'] },
  { canonical: 'Senate Intelligence Committee', type: 'org', aliases: ['Senate Intelligence Committee'] },
  { canonical: 'US Supreme Court', type: 'org', short: 'Supreme Court', aliases: ['Supreme Court', 'US Supreme Court', 'U.S. Supreme Court'] },
  { canonical: 'Democratic Party', type: 'org', short: 'Democrats', aliases: ['Democratic Party', 'Democrats', 'Democrat'] },
  { canonical: 'Republican Party', type: 'org', short: 'Republicans', aliases: ['Republican Party', 'Republicans', 'GOP'] },
  // United Kingdom
  { canonical: 'UK government', type: 'org', aliases: ['UK government', 'British government', 'Downing Street', 'No 10'] },
  { canonical: 'Ministry of Defence', type: 'org', short: 'MoD', aliases: ['Ministry of Defence', 'MoD', 'MOD'] },
  { canonical: 'Home Office', type: 'org', aliases: ['Home Office'] },
  { canonical: 'Foreign Office', type: 'org', aliases: ['Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO'] },
  { canonical: 'Office for National Statistics', type: 'org', short: 'ONS', aliases: ['Office for National Statistics', 'ONS'] },
  { canonical: 'Office for Budget Responsibility', type: 'org', short: 'OBR', aliases: ['Office for Budget Responsibility', 'OBR'] },
  { canonical: 'Bank of England', type: 'org', aliases: ['Bank of England', 'BoE'] },
  { canonical: 'National Health Service', type: 'org', short: 'NHS', aliases: ['National Health Service', 'NHS'] },
  { canonical: 'UK Parliament', type: 'org', short: 'Parliament', aliases: ['Parliament', 'UK Parliament', 'House of Commons', 'House of Lords'] },
  // international
  { canonical: 'United Nations', type: 'org', short: 'UN', aliases: ['United Nations', 'UN', 'U.N.'] },
  { canonical: 'UN Security Council', type: 'org', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'] },
  { canonical: 'NATO', type: 'org', aliases: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  { canonical: 'European Union', type: 'org', short: 'EU', aliases: ['European Union', 'EU', 'E.U.'] },
  { canonical: 'European Commission', type: 'org', aliases: ['European Commission', 'Brussels'] },
  { canonical: 'European Central Bank', type: 'org', short: 'ECB', aliases: ['European Central Bank', 'ECB'] },
  { canonical: 'International Monetary Fund', type: 'org', short: 'IMF', aliases: ['International Monetary Fund', 'IMF'] },
  { canonical: 'World Bank', type: 'org', aliases: ['World Bank'] },
  { canonical: 'World Health Organization', type: 'org', short: 'WHO', aliases: ['World Health Organization', 'WHO'] },
  { canonical: 'World Trade Organization', type: 'org', short: 'WTO', aliases: ['World Trade Organization', 'WTO'] },
  { canonical: 'OECD', type: 'org', aliases: ['OECD', 'Organisation for Economic Co-operation and Development'] },
  { canonical: 'Kremlin', type: 'org', aliases: ['Kremlin'] },
  { canonical: 'Russian Ministry of Defence', type: 'org', aliases: ['Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defence'] },
  // news agencies (datelines, credits)
  { canonical: 'Reuters', type: 'org', aliases: ['Reuters'] },
  { canonical: 'Associated Press', type: 'org', short: 'AP', aliases: ['Associated Press', 'AP'] },
  { canonical: 'Agence France-Presse', type: 'org', short: 'AFP', aliases: ['Agence France-Presse', 'AFP'] },
  // places
  { canonical: 'United States', type: 'place', short: 'US', aliases: ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'] },
  { canonical: 'United Kingdom', type: 'place', short: 'UK', aliases: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'] },
  { canonical: 'Russia', type: 'place', aliases: ['Russia', 'Russian Federation'] },
  { canonical: 'Ukraine', type: 'place', aliases: ['Ukraine'] },
  { canonical: 'China', type: 'place', aliases: ['China', "People's Republic of China"] },
  ...[
    'Moscow', 'Kyiv', 'Kiev', 'Washington', 'London', 'Paris', 'Berlin', 'Beijing', 'Brussels', 'Tokyo',
    'France', 'Germany', 'Italy', 'Spain', 'Poland', 'Canada', 'Mexico', 'Japan', 'India', 'Iran', 'Iraq',
    'Israel', 'Gaza', 'Syria', 'Turkey', 'Saudi Arabia', 'North Korea', 'South Korea', 'Taiwan', 'Crimea',
    'Europe', 'Africa', 'Asia', 'Belarus', 'Georgia', 'Hungary', 'Romania', 'Finland', 'Sweden', 'Norway',
    'Estonia', 'Latvia', 'Lithuania', 'Australia', 'Brazil', 'Venezuela', 'Greenland', 'Panama', 'Scotland',
    'Wales', 'Northern Ireland', 'Ireland', 'New York', 'California', 'Texas', 'Florida',
  ].map((p): GazetteerEntry => ({ canonical: p === 'Kiev' ? 'Kyiv' : p, type: 'place', aliases: [p] })),
  // public figures frequently named by surname alone
  { canonical: 'Donald Trump', type: 'person', short: 'Trump', aliases: ['Donald Trump', 'Donald J. Trump', 'Trump'] },
  { canonical: 'Joe Biden', type: 'person', short: 'Biden', aliases: ['Joe Biden', 'Biden'] },
  { canonical: 'JD Vance', type: 'person', short: 'Vance', aliases: ['JD Vance', 'J.D. Vance', 'Vance'] },
  { canonical: 'Vladimir Putin', type: 'person', short: 'Putin', aliases: ['Vladimir Putin', 'Putin'] },
  { canonical: 'Volodymyr Zelensky', type: 'person', short: 'Zelensky', aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Zelenskiy'] },
  { canonical: 'Pete Hegseth', type: 'person', short: 'Hegseth', aliases: ['Pete Hegseth', 'Hegseth'] },
  { canonical: 'Marco Rubio', type: 'person', short: 'Rubio', aliases: ['Marco Rubio', 'Rubio'] },
  { canonical: 'Mike Waltz', type: 'person', short: 'Waltz', aliases: ['Mike Waltz', 'Michael Waltz', 'Waltz'] },
  { canonical: 'Chuck Schumer', type: 'person', short: 'Schumer', aliases: ['Chuck Schumer', 'Schumer'] },
  { canonical: 'Xi Jinping', type: 'person', short: 'Xi', aliases: ['Xi Jinping'] },
  { canonical: 'Keir Starmer', type: 'person', short: 'Starmer', aliases: ['Keir Starmer', 'Starmer'] },
  { canonical: 'Emmanuel Macron', type: 'person', short: 'Macron', aliases: ['Emmanuel Macron', 'Macron'] },
];
