// The hyphen package ships no type declarations; these cover the synchronous API used here.
declare module "hyphen" {
  interface HyphenatorOptions {
    async?: false;
    hyphenChar?: string;
    minWordLength?: number;
  }
  export default function createHyphenator(
    patterns: unknown,
    options?: HyphenatorOptions,
  ): (text: string) => string;
}
declare module "hyphen/patterns/en-us.js" {
  const patterns: unknown;
  export default patterns;
}
