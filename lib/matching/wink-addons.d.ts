// The English model package that lib/claims already depends on ships its Porter2 stemmer and WordNet's
// irregular verb forms as plain CommonJS files without type declarations.
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
declare module 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-eng-lite-web-model/dist/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
