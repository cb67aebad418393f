import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createManifest, serializeManifest } from "../deploy/manifest.js";
import { lockOutput } from "../output/lock.js";
import { ReleaseError } from "./errors.js";
import type { NginxControl } from "./nginx.js";
import { release, rollback, type ReleaseOptions } from "./release.js";

const HOSTS = ["werkcentrum.nl", "rijnmond.werkcentrum.nl", "twente.werkcentrum.nl"];
let root: string;
let to: string;
let confDir: string;
let calls: string;
let lines: string[];

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** A shell script that logs its name and arguments to `calls`, and exits with `code`. */
async function script(name: string, code: number): Promise<string> {
  const file = join(root, "bin", name);
  await write(file, `#!/bin/sh\necho "${name} $*" >> "${calls}"\n${code === 0 ? "" : 'echo "nginx: [emerg] unknown directive" >&2\n'}exit ${code}\n`);
  await chmod(file, 0o755);
  return file;
}

/**
 * A build output as `npm run build` leaves it, without Eleventy: a folder per host, deploy/nginx/ and the
 * manifest made by the real createManifest. `pages` overrides the text of index.html per host; `config` adds a
 * line to werkcentrum.conf (a changed configuration).
 */
async function build(name: string, pages: Record<string, string> = {}, config = ""): Promise<string> {
  const dist = join(root, name);
  for (const host of HOSTS) {
    await write(join(dist, host, "index.html"), pages[host] ?? `<!doctype html><title>${host}</title>`);
    await write(join(dist, host, "404.html"), "<!doctype html><title>Niet gevonden</title>");
    await write(join(dist, host, "assets/site.css"), "p{margin:0}");
  }
  const servers = HOSTS.map((host) => `server {\n    server_name ${host};\n    root ${to}/current/${host};\n}\n`).join("");
  const files = {
    "nginx/werkcentrum.conf": `${servers}${config}`,
    "nginx/security-headers.conf": "add_header X-Test 1;\n",
    "nginx/tls.conf.example": "# example\n",
  };
  for (const [file, text] of Object.entries(files)) await write(join(dist, "deploy", file), text);
  const manifest = await createManifest({
    outDir: dist,
    hosts: HOSTS,
    deployDir: join(dist, "deploy"),
    configFiles: Object.keys(files),
    commit: null,
    packages: {},
  });
  await write(join(dist, "deploy/manifest.json"), serializeManifest(manifest));
  return dist;
}

async function nginx(testCode = 0, reloadCode = 0): Promise<Partial<NginxControl>> {
  return {
    nginx: [await script(testCode === 0 ? "nginx" : "nginx-broken", testCode)],
    confDir,
    reload: [await script("reload", reloadCode)],
    config: join(root, "nginx.conf"),
  };
}

async function run(from: string, name: string, extra: Partial<ReleaseOptions> = {}) {
  return release({ from, to, name, nginx: await nginx(), log: (line) => lines.push(line), ...extra });
}

async function current(): Promise<string> {
  return readlink(join(to, "current"));
}

