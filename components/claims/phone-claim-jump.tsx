'use client';
import { useEffect, useRef, useState } from 'react';

/** The single-column layout of the article page (app/globals.css uses the same width). */
const NARROW = '(max-width: 900px)';
const PANEL = '[data-testid="claim-panel"]';
const smooth = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/**
 * On phones and tablets the claim panel sits below the article text, far from the passage a reviewer
 * taps. This brings the panel into view after a tap on a highlighted claim, and offers a button back
 * to that passage while it is out of view. It only scrolls: which claim is current stays the
 * workbench's business (it reacts to the same click), so it can never act on another claim.
 */
export function PhoneClaimJump() {
  const [backTo, setBackTo] = useState<string | null>(null);
  const observer = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    const narrow = window.matchMedia(NARROW);
    const onClick = (event: MouseEvent) => {
      if (!narrow.matches || !(event.target instanceof Element)) return;
      const mark = event.target.closest<HTMLElement>('.article-text mark[data-claim-id]');
      const row = mark ? null : event.target.closest<HTMLElement>('.claim-list [data-claim-id]');
      if (!mark && !row) return;
      // Two frames: the workbench renders the tapped claim's panel first.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const panel = document.querySelector<HTMLElement>(PANEL);
          if (!panel) return;
          if (mark) {
            panel.scrollIntoView({ block: 'start', behavior: smooth() });
            setBackTo(mark.dataset.claimId ?? null);
          } else if (panel.getBoundingClientRect().top > window.innerHeight * 0.6) {
            panel.scrollIntoView({ block: 'start', behavior: smooth() });
          }
        }),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  // The button shows only while the passage is out of view; scrolling back by hand hides it too.
  useEffect(() => {
    observer.current?.disconnect();
    if (!backTo) return;
    const mark = document.querySelector(`.article-text mark[data-claim-id="${CSS.escape(backTo)}"]`);
    if (!mark) return;
    let seenAway = false;
    observer.current = new IntersectionObserver(([entry]) => {
      if (!entry) return;
      if (!entry.isIntersecting) seenAway = true;
      else if (seenAway) setBackTo(null);
    });
    observer.current.observe(mark);
    return () => observer.current?.disconnect();
  }, [backTo]);

  function goBack() {
    if (!backTo) return;
    const mark = document.querySelector<HTMLElement>(`.article-text mark[data-claim-id="${CSS.escape(backTo)}"]`);
    setBackTo(null);
    // After the tap's own gesture has ended: a smooth scroll started inside it can be cancelled by it.
    requestAnimationFrame(() => mark?.scrollIntoView({ block: 'center', behavior: smooth() }));
  }

  return (
    <button type="button" className="btn primary back-to-text no-print" hidden={!backTo} onClick={goBack}>
      ↑ Back to the text
    </button>
  );
}
