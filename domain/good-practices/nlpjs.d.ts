/** Types for the one class Miernik uses from @nlpjs/lang-pl (the package ships none). */
declare module '@nlpjs/lang-pl/src/stemmer-pl.js' {
  export default class StemmerPl {
    stemWord(word: string): string;
  }
}
