import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render.js";

describe("renderMarkdown", () => {
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
