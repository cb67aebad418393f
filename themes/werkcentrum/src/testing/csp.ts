/**
 * Facts every rendered page or fragment must have for the sites' strict Content-Security-Policy (no
 * 'unsafe-inline' for scripts or styles) and for "no third-party requests": returns what breaks them.
 */
export function cspProblems(document: Document): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames()) {
      if (attribute === "style") problems.push(`style="" on <${element.localName}>`);
      if (/^on[a-z]+$/.test(attribute)) problems.push(`${attribute}="" on <${element.localName}>`);
    }
  }
  for (const style of document.querySelectorAll("style")) problems.push(`<style> ${style.textContent?.slice(0, 40)}`);
  for (const script of document.querySelectorAll("script")) {
    if (script.getAttribute("type") !== "application/ld+json") problems.push(`<script> ${script.getAttribute("src") ?? "inline"}`);
  }
  for (const loaded of document.querySelectorAll("link[href], img[src], script[src], source[src], iframe[src], image[href]")) {
    const url = loaded.getAttribute("href") ?? loaded.getAttribute("src") ?? "";
    if (!url.startsWith("/") || url.startsWith("//")) problems.push(`third-party or relative resource ${url}`);
  }
  for (const link of document.querySelectorAll("a[href]")) {
    if (/^\s*javascript:/i.test(link.getAttribute("href") ?? "")) problems.push(`javascript: link`);
  }
  return problems;
}

/** Ids that occur more than once. */
export function duplicateIds(document: Document): string[] {
  const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}
