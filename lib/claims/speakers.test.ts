import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

/** Speaker (and title) of unit `at` of `text`. */
function who(text: string, at = 0): { speaker: string | null; title: string | null } {
  const u = extractClaims(text)[at];
  return { speaker: u.speaker, title: u.attribution.speakerTitle };
}

describe('speakers: full names', () => {
  it.each([
    ['Suleiman al-Amr said the clinic had closed in March.', 'Suleiman al-Amr'],
    ['Mohammed bin Salman said the kingdom would invest more.', 'Mohammed bin Salman'],
    ['Ursula von der Leyen said the package was ready.', 'Ursula von der Leyen'],
    ['Jaap de Hoop Scheffer said NATO must protect pipelines.', 'Jaap de Hoop Scheffer'],
    ['Beatriz de la Cruz said the vote was rigged.', 'Beatriz de la Cruz'],
    ["Conan O'Brien said the show would end in June.", "Conan O'Brien"],
    ['Alexandria Ocasio-Cortez said the bill would fail.', 'Alexandria Ocasio-Cortez'],
    ['Martin Luther King Jr. said the march would go ahead.', 'Martin Luther King Jr.'],
    ['"We have no water," Suleiman al-Amr, 34, told the Saudi Gazette.', 'Suleiman al-Amr'],
  ])('%s', (text, speaker) => {
    expect(who(text).speaker).toBe(speaker);
  });

  it('a surname used later names the full person, particles and all', () => {
    const text = 'Suleiman al-Amr runs a clinic in the town. "It is over," al-Amr said. Al-Amr said it again.';
    expect(who(text, 1).speaker).toBe('Suleiman al-Amr');
    expect(who(text, 2).speaker).toBe('Suleiman al-Amr');
  });
});

describe('speakers: titles kept apart from the name', () => {
  it('title in apposition after the name', () => {
    expect(who('Charles Bolden, NASA Administrator, said the shuttles would go to museums.')).toEqual({ speaker: 'Charles Bolden', title: 'NASA Administrator' });
    expect(extractClaims('Charles Bolden, NASA Administrator, said the shuttles would go to museums.')[0].entities.map((e) => e.canonical)).toEqual(['Charles Bolden', 'NASA']);
    // the credit line under a pull quote gives the title to later mentions
    const units = extractClaims('Charles Bolden, NASA Administrator\n\n"We are proud," Bolden said.');
    expect(units[1].speaker).toBe('Charles Bolden');
    expect(units[1].attribution.speakerTitle).toBe('NASA Administrator');
  });
  it('title with modifiers before the name', () => {
    expect(who('NASA Administrator Charles Bolden said the shuttles would go to museums.')).toEqual({ speaker: 'Charles Bolden', title: 'NASA Administrator' });
    expect(who('Former British Prime Minister Attlee says Eisenhower was not a great soldier.')).toEqual({ speaker: 'Attlee', title: 'Former British Prime Minister' });
    expect(who('But State Party Chairman James Gray of Albany said no.')).toEqual({ speaker: 'James Gray', title: 'State Party Chairman' });
  });
});

describe('speakers: who speaks, not who is told', () => {
  it('the person told is not the speaker', () => {
    expect(who('Judge James B. Parsons was told that the jury had reached a verdict.').speaker).toBeNull();
    expect(who('Wexler told Salinger that the plan had failed.').speaker).toBe('Wexler');
    expect(who('Adlai Stevenson told the newspaper men of Latin America that aid would come.').speaker).toBe('Adlai Stevenson');
  });
  it('the outlet that printed it is not the speaker', () => {
    expect(who('Wexler told CNN the talks had failed.').speaker).toBe('Wexler');
    expect(who('Jonathan Stan owns the bar. "We will keep it," he told The Brooklyn Paper.', 1).speaker).toBe('Jonathan Stan');
    expect(who('Regarding the menu, Stan remarked to The Brooklyn Paper, "We will keep it around."').speaker).toBe('Stan');
  });
  it('a passive with "by" names the speaker', () => {
    expect(who('She was described by The Guardian as "a planet in her own orbit."').speaker).toBe('The Guardian');
    expect(who('The plan was criticised by Wexler as "reckless".').speaker).toBe('Wexler');
  });
  it('but a quoted person stays the speaker of a passive "quoted"', () => {
    expect(who('Rick Santorum ran in 2012. He was quoted by The Canadian Press as calling it filth.', 1).speaker).toBe('Rick Santorum');
  });
});

