import { internationalPhone, type SiteProfile } from "@werkcentrum/regions";
import type { ContactBlockParams } from "@werkcentrum/theme";
import { takenUrls } from "./shared.js";
import type { PageContext, PageModule } from "./types.js";

// The one tel: rule of the whole project (regions' rules/phone.ts); re-exported for existing importers.
export { internationalPhone };

interface Channels {
  telefoon?: string | undefined;
  email?: string | undefined;
  /** A page for the last channel: a contact form, or where to make an appointment. */
  url?: string | undefined;
}

/**
 * Parameters of the theme's contact block for a set of channels, or undefined when there is no link to show (a
 * short number alone has no tel: link; the page tells it in words).
 */
function channelBlock(channels: Channels, texts: { heading: string; urlText: string; text?: string }): ContactBlockParams | undefined {
  const number = channels.telefoon ? internationalPhone(channels.telefoon) : undefined;
  // A short number (14 010) has no tel: link: it is told in words.
  const spoken = channels.telefoon && !number ? `Bel ons op ${channels.telefoon}.` : undefined;
  const text = [texts.text, spoken].filter(Boolean).join(" ");
  const block = {
    heading: texts.heading,
    ...(text ? { text } : {}),
    // Non-breaking spaces keep the number on one line (and html-validate's tel-non-breaking rule asks for them).
    ...(channels.telefoon && number ? { phone: { number, text: channels.telefoon.replace(/ /g, "\u00a0") } } : {}),
    ...(channels.email ? { email: channels.email } : {}),
    ...(channels.url ? { contactHref: channels.url, contactText: texts.urlText } : {}),
  };
  return "phone" in block || "email" in block || "contactHref" in block ? block : undefined;
}

/** Parameters of the theme's contact block from site.yml's `contact`, or undefined when there is nothing to show. */
export function contactBlock(profile: SiteProfile | undefined): ContactBlockParams | undefined {
  const contact = profile?.contact;
  if (!contact) return undefined;
  return channelBlock(
    { telefoon: contact.telefoon, email: contact.email, url: contact.contactpagina },
    { heading: "Bellen, mailen of een vraag stellen", urlText: "Stel uw vraag via het contactformulier" },
  );
}

const GUIDE_INTRO = "Een gids luistert naar uw vraag, en zoekt samen met u de hulp, de opleiding of het werk dat bij u past.";

/**
 * The guide (gidsfunctie) as a contact block, from site.yml's `gids` (global data `werkcentrum.guide`, set by
 * home.ts): on the home page and the contact page of a region that has said how to reach one (site.yml asks for at
 * least one channel besides walk-in hours).
 */
export function guideBlock(profile: SiteProfile | undefined): ContactBlockParams | undefined {
  const gids = profile?.gids;
  if (!gids) return undefined;
  const text = gids.inloop ? `${GUIDE_INTRO} Zonder afspraak: ${gids.inloop}` : GUIDE_INTRO;
  const channels = { telefoon: gids.telefoon, email: gids.email, url: gids.afspraak };
  return channelBlock(channels, { heading: "Praat met een gids", urlText: "Maak een afspraak met een gids", text });
}

const LEGACY_NAMES: Record<string, string> = {
  RMT: "de website van het regionale mobiliteitsteam",
  WerkgeversServicepunt: "de website van het WerkgeversServicepunt",
  Leerwerkloket: "de website van het Leerwerkloket",
  anders: "onze andere website",
};

function addContactPage(config: Parameters<PageModule>[0], context: PageContext): void {
  const landing = context.site.kind === "landing";
  const contact = context.profile?.contact;
  const params = contactBlock(context.profile);
  const soort = context.profile?.bestaandeWebsite?.soort;
  // Only an `extends`: the markup is the theme's (pages/contact.njk).
  config.addTemplate("_werkcentrum/contact.njk", '{% extends "pages/contact.njk" %}', {
    layout: false,
    permalink: "/contact/",
    title: "Contact",
    description: landing ? "Met vragen over werk kunt u terecht bij het Werkcentrum in uw regio." : `Zo bereikt u het ${context.site.title}.`,
    contactParams: params,
    shortNumber: !params && contact?.telefoon ? contact.telefoon : undefined,
    legacyName: soort ? LEGACY_NAMES[soort] : undefined,
  });
}

/**
 * The pages and files every site has, the landing site included: /contact/, the human-readable /sitemap/,
 * sitemap.xml and robots.txt, from the theme's `pages/sitemap.njk`, `files/sitemap.xml.njk` and
 * `files/robots.txt.njk`. (/toegankelijkheid/ and /privacy/ are written by legal.ts.) The footer of every page
 * links them. A site's own page always wins.
 */
export const addRequiredPages: PageModule = (config, context) => {
  const taken = takenUrls(context);
  const siteUrl = `https://${context.site.host}/`;
  if (!taken.has("/contact/")) addContactPage(config, context);
  if (!taken.has("/sitemap/")) {
    config.addTemplate("_werkcentrum/sitemap.njk", '{% extends "pages/sitemap.njk" %}', {
      layout: false,
      permalink: "/sitemap/",
      title: "Sitemap",
      description: "Alle pagina's van deze website op een rij.",
    });
  }
  const file = { layout: false, eleventyExcludeFromCollections: true, siteUrl };
  config.addTemplate("_werkcentrum/sitemap-xml.njk", '{% include "files/sitemap.xml.njk" %}', { ...file, permalink: "/sitemap.xml" });
  config.addTemplate("_werkcentrum/robots-txt.njk", '{% include "files/robots.txt.njk" %}', { ...file, permalink: "/robots.txt" });
};
