import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimdesk', template: '%s · Claimdesk' },
  description: 'The fact-checking workbench',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next can put that request's CSP nonce (proxy.ts) on its scripts;
  // a page prerendered at build time would carry scripts without a nonce, which the CSP blocks.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