describe('speakers: a surname alone with any verb of saying', () => {
  it.each(['said', 'admitted', 'conceded', 'insisted', 'argued', 'claimed', 'noted', 'added', 'warned', 'acknowledged', 'denied', 'wrote', 'tweeted', 'declared', 'observed', 'commented'])('Salinger %s …', (verb) => {
    expect(who(`Salinger ${verb} that the deal was off.`).speaker).toBe('Salinger');
    expect(who(`In the end, Wexler ${verb} that the figures were wrong.`).speaker).toBe('Wexler');
  });
  it('common nouns and places are not surnames', () => {
    expect(who('Critics said the deal was off.').speaker).not.toBe('Critics');
    expect(who('Skeptics deny that the device works.').speaker).toBeNull();
    expect(who('In the pub, the Britisher said the beer was warm.').speaker).toBeNull();
    expect(who('The Postmaster General recently reported that mail frauds are at a record.').speaker).toBeNull();
    expect(who('The Kennedy Administration States its case.').speaker).toBeNull();
    expect(who('James Gray of Albany said no.').speaker).toBe('James Gray');
  });
  it('an unknown body by its initials', () => {
    expect(who('But the PHS conceded that the particles will add to the risk.').speaker).toBe('PHS');
  });
  it('a role instead of a name after the quotation', () => {
    expect(who('"That is a hell of a quote," said the writer, scratching his head.').speaker).toBe('the writer');
  });
  it('a verb in scare quotes still names its subject', () => {
    expect(who('Dr. Glenn T. Seaborg "admitted" to a news conference that the US might fall behind.').speaker).toBe('Glenn T. Seaborg');
  });
});

describe('speakers: pronouns', () => {
  it('"he said" names the last person named', () => {
    expect(who('Mark Wexler spoke first. He said the firm would appeal.', 1).speaker).toBe('Mark Wexler');
  });
  it('a pronoun right before the verb is its subject, even after another name in the sentence', () => {
    expect(who('Paul Richards spoke first. Mark Triandos is hurt, but he says the thumb is fine.', 1).speaker).toBe('Mark Triandos');
  });
  it('but not a person who is the object in the sentence', () => {
    expect(who('Mark Wexler spoke first. After meeting John Smith on Monday, he said the deal was off.', 1).speaker).toBe('Mark Wexler');
    expect(who('Mark Wexler spoke first. After John Smith arrived, he said the deal was off.', 1).speaker).toBe('John Smith');
  });
  it('"he told the Saudi Gazette" is the last person, not the outlet', () => {
    expect(who('Suleiman al-Amr said he lost his home. "We have nothing," he told the Saudi Gazette.', 1).speaker).toBe('Suleiman al-Amr');
  });
});

describe("speakers: the reporter's sentence after a quotation", () => {
  it.each([
    ['"We will not stop," Wexler said. The company\'s shares fell 3% on Monday.'],
    ['“We will not stop,“ Wexler said. The company\'s shares fell 3% on Monday.'],
    ['“We will not stop,” Wexler said. The company\'s shares fell 3% on Monday.'],
  ])('%s', (text) => {
    const units = extractClaims(text);
    expect(units[0].speaker).toBe('Wexler');
    expect(units[1].speaker).toBeNull();
  });
  it('but a sentence inside the quotation keeps its speaker', () => {
    const units = extractClaims('"We will not stop," Wexler said. "The fight goes on. We have the votes."');
    expect(units.map((u) => u.speaker)).toEqual(['Wexler', 'Wexler', 'Wexler']);
  });
});

describe('speakers: causes found on the held-out set', () => {
  it('a pronoun binds to a titled person who opens the sentence', () => {
    expect(who('Mark Twain spoke first. Gov. John M. Dalton, himself a lawyer, was blunt when he said that lawyers ought to quit.', 1).speaker).toBe('John M. Dalton');
  });
  it('an abbreviation inside the subject does not cut it off from its verb', () => {
    expect(who('Their national leader, Robert Bolivar DePugh of Norborne, Mo., says the Minutemen believe in guerrilla tactics.').speaker).toBe('Robert Bolivar DePugh');
  });
  it('an adverb between subject and verb', () => {
    expect(who('Mark Galois was arrested. Galois himself famously exclaimed: "I am the victim."', 1).speaker).toBe('Mark Galois');
  });
  it('an organisation in the aside after a name is not the subject', () => {
    expect(who('Mr. Richard Preston, executive director of the New Hampshire Planning Commission, in his remarks on Monday, warned against the fallacy.').speaker).toBe('Richard Preston');
  });
  it('a surname alone names the first person who bore it', () => {
    expect(who('Jeanne Moreau was born in Paris. Her father, Anatole-Désiré Moreau, was a restaurateur. "It was wonderful there," Moreau said.', 2).speaker).toBe('Jeanne Moreau');
  });
});

