import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSecurityTxt } from "./security-txt.js";
import { checkExpires, readDeploySettings } from "./settings.js";

const now = new Date("2026-11-22T12:00:00Z");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-settings-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function read(text: string) {
  const file = join(dir, "deploy.yml");
  await writeFile(file, text);
  return readDeploySettings(file, now);
}

const valid = ["security-txt:", "  contact:", "    - https://werkcentrum.nl/contact/", "  expires: 2027-10-01T00:00:00Z", ""].join("\n");

describe("readDeploySettings", () => {
  it("reads a valid file and fills in the preferred languages", async () => {
    const { settings, problems } = await read(valid);
    // The committed placeholder channel: warnings for a preview (disclosureProblems), never errors.
    expect(problems.map((problem) => [problem.severity, problem.field])).toEqual([
      ["warning", "security-txt.contact.0"],
      ["warning", "security-txt"],
    ]);
    expect(settings?.["security-txt"]).toEqual({
      contact: ["https://werkcentrum.nl/contact/"],
      expires: "2027-10-01T00:00:00Z",
      "preferred-languages": ["nl", "en"],
    });
  });

  it("reads the web editor's git host: GitHub with its OAuth service, GitLab with PKCE", async () => {
    const github = await read(
      `${valid}web-editor:\n  git-host: github\n  repo: organisatie/werkcentrum-sites\n  auth-url: https://cms-auth.example.nl\n`,
    );
    expect(github.settings?.["web-editor"]).toEqual({
      "git-host": "github",
      repo: "organisatie/werkcentrum-sites",
      branch: "main",
      "auth-url": "https://cms-auth.example.nl",
    });
    const gitlab = await read(
      `${valid}web-editor:\n  git-host: gitlab\n  repo: groep/sub/werkcentrum-sites\n  branch: productie\n  app-id: 0a1b2c3d4e5f\n`,
    );
    expect(gitlab.settings?.["web-editor"]).toMatchObject({
      "git-host": "gitlab",
      repo: "groep/sub/werkcentrum-sites",
      branch: "productie",
      "app-id": "0a1b2c3d4e5f",
    });
    expect((await read(valid)).settings?.["web-editor"]).toBeUndefined();
  });

  const editorCases = [
    {
      name: "GitHub without its OAuth service",
      text: "  git-host: github\n  repo: org/sites\n",
      line: 6,
      field: "web-editor.auth-url",
      message: /OAuth-dienst/,
    },
    {
      name: "GitLab without an application id",
      text: "  git-host: gitlab\n  repo: org/sites\n",
      line: 6,
      field: "web-editor.app-id",
      message: /Application ID/,
    },
    {
      name: "an unknown git host",
      text: "  git-host: bitbucket\n  repo: org/sites\n",
      line: 6,
      field: "web-editor.git-host",
      message: /github of gitlab/,
    },
    {
      name: "a repository without owner",
      text: "  git-host: gitlab\n  repo: sites\n  app-id: abcdef123456\n",
      line: 7,
      field: "web-editor.repo",
      message: /eigenaar\/naam/,
    },
    {
      name: "a plain-http auth-url",
      text: "  git-host: github\n  repo: org/sites\n  auth-url: http://auth.example.nl\n",
      line: 8,
      field: "web-editor.auth-url",
      message: /https:\/\//,
    },
    {
      name: "a branch with ..",
      text: "  git-host: gitlab\n  repo: org/sites\n  app-id: abcdef123456\n  branch: a..b\n",
      line: 9,
      field: "web-editor.branch",
      message: /branch/,
    },
    {
      name: "a misspelt field",
      text: "  git-host: gitlab\n  repo: org/sites\n  app-id: abcdef123456\n  aplication: x\n",
      line: 9,
      field: "web-editor.aplication",
      message: /Onbekend veld 'aplication'/,
    },
  ];
  it.each(editorCases)("refuses web-editor with $name, naming line and field", async ({ text, line, field, message }) => {
    const { settings, problems } = await read(`${valid}web-editor:\n${text}`);
    expect(settings).toBeUndefined();
    const errors = problems.filter((problem) => problem.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line, field });
    expect(errors[0]!.message).toMatch(message);
  });

  it("reports a missing file in Dutch", async () => {
    const { problems } = await readDeploySettings(join(dir, "bestaat-niet.yml"), now);
    expect(problems).toMatchObject([{ line: 1, message: expect.stringContaining("ontbreekt") }]);
  });

  const invalidCases = [
    {
      name: "an expiry date 10 days ahead",
      text: valid.replace("2027-10-01", "2026-12-02"),
      line: 4,
      field: "security-txt.expires",
      message: /verloopt over 9 dag/,
    },
    {
      name: "an expiry date in the past",
      text: valid.replace("2027-10-01", "2026-01-01"),
      line: 4,
      field: "security-txt.expires",
      message: /al verlopen/,
    },
    {
      name: "an expiry date more than a year ahead",
      text: valid.replace("2027-10-01", "2028-01-01"),
      line: 4,
      field: "security-txt.expires",
      message: /meer dan een jaar/,
    },
    {
      name: "a date without time",
      text: valid.replace("2027-10-01T00:00:00Z", "2027-10-01"),
      line: 4,
      field: "security-txt.expires",
      message: /2027-10-01T00:00:00Z/,
    },
    {
      name: "a plain-http contact",
      text: valid.replace("https://werkcentrum", "http://werkcentrum"),
      line: 3,
      field: "security-txt.contact.0",
      message: /https/,
    },
    {
      name: "an empty contact list",
      text: valid.replace("    - https://werkcentrum.nl/contact/\n", "").replace("  contact:", "  contact: []"),
      line: 2,
      field: "security-txt.contact",
      message: /ten minste één/,
    },
    { name: "an unknown field", text: `${valid}  encryption: x\n`, line: 5, field: "security-txt.encryption", message: /./ },
    { name: "broken YAML", text: "security-txt:\n  contact: [\n", line: 3, field: "", message: /Ongeldige YAML/ },
  ];
  it.each(invalidCases)("refuses $name, naming line and field", async ({ text, line, field, message }) => {
    const { settings, problems } = await read(text);
    expect(settings).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: join(dir, "deploy.yml"), line, field, severity: "error" });
    expect(problems[0]!.message).toMatch(message);
  });
});

