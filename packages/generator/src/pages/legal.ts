import { legalPages } from "@werkcentrum/content";
import { nalevingsstatus, ONDERZOEK_GELDIG_JAREN, telHref, type Contact, type Nalevingsstatus, type Toegankelijkheid } from "@werkcentrum/regions";
import { LOG_RETENTION_DAYS } from "../deploy/nginx.js";
import { EVIDENCE_URL, evidenceReport } from "./evidence.js";
import { virtualPage } from "./shared.js";
import type { PageModule } from "./types.js";

/** The labels of digitoegankelijk.nl's compliance statuses. */
const STATUS_LABELS: Record<Nalevingsstatus, string> = {
  A: "voldoet volledig",
  B: "voldoet gedeeltelijk",
  C: "eerste maatregelen genomen",
  D: "eerste maatregelen nog niet genomen",
  E: "geen verklaring",
};

/** Where a visitor reports an accessibility problem: the statement's own channel, or else the site's contact. */
function reportChannel(statement: Toegankelijkheid | undefined, contact: Contact | undefined) {
  const channel = statement?.melden ?? contact;
  if (!channel) return undefined;
  const href = channel.telefoon ? telHref(channel.telefoon) : undefined;
  return {
    email: channel.email,
    // Non-breaking spaces keep a number on one line (as in the contact block).
    phone: channel.telefoon && href ? { href, text: channel.telefoon.replace(/ /g, "\u00a0") } : undefined,
    phoneText: channel.telefoon && !href ? channel.telefoon : undefined,
    contactpagina: channel.contactpagina,
    reactietermijn: statement?.melden?.reactietermijn,
  };
}

/**
 * The pages the law asks of every government site, on every host: /privacy/ and /toegankelijkheid/ (the
 * accessibility statement in the national model). Their text is in the theme (`pages/privacy.njk`,
 * `pages/toegankelijkheid.njk`); the data comes from site.yml (`verantwoordelijke`, `privacy`,
 * `toegankelijkheid`, `contact`) and from the hosting facts the generator itself enforces (the log retention).
 * A region cannot write these pages itself (`legalPages` in @werkcentrum/content), so each is complete and true.
 * With test results for the host (`werkcentrum build --evidence`, evidence/read.ts) it also writes
 * /toegankelijkheid/testresultaten/ (`pages/testresultaten.njk`), and the statement links to it; without, neither.
 */
export const addLegalPages: PageModule = (config, context) => {
  const region = context.model.profile;
  const profile = region ?? context.model.landingProfile;
  const statement = profile?.toegankelijkheid;
  const status = statement?.status ?? nalevingsstatus(statement);
  const legal = {
    host: context.site.host,
    verantwoordelijke: profile?.verantwoordelijke,
    privacy: profile?.privacy,
    logRetentionDays: LOG_RETENTION_DAYS,
    statement: {
      status,
      label: STATUS_LABELS[status],
      validYears: ONDERZOEK_GELDIG_JAREN,
      verklaring: statement,
      melden: reportChannel(statement, profile?.contact),
    },
    // Another way to reach the region on /contact/ (a guide, an address, its other website) when it has no channel.
    contactOther: Boolean(region?.gids || region?.vestigingen?.length || region?.bestaandeWebsite),
    // The automated test results, when the build has them for this host (`werkcentrum build --evidence`).
    evidence: context.evidence ? { href: EVIDENCE_URL, date: context.evidence.date } : undefined,
  };
  const pages = {
    privacy: { title: "Privacy", description: "Wat deze website over uw bezoek bewaart, en welke rechten u hebt." },
    toegankelijkheid: {
      title: "Toegankelijkheid",
      description: "Iedereen moet deze website kunnen gebruiken. Hier staat hoe toegankelijk de website is, en waar u een probleem meldt.",
    },
  };
  for (const [permalink, name] of Object.entries(legalPages)) {
    // Only an `extends`: the markup is the theme's.
    virtualPage(config, name, { layout: false, permalink, ...pages[name], legal }, `{% extends "pages/${name}.njk" %}`);
  }
  if (context.evidence) {
    const data = {
      layout: false,
      permalink: EVIDENCE_URL,
      title: "Testresultaten",
      description: "Wat de laatste automatische test van deze website vond.",
      report: evidenceReport(context.evidence),
    };
    virtualPage(config, "testresultaten", data, `{% extends "pages/testresultaten.njk" %}`);
  }
};
