import { JSONParser } from '@streamparser/json';
import { readClaimReviews, type ClaimReviewProblem, type EarlierFactCheckRecord } from './claimreview-import';

/**
 * Reads ClaimReview JSON-LD as it arrives, holding one review (or one feed element) at a time:
 * a DataFeed (`dataFeedElement[].item`), an `@graph`, an array, or a single ClaimReview. Each
 * element is handed to readClaimReviews, so the rules and positions are the same as for a whole file.
 */
export interface ClaimReviewStreamReader {
  /** Feeds the next bytes; throws SyntaxError-like errors on malformed JSON. */
  write(chunk: Uint8Array | string): void;
  /** Ends the input (throws when the JSON is incomplete) and reads a single root ClaimReview if that is what it was. */
  end(): void;
  /** Nodes that were not ClaimReviews. */
  readonly skipped: number;
}

const LONE_SURROGATE_ESCAPE = /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

/** The file escapes half of a UTF-16 surrogate pair: text PostgreSQL cannot store. */
export class LoneSurrogateError extends Error {
  constructor() {
    super('The file contains a broken character (an unpaired UTF-16 surrogate).');
  }
}

/** Root properties kept when the root is an object (a single ClaimReview); its large arrays stream instead. */
const ROOT_KEYS = ['@context', '@type', '@id', 'url', 'claimReviewed', 'reviewRating', 'author', 'itemReviewed', 'datePublished', 'reviewBody', 'description', 'name', 'headline', 'inLanguage', 'sdPublisher'];

export function createClaimReviewReader(
  onRecord: (record: EarlierFactCheckRecord) => void,
  onInvalid: (problem: ClaimReviewProblem) => void,
  /** Sees every element before it is read (the service refuses text no database can store there). */
  inspect: (value: unknown) => void = () => undefined,
): ClaimReviewStreamReader {
  let parser: JSONParser | null = null;
  let pending = '';
  let skipped = 0;
  const root: Record<string, unknown> = {};
  let rootIsObject = false;
  const decoder = new TextDecoder();

  const take = (value: unknown, at: string) => {
    inspect(value);
    const read = readClaimReviews(value);
    for (const r of read.records) onRecord(r);
    for (const p of read.invalid) onInvalid({ at: p.at === '(root)' ? at : `${at}${p.at}`, problems: p.problems });
    skipped += read.skipped;
  };

  const start = (first: string) => {
    rootIsObject = first === '{';
    parser = new JSONParser({
      paths: rootIsObject ? ['$.dataFeedElement.*', '$.@graph.*', ...ROOT_KEYS.map((k) => `$.${k}`)] : ['$.*'],
      keepStack: false,
    });
    parser.onValue = ({ value, key, stack }) => {
      if (!rootIsObject) return take(value, `[${String(key)}]`);
      if (stack.length === 1) {
        root[String(key)] = value;
        return;
      }
      take(value, `${stack[1]?.key === '@graph' ? '@graph' : '.dataFeedElement'}[${String(key)}]`);
    };
  };

  return {
    write(chunk) {
      let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      // The parser turns an escaped lone surrogate into U+FFFD; JSON.parse would keep it, and it is refused like there.
      if (LONE_SURROGATE_ESCAPE.test(text)) throw new LoneSurrogateError();
      if (!parser) {
        text = (pending + text).replace(/^\uFEFF/, '');
        const first = text.match(/\S/)?.[0];
        if (!first) {
          pending = text;
          return;
        }
        if (first !== '{' && first !== '[') throw new SyntaxError('The file is not a JSON object or array.');
        start(first);
      }
      parser!.write(text);
    },
    end() {
      const rest = decoder.decode();
      if (!parser) throw new SyntaxError('The file is empty.');
      if (rest) parser.write(rest);
      if (!parser.isEnded) parser.end(); // the parser ends by itself after a complete root value
      if (rootIsObject && Object.keys(root).length) take(root, '');
    },
    get skipped() {
      return skipped;
    },
  };
}