// What a careless edit or an attacker with write access could put in deploy.yml. Every row: one Dutch message on
// the right line, never zod's English, never a stack trace, and never a value that reaches security.txt.
const attacks: { name: string; input: string | Uint8Array; errors: { line: number; field: string; message: RegExp }[] }[] = [
  { name: "an empty file", input: "", errors: [{ line: 1, field: "", message: /is leeg/ }] },
  { name: "a list instead of settings", input: "- a\n- b\n", errors: [{ line: 1, field: "", message: /In deploy.yml horen velden/ }] },
  {
    name: "an unknown top-level key",
    input: `${valid}cdn: true\n`,
    errors: [{ line: 5, field: "cdn", message: /^Onbekend veld 'cdn'\. In deploy.yml horen alleen: security-txt, web-editor\.$/ }],
  },
  {
    name: "security-txt missing",
    input: "other: 1\n",
    errors: [
      { line: 1, field: "security-txt", message: /Dit veld ontbreekt/ },
      { line: 1, field: "other", message: /Onbekend veld 'other'/ },
    ],
  },
  {
    name: "contact as text",
    input: valid.replace("  contact:\n    - https://werkcentrum.nl/contact/", "  contact: https://werkcentrum.nl/contact/"),
    errors: [{ line: 2, field: "security-txt.contact", message: /lijst/ }],
  },
  {
    name: "a contact with a newline (folded YAML)",
    input: valid.replace("https://werkcentrum.nl/contact/", '"https://werkcentrum.nl/contact/\\nPolicy: https://evil.example/"'),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /regeleinden/ }],
  },
  {
    name: "a contact glued over two lines",
    input: valid.replace("https://werkcentrum.nl/contact/", "https://werkcentrum.nl/contact/\n      https://evil.example/key"),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /spaties/ }],
  },
  {
    name: "a contact with a tab",
    input: valid.replace("https://werkcentrum.nl/contact/", '"https://werkcentrum.nl/\\tcontact/"'),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /onzichtbare tekens|spaties/ }],
  },
  {
    name: "a javascript: contact",
    input: valid.replace("https://werkcentrum.nl/contact/", "javascript:alert(1)"),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /'javascript:' is niet toegestaan/ }],
  },
  {
    name: "a mailto: without address",
    input: valid.replace("https://werkcentrum.nl/contact/", "mailto:security"),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /e-mailadres/ }],
  },
  {
    name: "a tel: not in its one form",
    input: valid.replace("https://werkcentrum.nl/contact/", '"tel:010 123 45 67"'),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /tel:\+31101234567/ }],
  },
  {
    name: "a number as contact",
    input: valid.replace("https://werkcentrum.nl/contact/", "31101234567"),
    errors: [{ line: 3, field: "security-txt.contact.0", message: /adres/ }],
  },
  {
    name: "an impossible expiry day",
    input: valid.replace("2027-10-01", "2027-02-30"),
    errors: [{ line: 4, field: "security-txt.expires", message: /februari 2027 heeft 28 dagen.*2027-10-01T00:00:00Z/ }],
  },
  { name: "month 13", input: valid.replace("2027-10-01", "2027-13-45"), errors: [{ line: 4, field: "security-txt.expires", message: /12 maanden/ }] },
  {
    name: "expiry as a list",
    input: valid.replace("expires: 2027-10-01T00:00:00Z", "expires: [2027]"),
    errors: [{ line: 4, field: "security-txt.expires", message: /2027-10-01T00:00:00Z/ }],
  },
  {
    name: "no languages",
    input: `${valid}  preferred-languages: []\n`,
    errors: [{ line: 5, field: "security-txt.preferred-languages", message: /ten minste één taal/ }],
  },
  {
    name: "languages as text",
    input: `${valid}  preferred-languages: nl\n`,
    errors: [{ line: 5, field: "security-txt.preferred-languages", message: /als lijst/ }],
  },
  {
    name: "a language with a space",
    input: `${valid}  preferred-languages: ["nl, en"]\n`,
    errors: [{ line: 5, field: "security-txt.preferred-languages.0", message: /taalcode/ }],
  },
  {
    name: "a language as a number",
    input: `${valid}  preferred-languages: [1]\n`,
    errors: [{ line: 5, field: "security-txt.preferred-languages.0", message: /taalcode/ }],
  },
  {
    name: "an http policy",
    input: `${valid}  policy: http://werkcentrum.nl/cvd\n`,
    errors: [{ line: 5, field: "security-txt.policy", message: /https:\/\/ in plaats van http:\/\// }],
  },
  {
    name: "a policy with a control character",
    input: `${valid}  policy: "https://werkcentrum.nl/\\u0085cvd"\n`,
    errors: [{ line: 5, field: "security-txt.policy", message: /onzichtbare tekens/ }],
  },
  {
    name: "two unknown fields under security-txt",
    input: `${valid}  hiring: x\n  acknowledgments: y\n`,
    errors: [
      {
        line: 5,
        field: "security-txt.hiring",
        message: /Onbekende velden 'hiring', 'acknowledgments'\. Onder security-txt horen alleen: contact, expires, preferred-languages, policy\./,
      },
    ],
  },
  {
    name: "an alias bomb",
    input: "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
    errors: [
      { line: 1, field: "", message: /anker/ },
      { line: 2, field: "", message: /anker/ },
      { line: 2, field: "", message: /verwijzing/ },
      { line: 2, field: "", message: /verwijzing/ },
      { line: 3, field: "", message: /verwijzing/ },
      { line: 3, field: "", message: /verwijzing/ },
    ],
  },
  { name: "a custom tag", input: valid.replace("expires: 2027", "expires: !!js/function 2027"), errors: [{ line: 4, field: "", message: /label/ }] },
  { name: "a NUL byte", input: valid.replace("contact:", "contact:\u0000"), errors: [{ line: 2, field: "", message: /NUL-teken/ }] },
  { name: "UTF-16", input: new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]), errors: [{ line: 1, field: "", message: /UTF-16/ }] },
  { name: "a duplicate key", input: `${valid}  expires: 2027-11-01T00:00:00Z\n`, errors: [{ line: 5, field: "", message: /twee keer/ }] },
];

