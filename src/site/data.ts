// Everything the templates show, prepared from the briefings: pages per day
// and per actor, feed items. The templates only lay it out.
import type { SiteConfig } from "../config.ts";
import type { Briefing, BriefingArticle, BriefingPoint, BriefingStory } from "../briefing/types.ts";
import { absoluteUrl, carriedBy, kindLabel, noveltyLabel } from "./filters.ts";
import { feedItemHtml } from "./feed_content.ts";
import { DateTime } from "luxon";

export interface SourceView {
  title: string;
  outlet: string | null;
  link: string | null;
  sentence: string;
}

export interface PointView extends BriefingPoint {
  kindText: string;
  actorSlug: string | null;
  targetSlug: string | null;
  supportText: string;
  noveltyText: string;
  sourceViews: SourceView[];
}

export interface StoryView extends Omit<BriefingStory, "points"> {
  points: PointView[];
  /** The points shown at once; the rest sit behind a "more" control. */
  leadPoints: PointView[];
  morePoints: PointView[];
  outletCount: number;
  articleViews: { title: string; link: string | null; source: string | null; published: string | null }[];
}

// Fields never share a name with a filter (`url`, `slug`, `kindLabel`...):
// Handlebars would call the helper instead of reading the field.
export interface BriefingPage {
  date: string;
  path: string;
  jsonUrl: string;
  /** Newest published time among the day's articles, else the day's start in the site's zone. */
  updated: string;
  stories: StoryView[];
  storyCount: number;
  pointCount: number;
  /** Every actor of the day with their points across stories, demands first. */
  actors: { name: string; slug: string; kind: string; path: string; points: { kindText: string; target: string | null; text: string; noveltyText: string }[] }[];
  quiet: (Briefing["quiet"][number] & { actorSlug: string | null })[];
  rejected: Briefing["rejected"];
  articles: BriefingArticle[];
  /** The briefing document itself, for briefings/DATE.json. */
  document: Briefing;
}

export interface ActorPage {
  name: string;
  slug: string;
  kind: string;
  aliases: string[];
  path: string;
  days: { date: string; path: string; points: (BriefingPoint & { kindText: string; story: string })[] }[];
  pointCount: number;
}

export interface FeedItem {
  title: string;
  link: string;
  id: string;
  date: Date;
  html: string;
}

export interface SiteData {
  site: SiteConfig & { feedUrl: string; atomUrl: string; jsonFeedUrl: string; updated: Date };
  briefings: BriefingPage[];
  latest: BriefingPage | null;
  actors: ActorPage[];
  feedItems: FeedItem[];
  jsonFeed: string;
}

const FEED_SIZE = 30;
/** Points of a story shown before "more": a briefing is read, not searched. */
const LEAD_POINTS = 6;

function newestPublished(b: Briefing, zone: string): string {
  const times = b.articles.map((a) => a.published).filter((p): p is string => !!p && DateTime.fromISO(p).isValid);
  const inDay = times.filter((p) => DateTime.fromISO(p, { setZone: true }).setZone(zone).toISODate() === b.date).sort();
  return inDay.at(-1) ?? DateTime.fromISO(b.date, { zone }).toISO()!;
}

function pointView(p: BriefingPoint, story: BriefingStory, articles: Map<string, BriefingArticle>, slugs: Map<string, string>): PointView {
  return {
    ...p,
    kindText: kindLabel(p.kind),
    actorSlug: slugs.get(p.actor) ?? null,
    targetSlug: p.target ? (slugs.get(p.target) ?? null) : null,
    supportText: carriedBy(p.support, story.outlets.length),
    noveltyText: noveltyLabel(p.novelty, p.firstSeen, p.previous?.shift, p.previous?.date),
    sourceViews: p.sources.map((s) => {
      const a = articles.get(s.article);
      return { title: a?.title ?? a?.file ?? s.article, outlet: s.outlet ?? a?.source ?? null, link: a?.url ?? null, sentence: s.sentence };
    }),
  };
}

