import type { DiffPart } from '@/lib/anchoring/text-diff';
import type { AnchoredClaim } from '@/lib/services/revision-view';
import styles from './revisions.module.css';

/** Unchanged runs longer than this are shortened to their ends, so the changes stand out. */
const KEEP = 240;

/** A word-level diff: removed words struck through, added words underlined. */
export function RevisionDiff({ parts }: { parts: DiffPart[] }) {
  const changed = parts.some((p) => p.kind !== 'same');
  if (!changed) return <p className="muted small">The text did not change.</p>;
  return (
    <div className={styles.diff} data-testid="revision-diff">
      {parts.map((p, i) => {
        if (p.kind === 'added') return <ins key={i}>{p.text}</ins>;
        if (p.kind === 'removed') return <del key={i}>{p.text}</del>;
        if (p.text.length <= KEEP * 2 + 20) return <span key={i}>{p.text}</span>;
        const head = i === 0 ? '' : p.text.slice(0, KEEP);
        const tail = i === parts.length - 1 ? '' : p.text.slice(-KEEP);
        return (
          <span key={i}>
            {head}
            <span className="muted"> […] </span>
            {tail}
          </span>
        );
      })}
    </div>
  );
}

type Piece = { start: number; end: number; claim: AnchoredClaim | null };

/** Cuts the text at claim edges; a piece covered by several claims shows the first (flagged ones first). */
export function piecesFor(length: number, claims: AnchoredClaim[]): Piece[] {
  const spans = claims.filter((c) => c.end > c.start && c.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const c of spans) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const rank = (c: AnchoredClaim) => (c.state === 'text_changed' ? 0 : c.state === 'new' ? 1 : 2);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((c) => c.start <= start && c.end >= end).sort((a, b) => rank(a) - rank(b));
    pieces.push({ start, end, claim: covering[0] ?? null });
  }
  return pieces;
}

/** The revision's text with its claims marked where they were (flagged and new ones in their own colours). */
export function RevisionText({ body, claims }: { body: string; claims: AnchoredClaim[] }) {
  return (
    <div className={styles.text} data-testid="revision-text">
      {piecesFor(body.length, claims).map((p) => {
        const text = body.slice(p.start, p.end);
        if (!p.claim) return <span key={p.start}>{text}</span>;
        const cls = p.claim.state === 'text_changed' ? styles.flagged : p.claim.state === 'new' ? styles.fresh : undefined;
        const label = p.claim.state === 'text_changed' ? 'flagged claim' : p.claim.state === 'new' ? 'new claim' : 'claim';
        return (
          <mark key={p.start} className={cls} title={`${label}: ${p.claim.claimText}`}>
            {text}
          </mark>
        );
      })}
    </div>
  );
}
