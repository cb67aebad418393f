import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { dutchErrors, type ContentProblem } from "@werkcentrum/content";
import { addressField, dateProblem, isWerkcentrumHost } from "@werkcentrum/regions";
import { z } from "zod";
import type { ProjectPaths } from "../paths.js";
import { problemAt, readLocatedYaml, zodProblems } from "./yaml-problems.js";

/**
 * National deployment settings for all 36 sites, in `deploy.yml` at the project root. One file, because the
 * hosting team owns these values and they are the same for every site. `werkcentrum build` counts this file in every
 * site's fingerprint (fingerprint.ts), so a change rebuilds every site.
 */
export const DEPLOY_SETTINGS_FILE = "deploy.yml";

/** `Onbekend veld 'x'. Hier horen alleen: a, b.` for a misspelt key; other issues fall through to `dutchErrors`. */
function strict<T extends z.core.$ZodLooseShape>(shape: T, where: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        const keys = issue.keys.map((key) => `'${key}'`).join(", ");
        return `${issue.keys.length === 1 ? "Onbekend veld" : "Onbekende velden"} ${keys}. ${where} horen alleen: ${Object.keys(shape).join(", ")}.`;
      }
      if (issue.code === "invalid_type") {
        return issue.input === undefined
          ? "Dit veld ontbreekt. DEPLOY.md, hoofdstuk 7, laat zien wat erin hoort."
          : `${where} horen velden, elk op een eigen regel.`;
      }
      return undefined;
    },
  });
}

const EXPIRES_FORMAT = "Schrijf de einddatum als 2027-10-01T00:00:00Z (jaar-maand-dag, T, uur:minuut:seconde en Z voor UTC).";

/**
 * `expires`: an ISO 8601 moment with a time zone. The day follows the one date rule, so 2027-02-30T00:00:00Z gets
 * the same message as a date in a content file.
 */
const expires = z.iso.datetime({
  offset: true,
  error: (issue) => {
    if (issue.input === undefined) return `Dit veld ontbreekt. ${EXPIRES_FORMAT}`;
    const day = typeof issue.input === "string" ? /^(\d{4}-\d{2}-\d{2})T/.exec(issue.input)?.[1] : undefined;
    const problem = day === undefined ? undefined : dateProblem(day);
    return problem ? `${problem} ${EXPIRES_FORMAT}` : EXPIRES_FORMAT;
  },
});

const securityTxtSchema = strict(
  {
    // The values go into security.txt line by line: the address rule refuses spaces, line breaks and control
    // characters, so no value can add a line of its own.
    contact: z
      .array(addressField(["https", "mailto", "tel"]), {
        error: "Geef onder contact een lijst met ten minste één adres, elk op een regel met '- ' ervoor.",
      })
      .min(1, "Geef onder contact ten minste één adres."),
    expires,
    "preferred-languages": z
      .array(
        z.string({ error: "Schrijf een taalcode zoals nl of en." }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "Gebruik een taalcode zoals nl of en."),
        {
          error: "Schrijf de talen als lijst, bijvoorbeeld [nl, en].",
        },
      )
      .min(1, "Noem ten minste één taal, bijvoorbeeld [nl, en].")
      .default(["nl", "en"]),
    policy: addressField(["https"]).optional(),
  },
  "Onder security-txt",
);

const WEB_EDITOR_HELP = "DEPLOY.md, hoofdstuk 14";

/** An https:// address without user, query or fragment (the CMS appends its own paths to it). */
const httpsBase = (what: string) =>
  z.string({ error: `Schrijf ${what} als https://-adres.` }).refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password && !url.search && !url.hash && !/[\s"';]/.test(value);
  }, `Schrijf ${what} als https://-adres zonder spaties, ? of #, bijvoorbeeld https://git.example.nl (${WEB_EDITOR_HELP}).`);

/**
 * `web-editor`: where the web editor at /admin/ of every site saves (Decap CMS, packages/generator/src/admin.ts).
 * Optional: without it no site has /admin/ at all. Decap's backends take these values as they are
 * (https://decapcms.org/docs/github-backend/, https://decapcms.org/docs/gitlab-backend/).
 */
