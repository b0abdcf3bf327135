/**
 * Claim extraction from the command line.
 *
 *   npm run --silent extract -- FILE            one article (FILE "-" reads standard input) → JSON units
 *   npm run --silent extract -- --jsonl         one JSON string per input line → one JSON array per line
 *
 * Options: --claims (only sentences at or above the threshold), --threshold N (default DEFAULT_THRESHOLD),
 * --include-duplicates (emit repeated lines flagged duplicateOf), --compact (single-line JSON for FILE).
 * In --jsonl mode a line may also be an object {"id": …, "text": "…"}; the output line is then
 * {"id": …, "units": […]}. A line that cannot be read gives {"error": "…", "line": n} and exit code 1,
 * so output lines always match input lines.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_THRESHOLD, extractClaims, type ClaimUnit, type ExtractOptions } from '../lib/claims';

interface CliOptions {
  jsonl: boolean;
  claims: boolean;
  compact: boolean;
  threshold: number;
  extract: ExtractOptions;
  files: string[];
}

function usage(): never {
  process.stderr.write('usage: extract [--claims] [--threshold N] [--include-duplicates] [--compact] FILE|-\n       extract --jsonl [--claims] [--threshold N] < articles.jsonl\n');
  process.exit(2);
}

function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { jsonl: false, claims: false, compact: false, threshold: DEFAULT_THRESHOLD, extract: {}, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--claims') o.claims = true;
    else if (a === '--compact') o.compact = true;
    else if (a === '--include-duplicates') o.extract.includeDuplicates = true;
    else if (a === '--threshold') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) usage();
      o.threshold = v;
    } else if (a === '-h' || a === '--help') usage();
    else if (a === '-' || !a.startsWith('-')) o.files.push(a);
    else usage();
  }
  if (!o.jsonl && o.files.length !== 1) usage();
  return o;
}

function run(text: string, o: CliOptions): ClaimUnit[] {
  const units = extractClaims(text, o.extract);
  if (!o.claims) return units;
  return units.filter((u) => u.kind === 'sentence' && u.duplicateOf === undefined && u.checkworthiness >= o.threshold);
}

async function jsonl(o: CliOptions): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let out: string;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'string') out = JSON.stringify(run(value, o));
      else if (value !== null && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
        const doc = value as { id?: unknown; text: string };
        out = JSON.stringify({ id: doc.id ?? null, units: run(doc.text, o) });
      } else throw new Error('expected a JSON string or an object with a "text" string');
    } catch (err) {
      failed++;
      out = JSON.stringify({ error: err instanceof Error ? err.message : String(err), line: lineNo });
    }
    buffer += out + '\n';
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o.jsonl) return jsonl(o);
  const file = o.files[0];
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  process.stdout.write(JSON.stringify(run(text, o), null, o.compact ? undefined : 2) + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
