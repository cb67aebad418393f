import { z } from "zod";
import { email, groep, handle, httpsUrl, lijst, melding, tekst, telefoon, uniek } from "./profile/fields.js";
import { gidsSchema, privacySchema, toegankelijkheidSchema, verantwoordelijkeSchema } from "./profile/statement.js";
import { vestigingSchema } from "./profile/vestiging.js";
import { LANDING_HOST } from "./constants.js";
import { allRegions, getRegion } from "./registry.js";
import { isWerkcentrumHost } from "./rules/hosts.js";

const regionCodes = allRegions.map((r) => r.code) as [string, ...string[]];

/** Languages a site can offer content in: Dutch (always), English, Ukrainian, Polish and Arabic. */
export const TALEN = ["nl", "en", "uk", "pl", "ar"] as const;

/** Social networks a region can link to. Mastodon has no single host; the others do and are checked. */
const SOCIAL_HOSTS = {
  linkedin: ["linkedin.com"],
  facebook: ["facebook.com"],
  instagram: ["instagram.com"],
  x: ["x.com", "twitter.com"],
  youtube: ["youtube.com", "youtu.be"],
  tiktok: ["tiktok.com"],
  bluesky: ["bsky.app"],
  mastodon: [],
} as const satisfies Record<string, readonly string[]>;
type Platform = keyof typeof SOCIAL_HOSTS;
const PLATFORMS = Object.keys(SOCIAL_HOSTS) as [Platform, ...Platform[]];

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

const hostIsOn = (url: string, domains: readonly string[]): boolean => {
  const host = URL.canParse(url) ? new URL(url).hostname : "";
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
};

const lid = groep({
  naam: tekst("Vul de naam van de organisatie in.").describe("Naam van de organisatie."),
  url: httpsUrl().optional().describe("Website van de organisatie (https://...)."),
}).describe("Een organisatie, met naam en eventueel website");

const leden = (beschrijving: string) => lijst(lid).optional().describe(beschrijving);

const socialMediaLink = groep({
  platform: z.enum(PLATFORMS, { error: melding(`Kies een van: ${PLATFORMS.join(", ")}.`) }).describe(`Het netwerk: ${PLATFORMS.join(", ")}.`),
  url: httpsUrl().describe("Adres van de pagina van de regio op dat netwerk."),
})
  .refine(({ platform, url }) => SOCIAL_HOSTS[platform].length === 0 || hostIsOn(url, SOCIAL_HOSTS[platform]), {
    path: ["url"],
    message: "Dit adres hoort niet bij het gekozen netwerk. Controleer 'platform' en 'url'.",
    when: ({ issues }) => issues.length === 0,
  })
  .describe("Een link naar de regio op een sociaal netwerk");

const contact = groep({
  telefoon: telefoon().optional().describe("Telefoonnummer voor werkzoekenden, werkenden en werkgevers."),
  email: email().optional().describe("E-mailadres van het Werkcentrum."),
  contactpagina: httpsUrl().optional().describe("Webadres van een contactformulier of contactpagina."),
})
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: "Vul minstens één manier van contact in, of laat 'contact' weg.",
    when: ({ value }) => typeof value === "object" && value !== null,
  })
  .describe("Hoe mensen het Werkcentrum bereiken");

const bestaandeWebsite = groep({
  url: httpsUrl().describe("Webadres van de huidige site."),
  soort: z
    .enum(["RMT", "WerkgeversServicepunt", "Leerwerkloket", "anders"], {
      error: melding(
        "Kies RMT, WerkgeversServicepunt, Leerwerkloket of anders.",
        "Vul in wat voor site het is: RMT, WerkgeversServicepunt, Leerwerkloket of anders.",
      ),
    })
    .describe("Wat voor site: RMT, WerkgeversServicepunt, Leerwerkloket of anders."),
  naam: tekst().optional().describe("Naam van de site, voor de linktekst. Bijvoorbeeld de naam van het Leerwerkloket."),
})
  .refine(({ url }) => !isWerkcentrumHost(new URL(url).hostname), {
    path: ["url"],
    message: `Ongeldige link. Een adres op ${LANDING_HOST} is geen bestaande website van de regio: dat is de nieuwe site. Vul het adres van de huidige site in, of laat bestaandeWebsite weg.`,
    when: ({ value }) => httpsUrl().safeParse(field(value, "url")).success,
  })
  .describe("De site die de regio nu gebruikt. De landelijke site verwijst ernaar zolang de eigen pagina's niet klaar zijn.");

const regionaalBeraad = groep({
  gemeenten: leden("Gemeenten in het Regionaal Beraad, te beginnen met de centrumgemeente."),
  uwv: leden("UWV."),
  sbb: leden("SBB (Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven)."),
  werkgeversorganisaties: leden("Werkgeversorganisaties."),
  werknemersorganisaties: leden("Werknemersorganisaties (vakbonden)."),
  onderwijs: leden("Onderwijs: de contactschool, meestal het roc."),
  strategischePartners: leden("Andere partners die de regio heeft uitgenodigd, bijvoorbeeld een ontwikkelbedrijf."),
}).describe("Wie er in het Regionaal Beraad zitten, per groep");