const webEditorSchema = strict(
  {
    "git-host": z.enum(["github", "gitlab"], { error: `Kies github of gitlab (${WEB_EDITOR_HELP}).` }),
    // GitHub: owner/name; GitLab also allows groups in groups (group/subgroup/name).
    repo: z
      .string({ error: "Schrijf de repository als eigenaar/naam, bijvoorbeeld organisatie/werkcentrum-sites." })
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)+$/,
        "Schrijf de repository als eigenaar/naam, bijvoorbeeld organisatie/werkcentrum-sites.",
      ),
    // A branch name git accepts (git-check-ref-format), limited to safe characters.
    branch: z
      .string({ error: "Schrijf de naam van de branch, bijvoorbeeld main." })
      .regex(
        /^(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9][A-Za-z0-9._/-]*(?<![./])$/,
        "Schrijf de naam van de branch met letters, cijfers, -, _, . of /, bijvoorbeeld main.",
      )
      .default("main"),
    /** GitHub: the OAuth client (an extra service, DEPLOY.md). GitLab: the GitLab server, default https://gitlab.com. */
    "auth-url": httpsBase("auth-url").optional(),
    /** GitLab only: the Application ID of the OAuth application (PKCE, no secret). */
    "app-id": z
      .string({ error: "Schrijf de Application ID van de OAuth-applicatie in GitLab." })
      .regex(/^[A-Za-z0-9]{8,128}$/, "De Application ID bestaat uit letters en cijfers, zoals GitLab hem toont.")
      .optional(),
    /** The API of a self-hosted git server; default https://api.github.com or `<auth-url>/api/v4`. */
    "api-url": httpsBase("api-url").optional(),
  },
  "Onder web-editor",
).superRefine((value, context) => {
  if (value["git-host"] === "github" && value["auth-url"] === undefined) {
    context.addIssue({
      code: "custom",
      path: ["auth-url"],
      message: `GitHub heeft een OAuth-dienst nodig: vul auth-url in met het adres daarvan (${WEB_EDITOR_HELP}).`,
    });
  }
  if (value["git-host"] === "gitlab" && value["app-id"] === undefined) {
    context.addIssue({
      code: "custom",
      path: ["app-id"],
      message: `Vul app-id in: de Application ID van de OAuth-applicatie in GitLab (${WEB_EDITOR_HELP}).`,
    });
  }
  if (value["git-host"] === "github" && value["app-id"] !== undefined) {
    context.addIssue({ code: "custom", path: ["app-id"], message: "app-id hoort alleen bij gitlab. Haal het weg, of kies git-host: gitlab." });
  }
});

/** The schema of deploy.yml (internal; the field-rules test walks it). */
export const settingsSchema = strict({ "security-txt": securityTxtSchema, "web-editor": webEditorSchema.optional() }, "In deploy.yml");

export type SecurityTxtSettings = z.infer<typeof securityTxtSchema>;
export type WebEditorSettings = z.infer<typeof webEditorSchema>;
export type DeploySettings = z.infer<typeof settingsSchema>;

/** Expires must stay between these bounds; RFC 9116 §2.5.5 advises less than a year ahead. */
export const EXPIRES_MIN_DAYS = 30;
export const EXPIRES_MAX_DAYS = 365;
const DAY = 24 * 60 * 60 * 1000;

/** The settings file of a project. */
export function settingsFile(paths: ProjectPaths): string {
  return join(dirname(paths.sitesDir), DEPLOY_SETTINGS_FILE);
}

export interface SettingsResult {
  file: string;
  /** Undefined when the file is missing or invalid. */
  settings?: DeploySettings;
  problems: ContentProblem[];
}

export interface SettingsOptions {
  /**
   * A production deployment: security.txt must name a real disclosure channel (disclosureProblems), or the
   * settings are refused. Without it (a preview, CI) those problems are warnings.
   */
  production?: boolean;
}

/**
 * Reads and validates `deploy.yml`. `now` is only used to check the Expires window, never written anywhere: the
 * build output stays byte-identical for the same input, whatever the day. Problems with severity "warning" do not
 * stop anything; `settings` is set whenever there is no error.
 */
