// The public API of @werkcentrum/regions. Only re-exports; the browser-safe part is also "./finder".
export { gemeenteAliases } from "./aliases.js";
export type { GemeenteAlias } from "./aliases.js";
export { buildCodeowners } from "./codeowners.js";
export type { CodeownersOptions, CodeownersSite } from "./codeowners.js";
export { DATA_SOURCE, DATA_YEAR, LANDING_HOST } from "./constants.js";
export { finderIndex } from "./finder-index.js";
export type { FinderIndex } from "./finder-index.js";
export { foldKey, foldWords } from "./fold.js";
export { getGemeente, regionForGemeente, searchGemeenten } from "./lookup.js";
export type { GemeenteLookup, GemeenteMatch, GemeenteSuggestion, SearchOptions, SuggestionMatch } from "./lookup.js";
export { adres as addressField, datum as dateField, email as emailField, telefoon as phoneField } from "./profile/fields.js";
export { toOpeningHoursSpecification } from "./profile/opening-hours.js";
export type { OpeningHoursSpecification, SchemaDayOfWeek } from "./profile/opening-hours.js";
export { DAGEN } from "./profile/vestiging.js";
export type { Coordinaten, Dag, Openingstijd, Vestiging } from "./profile/vestiging.js";
export { allGemeenten, allRegions, getRegion } from "./registry.js";
export type { CentrumgemeenteStatus, Gemeente, GemeenteCode, Region, RegionCode } from "./registry.js";
export { addressProblem, schemeOf } from "./rules/address.js";
export type { AddressKind } from "./rules/address.js";
export { dateProblem, isCalendarDate } from "./rules/date.js";
export { claimedDomain, isWerkcentrumHost } from "./rules/hosts.js";
export { internationalPhone, parsePhone, phoneProblem, telHref } from "./rules/phone.js";
export type { PhoneNumber, PhoneResult } from "./rules/phone.js";
export { nalevingsstatus, ONDERZOEK_GELDIG_JAREN, ONDERZOEK_GEPLAND_MAANDEN } from "./profile/statement.js";
export type { Gids, Nalevingsstatus, Privacy, Toegankelijkheid, Verantwoordelijke } from "./profile/statement.js";
export { landingProfileSchema, siteProfileSchema, TALEN } from "./site-profile.js";
export type {
  BestaandeWebsite,
  Contact,
  LandingProfile,
  Organisatie,
  RegionaalBeraad,
  SiteProfile,
  SiteProfileInput,
  SocialMediaLink,
  Taal,
  WerkcentrumStatus,
  WerkcentrumVorm,
} from "./site-profile.js";
export { toSlug } from "./slug.js";
