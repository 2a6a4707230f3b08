// What the summarizer produces for one article.

export type ActorKind = "person" | "government" | "country" | "organisation" | "group";

/** CAMEO-like kinds of key point; `demand` is the one the briefing leads with. */
export type PointKind = "demand" | "rejection" | "warning" | "offer" | "position";

export interface Actor {
  /** Canonical name: one per real actor, however the text spells it. */
  name: string;
  kind: ActorKind;
  /** Every surface form seen in the text, in order of first appearance. */
  aliases: string[];
}

export interface KeyPoint {
  kind: PointKind;
  /** Canonical name of the actor whose act this is. */
  actor: string;
  /** Canonical name of who is asked to act, when the text says. */
  target: string | null;
  /** The point in a short clause. */
  text: string;
  /** The exact source sentence. */
  sentence: string;
  /** Character offsets of the sentence in the article body; for a point made by the
   * headline (`inTitle`), offsets into the article's title instead. */
  start: number;
  end: number;
  /** The sentence is the article's title (the headline read as sentence -1). */
  inTitle?: boolean;
  /** Every actor asked to act when the text names several ("the US and Western nations"); `target` is the first. */
  targets?: string[];
  /** Name of the rule that made the point. */
  rule: string;
  /** Id of the article the sentence comes from. */
  article: string;
}

export interface Summary {
  articleId: string;
  actors: Actor[];
  points: KeyPoint[];
  /** Name-like phrases no rule could place: where the dictionaries have gaps. */
  unplaced: string[];
}
