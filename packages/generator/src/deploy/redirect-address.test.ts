import { describe, expect, it } from "vitest";
import { addressUrl, parseSource, parseTarget } from "./redirect-address.js";

const own = "rijnmond.werkcentrum.nl";
const known = new Set([own, "werkcentrum.nl", "drenthe.werkcentrum.nl"]);

describe("parseSource (van)", () => {
  it.each([
    ["/werkgeversservicepunt/", own, "/werkgeversservicepunt/"],
    ["/over%20ons", own, "/over ons"],
    ["/vacatures/caf%C3%A9", own, "/vacatures/café"],
    ["https://rijnmond.werkcentrum.nl/oud", own, "/oud"],
    ["https://www.RMT-Voorbeeld.example", "www.rmt-voorbeeld.example", "/"],
    ["http://leerwerkloket-voorbeeld.example/scholing", "leerwerkloket-voorbeeld.example", "/scholing"],
  ])("%s → %s %s", (raw, host, path) => {
    expect(parseSource(raw, own, known)).toEqual({ address: { host, path, fragment: "" } });
  });

  it.each([
    ["oud/pad", /Begin een pad/],
    ["//evil.example/pad", /Begin een pad/],
    ["/pad met spatie", /spaties/],
    ["/zoeken?q=werk", /vraagteken/],
    ["/pad%zz", /%-code/],
    ["/a/../b", /\.\./],
    ["/a//b", /twee schuine/],
    ["/prijs$", /teken/],
    ["/a;b", /teken/],
    ["/a%22b", /teken/],
    ["https://drenthe.werkcentrum.nl/x", /andere Werkcentrum-site/],
    ["https://oud.example/pad#deel", /hekje/],
    ["https://oud.example:8443/pad", /poortnummer/],
    ["https://user@oud.example/", /gebruikersnaam/],
    ["ftp://oud.example/", /https/],
    ["https://192.168.1.1/", /geen geldige domeinnaam/],
  ])("refuses %s", (raw, message) => {
    const result = parseSource(raw, own, known);
    expect("error" in result && result.error).toMatch(message);
  });
});

describe("parseTarget (naar)", () => {
  it.each([
    ["/", own, "/", ""],
    ["/werkgevers/#vacatures", own, "/werkgevers/", "#vacatures"],
    ["https://werkcentrum.nl/", "werkcentrum.nl", "/", ""],
    ["https://rijnmond.werkcentrum.nl/contact/", own, "/contact/", ""],
  ])("%s → %s %s%s", (raw, host, path, fragment) => {
    expect(parseTarget(raw, own)).toEqual({ address: { host, path, fragment } });
  });

  // Every way to leave the Werkcentrum is refused: no open redirect.
  it.each([
    "https://evil.example/",
    "https://drenthe.werkcentrum.nl/",
    "//evil.example/",
    "/\\evil.example/",
    "evil.example/pad",
    "javascript:alert(1)",
    "data:text/html,hoi",
    "mailto:iemand@example.org",
    "https://werkcentrum.nl.evil.example/",
    "https://evil.example@werkcentrum.nl/",
  ])("refuses %s", (raw) => {
    expect(parseTarget(raw, own)).toHaveProperty("error");
  });

  it("refuses plain http to the landing site and odd fragments", () => {
    expect(parseTarget("http://werkcentrum.nl/", own)).toEqual({ error: expect.stringMatching(/https/) });
    expect(parseTarget("/pad#a b", own)).toEqual({ error: expect.stringMatching(/hekje/) });
  });
});

describe("addressUrl", () => {
  it("percent-encodes the decoded path again for the Location header", () => {
    expect(addressUrl({ host: own, path: "/over ons/café", fragment: "#top" })).toBe("https://rijnmond.werkcentrum.nl/over%20ons/caf%C3%A9#top");
  });
});
