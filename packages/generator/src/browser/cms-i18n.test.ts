import { cmsConfig } from "@werkcentrum/content";
import { describe, expect, it } from "vitest";
import { installCmsAdditions, pathMap, wrapBackend, type CmsRegistry, type CmsConfigView } from "./cms-i18n.js";

// The configuration the web editor really gets for a region with English and Ukrainian (packages/content).
const config = cmsConfig({
  slug: "rijnmond",
  host: "rijnmond.werkcentrum.nl",
  title: "Werkcentrum Rijnmond",
  languages: ["en", "uk"],
}) as CmsConfigView;
const map = pathMap(config);
const news = "sites/rijnmond/content/nieuws";

describe("pathMap", () => {
  it("gives Decap the default locale in a Dutch file's name, and the repository its own name back", () => {
    expect(map.toCms(`${news}/open-dag.md`)).toBe(`${news}/open-dag.nl.md`);
    expect(map.toRepo(`${news}/open-dag.nl.md`)).toBe(`${news}/open-dag.md`);
    expect(map.toCms("sites/rijnmond/content/over-ons.md")).toBe("sites/rijnmond/content/over-ons.nl.md");
    expect(map.toRepo("sites/rijnmond/content/over-ons.nl.md")).toBe("sites/rijnmond/content/over-ons.md");
  });

  it("leaves translations, other folders, other files and names with more dots alone, both ways", () => {
    for (const path of [
      `${news}/open-dag.en.md`,
      "sites/rijnmond/content/vragen/wat-is-een-gids.md", // questions are Dutch only: no i18n
      "sites/rijnmond/content/nieuws/oud/bericht.md", // a deeper folder is no collection's
      "sites/zeeland/content/nieuws/open-dag.md", // another region's folder
      "sites/rijnmond/content/afbeeldingen/haven.jpg",
      "sites/rijnmond/site.yml",
      `${news}/.md`,
    ]) {
      expect(map.toCms(path)).toBe(path);
      expect(map.toRepo(path)).toBe(path);
    }
    expect(map.toRepo(`${news}/open-dag.en.nl.md`)).toBe(`${news}/open-dag.en.nl.md`);
    expect(map.toCms(`${news}/open-dag.nl.md`)).toBe(`${news}/open-dag.nl.md`); // mapping twice changes nothing
  });

  it("knows a translation's Dutch file", () => {
    expect(map.dutchOf(`${news}/open-dag.en.md`)).toBe(`${news}/open-dag.nl.md`);
    expect(map.dutchOf(`${news}/open-dag.nl.md`)).toBeUndefined();
    expect(map.dutchOf(`${news}/open-dag.md`)).toBeUndefined();
    expect(map.dutchOf("sites/rijnmond/content/vragen/gids.en.md")).toBeUndefined();
  });

  it("maps nothing for a region without translations", () => {
    const dutchOnly = pathMap(cmsConfig({ slug: "rijnmond", host: "rijnmond.werkcentrum.nl", title: "Werkcentrum Rijnmond" }) as CmsConfigView);
    expect(dutchOnly.toCms(`${news}/open-dag.md`)).toBe(`${news}/open-dag.md`);
    expect(dutchOnly.toRepo(`${news}/open-dag.nl.md`)).toBe(`${news}/open-dag.nl.md`);
  });

  it("calls a translation untitled until its titel has a value", () => {
    const file = (titel: string) => ({ path: `${news}/open-dag.en.md`, raw: `---\nvoor:\n  - werkzoekenden\n${titel}datum: 2026-03-01\n---\n` });
    expect(map.isUntitledTranslation(file(""))).toBe(true);
    expect(map.isUntitledTranslation(file("titel: ''\n"))).toBe(true);
    expect(map.isUntitledTranslation(file("titel:\n"))).toBe(true);
    expect(map.isUntitledTranslation(file("titel: Open day\n"))).toBe(false);
    // The Dutch file is never held back, and a title in the body does not count.
    expect(map.isUntitledTranslation({ path: `${news}/open-dag.nl.md`, raw: "---\ndatum: 2026-03-01\n---\n" })).toBe(false);
    expect(map.isUntitledTranslation({ path: `${news}/open-dag.en.md`, raw: "---\ndatum: 2026-03-01\n---\ntitel: Open day\n" })).toBe(true);
  });
});