function briefingPage(b: Briefing, site: SiteConfig): BriefingPage {
  const articles = new Map(b.articles.map((a) => [a.id, a]));
  const slugs = new Map(b.actors.map((a) => [a.name, a.slug]));
  const stories = b.stories.map((s) => {
    const points = s.points.map((p) => pointView(p, s, articles, slugs));
    return {
    ...s,
    points,
    leadPoints: points.slice(0, LEAD_POINTS),
    morePoints: points.slice(LEAD_POINTS),
    outletCount: s.outlets.length,
    articleViews: s.articles
      .map((id) => articles.get(id))
      .filter((a): a is BriefingArticle => !!a)
      .map((a) => ({ title: a.title ?? a.file, link: a.url, source: a.source, published: a.published })),
    };
  });
  return {
    date: b.date,
    path: `/briefings/${b.date}/`,
    jsonUrl: `/briefings/${b.date}.json`,
    updated: newestPublished(b, site.timeZone),
    stories,
    storyCount: stories.length,
    pointCount: stories.reduce((n, s) => n + s.points.length, 0),
    actors: b.actors.map(({ name, slug, kind, points }) => ({
      name,
      slug,
      kind,
      path: `/actors/${slug}/`,
      points: points.map((p) => ({ kindText: kindLabel(p.kind), target: p.target, text: p.text, noveltyText: noveltyLabel(p.novelty, null, null, null) })),
    })),
    quiet: b.quiet.map((q) => ({ ...q, actorSlug: slugs.get(q.actor) ?? null })),
    rejected: b.rejected,
    articles: b.articles,
    document: b,
  };
}

function actorPages(briefings: Briefing[]): ActorPage[] {
  const bySlug = new Map<string, ActorPage>();
  for (const b of briefings) {
    for (const a of b.actors) {
      let page = bySlug.get(a.slug);
      if (!page) bySlug.set(a.slug, (page = { name: a.name, slug: a.slug, kind: a.kind, aliases: [], path: `/actors/${a.slug}/`, days: [], pointCount: 0 }));
      for (const alias of a.aliases) if (!page.aliases.includes(alias)) page.aliases.push(alias);
      const points = b.stories.flatMap((s) => s.points.filter((p) => p.actor === a.name).map((p) => ({ ...p, kindText: kindLabel(p.kind), story: s.title })));
      if (points.length) page.days.push({ date: b.date, path: `/briefings/${b.date}/`, points });
      page.pointCount += points.length;
    }
  }
  for (const page of bySlug.values()) page.days.sort((x, y) => y.date.localeCompare(x.date));
  return [...bySlug.values()].sort((x, y) => x.name.localeCompare(y.name, "en"));
}

function jsonFeed(data: Omit<SiteData, "jsonFeed">): string {
  const { site } = data;
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    home_page_url: site.url,
    feed_url: site.jsonFeedUrl,
    description: site.description,
    language: site.language,
    authors: [{ name: site.author }],
    items: data.feedItems.map((i) => ({ id: i.id, url: i.link, title: i.title, content_html: i.html, date_published: i.date.toISOString() })),
  };
  return JSON.stringify(feed, null, 2) + "\n";
}

/** Briefings in any order in; pages newest first out. */
export function siteData(briefings: Briefing[], site: SiteConfig): SiteData {
  const sorted = [...briefings].sort((a, b) => b.date.localeCompare(a.date));
  const pages = sorted.map((b) => briefingPage(b, site));
  const feedItems = pages.slice(0, FEED_SIZE).map((p) => {
    const link = absoluteUrl(p.path, site.url);
    return { title: `${site.title}: ${p.date}`, link, id: link, date: new Date(p.updated), html: feedItemHtml(p, site) };
  });
  const updated = feedItems[0]?.date ?? new Date(0);
  const withoutJson = {
    site: { ...site, feedUrl: absoluteUrl("/feed.xml", site.url), atomUrl: absoluteUrl("/atom.xml", site.url), jsonFeedUrl: absoluteUrl("/feed.json", site.url), updated },
    briefings: pages,
    latest: pages[0] ?? null,
    actors: actorPages(sorted),
    feedItems,
  };
  return { ...withoutJson, jsonFeed: jsonFeed(withoutJson) };
}