async function nginxCalls(): Promise<string[]> {
  return existsSync(calls)
    ? (await readFile(calls, "utf8"))
        .trim()
        .split("\n")
        .map((line) => line.trimEnd())
    : [];
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-release-"));
  to = join(root, "srv");
  confDir = join(root, "conf");
  calls = join(root, "calls.log");
  lines = [];
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe("release", () => {
  it("refuses a build that werkcentrum deploy marked as a preview, unless --preview", async () => {
    const a = await build("dist-preview");
    const file = join(a, "deploy/manifest.json");
    const manifest = JSON.parse(await readFile(file, "utf8"));
    await writeFile(file, JSON.stringify({ ...manifest, preview: ["deploy.yml:3: geen meldpunt"] }));
    await expect(run(a, "P")).rejects.toThrow(/alleen goed voor een voorbeeld[\s\S]*deploy\.yml:3: geen meldpunt[\s\S]*--preview/);
    expect(existsSync(join(to, "current"))).toBe(false);
    await run(a, "P", { preview: true });
    expect(await current()).toBe("releases/P");
  });

  it("first release: copies every file, verifies it, installs the configuration after nginx -t, switches current and reloads", async () => {
    const a = await build("a");
    const report = await run(a, "A");
    expect(report).toMatchObject({
      name: "A",
      linked: 0,
      copied: 9,
      verified: 13,
      previous: undefined,
      configInstalled: ["security-headers.conf", "werkcentrum.conf"],
    });
    expect(await current()).toBe("releases/A");
    expect(await readFile(join(to, "current/rijnmond.werkcentrum.nl/index.html"), "utf8")).toContain("rijnmond");
    expect(await readFile(join(confDir, "werkcentrum.conf"), "utf8")).toContain(`root ${to}/current/twente.werkcentrum.nl;`);
    // Never the example file: the hosting team's own tls.conf lives next to these.
    expect(existsSync(join(confDir, "tls.conf.example"))).toBe(false);
    expect(await nginxCalls()).toEqual([`nginx -t -c ${join(root, "nginx.conf")}`, "reload"]);
    expect(lines.some((line) => line.startsWith("current → releases/A (omgezet in "))).toBe(true);
  });

  it("makes every folder 0755 and every file 0644, whatever the umask (nginx's workers must read them)", async () => {
    const before = process.umask(0o077);
    try {
      await run(await build("a"), "A");
    } finally {
      process.umask(before);
    }
    const mode = async (path: string) => ((await stat(join(to, "releases/A", path))).mode & 0o777).toString(8);
    expect(await mode(".")).toBe("755");
    expect(await mode("../..")).toBe("755");
    expect(await mode("..")).toBe("755");
    expect(await mode("rijnmond.werkcentrum.nl/assets")).toBe("755");
    expect(await mode("rijnmond.werkcentrum.nl/assets/site.css")).toBe("644");
    expect(await mode("deploy/manifest.json")).toBe("644");
  });

  it("shares the unchanged files with the current release (hard links) and copies only the changed host", async () => {
    await run(await build("a"), "A");
    const b = await build("b", { "rijnmond.werkcentrum.nl": "<!doctype html><title>nieuw</title>" });
    const report = await run(b, "B");
    expect(report).toMatchObject({ linked: 8, copied: 1, copiedHosts: ["rijnmond.werkcentrum.nl"], previous: "A", configInstalled: [] });
    const inode = async (release: string, file: string) => (await stat(join(to, "releases", release, file))).ino;
    expect(await inode("B", "twente.werkcentrum.nl/index.html")).toBe(await inode("A", "twente.werkcentrum.nl/index.html"));
    expect(await inode("B", "rijnmond.werkcentrum.nl/assets/site.css")).toBe(await inode("A", "rijnmond.werkcentrum.nl/assets/site.css"));
    expect(await inode("B", "rijnmond.werkcentrum.nl/index.html")).not.toBe(await inode("A", "rijnmond.werkcentrum.nl/index.html"));
    expect(await readFile(join(to, "current/rijnmond.werkcentrum.nl/index.html"), "utf8")).toContain("nieuw");
    expect(await readFile(join(to, "releases/A/rijnmond.werkcentrum.nl/index.html"), "utf8")).not.toContain("nieuw");
    // Same configuration: nginx is neither tested nor reloaded a second time.
    expect(await nginxCalls()).toHaveLength(2);
    expect(await current()).toBe("releases/B");
  });

  it("refuses when a file does not match the manifest, and leaves current and the release folder as they were", async () => {
    await run(await build("a"), "A");
    const b = await build("b", { "twente.werkcentrum.nl": "<!doctype html><title>nieuw</title>" });
    await writeFile(join(b, "twente.werkcentrum.nl/index.html"), "changed after werkcentrum deploy");
    const error = await run(b, "B").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as Error).message).toContain("twente.werkcentrum.nl/index.html: sha256 wijkt af van het manifest");
    expect(await current()).toBe("releases/A");
    expect(await readdir(join(to, "releases"))).toEqual(["A"]);
  });

  it("refuses a file in the current release that was changed in place (the hard link would carry it), unless --copy-all", async () => {
    await run(await build("a"), "A");
    await writeFile(join(to, "releases/A/twente.werkcentrum.nl/404.html"), "edited by hand");
    const b = await build("b", { "rijnmond.werkcentrum.nl": "nieuw" });
    await expect(run(b, "B")).rejects.toThrow(/twente.werkcentrum.nl\/404.html: sha256 wijkt af/);
    expect(await current()).toBe("releases/A");
    const report = await run(b, "B", { copyAll: true });
    expect(report).toMatchObject({ linked: 0, copied: 9 });
    expect(await readFile(join(to, "current/twente.werkcentrum.nl/404.html"), "utf8")).toContain("Niet gevonden");
  });

  it("refuses to switch when nginx -t rejects the new configuration, and puts the previous configuration back", async () => {
    await run(await build("a"), "A");
    const installed = await readFile(join(confDir, "werkcentrum.conf"), "utf8");
    const b = await build("b", {}, "broken directive;\n");
    const error = await release({ from: b, to, name: "B", nginx: await nginx(1), log: (line) => lines.push(line) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as Error).message).toMatch(/keurt de nieuwe nginx-configuratie af[\s\S]*unknown directive/);
    expect(await current()).toBe("releases/A");
    expect(await readFile(join(confDir, "werkcentrum.conf"), "utf8")).toBe(installed);
    expect(await readdir(join(to, "releases"))).toEqual(["A"]);
    // Not reloaded: only the first release's reload happened.
    expect((await nginxCalls()).filter((call) => call.startsWith("reload"))).toHaveLength(1);
  });

  it("puts configuration and current back when the reload fails", async () => {
    await run(await build("a"), "A");
    const installed = await readFile(join(confDir, "werkcentrum.conf"), "utf8");
    const b = await build("b", {}, "# changed\n");
    await expect(release({ from: b, to, name: "B", nginx: await nginx(0, 1), log: () => undefined })).rejects.toThrow(
      /reload.*mislukt[\s\S]*release A zijn teruggezet/,
    );
    expect(await current()).toBe("releases/A");
    expect(await readFile(join(confDir, "werkcentrum.conf"), "utf8")).toBe(installed);
  });

  it("keeps the last --keep releases, the current one included", async () => {
    for (const name of ["A", "B", "C", "D"]) await run(await build(name.toLowerCase(), { "werkcentrum.nl": name }), name, { keep: 2 });
    expect((await readdir(join(to, "releases"))).sort()).toEqual(["C", "D"]);
    expect(await current()).toBe("releases/D");
    expect(lines).toContain("verwijderd: releases/A (ouder dan de laatste 2)");
    // The files C shares with D are still there after the older releases were removed.
    expect(await readFile(join(to, "current/twente.werkcentrum.nl/index.html"), "utf8")).toContain("twente");
  });

  it("a crash before the switch leaves current as it was; the next run removes what it left and succeeds", async () => {
    await run(await build("a"), "A");
    const b = await build("b", { "werkcentrum.nl": "B" });
    for (const step of ["assembled", "verified", "renamed"] as const) {
      const crash = new Error(`killed after ${step}`);
      await expect(
        run(b, "B", {
          onStep: (done) => {
            if (done === step) throw crash;
          },
        }),
      ).rejects.toBe(crash);
      expect(await current()).toBe("releases/A");
      expect(await readdir(join(to, "releases"))).toEqual(["A"]);
    }
    // What a run killed with SIGKILL leaves: a half-made folder and a next link, which no error handler removed.
    await mkdir(join(to, "releases/.incoming-B-99999/werkcentrum.nl"), { recursive: true });
    await symlink("releases/.incoming-B-99999", join(to, ".current-next-99999"));
    await run(b, "B");
    expect(await current()).toBe("releases/B");
    expect((await readdir(join(to, "releases"))).sort()).toEqual(["A", "B"]);
    expect(existsSync(join(to, ".current-next-99999"))).toBe(false);
    expect(lines.filter((line) => line.startsWith("opgeruimd:"))).toHaveLength(2);
  });

  it("refuses a configuration whose root is not <to>/current, and a name or manifest path that could leave the release folder", async () => {
    const a = await build("a");
    await writeFile(join(a, "deploy/nginx/werkcentrum.conf"), "server {\n    root /srv/werkcentrum/current/werkcentrum.nl;\n}\n");
    await expect(run(a, "A")).rejects.toThrow(/wijst naar \/srv\/werkcentrum\/current\/werkcentrum.nl[\s\S]*werkcentrum deploy --root/);
    await expect(run(await build("b"), "../B")).rejects.toThrow(/kan geen releasemap zijn/);
    const c = await build("c");
    const manifest = JSON.parse(await readFile(join(c, "deploy/manifest.json"), "utf8"));
    manifest.hosts["werkcentrum.nl"].files["../../../etc/passwd"] = "0".repeat(64);
    await writeFile(join(c, "deploy/manifest.json"), JSON.stringify(manifest));
    await expect(run(c, "C")).rejects.toThrow(/geen geldig manifest[\s\S]*files\.\.\.\/\.\.\/\.\.\/etc\/passwd/);
    expect(existsSync(join(to, "current"))).toBe(false);
  });

  it("refuses while another release holds the release folder", async () => {
    const a = await build("a");
    await mkdir(to, { recursive: true });
    const other = await lockOutput(to, { kind: "release" });
    try {
      await expect(run(a, "A")).rejects.toThrow(/Gestopt: een andere werkcentrum release \(proces \d+[^)]*\) gebruikt .* nog, na 5 seconden wachten/);
    } finally {
      await other.release();
    }
    expect(existsSync(join(to, "current"))).toBe(false);
    await run(a, "A");
    expect(await current()).toBe("releases/A");
  });

  it("uses an existing release folder with the same manifest, and refuses one with another", async () => {
    const a = await build("a");
    await run(a, "A");
    await run(await build("b", { "werkcentrum.nl": "B" }), "B");
    await expect(run(await build("c", { "werkcentrum.nl": "C" }), "A")).rejects.toThrow(/bestaat al, met een ander manifest/);
    const report = await run(a, "A");
    expect(report.reused).toBe(true);
    expect(await current()).toBe("releases/A");
  });
});

