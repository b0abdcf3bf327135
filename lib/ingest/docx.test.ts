import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromDocx } from './docx';

/**
 * waiting-lists.docx is a minimal Word document written for this test (a zip of
 * [Content_Types].xml, the relationships, styles.xml naming "Title" and "heading 1", and
 * document.xml with a Title paragraph, four body paragraphs and one Heading 1).
 */
describe('articleFromDocx', () => {
  it('reads a Word document: the Title style is the headline, headings and paragraphs keep their structure', async () => {
    const a = await articleFromDocx(readFileSync(path.join(__dirname, 'testdata', 'waiting-lists.docx')));
    expect(a.title).toBe('Hospital waiting lists fell by 12% last year');
    const blocks = a.body.split('\n\n');
    expect(blocks[0]).toMatch(/^Figures published by the health ministry on Thursday show that 310,000 patients/);
    expect(blocks).toContain('## What changed');
    expect(blocks).toHaveLength(5);
    expect(a.format).toBe('markdown');
  });

  it('refuses bytes that are not a Word document with a field error', async () => {
    await expect(articleFromDocx(Buffer.from('not a zip at all'))).rejects.toMatchObject({ code: 'INVALID', fields: { file: ['Not a readable .docx file.'] } });
  });
});
