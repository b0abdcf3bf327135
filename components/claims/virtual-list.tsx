'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props<T> = {
  items: T[];
  /** Every row has this height in pixels (rows clamp their content), so positions are arithmetic. */
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** Index to keep in view (the selected row), or -1. */
  activeIndex: number;
  itemKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Height before the browser measured the container (server render). */
  initialHeight?: number;
  overscan?: number;
  className?: string;
};

/**
 * A windowed list: only the rows in view (plus a few either side) are in the DOM, so a list of
 * thousands stays fast. Rows carry aria-setsize/aria-posinset so assistive technology still
 * announces "claim 412 of 1,000".
 */
export function VirtualList<T>({ items, rowHeight, label, activeIndex, itemKey, renderRow, initialHeight = 360, overscan = 6, className }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || initialHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [initialHeight]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows = [];
  // The active row is always in the DOM, even while the window scrolls to it, so it can take the focus.
  const indexes = activeIndex >= 0 && activeIndex < items.length && (activeIndex < first || activeIndex >= last) ? [activeIndex] : [];
  for (let i = first; i < last; i++) indexes.push(i);
  for (const i of indexes) {
    const item = items[i];
    rows.push(
      <li key={itemKey(item)} aria-setsize={items.length} aria-posinset={i + 1} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {renderRow(item, i)}
      </li>,
    );
  }
  return (
    <div ref={scroller} className={className} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="virtual-list">
      <ul aria-label={label} style={{ position: 'relative', height: items.length * rowHeight, margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
    </div>
  );
}
