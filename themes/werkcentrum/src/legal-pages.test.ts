import { describe, expect, it } from "vitest";
import { env, parseFragment, text } from "./testing/render.js";

// The pages the law asks of every host and the contact page, rendered with the data the generator hands them
// (packages/generator/src/pages/legal.ts and required.ts; the global data under `werkcentrum`), for the cases a site
// build of the fixtures does not show.
const render = (page: string, data: Record<string, unknown>, globals: Record<string, unknown> = {}) => {
  const werkcentrum = { landingHost: "werkcentrum.nl", siteTitle: "Werkcentrum Groningen", ...globals };
  const html = env.render(`pages/${page}.njk`, { siteUrls: {}, werkcentrum, title: "Titel", ...data });
  return parseFragment(/<main[\s\S]*<\/main>/.exec(html)![0]);
};
const paragraphs = (doc: Document) => [...doc.querySelectorAll("p")].map((p) => text(p));

describe("/contact/ of a region without any channel", () => {
  const region = { name: "Groningen" };
  it("says the Werkcentrum is still being set up only while its status says so", () => {
    const building = paragraphs(render("contact", {}, { region, site: { profile: { status: "in-ontwikkeling" } } }));
    expect(building).toContain(
      "Het Werkcentrum Groningen wordt nog opgezet, en heeft nog geen telefoonnummer of e-mailadres op deze website gezet. U hoeft niet te wachten:",
    );
    const active = paragraphs(render("contact", {}, { region, site: { profile: { status: "actief" } } }));
    expect(active).toContain(
      "Het Werkcentrum Groningen heeft nog geen telefoonnummer of e-mailadres op deze website gezet. U hoeft niet te wachten:",
    );
  });
});

describe("/toegankelijkheid/: how to report a problem", () => {
  const legal = (extra: Record<string, unknown>) => ({
    host: "groningen.werkcentrum.nl",
    statement: { status: "E", label: "geen verklaring" },
    ...extra,
  });
  const melden = (doc: Document) => {
    const heading = doc.querySelector("#melden")!;
    const after: string[] = [];
    for (let el = heading.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) after.push(text(el));
    return after;
  };

  it("sends the visitor to /contact/ only when that page has another way to reach the region", () => {
    const other = render("toegankelijkheid", { legal: legal({ contactOther: true }) }, { region: { name: "Groningen" } });
    expect(melden(other)[1]).toBe(
      "Er is nog geen e-mailadres of telefoonnummer voor meldingen. Op de contactpagina staat hoe u ons op een andere manier bereikt.",
    );
    expect(other.querySelector('#melden ~ p a[href="/contact/"]')).not.toBeNull();
    const none = render("toegankelijkheid", { legal: legal({ contactOther: false }) }, { region: { name: "Groningen" } });
    expect(melden(none)[1]).toBe(
      "Op deze website staat nog geen e-mailadres of telefoonnummer waar u een probleem kunt melden. Dat hoort er wel te staan. Zodra het er is, vindt u het hier.",
    );
    expect(none.querySelector('a[href="/contact/"]')).toBeNull();
  });

  it("names what the site aims for without claiming it is proven", () => {
    const doc = render("toegankelijkheid", { legal: legal({}) }, { region: { name: "Groningen" } });
    expect(paragraphs(doc)).toContain("Bij het maken van de website letten wij op deze punten:");
    expect(text(doc.querySelector("main")!)).not.toContain("u kunt alles met alleen een toetsenbord bedienen");
  });
});

describe("/privacy/ without a responsible organisation", () => {
  it("says so, and where a visitor can ask about their data", () => {
    const doc = render("privacy", { legal: { logRetentionDays: 14 } });
    expect(paragraphs(doc)).toContain(
      "Welke organisatie verantwoordelijk is voor deze website, staat hier nog niet. Heeft u een vraag over uw gegevens? Stel die aan de organisatie die u helpt, zoals UWV of uw gemeente.",
    );
  });
});
