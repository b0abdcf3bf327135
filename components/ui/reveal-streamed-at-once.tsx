import { headers } from 'next/headers';

/**
 * Keeps React's streaming runtime from throttling the reveal of this page's streamed part.
 *
 * React reveals a streamed Suspense boundary no sooner than 300 ms after the shell's first paint
 * (`window.$RT` holds that paint's time). The throttle batches reveals, so a page of many boundaries
 * does not flash in step by step. The article page has a single boundary: the article and its
 * claims. For a 1,000-claim article that content arrived about 50 ms after the shell and then waited
 * about 180 ms for nothing, which was most of the page's extra time to interactive.
 *
 * This script, placed before the boundary, keeps `$RT` unset. React then reveals the content at the
 * next frame, as it already does for content that arrives before the first paint. In a hidden tab
 * both paths wait for a frame, as React's own first reveal does.
 *
 * If React renames the global, the script does nothing and the 300 ms wait returns; bench:page's
 * interactive ratio shows it. It carries the request's CSP nonce.
 */
const SCRIPT = "Object.defineProperty(window,'$RT',{configurable:true,get:function(){},set:function(){}})";

export async function RevealStreamedAtOnce() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
