import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadLexicon } from "../../../src/summarize/lexicon/load.ts";
import { cueWords, objectDemandMayStart, subjectDemandMayEnd, termsMayStand, termsMayStart } from "../../../src/summarize/text/cue_words.ts";
import { tokenize } from "../../../src/summarize/text/tokens.ts";

const lex = loadLexicon();
const entries = [...lex.cues.entries()];
const words = cueWords(lex);

const C = suite("cueWords");
C("cueWords :: every demand cue of an object starts with one of its words", () => {
  for (const [phrase, hit] of entries) if (hit.kind === "demand" && hit.target === "object_to") assert.ok(words.objectDemandFirst.has(phrase[0]!), phrase.join(" "));
});
C("cueWords :: a reporting verb that asks no one is not among them (fail)", () => assert.not.ok(words.objectDemandFirst.has("said")));
C("cueWords :: the same words for the same list, read once", () => assert.is(cueWords(lex), cueWords(lex)));
C("cueWords :: a list added to is read again", () => {
  const own = loadLexicon();
  const before = cueWords(own);
  own.cues.add(["must", "surely"], { ...entries.find(([p]) => p.join(" ") === "must")![1] });
  const after = cueWords(own);
  assert.is.not(after, before);
  assert.ok(after.subjectDemandTwo.get("surely")?.has("must"));
});
C.run();

const D = suite("subjectDemandMayEnd");
D("subjectDemandMayEnd :: every subject demand cue of one or two words may end where it ends", () => {
  for (const [phrase, hit] of entries) {
    if (hit.kind !== "demand" || hit.target !== "subject" || phrase.length > 2) continue;
    const toks = tokenize(`Oslo ${phrase.join(" ")} agree`);
    assert.ok(subjectDemandMayEnd(words, toks, toks.length - 1), phrase.join(" "));
  }
});
D("subjectDemandMayEnd :: Oslo said (fail)", () => {
  const toks = tokenize("Oslo said");
  assert.not.ok(subjectDemandMayEnd(words, toks, 2));
});
D("subjectDemandMayEnd :: nothing ends before the first token (fail)", () => assert.not.ok(subjectDemandMayEnd(words, tokenize("Oslo said"), 0)));
D.run();

const T = suite("termsMayStart");
T("termsMayStart :: every cue that sets terms may start where it starts", () => {
  for (const [phrase, hit] of entries) {
    if (!hit.setsTerms) continue;
    const toks = tokenize(`Baku ${phrase.join(" ")} talks`);
    assert.ok(termsMayStart(words, toks, 1), phrase.join(" "));
  }
});
T("termsMayStart :: \"as\" without the rest of \"as a condition\" (fail)", () => {
  const toks = tokenize("Baku as well");
  assert.not.ok(termsMayStart(words, toks, 1));
});
T.run();

const A = suite("termsMayStand");
A("termsMayStand :: every cue that sets terms may stand in a sentence of the summarizer", () => {
  for (const [phrase, hit] of entries) {
    if (!hit.setsTerms) continue;
    const toks = tokenize(`Baku ${phrase.join(" ")} talks`, lex.vocabulary);
    assert.ok(termsMayStand(words, toks), phrase.join(" "));
  }
});
A("termsMayStand :: every cue that sets terms has an anchor", () => assert.ok(words.termsAnchors && words.termsAnchors.size > 0));
A("termsMayStand :: \"set out its plans\" holds no cue that sets terms (fail)", () => {
  assert.not.ok(termsMayStand(words, tokenize("Baku set out its plans", lex.vocabulary)));
});
A.run();

const O = suite("objectDemandMayStart");
// [text, index of the verb, may a cue asking someone to act start there]
const OBJECT_CASES: [string, number, boolean][] = [
  ["Oslo expects both sides to settle", 1, true],
  ["Oslo expects prices", 1, false],
  ["Oslo said both sides to settle", 1, false],
  ["Oslo expects to settle", 1, false],
];
for (const [text, v0, may] of OBJECT_CASES)
  O(`objectDemandMayStart :: ${text}`, () => assert.is(objectDemandMayStart(words, tokenize(text, lex.vocabulary), v0), may));
O("objectDemandMayStart :: every cue asking someone to act may start where it starts", () => {
  for (const [phrase, hit] of entries) {
    if (hit.kind !== "demand" || hit.target !== "object_to") continue;
    const toks = tokenize(`Oslo ${phrase.join(" ")} both sides to settle`, lex.vocabulary);
    assert.ok(objectDemandMayStart(words, toks, 1), phrase.join(" "));
  }
});
O.run();
