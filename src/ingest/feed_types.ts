// A feed, whatever it was written in.

export interface FeedItem {
  title: string | null;
  url: string | null;
  guid: string | null;
  published: string | null;
  author: string | null;
  /** Full content as HTML (content:encoded, Atom content, content_html). */
  html: string | null;
  /** Full content as plain text (Atom content type="text", content_text). */
  text: string | null;
  /** A summary or teaser, HTML or text (RSS description, Atom summary, summary). */
  summary: string | null;
  categories: string[];
}

export interface Feed {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  /** The site the feed belongs to. */
  home: string | null;
  items: FeedItem[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; message: string };