describe("rollback", () => {
  it("switches back to the previous release with its configuration, and back along the history", async () => {
    await run(await build("a"), "A");
    const aConfig = await readFile(join(confDir, "werkcentrum.conf"), "utf8");
    await run(await build("b", { "werkcentrum.nl": "B" }, "# b\n"), "B");
    await run(await build("c", { "werkcentrum.nl": "C" }, "# b\n"), "C");
    const control = await nginx();
    const report = await rollback({ to, nginx: control, log: (line) => lines.push(line) });
    expect(report).toMatchObject({ from: "C", to: "B", configInstalled: [] });
    expect(await current()).toBe("releases/B");
    const back = await rollback({ to, nginx: control, log: (line) => lines.push(line) });
    expect(back).toMatchObject({ from: "B", to: "A", configInstalled: ["werkcentrum.conf"] });
    expect(await current()).toBe("releases/A");
    expect(await readFile(join(confDir, "werkcentrum.conf"), "utf8")).toBe(aConfig);
    expect((await nginxCalls()).slice(-2)).toEqual([`nginx -t -c ${join(root, "nginx.conf")}`, "reload"]);
    await expect(rollback({ to, nginx: control, log: () => undefined })).rejects.toThrow(/geen vorige release/);
    // --name goes to any kept release.
    await rollback({ to, name: "C", nginx: control, log: () => undefined });
    expect(await current()).toBe("releases/C");
  });

  it("refuses to roll back to a release whose files no longer match its manifest", async () => {
    await run(await build("a"), "A");
    await run(await build("b", { "werkcentrum.nl": "B" }), "B");
    await writeFile(join(to, "releases/A/werkcentrum.nl/index.html"), "edited");
    await expect(rollback({ to, nginx: await nginx(), log: () => undefined })).rejects.toThrow(/werkcentrum.nl\/index.html: sha256 wijkt af/);
    expect(await current()).toBe("releases/B");
  });
});
