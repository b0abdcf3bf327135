'use client';
import { useEffect, useRef } from 'react';
import { isTyping } from '@/components/claims/shortcuts';

/**
 * The search box of the app header, on every page. `/` focuses it from anywhere except while
 * typing in a field (so a slash can still be typed in a rationale or a comment).
 */
export function HeaderSearch({ query = '' }: { query?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form role="search" action="/search" method="get" className="header-search" aria-label="Search Claimdesk">
      <input
        ref={input}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        required
        aria-label="Search articles, claims, sources, comments and fact-checks"
        aria-keyshortcuts="/"
        placeholder="Search ( / )"
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
    </form>
  );
}
