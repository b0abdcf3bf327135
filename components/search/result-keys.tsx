'use client';
import { useEffect, type ReactNode } from 'react';

/**
 * Arrow keys through the search results: ↓ from the search field goes to the first result, ↓/↑
 * move between results, Enter opens the focused one (it is a link).
 */
export function ResultKeys({ children }: { children: ReactNode }) {
  useEffect(() => {
    const links = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const target = e.target as HTMLElement | null;
      const all = links();
      if (!all.length) return;
      const at = all.indexOf(target as HTMLAnchorElement);
      const inSearchField = target instanceof HTMLInputElement && target.type === 'search';
      if (at === -1 && !inSearchField) return;
      e.preventDefault();
      if (at === -1) {
        if (e.key === 'ArrowDown') all[0].focus();
        return;
      }
      const next = e.key === 'ArrowDown' ? Math.min(all.length - 1, at + 1) : at - 1;
      if (next < 0) document.querySelector<HTMLInputElement>('#search-q')?.focus();
      else all[next].focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return <>{children}</>;
}
