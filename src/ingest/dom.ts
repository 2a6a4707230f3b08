// The few DOM shapes the readers touch, typed here because the project compiles without the DOM lib.
import { parseHTML } from "linkedom";

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  documentElement: DomElement;
  body: DomElement | null;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** A whole page, or a fragment wrapped into one. */
export function parseDocument(html: string): DomDocument {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(full) as unknown as { document: DomDocument }).document;
}

export const attr = (el: DomElement | null, name: string): string | null => el?.getAttribute(name)?.trim() || null;
