// A synthetic news day with known events, from a seeded PRNG: events share
// actors and topics (so shared names alone would mislead), and each event is
// carried by wire rewrites (word-level edits of one text) and independent
// reports (new text from the event's own words).
import type { Digested } from "../src/cluster/types.ts";
import type { PointKind, Summary } from "../src/summarize/types.ts";
import { wordLists } from "../src/cluster/words.ts";

export interface SyntheticDay {
  day: Digested[];
  /** Event index of each article. */
  truth: number[];
}

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka ri to men sal vor an de lin tas pre mo gu el sta ber fin ol nu tra ci pa ver dol ho ze ful mar ing con ex".split(" ");

/** Index drawn with Zipf-like weights 1/(rank+1)^s, by inverse of the cumulative sum. */
function zipf(n: number, s: number): (r: () => number) => number {
  const cum = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cum[i] = sum += 1 / Math.pow(i + 1, s);
  return (r) => {
    const x = r() * sum;
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function makeWords(r: () => number, count: number, min: number, max: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const len = min + Math.floor(r() * (max - min + 1));
    let w = "";
    for (let i = 0; i < len; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    seen.add(w);
  }
  return [...seen];
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

interface Event {
  topic: string[];
  own: string[];
  names: string[];
  numbers: string[];
}

export function syntheticDay(articles = 5000, events = 600, seed = 20240101): SyntheticDay {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const general = makeWords(r, 20000, 2, 4);
  const generalRank = zipf(general.length, 1.05);
  const fn = [...wordLists().stopwords];
  const fnRank = zipf(fn.length, 0.9);
  const actors = makeWords(r, 300, 2, 3).map(cap);
  const actorRank = zipf(actors.length, 1.1);
  const topics = Array.from({ length: 40 }, () => Array.from({ length: 60 }, () => general[200 + Math.floor(r() * 8000)]!));
  const evs: Event[] = Array.from({ length: events }, () => ({
    topic: pick(topics),
    own: Array.from({ length: 25 }, () => general[500 + Math.floor(r() * 19000)]!),
    names: [actors[actorRank(r)]!, actors[actorRank(r)]!, actors[actorRank(r)]!],
    numbers: Array.from({ length: 3 }, () => String(2 + Math.floor(r() * 5000))),
  }));
  const word = (e: Event) => {
    const x = r();
    if (x < 0.45) return fn[fnRank(r)]!;
    if (x < 0.6) return pick(e.topic);
    if (x < 0.72) return pick(e.own);
    if (x < 0.78) return pick(e.names);
    if (x < 0.8) return pick(e.numbers);
    return general[generalRank(r)]!;
  };
  const sentence = (e: Event) => {
    const n = 8 + Math.floor(r() * 14);
    const ws = Array.from({ length: n }, () => word(e));
    return cap(ws.join(" ")) + ".";
  };
  const report = (e: Event) => {
    const out: string[] = [];
    for (let words = 0; words < 300; ) {
      const s = sentence(e);
      out.push(s);
      words += s.split(" ").length;
    }
    return out;
  };
  // Rewrite: a fifth of words swapped, dropped or added; some sentences reordered or cut.
  const rewrite = (e: Event, base: string[]) => {
    const sents = base.filter(() => r() > 0.1).map((s) =>
      s.slice(0, -1).split(" ").flatMap((w) => {
        const x = r();
        if (x < 0.1) return [general[generalRank(r)]!];
        if (x < 0.15) return [];
        if (x < 0.2) return [w, word(e)];
        return [w];
      }).join(" ") + ".",
    );
    for (let i = 0; i + 1 < sents.length; i++) if (r() < 0.15) [sents[i], sents[i + 1]] = [sents[i + 1]!, sents[i]!];
    return sents;
  };
  // What a summarizer would find: the event's people (now and then spelled another way) making
  // a few points in the event's own words, so merging actors and points is exercised too.
  const KINDS: PointKind[] = ["demand", "position", "position", "warning", "offer", "rejection"];
  const spelled = (name: string) => (r() < 0.15 ? name.slice(0, -1) + (name.endsWith("i") ? "y" : "i") : name);
  const summaryOf = (e: Event, id: string, sentences: string[]): Summary => {
    const people = e.names.map((n) => `${n} ${cap(e.own[0]!)}`);
    const actors = [...new Set(people.map(spelled))].map((name) => ({ name, kind: "person" as const, aliases: [name, name.split(" ")[1]!] }));
    const points = Array.from({ length: 4 }, (_, i) => {
      const sentence = sentences[i % sentences.length]!;
      const text = Array.from({ length: 6 }, () => pick(e.own)).join(" ");
      return { kind: KINDS[i % KINDS.length]!, actor: actors[i % actors.length]!.name, target: null, text, sentence, start: 0, end: sentence.length, rule: "synthetic", article: id };
    });
    return { articleId: id, actors, points, unplaced: [] };
  };
  // Sizes 1-20, most events small; then trimmed or padded to the article count.
  const sizes = evs.map(() => 1 + Math.floor(20 * Math.pow(r(), 1.6)));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; total !== articles; i = (i + 1) % sizes.length) {
    if (total > articles && sizes[i]! > 1) sizes[i]!--, total--;
    else if (total < articles && sizes[i]! < 20) sizes[i]!++, total++;
  }
  const outlets = makeWords(r, 50, 2, 3).map((w) => cap(w) + " News");
  const day: Digested[] = [];
  const truth: number[] = [];
  evs.forEach((e, k) => {
    const base = report(e);
    for (let m = 0; m < sizes[k]!; m++) {
      const sentences = m === 0 ? base : r() < 0.3 ? report(e) : rewrite(e, base);
      const body = sentences.join(" ");
      const id = `e${k}-a${m}`;
      day.push({
        article: { id, file: `${id}.txt`, date: null, title: null, source: pick(outlets), url: null, published: null, author: null, body, meta: {} },
        summary: summaryOf(e, id, sentences),
      });
      truth.push(k);
    }
  });
  // Interleave events as a day's feed would.
  const order = day.map((_, i) => ({ i, key: r() })).sort((a, b) => a.key - b.key);
  return { day: order.map((o) => day[o.i]!), truth: order.map((o) => truth[o.i]!) };
}
