/**
 * Held-out evaluation of the check-worthiness score: the learned model against today's
 * hand-weighted score on the same rows, which training never saw (CLEF: whole debates; ClaimBuster:
 * a fixed-seed 20 %; see lib/claims/model/data.ts). Each row is run through the extractor as a
 * pasted text and scored by its highest sentence unit (0 when none, e.g. "(APPLAUSE)").
 * Then the news check set (lib/claims/model/news-check.ts, labelled here, not in the headline numbers).
 *
 *   npm run eval:checkworthiness
 */
import { averagePrecision, isHeldOut, loadRows, rocAuc, scoreRow } from '../lib/claims/model/data';
import { evaluateNews } from '../lib/claims/model/news-check';

function main(): void {
  const rows = loadRows().filter(isHeldOut);
  const table: Record<string, Record<string, string | number>> = {};
  for (const dataset of ['claimbuster', 'clef'] as const) {
    const part = rows.filter((r) => r.dataset === dataset);
    const labels = part.map((r) => r.label);
    const learned: number[] = [];
    const hand: number[] = [];
    for (const r of part) {
      const s = scoreRow(r.text);
      learned.push(s.learned);
      hand.push(s.hand);
    }
    table[dataset] = {
      rows: part.length,
      positives: labels.reduce((a: number, b) => a + b, 0),
      'AUC hand': rocAuc(hand, labels).toFixed(3),
      'AUC learned': rocAuc(learned, labels).toFixed(3),
      'AP hand': averagePrecision(hand, labels).toFixed(3),
      'AP learned': averagePrecision(learned, labels).toFixed(3),
    };
  }
  console.log('held-out split (never trained on)');
  console.table(table);
  const news = evaluateNews();
  console.log(`news check set (written here, ${news.rows.length} units; not part of the numbers above)`);
  console.table({ news: { 'AUC hand': news.aucHand.toFixed(3), 'AUC learned': news.aucLearned.toFixed(3), 'AP hand': news.apHand.toFixed(3), 'AP learned': news.apLearned.toFixed(3) } });
  for (const r of news.rows) console.log(`${r.label} ${r.learned.toFixed(2)} (hand ${r.hand.toFixed(2)}) ${r.kind.padEnd(8)} ${r.text.slice(0, 90).replace(/\n/g, ' ')}`);
}

main();
