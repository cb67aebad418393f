import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Manifest, serializeManifest } from "./manifest.js";
import { ManifestError, readManifestFile } from "./manifest-file.js";

const hash = "a".repeat(64);
const valid: Manifest = {
  version: 1,
  commit: null,
  packages: { "@werkcentrum/generator": "1.0.0" },
  config: { "werkcentrum.conf": hash },
  hosts: { "rijnmond.werkcentrum.nl": { pages: 1, sha256: hash, files: { "index.html": hash } } },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-manifest-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, text: string) {
  await writeFile(join(dir, name), text);
  return readManifestFile(join(dir, name));
}

describe("readManifestFile", () => {
  it("reads a manifest as werkcentrum deploy writes it, with its exact bytes", async () => {
    const text = serializeManifest(valid);
    const file = await read("ok.json", text);
    expect(file.manifest).toEqual(valid);
    expect(file.bytes.toString("utf8")).toBe(text);
  });

  it.each([
    {
      name: "a path out of the release",
      manifest: {
        ...valid,
        hosts: { "rijnmond.werkcentrum.nl": { ...valid.hosts["rijnmond.werkcentrum.nl"]!, files: { "../../etc/passwd": hash } } },
      },
      field: "hosts.rijnmond.werkcentrum.nl.files",
    },
    { name: "an absolute config path", manifest: { ...valid, config: { "/etc/nginx/nginx.conf": hash } }, field: "config" },
    { name: "a host that is not a host name", manifest: { ...valid, hosts: { "a b": valid.hosts["rijnmond.werkcentrum.nl"]! } }, field: "hosts" },
    { name: "another version", manifest: { ...valid, version: 2 }, field: "version" },
  ])("refuses $name with a ManifestError naming the file and the field", async ({ manifest, field }) => {
    const error = await read("bad.json", JSON.stringify(manifest)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toContain(join(dir, "bad.json"));
    expect((error as Error).message).toContain(`veld ${field}`);
  });

  it("refuses a file that is not JSON, or missing, naming the file", async () => {
    await expect(read("broken.json", "{")).rejects.toThrow(/broken\.json niet lezen als manifest/);
    await expect(readManifestFile(join(dir, "absent.json"))).rejects.toBeInstanceOf(ManifestError);
  });
});
