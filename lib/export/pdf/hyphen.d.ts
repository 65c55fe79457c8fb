// The `hyphen` package ships no types; these are the two entry points exports use (CommonJS: default export).
interface HyphenLanguage {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/nl' {
  const language: HyphenLanguage;
  export default language;
}
declare module 'hyphen/fr' {
  const language: HyphenLanguage;
  export default language;
}
