import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  HoverRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The committed VS Code settings, proved with the language server the recommended extension (redhat.vscode-yaml)
// runs: yaml-language-server, started over stdio and spoken to as VS Code's client does. VS Code's default schema
// catalogue (SchemaStore) maps the name site.yml to the Ansible playbook schema; the catalogue is served here from
// a loopback server, with one entry that maps site.yml as SchemaStore does, to a stand-in for the Ansible schema (a
// playbook is a list of plays), so the test needs no network and proves the settings win over that mapping.

const root = fileURLToPath(new URL("../../../", import.meta.url));
const settings = JSON.parse(readFileSync(new URL(".vscode/settings.json", pathToFileURL(root)), "utf8")) as Record<string, unknown>;
const recommended = JSON.parse(readFileSync(new URL(".vscode/extensions.json", pathToFileURL(root)), "utf8")) as { recommendations: string[] };
const serverBin = createRequire(import.meta.url).resolve("yaml-language-server/bin/yaml-language-server");

/** The catalogue entry's name, which the server shows as the source of its diagnostics. */
const ANSIBLE = "Ansible Playbook";
const ansibleSchema = { $schema: "http://json-schema.org/draft-07/schema#", type: "array", items: { type: "object" } };

/** VS Code's settings as the client hands them to the server: `yaml.schemas` becomes `{ yaml: { schemas } }`. */
function section(name: string, catalogue: string): unknown {
  const prefix = `${name}.`;
  const found: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) if (key.startsWith(prefix)) found[key.slice(prefix.length)] = value;
  // What VS Code has on by default and the test has to point somewhere local: the schema catalogue.
  if (name === "yaml") Object.assign(found, { validate: true, hover: true, completion: true, schemaStore: { enable: true, url: catalogue } });
  return found;
}

let server: Server;
let lsp: ChildProcess;
let connection: ProtocolConnection;
const diagnostics = new Map<string, Diagnostic[]>();
const waiting = new Map<string, (found: Diagnostic[]) => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const { port } = server.address() as AddressInfo;
    const body =
      request.url === "/catalog.json"
        ? { schemas: [{ name: ANSIBLE, url: `http://127.0.0.1:${port}/ansible.json`, fileMatch: ["playbook.yml", "site.yml", "site.yaml"] }] }
        : ansibleSchema;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const catalogue = `http://127.0.0.1:${(server.address() as AddressInfo).port}/catalog.json`;

  lsp = spawn(process.execPath, [serverBin, "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  connection = createProtocolConnection(new StreamMessageReader(lsp.stdout!), new StreamMessageWriter(lsp.stdin!));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => section(item.section ?? "", catalogue)));
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics: found }) => {
    diagnostics.set(uri, found);
    waiting.get(uri)?.(found);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href.replace(/\/$/, ""), name: "werkcentrum" }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, synchronization: { dynamicRegistration: true } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  // As VS Code does once it has the settings: the server then asks for them with workspace/configuration.
  await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
}, 60_000);

afterAll(async () => {
  await connection?.sendRequest(ShutdownRequest.type).catch(() => undefined);
  await connection?.sendNotification(ExitNotification.type).catch(() => undefined);
  connection?.dispose();
  lsp?.kill();
  server?.close();
});