/** The fields behind the privacy text and the accessibility statement: the same on the landing site. */
const legalFields = {
  verantwoordelijke: verantwoordelijkeSchema.optional(),
  privacy: privacySchema.optional(),
  toegankelijkheid: toegankelijkheidSchema.optional(),
};

const fields = {
  code: z
    .enum(regionCodes, { error: "Onbekende regiocode: gebruik de CBS-code van uw arbeidsmarktregio, bijvoorbeeld AM19." })
    .describe("CBS-code van de arbeidsmarktregio, bijvoorbeeld AM19. Niet wijzigen."),
  naam: tekst("Vul de naam van de arbeidsmarktregio in, zoals CBS die schrijft.").describe(
    "Naam van de arbeidsmarktregio zoals CBS die schrijft. Niet wijzigen.",
  ),
  status: z
    .enum(["actief", "in-ontwikkeling"], { error: "Kies 'actief' of 'in-ontwikkeling'." })
    .default("in-ontwikkeling")
    .describe("Is het Werkcentrum open (actief) of wordt het nog opgezet (in-ontwikkeling)?"),
  vorm: z
    .enum(["fysiek", "digitaal", "beide"], { error: melding("Kies 'fysiek', 'digitaal' of 'beide'.") })
    .optional()
    .describe("Kunnen mensen langskomen (fysiek), alleen online terecht (digitaal), of allebei (beide)?"),
  bestaandeWebsite: bestaandeWebsite.optional(),
  contact: contact.optional(),
  gids: gidsSchema.optional(),
  vestigingen: lijst(vestigingSchema).optional().describe("Plaatsen waar mensen langs kunnen komen."),
  regionaalBeraad: regionaalBeraad.optional(),
  partners: leden("Partnerorganisaties van het Werkcentrum."),
  socialMedia: lijst(socialMediaLink).optional().describe("Links naar de regio op sociale netwerken."),
  talen: lijst(z.enum(TALEN, { error: melding("Kies uit nl, en, uk, pl en ar.") }))
    .refine(uniek, "Noem elke taal maar één keer.")
    .optional()
    .describe("Talen waarin de regio inhoud aanbiedt: nl (Nederlands), en (Engels), uk (Oekraïens), pl (Pools), ar (Arabisch)."),
  redacteuren: lijst(handle())
    .refine(uniek, "Noem elke redacteur maar één keer.")
    .optional()
    .describe("GitHub-gebruikers (@naam) of teams (@organisatie/team) die de inhoud van deze regio beheren en wijzigingen goedkeuren."),
  ...legalFields,
};

const codeAndName = (value: unknown): value is { code: string; naam: string } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { code?: unknown }).code === "string" &&
  typeof (value as { naam?: unknown }).naam === "string";

/**
 * The region profile in `sites/<slug>/site.yml`: what the region, not CBS, knows about its Werkcentrum.
 * Only `code` and `naam` are required (`werkcentrum sites sync` writes them with `status`); the site leaves out
 * whatever a region has not filled in. Field names and messages are Dutch because regional editors use them.
 */
export const siteProfileSchema = groep(fields, "Het profiel moet velden bevatten, zoals 'code: AM22' en 'naam: Rijnmond'.")
  .superRefine(
    (profile, ctx) => {
      const region = getRegion(profile.code);
      const naam = profile.naam.trim();
      // An empty naam already has its own message.
      if (region && region.code === profile.code && naam !== "" && region.name !== naam) {
        ctx.addIssue({
          code: "custom",
          path: ["naam"],
          input: profile.naam,
          message: `Regio ${region.code} heet '${region.name}'. Schrijf de naam precies zo, of controleer de code.`,
        });
      }
    },
    // Also when other fields have problems: an editor sees every problem at once.
    { when: ({ value }) => codeAndName(value) },
  )
  .describe("Profiel van een regionale Werkcentrum-site");

/**
 * The profile of werkcentrum.nl in `sites/werkcentrum.nl/site.yml`, kept by the national programme: only what the
 * law's pages need (who answers for the site, privacy, the accessibility statement) and how to reach it.
 */
export const landingProfileSchema = groep(
  { ...legalFields, contact: contact.optional() },
  "Het profiel moet velden bevatten, zoals 'verantwoordelijke:' met daaronder 'naam:'.",
).describe("Profiel van de landelijke site werkcentrum.nl");

export type LandingProfile = z.infer<typeof landingProfileSchema>;

/** A validated profile (after defaults: `status` is always set). */
export type SiteProfile = z.infer<typeof siteProfileSchema>;
/** A profile as written in site.yml, before defaults. */
export type SiteProfileInput = z.input<typeof siteProfileSchema>;
export type WerkcentrumStatus = SiteProfile["status"];
export type WerkcentrumVorm = NonNullable<SiteProfile["vorm"]>;
export type Taal = (typeof TALEN)[number];
export type BestaandeWebsite = z.infer<typeof bestaandeWebsite>;
export type Contact = z.infer<typeof contact>;
export type RegionaalBeraad = z.infer<typeof regionaalBeraad>;
export type Organisatie = z.infer<typeof lid>;
export type SocialMediaLink = z.infer<typeof socialMediaLink>;
