import { describe, expect, it } from "vitest";
import { layoutIds, renderMarkdown } from "./render.js";

describe("renderMarkdown", () => {
  it("gives every heading an id from its text, unique on the page and never one of the layout's", () => {
    expect(layoutIds).toContain("inhoud");
    expect(renderMarkdown("## Wat doet het Werkcentrum?\n\n## Inhoud\n\n## Nieuws\n\n### Wat doet het Werkcentrum?\n\n## ***\n\n## Één café\n")).toBe(
      [
        '<h2 id="wat-doet-het-werkcentrum">Wat doet het Werkcentrum?</h2>',
        '<h2 id="kop-inhoud">Inhoud</h2>',
        '<h2 id="kop-nieuws">Nieuws</h2>',
        '<h3 id="wat-doet-het-werkcentrum-1">Wat doet het Werkcentrum?</h3>',
        '<h2 id="kop-1">***</h2>',
        '<h2 id="een-cafe">Één café</h2>',
        "",
      ].join("\n"),
    );
  });

  it("aligns table columns with the theme's classes, never a style attribute (the CSP blocks inline style)", () => {
    const html = renderMarkdown("| Links | Midden | Rechts | Gewoon |\n| :--- | :---: | ---: | --- |\n| a | b | c | d |\n");
    expect(html).not.toContain("style=");
    expect(html).toContain('<th class="wc-align-left">Links</th>');
    expect(html).toContain('<th class="wc-align-center">Midden</th>');
    expect(html).toContain('<td class="wc-align-right">c</td>');
    expect(html).toContain("<td>d</td>");
  });

  it("shows raw HTML and template code as text", () => {
    expect(renderMarkdown('<b style="color:red">x</b> {{ 7 * 7 }}')).toBe("<p>&lt;b style=&quot;color:red&quot;&gt;x&lt;/b&gt; {{ 7 * 7 }}</p>\n");
  });
});