/** Opens a document in the server (its text, not a file on disk) and returns the diagnostics it publishes. */
async function open(path: string, text: string): Promise<Diagnostic[]> {
  const uri = pathToFileURL(`${root}${path}`).href;
  diagnostics.delete(uri);
  const published = new Promise<Diagnostic[]>((resolve) => waiting.set(uri, resolve));
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version: 1, text } });
  return Promise.race([published, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no diagnostics for ${path}`)), 30_000))]);
}

/** What an editor sees: line (1-based), message and the schema it came from. */
const shown = (found: Diagnostic[]) =>
  found.map((diagnostic) => ({ line: diagnostic.range.start.line + 1, message: diagnostic.message, source: diagnostic.source ?? "" }));

describe(".vscode/settings.json with yaml-language-server", () => {
  it("recommends the YAML extension that runs this server", () => {
    expect(recommended.recommendations).toContain("redhat.vscode-yaml");
  });

  it("validates a region's site.yml against its own schema, not the Ansible one, with Dutch messages", async () => {
    const valid = readFileSync(`${root}sites/rijnmond/site.yml`, "utf8");
    expect(shown(await open("sites/rijnmond/site.yml", valid))).toEqual([]);

    const invalid = "code: AM22\nnaam: Rijnmond\nstatus: open\nsamenvating: Kort.\n";
    const found = shown(await open("sites/zz-proef/site.yml", invalid));
    expect(found.filter((diagnostic) => diagnostic.source.includes(ANSIBLE) || /Expected array/i.test(diagnostic.message))).toEqual([]);
    expect(found).toEqual([
      { line: 3, message: "Kies een van deze waarden: actief, in-ontwikkeling.", source: "yaml-schema: Werkcentrum: site.yml" },
      {
        line: 4,
        message: expect.stringMatching(/^Onbekend of ontbrekend veld, .* Verplicht: code, naam\. Mogelijke velden hier: code, naam, status, /),
        source: "yaml-schema: Werkcentrum: site.yml",
      },
    ]);
  });

  it("validates werkcentrum.nl's site.yml against the landing schema only, not the region one", async () => {
    const path = "sites/werkcentrum.nl/site.yml";
    const found = shown(await open(path, "code: AM22\nverantwoordelijke:\n  naam: SZW\n"));
    expect(found).toEqual([
      {
        line: 1,
        message:
          "Onbekend of ontbrekend veld, of hier hoort een groep velden (naam: waarde). Mogelijke velden hier: verantwoordelijke, privacy, toegankelijkheid, contact.",
        source: "yaml-schema: Werkcentrum: site.yml van werkcentrum.nl",
      },
    ]);
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(`${root}${path}`).href } });
    // A region's schema requires code and naam: no diagnostic on a valid landing file proves it does not apply too.
    const landing = "verantwoordelijke:\n  naam: Ministerie van Sociale Zaken en Werkgelegenheid\nprivacy:\n  email: privacy@example.nl\n";
    expect(shown(await open(path, landing))).toEqual([]);
  });

  it("shows a field's Dutch description on hover", async () => {
    const schema = JSON.parse(readFileSync(`${root}packages/content/schemas/site.json`, "utf8")) as {
      properties: Record<string, { description: string }>;
    };
    const path = "sites/zz-hover/site.yml";
    await open(path, "code: AM22\nnaam: Rijnmond\nstatus: actief\n");
    const hover = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: pathToFileURL(`${root}${path}`).href },
      position: { line: 2, character: 2 },
    });
    expect(JSON.stringify(hover?.contents)).toContain(schema.properties.status!.description);
  });

  it("shows the Ansible stand-in for a site.yml outside sites/, so the catalogue mapping is really in play", async () => {
    const found = shown(await open("elders/site.yml", "code: AM22\n"));
    expect(found.map((diagnostic) => diagnostic.source)).toEqual([`yaml-schema: ${ANSIBLE}`]);
  });

  it("validates redirects.yml against its schema", async () => {
    expect(shown(await open("sites/zz-proef/redirects.yml", "- van: /oud\n  naar: /nieuw/\n"))).toEqual([]);
    const found = shown(await open("sites/zz-proef2/redirects.yml", "- van: /oud\n  naar: /nieuw/\n  code: 302\n"));
    expect(found).toEqual([
      {
        line: 3,
        message:
          "Onbekend of ontbrekend veld, of hier hoort een groep velden (naam: waarde). Verplicht: van, naar. Mogelijke velden hier: van, naar.",
        source: "yaml-schema: Werkcentrum: redirects.yml",
      },
    ]);
  });
});
