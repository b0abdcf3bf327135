import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRow, neutraliseCell, renderCsv } from './csv';
import { claimWithSecret, makeBundle, makeClaim, makeSource, SECRET_TITLE, SECRET_URL, verdicts } from './test-fixtures';

const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\rfoo', "'\rfoo"],
    ['   =HYPERLINK("http://x")', `'   =HYPERLINK("http://x")`],
    ['\n\n@x', "'\n\n@x"],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['plain', 'a=b', 'x-1', 'e@mail', '', '  spaced', "'already"])('leaves %j alone', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });
});

describe('csvRow', () => {
  it('quotes only when needed, doubles quotes and ends in CRLF', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'line\nbreak', 'cr\rhere', 3, -1.5, null, undefined, true])).toBe(
      'a,"b,c","say ""hi""","line\nbreak","cr\rhere",3,-1.5,,,true\r\n',
    );
  });

  it('neutralises formula text but not numbers', () => {
    expect(csvRow(['=1,2', -4])).toBe(`"'=1,2",-4\r\n`);
  });
});

describe('renderCsv', () => {
  const tricky = [
    'Commas, everywhere, here',
    'He said "no" — twice ""',
    'Multi\nline\r\nwith CRLF\rand CR',
    'Ünïcödé ✓ 日本語 🎉 عربى',
    '=HYPERLINK("http://evil.example","click")',
    '+1 555 0100',
    '-10% drop',
    '@everyone',
    '\tleading tab',
    '  =leading spaces',
  ];

  it('parses back field by field, with text neutralised and nothing else changed', () => {
    const claims = tricky.map((text, i) => makeClaim({
      id: `c${i}`,
      claimText: text,
      quote: text,
      rationale: text,
      speaker: text,
      sources: [makeSource({ title: text })],
    }));
    const text = renderCsv(makeBundle(claims));
    const [head, ...rows] = parseCsv(text);
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(tricky.length);
    rows.forEach((row, i) => {
      const expected = neutraliseCell(tricky[i]);
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
      expect(cell('Claim ID')).toBe(`c${i}`);
      expect(cell('Claim text')).toBe(expected);
      expect(cell('Quote')).toBe(expected);
      expect(cell('Rationale')).toBe(expected);
      expect(cell('Speaker')).toBe(expected);
      expect(cell('Sources')).toBe(neutraliseCell(`${tricky[i].trim()} <https://data.example.gov/budget-2024> [refutes]`));
    });
  });

  it('writes every column of a claim', () => {
    const [, row] = parseCsv(renderCsv(makeBundle([makeClaim({
      sources: [makeSource(), makeSource({ title: 'Second', url: 'https://b.example/x', stance: 'context' })],
      quoteRevision: 3,
      anchorState: 'text_changed',
    })])));
    expect(Object.fromEntries(CSV_COLUMNS.map((name, i) => [name, row[i]]))).toEqual({
      'Article title': 'Pentagon budget, "explained" — part 1',
      'Article URL': 'https://news.example.com/2024/05/pentagon-budget',
      'Claim ID': 'clm_1',
      'Claim text': 'The Pentagon budget doubled in 2023',
      Quote: 'The budget doubled last year',
      Speaker: 'Department of Defense',
      'Claim type': 'quantity',
      Status: 'approved',
      Verdict: 'False',
      'Rating value': '2',
      Rationale: 'Outlays rose 4%, not 100%.',
      Reviewer: 'Rita Reviewer',
      'Approved by': 'Ed Editor',
      'Reviewed at': '2024-05-03T14:00:00.000Z',
      Sources: 'Budget tables 2024 <https://data.example.gov/budget-2024> [refutes] | Second <https://b.example/x> [context]',
      'Source URLs': 'https://data.example.gov/budget-2024 | https://b.example/x',
      'Quote revision': '3',
      'Anchor state': 'text_changed',
    });
  });

  it('leaves empty cells for a claim without verdict, reviewer or sources', () => {
    const [, row] = parseCsv(renderCsv(makeBundle([makeClaim({
      verdict: null, reviewer: null, approvedBy: null, reviewedAt: null, rationale: null, speaker: null, sources: [],
    })])));
    for (const name of ['Verdict', 'Rating value', 'Rationale', 'Reviewer', 'Approved by', 'Reviewed at', 'Speaker', 'Sources', 'Source URLs'] as const) {
      expect(row[CSV_COLUMNS.indexOf(name)]).toBe('');
    }
    const [, unproven] = parseCsv(renderCsv(makeBundle([makeClaim({ verdict: verdicts.unproven })])));
    expect(unproven[CSV_COLUMNS.indexOf('Rating value')]).toBe('');
  });

  it('uses CRLF line ends and adds a BOM only when asked', () => {
    const plain = renderCsv(makeBundle());
    expect(plain.startsWith('Article title,')).toBe(true);
    expect(plain.endsWith('\r\n')).toBe(true);
    expect(plain.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(3);
    const withBom = renderCsv(makeBundle(), { bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(plain);
    expect([...Buffer.from(withBom, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('leaves confidential sources out unless publicOnly is false', () => {
    const bundle = makeBundle([claimWithSecret()]);
    const publicCsv = renderCsv(bundle);
    expect(publicCsv).not.toContain(SECRET_URL);
    expect(publicCsv).not.toContain(SECRET_TITLE);
    const internal = renderCsv(bundle, { publicOnly: false });
    expect(internal).toContain(`${SECRET_TITLE} <${SECRET_URL}> [supports, confidential]`);
  });
});
