'use client';
import { useEffect, useRef, useState } from 'react';

/** The single-column layout of the article page (app/globals.css uses the same width). */
const NARROW = '(max-width: 900px)';
const PANEL = '[data-testid="claim-panel"]';
const smooth = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/**
 * Scrolls the panel into view, smoothly; the tap's own gesture can cancel a smooth scroll that starts
 * inside it, so if the page stopped scrolling with the panel still out of view, it jumps there (a long
 * smooth scroll still under way is left alone).
 */
function scrollToPanel(panel: HTMLElement): void {
  panel.scrollIntoView({ block: 'start', behavior: smooth() });
  window.setTimeout(() => {
    const y = window.scrollY;
    window.setTimeout(() => {
      const top = panel.getBoundingClientRect().top;
      if (window.scrollY === y && (top < 0 || top > window.innerHeight * 0.5)) panel.scrollIntoView({ block: 'start', behavior: 'auto' });
    }, 100);
  }, 600);
}

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
      const id = (mark ?? row)?.dataset.claimId;
      // The workbench renders the tapped claim's panel first (after loading it, if it was in outline):
      // wait for the panel to show that claim, for up to two seconds.
      const started = performance.now();
      const whenShown = () => {
        const panel = document.querySelector<HTMLElement>(PANEL);
        if (!panel || panel.dataset.claimId !== id) {
          if (performance.now() - started < 2000) requestAnimationFrame(whenShown);
          return;
        }
        if (mark) {
          scrollToPanel(panel);
          setBackTo(mark.dataset.claimId ?? null);
        } else if (panel.getBoundingClientRect().top > window.innerHeight * 0.6) scrollToPanel(panel);
      };
      requestAnimationFrame(() => requestAnimationFrame(whenShown));
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
