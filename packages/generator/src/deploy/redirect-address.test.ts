import { describe, expect, it } from "vitest";
import { addressUrl, parseSource, parseTarget } from "./redirect-address.js";

const own = "rijnmond.werkcentrum.nl";
const known = new Set([own, "werkcentrum.nl", "drenthe.werkcentrum.nl"]);

describe("parseSource (van)", () => {
  it.each([
    ["/werkgeversservicepunt/", own, "/werkgeversservicepunt/"],
    ["/over-ons", own, "/over-ons"],
    ["/a(1)!*+,=:@~&", own, "/a(1)!*+,=:@~&"],
    ["/vacatures/caf%C3%A9", own, "/vacatures/café"],
    ["https://rijnmond.werkcentrum.nl/oud", own, "/oud"],
    ["https://www.RMT-Voorbeeld.example", "www.rmt-voorbeeld.example", "/"],
    ["http://leerwerkloket-voorbeeld.example/scholing", "leerwerkloket-voorbeeld.example", "/scholing"],
  ])("%s → %s %s", (raw, host, path) => {
    expect(parseSource(raw, own, known)).toEqual({ address: { host, path, fragment: "" } });
  });

  it.each([
    ["oud/pad", /Begin een pad/],
    ["//evil.example/pad", /met \/\/ begint/],
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
    ["https://192.168.1.1/", /geen domeinnaam/],
    // Everything nginx would need escaped, also when percent-encoded: nginx matches the decoded path.
    ["/over%20ons", /U\+0020 \(een spatie/],
    ["/a%09b", /U\+0009/],
    ["/a%0Ab", /U\+000A/],
    ["/a%00b", /U\+0000/],
    ["/a%E2%80%8Bb", /U\+200B/],
    ["/a%E2%80%A8b", /U\+2028/],
    ["/a%7Bb", /'\{'/],
    ["/a%7Db", /'\}'/],
    ["/a%3Bb", /';'/],
    ["/a%24b", /'\$'/],
    ["/a%27b", /teken '''/],
    ["/a%5Cb", /'\\'/],
    ["/a%23b", /'#'/],
    ["/a%3Fb", /'\?'/],
    ["https://www.werkcentrum.nl/oud", /hoort bij werkcentrum\.nl zelf/],
    ["https://werkcentrum.nl/oud", /hoort bij werkcentrum\.nl zelf|andere Werkcentrum-site/],
    ["https://nieuw.werkcentrum.nl/", /hoort bij werkcentrum\.nl zelf/],
    ["https://WWW.Werkcentrum.NL./", /geen domeinnaam|hoort bij werkcentrum\.nl zelf/],
  ])("refuses %s", (raw, message) => {
    const result = parseSource(raw, own, known);
    expect("error" in result && result.error).toMatch(message);
  });
});

describe("the length nginx can take", () => {
  it("accepts 2,000 characters written out, and refuses more, counting %-codes as written", () => {
    const path = (length: number) => `/${"a".repeat(length - "https://".length - own.length - 1)}`;
    expect(parseSource(path(2000), own, known)).toHaveProperty("address");
    expect(parseSource(path(2001), own, known)).toEqual({ error: expect.stringMatching(/^Dit adres is te lang: 2001 tekens/) });
    expect(parseSource(`/${"%C3%A9".repeat(400)}`, own, known)).toEqual({ error: expect.stringMatching(/te lang: 2432 tekens/) });
    expect(parseTarget(path(2001), own)).toEqual({ error: expect.stringMatching(/te lang/) });
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
