import { suite } from "uvu";
import * as assert from "uvu/assert";
import { nameWords, Spelling, Spellings, spellingFold, wordCount } from "../../../src/summarize/text/spelling.ts";

const S = suite("Spellings.same");
const SAME: [string, string][] = [
  ["Sergei", "Sergey"], ["Zelenskiy", "Zelenskyy"], ["Mohammed", "Mohamed"], ["Youssef", "Yousif"],
  ["Mammadov", "Mamedov"], ["Alekseev", "Alekseyev"], ["Dmitri", "Dmitry"], ["Müller", "Muller"],
];
const DIFFERENT: [string, string][] = [["Lin", "Lan"], ["Wang", "Wong"], ["Petrov", "Ivanov"], ["Hale", "Hall"], ["Marek", "Marko"]];
for (const [a, b] of SAME) S(`Spellings.same :: ${a} / ${b}`, () => assert.ok(new Spellings().same(a, b)));
for (const [a, b] of DIFFERENT) S(`Spellings.same :: ${a} / ${b} (fail)`, () => assert.not.ok(new Spellings().same(a, b)));
S("spellingFold :: double letters and ou fold", () => assert.is(spellingFold("Youssef"), spellingFold("Yusef")));
S.run();

/** The fold as the patterns write it, for any text. */
function foldByPatterns(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘'-]/g, "").replace(/y/g, "i").replace(/ie/g, "i").replace(/ou|oo/g, "u").replace(/ph/g, "f").replace(/(\p{L})\1+/gu, "$1");
}

/** Every text of up to three of `chars`. */
function textsUpTo3(chars: string[]): string[] {
  const texts = [""];
  for (let n = 0, from = 0; n < 3; n++) {
    const to = texts.length;
    for (let k = from; k < to; k++) for (const c of chars) texts.push(texts[k] + c);
    from = to;
  }
  return texts;
}

const F = suite("spellingFold");
F("spellingFold :: as the patterns fold, for every text of up to three characters the steps read", () => {
  const texts = textsUpTo3([..."aeiouyphAEIOUYPH'-. 0sSé’"]);
  for (const t of texts) assert.is(spellingFold(t), foldByPatterns(t), JSON.stringify(t));
});
F("spellingFold :: as the patterns fold, for names", () => {
  for (const t of ["Petrenskiy", "Youssef", "Mammadov", "Phillippe", "Ould-Abdallah", "O'Brien", "Zoo Keeper", "Yiannis", "Aurélie", "Kyiv", "Hoopoe", "ieie", "pphh"])
    assert.is(spellingFold(t), foldByPatterns(t), t);
});
F("spellingFold :: as the patterns fold, for letters outside ASCII, marks and lone surrogates", () => {
  for (const t of ["Zelenskyy", "Зеленський", "Ёжжик", "Straße", "ǅǅemal", "İıİ", "Ünüü", "😀😀a", "\uD800\uD800b", "Jose\u0301\u0301", "ﬁﬁ"])
    assert.is(spellingFold(t), foldByPatterns(t), t);
});
F("spellingFold :: a run of millions of one letter folds to one, with or without letters outside ASCII", () => {
  assert.is(spellingFold("B" + "b".repeat(3_500_000)), "b");
  assert.is(spellingFold("Bé" + "b".repeat(3_500_000)), "beb");
});
F.run();

const W = suite("nameWords");
W("nameWords :: the words between spaces, without empty ones", () => {
  for (const t of ["Ivan Sorin", " Ivan  Sorin ", "", " ", "Sorin", "Marta Ribas Puig"]) assert.equal(nameWords(t), t.split(" ").filter(Boolean), JSON.stringify(t));
});
W("wordCount :: as many as nameWords gives", () => {
  for (const t of ["Ivan Sorin", " Ivan  Sorin ", "", " ", "Sorin", "Marta Ribas Puig", "a\tb c", "  x"]) assert.is(wordCount(t), nameWords(t).length, JSON.stringify(t));
});
W.run();

const P = suite("Spelling");
P("Spelling :: one spelling compared with many, folded once", () => {
  const mamedov = new Spelling("Mamedov");
  assert.ok(mamedov.same(new Spelling("Mammadov")));
  assert.not.ok(mamedov.same(new Spelling("Petrov")));
  assert.ok(mamedov.same(new Spelling("Mamedov")));
  assert.is(mamedov.fold, spellingFold("Mamedov"));
});
P("Spelling :: folds only when compared", () => {
  const unnamed = new Spelling(undefined as unknown as string);
  assert.throws(() => unnamed.same(new Spelling("Sorin")));
});
P("Spelling :: the first consonant read from the name is the fold's", () => {
  const texts = textsUpTo3([..."aeiouyphPH'-. 0sSé’"]);
  for (const t of texts.concat(["Phillips", "Ephraim", "Yiannis", "O'Brien", "Ould-Abdallah"])) {
    const read = new Spelling(t).consonant;
    const folded = new Spelling(t);
    // Reading the fold first makes the consonant come from the fold.
    assert.type(folded.fold, "string");
    // Every one of these texts is ASCII but the "é" and "’" ones, which only the fold can read (-2).
    if (/^[\x00-\x7f]*$/.test(t)) assert.is.not(read, -2, JSON.stringify(t));
    if (read !== -2) assert.is(read, folded.consonant, JSON.stringify(t));
  }
});
P("Spelling :: folds of different first consonants are not compared, the same otherwise", () => {
  assert.not.ok(new Spelling("Volkov").same(new Spelling("Europe")));
  assert.ok(new Spelling("Ephraim").same(new Spelling("Efraim")));
  assert.ok(new Spelling("Uhanian").same(new Spelling("Ohanian")));
});
P("Spellings :: one Spelling per name", () => {
  const spellings = new Spellings();
  assert.is(spellings.of("Sorin"), spellings.of("Sorin"));
  assert.ok(spellings.of("Sergei").same(spellings.of("Sergey")));
});
P.run();
