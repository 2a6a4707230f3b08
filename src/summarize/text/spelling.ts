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

const VOWELS = /[aeiou]/g;

/** Same fold, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
export function sameSpelling(a: string, b: string): boolean {
  return new Spelling(a).same(new Spelling(b));
}

/** A name to be compared with many: folded once, when first compared (sameSpelling without folding it again). */
export class Spelling {
  #fold: string | undefined;
  #consonants: string | undefined;

  constructor(readonly name: string) {}

  get fold(): string {
    return (this.#fold ??= spellingFold(this.name));
  }

  /** The fold without its vowels. */
  get consonants(): string {
    return (this.#consonants ??= this.fold.replace(VOWELS, ""));
  }

  /** Same fold, or (five letters or more) the same consonants with one vowel added, dropped or changed. */
  same(other: Spelling): boolean {
    const fa = this.fold, fb = other.fold;
    if (fa === fb) return true;
    if (Math.min(fa.length, fb.length) < 5 || Math.abs(fa.length - fb.length) > 1) return false;
    if (this.consonants !== other.consonants) return false;
    return oneEdit(fa, fb);
  }
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

/** Words of a person's name, without particles. Memoised: the same names are asked for again and again. */
export function nameWords(name: string): string[] {
  let w = words.get(name);
  if (!w) {
    if (words.size > 20_000) words.clear();
    words.set(name, (w = name.split(" ").filter(Boolean)));
  }
  return w;
}
