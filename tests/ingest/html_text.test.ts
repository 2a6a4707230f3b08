import { suite } from "uvu";
import * as assert from "uvu/assert";
import { htmlBlocks, htmlToLine } from "../../src/ingest/html_text.ts";

const hb = suite("htmlBlocks");
// [html, expected blocks as "kind:text"]
const table: [string, string, string[]][] = [
  ["paragraphs, entities, inline markup, no-break spaces", "<p>One &amp; <b>two</b></p><p>Three&nbsp;four</p>", ["para:One & two", "para:Three four"]],
  ["headings and list items", "<h2>Next</h2><ul><li>A</li><li><p>B</p></li></ul>", ["heading:Next", "item:A", "item:B"]],
  ["a line break splits a paragraph", "<p>Line<br>break</p>", ["para:Line", "para:break"]],
  ["figures, captions, scripts and forms are left out", "<figure><img src=x><figcaption>Photo: staff</figcaption></figure><script>var a</script><form><label>Name</label></form><p>Text</p>", ["para:Text"]],
  ["hidden elements are left out", '<p hidden>no</p><p style="display: none">no</p><div aria-hidden="true">no</div><p>yes</p>', ["para:yes"]],
  ["text directly in a div", "<div>Loose text <span>here</span><p>Inner</p>after</div>", ["para:Loose text here", "para:Inner", "para:after"]],
  ["a whole page: nav, aside and footer go", "<html><body><nav>Menu</nav><main><p>Body</p></main><aside>Most read</aside><footer>©</footer></body></html>", ["para:Body"]],
];
for (const [name, html, want] of table)
  hb(`htmlBlocks :: ${name}`, () => assert.equal(htmlBlocks(html).map((b) => `${b.kind}:${b.text}`), want));

hb("htmlToLine :: markup in a title flattens to text", () => {
  assert.is(htmlToLine("Toll <em>rises</em> &amp; more"), "Toll rises & more");
});

hb.run();
