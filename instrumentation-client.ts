import { config } from 'zod/v4/core';

// Runs before any client code. zod probes whether it may compile validators with `new Function`;
// under the CSP (proxy.ts: no 'unsafe-eval') that probe is blocked and reported as a violation,
// so the browser is told up front to validate without compiling.
config({ jitless: true });