describe('speakers: a quotation introduced by the sentence before it', () => {
  /** Speaker of the unit starting with `prefix`. */
  function speakerOf(text: string, prefix: string): string | null {
    const u = extractClaims(text).find((x) => x.text.startsWith(prefix));
    if (!u) throw new Error(`no unit starts with ${prefix}`);
    return u.speaker;
  }

  it('a quoted paragraph after "X described her as …" in the paragraph before', () => {
    const text =
      'At the academy she studied under Marta Lindqvist and Oskar Brenner.\n' +
      'Brenner described her as the sharpest student he had met in thirty years.\n' +
      '"She drew bridges nobody else could imagine. None of them stood straight. Every one of them worked."\n' +
      'She left the academy in 1981.';
    for (const p of ['"She drew', 'None of them', 'Every one']) expect(speakerOf(text, p)).toBe('Oskar Brenner');
    // the writer's sentence after the quotation stays the writer's
    expect(speakerOf(text, 'She left')).toBeNull();
  });

  it('a quotation after "X wrote:" in the same paragraph and opening the next one', () => {
    const same = 'In a letter to the council, Henrike Vos wrote: "The bridge will not survive another winter. Close it now."';
    expect(speakerOf(same, 'Close it')).toBe('Henrike Vos');
    const next = 'In a letter to the council, Henrike Vos wrote:\n"The bridge will not survive another winter. Close it now."\nThe council met on Monday.';
    expect(speakerOf(next, '"The bridge')).toBe('Henrike Vos');
    expect(speakerOf(next, 'Close it')).toBe('Henrike Vos');
    expect(speakerOf(next, 'The council')).toBeNull();
  });

  it('a named speaker just before a quotation in the same paragraph', () => {
    const text = 'Henrike Vos criticised the repair plan. "It is a waste of money. The steel is already gone."';
    expect(speakerOf(text, '"It is')).toBe('Henrike Vos');
    expect(speakerOf(text, 'The steel')).toBe('Henrike Vos');
  });

  it('a quotation that runs over two paragraphs keeps its speaker', () => {
    const text = 'Henrike Vos told the council: "The bridge is finished. We warned them in 2019.\n\n"Nobody listened. Now the river decides."\n\nRepairs begin in May.';
    expect(speakerOf(text, '"Nobody')).toBe('Henrike Vos');
    expect(speakerOf(text, 'Now the river')).toBe('Henrike Vos');
    expect(speakerOf(text, 'Repairs')).toBeNull();
  });

  it('no speaker when the sentence before neither introduces the quotation nor shares its paragraph', () => {
    // a plain statement about a person in the paragraph before, no verb of saying, no colon
    const text = 'Henrike Vos has led the council since 2015.\n"The bridge is finished."\nRepairs begin in May.';
    expect(speakerOf(text, '"The bridge')).toBeNull();
    // a refusal does not introduce a quotation
    expect(speakerOf('Henrike Vos declined to comment. "The bridge is finished."', '"The bridge')).toBeNull();
    // a scare-quoted word in the writer's sentence is not a quotation to attribute
    expect(speakerOf('Henrike Vos said the plan was late. The "reform" has stalled since May.', 'The "reform"')).toBeNull();
  });
});

describe('speakers: "he"/"she" means the person a sentence is about', () => {
  it('the subject, not a person named later in the paragraph', () => {
    const text = 'At Cambridge, Lord Henry Alden met a choirboy, Thomas Wren, and they became close. Years later he described the friendship as the purest of his life.';
    expect(who(text, 1).speaker).toBe('Henry Alden');
  });
  it('a pronoun subject keeps the person in focus', () => {
    const text = 'Maria Keller ran the lab for a decade. She hired Tom Berger in 2010. She said the funding had dried up.';
    expect(who(text, 2).speaker).toBe('Maria Keller');
  });
  it('a person named only as an object is still found when nobody else is in focus', () => {
    expect(who('The award went to Tom Berger. He said he was surprised.', 1).speaker).toBe('Tom Berger');
  });
});
