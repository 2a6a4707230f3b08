// The one shape every reader produces and every later stage consumes.

export interface Article {
  /** Stable id: a hash of the clean text and title, so the same article read twice gets the same id. */
  id: string;
  /** The path or URL the article was read from, as given. */
  file: string;
  /** Day the article belongs to (YYYY-MM-DD): its published time in the configured zone, else its folder's date. */
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /** ISO 8601 published time, when known. */
  published: string | null;
  author: string | null;
  /** Clean article text: paragraphs separated by a blank line, no headline, no boilerplate. */
  body: string;
  /** Other metadata kept from front matter or page metadata. */
  meta: Record<string, unknown>;
}

/** A file or URL that could not be read, and why, in words a person can act on. */
export interface IngestError {
  file: string;
  message: string;
}
