// A day's briefing: the document written under briefings/ and rendered by the site.
import type { ActorKind, PointKind } from "../summarize/types.ts";
import type { PointSource, StoryPoint } from "../cluster/types.ts";
import type { Shift } from "./stance.ts";

export type Novelty = "new" | "repeated" | "changed";

export interface BriefingArticle {
  id: string;
  file: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
}

export interface BriefingPoint extends StoryPoint {
  novelty: Novelty;
  /** Date the point was first seen, for repeated and changed points. */
  firstSeen: string | null;
  /** For changed points: the earlier wording and which way the stance moved. */
  previous: { text: string; kind: PointKind; date: string; shift: Shift } | null;
}

export interface BriefingStory {
  id: string;
  title: string;
  summary: string[];
  articles: string[];
  outlets: string[];
  actors: string[];
  points: BriefingPoint[];
}

export interface BriefingActor {
  name: string;
  slug: string;
  kind: ActorKind;
  aliases: string[];
  /** The actor's points across the day's stories, demands first. */
  points: { story: string; kind: PointKind; target: string | null; text: string; novelty: Novelty; sources: PointSource[] }[];
}

/** An actor whose earlier demand was not heard today. */
export interface QuietDemand {
  actor: string;
  text: string;
  target: string | null;
  lastSeen: string;
}

export interface Briefing {
  /** Schema version of this document. */
  version: 1;
  date: string;
  /** Hash of the day's input articles: a briefing is digested again only when it changes. */
  inputHash: string;
  /** Date of the briefing this one was compared with, if any. */
  previous: string | null;
  articles: BriefingArticle[];
  stories: BriefingStory[];
  actors: BriefingActor[];
  quiet: QuietDemand[];
  /** Inputs of the day that were rejected, with the reason. */
  rejected: { file: string; message: string }[];
}
