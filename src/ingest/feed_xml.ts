// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 -> Feed, with fast-xml-parser.
// Entity declarations are refused before parsing: a feed has no use for them, and nested
// ones ("billion laughs") or external ones are how XML is made to hang or leak.
//   <rss><channel><item><title>A &amp; B</title>...  -> item "A & B"
//   <!DOCTYPE x [<!ENTITY a "...">]>                -> "malformed XML: refused: ..."
//   <rss><channel>                                  -> "malformed XML: ... (line 1, column 6)"
import { decodeHTMLStrict, decodeXML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { FeedItem, FeedResult } from "./feed_types.ts";
import { htmlToLine } from "./html_text.ts";
import { collapseSpace } from "./normalize.ts";

type X = Record<string, unknown>;

const TEXT_NODES = ["title", "description", "encoded", "content", "summary", "subtitle"];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link", "category", "author", "creator"].includes(name),
  // Kept raw, so HTML and XHTML content arrive as written.
  stopNodes: TEXT_NODES.map((n) => `*.${n}`),
});

/** Inner XML of a text node: CDATA sections as they are, the rest entity-decoded once. */
function xmlText(raw: string): string {
  return raw
    .split(/<!\[CDATA\[([\s\S]*?)\]\]>/)
    .map((part, i) => (i % 2 ? part : decodeXML(part)))
    .join("");
}

const rawOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return rawOf(v[0]);
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object" && "#text" in v) return rawOf((v as X)["#text"]);
  return null;
};

const typeOf = (v: unknown): string | null => {
  const node = Array.isArray(v) ? v[0] : v;
  return node && typeof node === "object" ? ((node as X)["@_type"] as string | undefined) ?? null : null;
};

/** A value as content. RSS content is HTML; an Atom text construct is plain text unless its type says otherwise. */
function content(v: unknown, fallbackType: "html" | "text"): { html: string | null; text: string | null } {
  const raw = rawOf(v);
  if (raw === null || raw.trim() === "") return { html: null, text: null };
  const s = xmlText(raw).trim();
  return (typeOf(v) ?? fallbackType) === "text" ? { html: null, text: s } : { html: s, text: null };
}

/** A value as one line of text; feeds often escape titles twice, so entities are decoded again. */
function line(v: unknown): string | null {
  const raw = rawOf(v);
  if (raw === null) return null;
  const s = xmlText(raw);
  const t = typeOf(v) === "html" || typeOf(v) === "xhtml" || /<[a-z][^>]*>/i.test(s) ? htmlToLine(s) : collapseSpace(decodeHTMLStrict(s));
  return t || null;
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function atomLink(v: unknown): string | null {
  const links = list(v) as X[];
  const pick = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
  return pick ? line(pick["@_href"]) : null;
}

function rssLink(v: unknown): string | null {
  // <atom:link rel="self"> shares the name once prefixes are removed: take the plain one.
  for (const l of list(v)) if (typeof l === "string" && l.trim()) return line(l);
  return null;
}

function rssItem(i: X): FeedItem {
  const guid = line(i.guid);
  const permalink = (i.guid as X | undefined)?.["@_isPermaLink"] !== "false" && guid && /^https?:\/\//.test(guid) ? guid : null;
  return {
    title: line(i.title),
    url: rssLink(i.link) ?? permalink,
    guid,
    published: line(i.pubDate) ?? line(i.date),
    author: line(i.creator) ?? line(i.author),
    html: content(i.encoded, "html").html,
    text: null,
    summary: content(i.description, "html").html,
    categories: list(i.category).map(line).filter((c): c is string => !!c),
  };
}

function atomEntry(e: X): FeedItem {
  const body = content(e.content, "text");
  const summary = content(e.summary, "text");
  return {
    title: line(e.title),
    url: atomLink(e.link),
    guid: line(e.id),
    published: line(e.published) ?? line(e.updated),
    author: (list(e.author) as X[]).map((a) => line(a.name)).filter(Boolean).join(", ") || null,
    html: body.html,
    text: body.text,
    summary: summary.html ?? summary.text,
    categories: (list(e.category) as X[]).map((c) => line(c["@_term"])).filter((c): c is string => !!c),
  };
}

const DECLARES_ENTITIES = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;

/** Why an XML text must not be parsed, or null when it may. */
export function xmlProblem(xml: string): string | null {
  if (DECLARES_ENTITIES.test(xml)) return "malformed XML: refused: the DOCTYPE declares entities (entity expansion is not allowed here)";
  const valid = XMLValidator.validate(xml);
  return valid === true ? null : `malformed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`;
}

export function parseXmlFeed(xml: string): FeedResult {
  const problem = xmlProblem(xml);
  if (problem) return { ok: false, message: problem };
  const doc = parser.parse(xml) as X;
  // An empty root (<rss/>) parses to "", so presence is tested, not truth.
  if ("rss" in doc) {
    const ch = ((doc.rss as X).channel ?? {}) as X;
    return { ok: true, feed: { format: "rss", title: line(ch.title), home: rssLink(ch.link), items: (list(ch.item) as X[]).map(rssItem) } };
  }
  if ("RDF" in doc) {
    const rdf = doc.RDF as X;
    const ch = (rdf.channel ?? {}) as X;
    return { ok: true, feed: { format: "rdf", title: line(ch.title), home: rssLink(ch.link), items: (list(rdf.item) as X[]).map(rssItem) } };
  }
  if ("feed" in doc) {
    const f = doc.feed as X;
    return { ok: true, feed: { format: "atom", title: line(f.title), home: atomLink(f.link), items: (list(f.entry) as X[]).map(atomEntry) } };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#"));
  return { ok: false, message: `not a feed: the root element is <${root ?? "nothing"}>, not <rss>, <feed> or <rdf:RDF>` };
}
