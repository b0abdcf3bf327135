import { describe, expect, it } from 'vitest';
import {
  collectChunks, EXPORT_FORMATS, exportFilename, exportStream, isExportFormat, renderExport,
  toReadableStream, validateClaimReview, type ExportClaim, type ExportFormat,
} from './index';
import { claimWithSecret, generateClaims, header, makeBundle, SECRET_URL, syntheticClaim } from './test-fixtures';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];
const COUNT = 10_000;
const manyClaims: ExportClaim[] = Array.from({ length: COUNT }, (_, i) => syntheticClaim(i));

describe('exportStream', () => {
  it.each(FORMATS)('%s: streaming 10,000 claims from an async generator equals the collected form', async (format) => {
    const chunks: string[] = [];
    for await (const chunk of exportStream(format, header, generateClaims(COUNT))) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.join('')).toBe(renderExport(format, makeBundle(manyClaims)));
  });

  it.each(FORMATS)('%s: equal for publicOnly false and for small inputs too', async (format) => {
    for (const claims of [[], manyClaims.slice(0, 1), manyClaims.slice(0, 2), manyClaims.slice(0, 7)]) {
      const options = { publicOnly: false, bom: true };
      const streamed = await collectChunks(exportStream(format, header, claims, options));
      expect(streamed).toBe(renderExport(format, makeBundle(claims), options));
    }
  });

  it('pulls claims lazily, one at a time', async () => {
    let pulled = 0;
    async function* counting() {
      for (let i = 0; i < 1000; i += 1) {
        pulled += 1;
        yield syntheticClaim(i);
      }
    }
    const stream = exportStream('csv', header, counting());
    await stream.next(); // header row
    await stream.next(); // first claim
    expect(pulled).toBe(1);
    await stream.return(undefined);
  });

  it.each(FORMATS)('%s: never carries a confidential source by default', (format) => {
    const text = renderExport(format, makeBundle([claimWithSecret(), ...manyClaims.slice(0, 20)]));
    expect(text).not.toContain(SECRET_URL);
  });

  it('produces valid output in each format for 10,000 claims', () => {
    const bundle = makeBundle(manyClaims);
    const jsonld = JSON.parse(renderExport('claimreview', bundle));
    expect(jsonld['@graph']).toHaveLength(COUNT * 3 / 4);
    expect(validateClaimReview(jsonld, { recommended: true })).toEqual([]);
    expect(JSON.parse(renderExport('json', bundle)).claims).toHaveLength(COUNT);
  });
});

describe('format helpers', () => {
  it('describes each format', () => {
    expect(EXPORT_FORMATS.claimreview).toEqual({ contentType: 'application/ld+json', extension: 'jsonld' });
    expect(EXPORT_FORMATS.csv.contentType).toBe('text/csv; charset=utf-8');
    expect(EXPORT_FORMATS.json).toEqual({ contentType: 'application/json', extension: 'json' });
    expect(EXPORT_FORMATS.markdown).toEqual({ contentType: 'text/markdown; charset=utf-8', extension: 'md' });
    expect(isExportFormat('csv')).toBe(true);
    expect(isExportFormat('toString')).toBe(false);
    expect(isExportFormat(3)).toBe(false);
  });

  it('names download files safely', () => {
    expect(exportFilename('csv', { id: 'art_1', title: 'Ünïcödé: "budget" / 2024!' })).toBe('claimdesk-unicode-budget-2024-art_1.csv');
    expect(exportFilename('claimreview', { id: '../x', title: '日本語' })).toBe('claimdesk-x.jsonld');
  });

  it('adapts a chunk stream to a ReadableStream of UTF-8 bytes', async () => {
    const stream = toReadableStream(exportStream('csv', header, generateClaims(50), { bom: true }));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const expected = renderExport('csv', makeBundle(manyClaims.slice(0, 50)), { bom: true });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(expected);
  });
});