describe("wrapBackend", () => {
  const cursor = Symbol("cursor");

  function fakeBackend() {
    const calls: unknown[][] = [];
    const implementation = {
      name: "fake",
      async entriesByFolder(...args: unknown[]) {
        calls.push(["entriesByFolder", ...args]);
        const entries = [`${news}/open-dag.md`, `${news}/open-dag.en.md`, `${news}/basistekst.uk.md`].map((path) => ({
          file: { path, id: path },
          data: "---\n---\n",
        }));
        return Object.assign(entries, { [cursor]: "page 1" });
      },
      async allEntriesByFolder(folder: string, extension: string, depth: number, pathRegex: { test(path: string): boolean }) {
        calls.push(["allEntriesByFolder", folder, extension, depth]);
        return [`${news}/open-dag.md`, `${news}/open-dag.en.md`].filter((path) => pathRegex.test(path)).map((path) => ({ file: { path } }));
      },
      async getEntry(path: string) {
        calls.push(["getEntry", path]);
        return { file: { path }, data: "" };
      },
      async persistEntry(entry: { dataFiles: unknown[]; assets: unknown[] }, options: unknown) {
        calls.push(["persistEntry", entry, options]);
      },
      async unpublishedEntry() {
        return { diffs: [{ path: `${news}/open-dag.md`, newFile: true }] };
      },
      deleteFiles(paths: string[], message: string) {
        calls.push(["deleteFiles", paths, message]);
        return Promise.resolve();
      },
      isGitBackend() {
        return true;
      },
    };
    return { implementation, calls };
  }

  it("shows Decap its own names in what the repository answers, without translations of pages it does not list, and keeps what else the answer carries", async () => {
    const { implementation } = fakeBackend();
    const backend = wrapBackend(implementation, map);
    const entries = await backend.entriesByFolder(news, "md", 1);
    expect(entries.map((entry) => entry.file.path)).toEqual([`${news}/open-dag.nl.md`, `${news}/open-dag.en.md`]);
    expect((entries as unknown as Record<symbol, string>)[cursor]).toBe("page 1");
    expect((await backend.unpublishedEntry()).diffs[0]!.path).toBe(`${news}/open-dag.nl.md`);
    expect(backend.name).toBe("fake");
    expect(backend.isGitBackend()).toBe(true);
  });

  it("asks the repository for its own names", async () => {
    const { implementation, calls } = fakeBackend();
    const backend = wrapBackend(implementation, map);
    expect((await backend.getEntry(`${news}/open-dag.nl.md`)).file.path).toBe(`${news}/open-dag.nl.md`);
    await backend.deleteFiles([`${news}/open-dag.nl.md`, `${news}/open-dag.en.md`], "Verwijder Nieuws");
    expect(calls).toEqual([
      ["getEntry", `${news}/open-dag.md`],
      ["deleteFiles", [`${news}/open-dag.md`, `${news}/open-dag.en.md`], "Verwijder Nieuws"],
    ]);
  });

  it("lets Decap's pattern for default-locale files find the repository's Dutch files", async () => {
    const { implementation } = fakeBackend();
    // Decap's collectionRegex for multiple_files: the default locale before the extension.
    const entries = await wrapBackend(implementation, map).allEntriesByFolder(news, "md", 1, /\.nl\..*/);
    expect(entries.map((entry) => entry.file.path)).toEqual([`${news}/open-dag.nl.md`]);
  });

  it("saves the Dutch file under its own name, leaves out empty fields and translations without a title", async () => {
    const { implementation, calls } = fakeBackend();
    const dataFiles = [
      { path: `${news}/open-dag.nl.md`, slug: "open-dag", raw: "---\ntitel: Open dag\n---\n" },
      { path: `${news}/open-dag.en.md`, slug: "open-dag", raw: "---\ntitel: Open day\n---\n" },
      { path: `${news}/open-dag.uk.md`, slug: "open-dag", raw: "---\nvoor:\n  - werkzoekenden\n---\n" },
      // Decap's copy of a field the Dutch version leaves empty: left out, and then the title is missing too.
      { path: `${news}/open-dag.pl.md`, slug: "open-dag", raw: "---\ntype: null\ntitel: null\n---\n" },
    ];
    await wrapBackend(implementation, map).persistEntry({ dataFiles, assets: [] }, { newEntry: true });
    expect(calls).toEqual([
      [
        "persistEntry",
        {
          dataFiles: [
            { path: `${news}/open-dag.md`, slug: "open-dag", raw: "---\ntitel: Open dag\n---\n" },
            { path: `${news}/open-dag.en.md`, slug: "open-dag", raw: "---\ntitel: Open day\n---\n" },
          ],
          assets: [],
        },
        { newEntry: true },
      ],
    ]);
  });
});

describe("installCmsAdditions", () => {
  it("puts Dutch phrases about translations into Decap's Dutch locale and keeps the rest of it", () => {
    const locales: Record<string, Record<string, unknown>> = {
      nl: {
        app: { header: { content: "Inhoud" } },
        editor: { editorInterface: { toggleI18n: "Wissel i18n", togglePreview: "Wissel voorvertoning" } },
      },
    };
    installCmsAdditions({
      getBackend: () => undefined,
      getLocale: (locale) => locales[locale] as never,
      registerLocale: (locale, phrases) => (locales[locale] = phrases),
    });
    expect(locales.nl).toMatchObject({
      app: { header: { content: "Inhoud" } },
      editor: {
        editorInterface: { toggleI18n: "Vertaling tonen of verbergen", togglePreview: "Wissel voorvertoning" },
        editorControlPane: { i18n: { copyFromLocale: "Overnemen uit een andere taal" } },
      },
    });
  });

  it("wraps the git backends Decap registered, so the one Decap makes from the configuration maps paths", async () => {
    const made: unknown[] = [];
    const backends: Record<string, { init: (config: unknown, options: unknown) => object }> = {
      proxy: { init: (config) => (made.push(config), { getEntry: async (path: string) => ({ file: { path } }) }) },
      github: { init: () => ({}) },
    };
    installCmsAdditions({ getBackend: (name) => backends[name] } satisfies CmsRegistry);
    const backend = backends.proxy!.init(config, {}) as { getEntry(path: string): Promise<{ file: { path: string } }> };
    expect(made).toEqual([config]);
    // The fake answers with the path it was asked for: the repository's name, shown to Decap as its own again.
    expect((await backend.getEntry(`${news}/open-dag.nl.md`)).file.path).toBe(`${news}/open-dag.nl.md`);
    const asked: string[] = [];
    backends.github!.init = () => ({ getEntry: async (path: string) => (asked.push(path), { file: { path } }) });
    installCmsAdditions({ getBackend: (name) => backends[name] });
    await (backends.github!.init(config, {}) as { getEntry(path: string): Promise<unknown> }).getEntry(`${news}/open-dag.nl.md`);
    expect(asked).toEqual([`${news}/open-dag.md`]);
  });
});
