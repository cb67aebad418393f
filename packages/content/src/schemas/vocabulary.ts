/**
 * The fixed word lists of the content model. Values are what editors type in the front matter (lower case, no
 * spaces); labels are how the site and the CMS show them.
 */

/** The three audiences of every Werkcentrum (werkzoekenden, werkenden, werkgevers: the Werkcentrum is one front door for all three). */
export const audiences = ["werkzoekenden", "werkenden", "werkgevers"] as const;
export type Audience = (typeof audiences)[number];

export const audienceLabels: Readonly<Record<Audience, string>> = {
  werkzoekenden: "Werkzoekenden",
  werkenden: "Werkenden",
  werkgevers: "Werkgevers",
};

/**
 * Groups that get special attention (people in a vulnerable position on the labour market, plus groups the regions name in
 * their services). A service or scheme may name any number of them.
 */
export const targetGroups = [
  "jongeren",
  "50-plussers",
  "arbeidsbeperking",
  "statushouders",
  "oekraiense-ontheemden",
  "arbeidsmigranten",
  "schulden",
  "herintreders",
  "ggz",
  "ex-gedetineerden",
  "laaggeletterden",
  "zonder-startkwalificatie",
] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const targetGroupLabels: Readonly<Record<TargetGroup, string>> = {
  jongeren: "Jongeren",
  "50-plussers": "50-plussers",
  arbeidsbeperking: "Mensen met een arbeidsbeperking",
  statushouders: "Statushouders",
  "oekraiense-ontheemden": "Oekraïense ontheemden",
  arbeidsmigranten: "Arbeidsmigranten",
  schulden: "Mensen met schulden",
  herintreders: "Herintreders",
  ggz: "Mensen met psychische klachten",
  "ex-gedetineerden": "Mensen die uit detentie komen",
  laaggeletterden: "Mensen die moeite hebben met lezen en schrijven",
  "zonder-startkwalificatie": "Mensen zonder startkwalificatie",
};

/** How far an action of the meerjarenagenda has come. */
export const actionStatuses = ["gepland", "bezig", "afgerond", "vertraagd", "gestopt"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Readonly<Record<ActionStatus, string>> = {
  gepland: "Gepland",
  bezig: "Bezig",
  afgerond: "Afgerond",
  vertraagd: "Vertraagd",
  gestopt: "Gestopt",
};

/**
 * Languages a page may be translated into, besides Dutch: en, uk, pl and ar, for labour migrants, Ukrainian
 * displaced people and statushouders, groups that get special attention.
 */
export const translationLanguages = ["en", "uk", "pl", "ar"] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];
