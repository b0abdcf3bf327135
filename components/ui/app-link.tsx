import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link that prefetches only when asked. Every page of Claimdesk renders per request and none has
 * a loading.js, so a viewport prefetch brings back nothing a click can reuse (about 1 KB of layout)
 * while costing the server a request each: the article list sent one per visible article, and the
 * article page ten (its top bar and revision links, twice) right as it became interactive, which
 * then competed with the reviewer's next page. ESLint points every import of next/link here.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
