// One key for the spellings of a transliterated name: Sergei/Sergey,
// Petrenskiy/Petrensky/Petrenskyy, Kiev/Kyiv, Dmitri/Dmitry, Youssef/Yusef
// fold together; longer names that differ in one vowel (Mammadov/Mamedov,
// Yousif/Youssef) are the same spelling too.

const memo = new Map<string, string>();

export function spellingFold(name: string): string {
  let f = memo.get(name);
  if (f === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(name, (f = computeFold(name)));
  }
  return f;
}

function computeFold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘'-]/g, "")
    .replace(/y/g, "i")
    .replace(/ie/g, "i")
    .replace(/ou|oo/g, "u")
    .replace(/ph/g, "f")
    .replace(/(\p{L})\1+/gu, "$1");
}

/** Same fold, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
export function sameSpelling(a: string, b: string): boolean {
  return sameFold(spellingFold(a), spellingFold(b));
}

/** A name to be compared with many: folded once, when first compared (sameSpelling without folding it again). */
export class Spelling {
  #fold: string | undefined;

  constructor(readonly name: string) {}

  get fold(): string {
    return (this.#fold ??= spellingFold(this.name));
  }

  /** Same fold, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
  same(other: Spelling): boolean {
    return sameFold(this.fold, other.fold);
  }
}

/** Two folds of one spelling: equal, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
function sameFold(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 5 || Math.abs(fa.length - fb.length) > 1) return false;
  return sameConsonants(fa, fb) && oneEdit(fa, fb);
}

/** The two folds without their vowels (a, e, i, o, u) are the same. */
function sameConsonants(a: string, b: string): boolean {
  let i = 0, j = 0;
  for (;;) {
    while (i < a.length && isVowel(a.charCodeAt(i))) i++;
    while (j < b.length && isVowel(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** True when two words differ by at most one insertion, deletion or substitution. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

const words = new Map<string, string[]>();

/** Words of a person's name, as its spaces part them. Memoised: the same names are asked for again and again. */
export function nameWords(name: string): string[] {
  let w = words.get(name);
  if (!w) {
    if (words.size > 20_000) words.clear();
    words.set(name, (w = name.split(" ").filter(Boolean)));
  }
  return w;
}
