import type { Segment } from '@/lib/search/highlight';

/** Highlighted text from segments: plain text and <mark>, never HTML from the data. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
