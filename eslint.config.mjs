import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'data/**', 'test-results/**', 'playwright-report/**', 'lib/generated/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Links prefetch only when asked: see components/ui/app-link.tsx.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import Link from '@/components/ui/app-link' (no viewport prefetch of per-request pages)." }] }],
    },
  },
  {
    files: ['components/ui/app-link.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
];
export default config;
