import { describe, expect, it } from "vitest";
import { diskFault, OutputError, outputWriteError, stateWriteError } from "./errors.js";

const errno = (code: string, path?: string) => Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });

describe("diskFault", () => {
  it.each(["EROFS", "EACCES", "EPERM", "ENOSPC", "EDQUOT"])("recognises %s, also below Eleventy's wrapping errors", (code) => {
    const wrapped = new Error("Having trouble writing to dist", { cause: new Error("Problem writing", { cause: errno(code, "/d/x.html") }) });
    expect(diskFault(wrapped)).toEqual({ code, path: "/d/x.html" });
    expect(diskFault(new AggregateError([new Error("a"), errno(code)]))).toEqual({ code });
  });

  it("reads the strerror text of a child process (Pagefind) when there is no code", () => {
    expect(diskFault(new Error("Pagefind kon de zoekindex niet schrijven: No space left on device (os error 28)"))).toEqual({ code: "ENOSPC" });
    expect(diskFault(new Error("x", { cause: new Error("Read-only file system (os error 30)") }))).toEqual({ code: "EROFS" });
  });

  it("ignores every other error, and survives a cycle of causes", () => {
    const cyclic = new Error("a");
    cyclic.cause = cyclic;
    for (const error of [new Error("template"), errno("ENOENT"), errno("EISDIR"), cyclic, "text", undefined])
      expect(diskFault(error)).toBeUndefined();
  });
});

describe("messages", () => {
  it("name the output, the folder where writing failed and the output that stays, in one Dutch line", () => {
    const error = outputWriteError(
      errno("EROFS", "/srv/dist/.werkcentrum/out/a.nl/1-a-b.part/index.html"),
      "a.nl",
      "/srv/dist/.werkcentrum/out/a.nl",
      "/srv/dist/a.nl",
    );
    expect(error).toBeInstanceOf(OutputError);
    expect(error!.message).toBe(
      "a.nl: de uitvoer kan niet worden geschreven in /srv/dist/.werkcentrum/out/a.nl/1-a-b.part: het bestandssysteem is alleen-lezen (EROFS). " +
        "De vorige uitvoer in /srv/dist/a.nl is niet veranderd. Maak de schijf beschrijfbaar, of bouw in een andere map (--out <map>).",
    );
    expect(error!.message).not.toContain("\n");
    expect(stateWriteError(errno("EDQUOT"), "Het bouwverslag builds.json", "/srv/dist/.werkcentrum")!.message).toBe(
      "Het bouwverslag builds.json kan niet worden geschreven in /srv/dist/.werkcentrum: het schijfquotum is op (EDQUOT). " +
        "Maak ruimte vrij binnen het quotum, of vraag een groter quotum, en bouw opnieuw.",
    );
    expect(outputWriteError(new Error("template"), "a.nl", "/x", "/y")).toBeUndefined();
  });
});
