import { describe, expect, it } from "vitest";
import { addressProblem, type AddressKind } from "./address.js";
import { claimedDomain, isWerkcentrumHost } from "./hosts.js";

const link: AddressKind[] = ["https", "path", "mailto", "tel"];

describe("the address rule", () => {
  it.each([
    ["https://www.werk.nl/", link],
    ["HTTPS://www.werk.nl/vacatures?regio=rijnmond#lijst", link],
    ["https://xn--caf-dma.nl/", link],
    ["/contact/", link],
    ["/downloads/folder%20nieuw.pdf", link],
    ["mailto:info@voorbeeld.nl", link],
    ["mailto:info@voorbeeld.nl?subject=Vraag%20over%20werk", link],
    ["tel:+31101234567", link],
    ["#kop", ["https", "relative"]],
    ["../", ["https", "relative"]],
    ["http://oud-domein.nl/pad", ["https", "http", "path"]],
  ] as const)("accepts %s", (value, allowed) => {
    expect(addressProblem(value, allowed)).toBeUndefined();
  });

  it.each([
    { value: "http://www.werk.nl/", allowed: link, message: /Gebruik https:\/\/ in plaats van http:\/\// },
    {
      value: "javascript:alert(1)",
      allowed: link,
      message: /'javascript:' is niet toegestaan\. Gebruik alleen https:\/\/, mailto:, tel: of een pad op uw eigen site\./,
    },
    { value: "java\tscript:alert(1)", allowed: link, message: /'javascript:' is niet toegestaan/ },
    { value: "data:text/html;base64,PHNjcmlwdD4=", allowed: link, message: /'data:' is niet toegestaan/ },
    { value: "file:///etc/passwd", allowed: link, message: /'file:' is niet toegestaan/ },
    { value: "//evil.example/", allowed: link, message: /met \/\/ begint/ },
    { value: "/\\evil.example/", allowed: link, message: /met \/\/ begint/ },
    { value: "/a\\b", allowed: link, message: /in plaats van \\/ },
    { value: "contact/", allowed: link, message: /Begin een pad op uw eigen site met \// },
    { value: "/pad%zz", allowed: link, message: /%-code/ },
    { value: "https:www.werk.nl", allowed: link, message: /begint met https:\/\// },
    { value: "https://localhost/", allowed: link, message: /geen domeinnaam/ },
    { value: "https://192.168.1.1/", allowed: link, message: /geen domeinnaam/ },
    { value: "https://jan:geheim@voorbeeld.nl/", allowed: link, message: /gebruikersnaam of wachtwoord/ },
    { value: "https://voorbeeld.nl/a b", allowed: link, message: /spaties/ },
    { value: "https://voorbeeld.nl/\nExpires: 2030", allowed: link, message: /regeleinden/ },
    { value: "https://voorbeeld.nl/\u200b", allowed: link, message: /onzichtbare tekens/ },
    { value: "mailto:iemand", allowed: link, message: /geldig e-mailadres/ },
    { value: "/contact/", allowed: ["https"], message: /^Schrijf een volledig webadres dat begint met https:\/\// },
    { value: "mailto:info@voorbeeld.nl", allowed: ["https"], message: /'mailto:' is niet toegestaan\. Schrijf een volledig webadres/ },
    { value: "/contact/", allowed: ["https", "mailto", "tel"], message: /Gebruik alleen https:\/\/, mailto: of tel:\./ },
    { value: "", allowed: link, message: /leeg/ },
  ] as const)("refuses $value", ({ value, allowed, message }) => {
    expect(addressProblem(value, allowed)).toMatch(message);
  });
});

describe("hosts", () => {
  it.each(["werkcentrum.nl", "WWW.werkcentrum.nl", "rijnmond.werkcentrum.nl", "nog-niet.werkcentrum.nl", "werkcentrum.nl."])(
    "%s is a Werkcentrum host",
    (host) => {
      expect(isWerkcentrumHost(host)).toBe(true);
    },
  );
  it.each(["werkcentrum.nl.evil.example", "mijnwerkcentrum.nl", "werkcentrum.nu"])("%s is not", (host) => {
    expect(isWerkcentrumHost(host)).toBe(false);
  });
  it("treats www. and a trailing dot as the same claimed domain, other subdomains not", () => {
    expect(claimedDomain("WWW.Oud-Domein.nl.")).toBe("oud-domein.nl");
    expect(claimedDomain("rijnmond.leerwerkloket.nl")).not.toBe(claimedDomain("drenthe.leerwerkloket.nl"));
  });
});
