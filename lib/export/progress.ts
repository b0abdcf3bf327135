/**
 * Counts the claims in an export as its text arrives, so a download can show "n of N claims".
 * Each writer starts every claim with a recognisable marker; CSV counts records outside quotes.
 */
export interface ClaimCounter {
  /** Feeds the next piece of decoded text; returns the claims seen so far. */
  push(text: string): number;
}

const MARKERS: Record<string, string> = {
  json: '\n{"id":',
  claimreview: '"@type":"ClaimReview"',
  markdown: '\n### ',
  html: '<article class="claim"',
};

export function createClaimCounter(format: string): ClaimCounter {
  if (format === 'csv') return csvCounter();
  const marker = MARKERS[format] ?? '\u0000';
  let tail = '';
  let count = 0;
  // A single ClaimReview is pretty-printed at the end ("@type": "ClaimReview").
  const pretty = format === 'claimreview' ? '"@type": "ClaimReview"' : null;
  return {
    push(text) {
      const window = tail + text;
      for (const m of pretty ? [marker, pretty] : [marker]) {
        let at = window.indexOf(m, 0);
        while (at !== -1) {
          // Markers fully inside the carried-over tail were counted by the previous push.
          if (at + m.length > tail.length) count += 1;
          at = window.indexOf(m, at + 1);
        }
      }
      tail = window.slice(-Math.max(marker.length, pretty?.length ?? 0) + 1);
      return count;
    },
  };
}

function csvCounter(): ClaimCounter {
  let inQuotes = false;
  let records = 0;
  return {
    push(text) {
      for (let i = 0; i < text.length; i += 1) {
        const ch = text[i];
        if (ch === '"') inQuotes = !inQuotes;
        else if (ch === '\n' && !inQuotes) records += 1;
      }
      return Math.max(0, records - 1); // the header row
    },
  };
}
