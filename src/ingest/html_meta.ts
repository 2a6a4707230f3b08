// A page's metadata: Open Graph, JSON-LD (the NewsArticle or its kin), meta tags, <link rel=canonical>.
// Earlier sources win: what the publisher declares for sharing is the most deliberate.
//   <meta property="og:site_name" content="Example Daily">     -> siteName "Example Daily"
//   {"@type":"NewsArticle","datePublished":"2025-01-14T09:00Z"} -> published
//   <link rel="canonical" href="/world/a">, base https://x.org  -> url https://x.org/world/a
import { attr, type DomDocument } from "./dom.ts";
import { collapseSpace } from "./normalize.ts";

export interface PageMeta {
  title: string | null;
  url: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  siteName: string | null;
  description: string | null;
  lang: string | null;
}

type Json = Record<string, unknown>;

// schema.org types that describe one article.
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? collapseSpace(v) : null);

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(", ") : null;
  }
  if (typeof v === "object" && v !== null) return str((v as Json).name);
  return str(v);
}

function jsonLdArticle(doc: DomDocument): Json | null {
  const nodes: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null) {
      nodes.push(v as Json);
      if (Array.isArray((v as Json)["@graph"])) visit((v as Json)["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is the page's fault and says nothing about the article: skip it.
    }
  }
  const types = (n: Json) => [n["@type"]].flat().filter((t): t is string => typeof t === "string");
  return nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

function metaContent(doc: DomDocument, keys: string[]): string | null {
  for (const key of keys) {
    for (const by of ["property", "name", "itemprop"]) {
      const v = attr(doc.querySelector(`meta[${by}="${key}"]`), "content");
      if (v) return collapseSpace(v);
    }
  }
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Headline | Site" and "Headline - Site": the site part is not the headline. */
function withoutSite(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  return title.replace(new RegExp(`\\s+[|–—-]\\s+${escapeRe(site)}$`), "") || title;
}

const notUrl = (s: string | null) => (s && !/^https?:\/\//.test(s) ? s : null);

export function pageMeta(doc: DomDocument, baseUrl: string | null = null): PageMeta {
  const ld = jsonLdArticle(doc);
  const ldPage = ld?.mainEntityOfPage;
  const siteName = metaContent(doc, ["og:site_name", "application-name"]) ?? nameOf(ld?.publisher);
  const title = withoutSite(
    metaContent(doc, ["og:title", "twitter:title"]) ?? str(ld?.headline) ?? metaContent(doc, ["title", "headline"]) ?? str(doc.querySelector("title")?.textContent),
    siteName,
  );
  const canonical = attr(doc.querySelector('link[rel="canonical"]'), "href");
  const ogUrl = absolute(metaContent(doc, ["og:url"]), baseUrl);
  // A saved page has no address of its own: a relative canonical link resolves against og:url.
  const url =
    absolute(canonical, baseUrl ?? ogUrl) ??
    ogUrl ??
    absolute(str(ld?.url) ?? (typeof ldPage === "string" ? ldPage : str((ldPage as Json | undefined)?.["@id"])), baseUrl);
  return {
    title,
    url,
    published:
      metaContent(doc, ["article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date.issued", "DC.date.issued", "sailthru.date", "parsely-pub-date"]) ??
      str(ld?.datePublished) ??
      attr(doc.querySelector("time[datetime][itemprop=datePublished]") ?? doc.querySelector("article time[datetime]"), "datetime"),
    modified: metaContent(doc, ["article:modified_time", "dateModified"]) ?? str(ld?.dateModified),
    author: notUrl(metaContent(doc, ["author", "article:author", "byl", "dc.creator", "DC.creator"]))?.replace(/^by\s+/i, "") ?? nameOf(ld?.author),
    siteName,
    description: metaContent(doc, ["og:description", "description", "twitter:description"]) ?? str(ld?.description),
    lang: attr(doc.documentElement, "lang"),
  };
}