/** English phrases zod uses in its default messages; none may reach the hosting team. */
const ENGLISH = /\b(Invalid|expected|received|Unrecognized|Too (small|big)|must|should|Required)\b/;

describe("deploy.yml under attack", () => {
  it.each(attacks)("$name", async ({ input, errors }) => {
    const file = join(dir, "deploy.yml");
    await writeFile(file, input);
    const { settings, problems } = await readDeploySettings(file, now);
    expect(settings).toBeUndefined();
    expect(problems.map((p) => ({ line: p.line, field: p.field, message: p.message }))).toEqual(
      errors.map((e) => ({ line: e.line, field: e.field, message: expect.stringMatching(e.message) })),
    );
    for (const problem of problems) {
      expect(problem.message).not.toMatch(ENGLISH);
      expect(problem).toMatchObject({ file, severity: "error" });
    }
  });

  it("reports a folder named deploy.yml instead of throwing", async () => {
    const folder = join(dir, "map", "deploy.yml");
    await mkdir(folder, { recursive: true });
    expect((await readDeploySettings(folder, now)).problems).toMatchObject([
      { line: 1, message: expect.stringMatching(/kan niet worden gelezen \(het is een map/) },
    ]);
  });

  it("renderSecurityTxt refuses a value that would add a line, even when called without the check", () => {
    const settings = { contact: ["https://werkcentrum.nl/\nPolicy: x"], expires: "2027-10-01T00:00:00Z", "preferred-languages": ["nl"] };
    expect(() => renderSecurityTxt("werkcentrum.nl", settings)).toThrow(/line break/);
  });
});

describe("checkExpires", () => {
  it.each([
    ["2026-12-22T12:00:00Z", undefined],
    ["2027-11-22T12:00:00Z", undefined],
    ["2026-12-22T11:59:59Z", "dagen vooruit"],
    ["2027-11-22T12:00:01Z", "meer dan een jaar"],
  ])("%s", (expires, message) => {
    const result = checkExpires(expires, now);
    if (message) expect(result).toContain(message);
    else expect(result).toBeUndefined();
  });
});

describe("renderSecurityTxt", () => {
  it("writes the RFC 9116 fields for the host, with a canonical address and no clock", () => {
    const text = renderSecurityTxt("rijnmond.werkcentrum.nl", {
      contact: ["https://werkcentrum.nl/contact/", "mailto:cvd@example.org"],
      expires: "2027-10-01T02:00:00+02:00",
      "preferred-languages": ["nl", "en"],
    });
    const fields = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(fields).toEqual([
      "Contact: https://werkcentrum.nl/contact/",
      "Contact: mailto:cvd@example.org",
      "Expires: 2027-10-01T00:00:00.000Z",
      "Preferred-Languages: nl, en",
      "Canonical: https://rijnmond.werkcentrum.nl/.well-known/security.txt",
    ]);
    expect(text.endsWith("\n")).toBe(true);
  });
});