export async function readDeploySettings(file: string, now: Date, options: SettingsOptions = {}): Promise<SettingsResult> {
  if (!existsSync(file)) {
    const message = `Het bestand ${DEPLOY_SETTINGS_FILE} ontbreekt. Zie DEPLOY.md voor de inhoud.`;
    return { file, problems: [{ file, line: 1, column: 1, field: "", message, severity: "error" }] };
  }
  const { yaml, problems } = await readLocatedYaml(file);
  if (!yaml) return { file, problems };
  const data: unknown = yaml.doc.toJS();
  if (data === null || data === undefined) {
    return {
      file,
      problems: [problemAt(yaml, [], `${DEPLOY_SETTINGS_FILE} is leeg. Zet er security-txt in met contact en expires (DEPLOY.md, hoofdstuk 7).`)],
    };
  }
  const parsed = settingsSchema.safeParse(data, { error: dutchErrors });
  if (!parsed.success) return { file, problems: zodProblems(yaml, parsed.error.issues) };
  const expiresProblem = checkExpires(parsed.data["security-txt"].expires, now);
  if (expiresProblem) return { file, problems: [problemAt(yaml, ["security-txt", "expires"], expiresProblem)] };
  const severity = options.production ? "error" : "warning";
  const disclosure = disclosureProblems(parsed.data["security-txt"]).map(
    ({ path, message }) => ({ ...problemAt(yaml, path, message), severity }) as const,
  );
  return { file, ...(options.production && disclosure.length > 0 ? {} : { settings: parsed.data }), problems: disclosure };
}

/**
 * What keeps security.txt from naming a real disclosure channel: a Contact on one of the Werkcentrum sites
 * themselves (pages that regional editors write, such as the placeholder /contact/ page, are no coordinated
 * vulnerability disclosure channel: that belongs to the hosting organisation), and no Policy (RFC 9116 §2.5.7,
 * the rules a finder must keep to). The committed deploy.yml has both problems on purpose, until the hosting team
 * fills in its own channel; `werkcentrum deploy --production` refuses them.
 */
export function disclosureProblems(settings: SecurityTxtSettings): { path: (string | number)[]; message: string }[] {
  const problems = settings.contact.flatMap((contact, index) => {
    const host = URL.canParse(contact) ? new URL(contact).hostname : "";
    return isWerkcentrumHost(host)
      ? [
          {
            path: ["security-txt", "contact", index],
            message: `${contact} is een pagina van de Werkcentrum-sites zelf, geen meldpunt voor kwetsbaarheden. Zet hier het mailto:-adres of de CVD-pagina (https://…) van de beheerder (DEPLOY.md, hoofdstuk 7).`,
          },
        ]
      : [];
  });
  if (settings.policy === undefined) {
    problems.push({
      path: ["security-txt"],
      message:
        "security.txt heeft geen policy: het webadres van het beleid voor het melden van kwetsbaarheden (CVD) van de beheerder. Vul policy in (DEPLOY.md, hoofdstuk 7).",
    });
  }
  return problems;
}

/** A Dutch message when `expires` is less than 30 days or more than a year after `now`; undefined when fine. */
export function checkExpires(expires: string, now: Date): string | undefined {
  const days = (Date.parse(expires) - now.getTime()) / DAY;
  const advice = `Kies een datum tussen ${isoDay(now, EXPIRES_MIN_DAYS)} en ${isoDay(now, EXPIRES_MAX_DAYS)}, bijvoorbeeld ${isoDay(now, 300)}T00:00:00Z.`;
  if (days < EXPIRES_MIN_DAYS) {
    const when = days < 0 ? "is al verlopen" : `verloopt over ${Math.floor(days)} dag(en)`;
    return `De einddatum van security.txt ${when}; dat moet minstens ${EXPIRES_MIN_DAYS} dagen vooruit zijn. ${advice}`;
  }
  if (days > EXPIRES_MAX_DAYS) {
    return `De einddatum van security.txt ligt meer dan een jaar vooruit; RFC 9116 vraagt minder dan een jaar. ${advice}`;
  }
  return undefined;
}

function isoDay(from: Date, days: number): string {
  return new Date(from.getTime() + days * DAY).toISOString().slice(0, 10);
}
