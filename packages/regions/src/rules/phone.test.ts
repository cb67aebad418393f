import { describe, expect, it } from "vitest";
import { addressProblem } from "./address.js";
import { internationalPhone, parsePhone, phoneProblem, telHref } from "./phone.js";

// Real Dutch formats, as editors copy them from letterheads and websites. `tel` is the one link every page makes of
// the number (undefined: shown as text only).
const accepted = [
  { input: "010 123 45 67", tel: "tel:+31101234567" },
  { input: "(010) 123-4567", tel: "tel:+31101234567" },
  { input: "010-1234567", tel: "tel:+31101234567" },
  { input: "0101234567", tel: "tel:+31101234567" },
  { input: "020 - 123 45 67", tel: "tel:+31201234567" },
  { input: "0591 12 34 56", tel: "tel:+31591123456" },
  { input: "06 12 34 56 78", tel: "tel:+31612345678" },
  { input: "088 898 92 95", tel: "tel:+31888989295" },
  { input: "+31 (0)20 123 45 67", tel: "tel:+31201234567" },
  { input: "+31 20 123 45 67", tel: "tel:+31201234567" },
  { input: "+31201234567", tel: "tel:+31201234567" },
  { input: "0031 20 123 45 67", tel: "tel:+31201234567" },
  { input: "  010 123 45 67  ", tel: "tel:+31101234567" },
  { input: "+32 2 123 45 67", tel: "tel:+3221234567" },
  { input: "+49 30 1234567", tel: "tel:+49301234567" },
  // Not reachable from abroad: text without a link.
  { input: "0800-1234", tel: undefined },
  { input: "0800 123 4567", tel: undefined },
  { input: "0900-1234", tel: undefined },
  { input: "14 020", tel: undefined },
  { input: "14 0591", tel: undefined },
];

const refused = [
  { input: "112", message: /alarmnummer/ },
  { input: "0800-WERKCENTRUM", message: /Letters/ },
  { input: "bel ons", message: /Letters/ },
  { input: "010 123 45 6x", message: /Letters/ },
  { input: "010.123.45.67", message: /cijfers, spaties of streepjes/ },
  { input: "010 123 45 67 ext 12", message: /Letters/ },
  { input: "+31 0)20 123", message: /haakjes/ },
  { input: "(010) (123) 4567", message: /haakjes/ },
  { input: "010 123 45", message: /te kort/ },
  { input: "12345", message: /te kort/ },
  { input: "1400", message: /te kort/ },
  { input: "010 123 45 678", message: /te lang/ },
  { input: "+31 20 123 45 678", message: /te lang/ },
  { input: "+31 020 123 45 67", message: /de 0 van het netnummer weg/ },
  { input: "0800 12345", message: /4 of 7 cijfers/ },
  { input: "+1 234", message: /8 tot 15 cijfers/ },
  { input: "+123 4567 8901 23456", message: /8 tot 15 cijfers/ },
  { input: "10 123 45 67", message: /begint met 0/ },
  { input: "", message: /leeg/ },
  { input: "+31 20 123 45 67\n89", message: /cijfers, spaties of streepjes/ },
  { input: "010\t123 45 67", message: /cijfers, spaties of streepjes/ },
];

describe("the phone rule", () => {
  it.each(accepted)("accepts $input → $tel", ({ input, tel }) => {
    expect(phoneProblem(input)).toBeUndefined();
    expect(telHref(input)).toBe(tel);
    expect(internationalPhone(input)).toBe(tel?.slice("tel:".length));
  });

  it.each(refused)("refuses $input with a Dutch message", ({ input, message }) => {
    expect(phoneProblem(input)).toMatch(message);
    expect(telHref(input)).toBeUndefined();
  });

  it("keeps the digits as dialled in the Netherlands", () => {
    expect(parsePhone("(010) 123-4567")).toEqual({ phone: { dialled: "0101234567", international: "+31101234567" } });
    expect(parsePhone("14 020")).toEqual({ phone: { dialled: "14020" } });
  });
});

describe("tel: links by the address rule", () => {
  it("accepts exactly the link telHref makes, and explains every other form", () => {
    expect(addressProblem("tel:+31101234567", ["tel"])).toBeUndefined();
    expect(addressProblem("tel:010 123 45 67", ["tel"])).toMatch(/Schrijf de link als tel:\+31101234567/);
    expect(addressProblem("tel:+310101234567", ["tel"])).toMatch(/de 0 van het netnummer weg/);
    expect(addressProblem("tel:14020", ["tel"])).toMatch(/geen tel:-link/);
    expect(addressProblem("tel:112", ["tel"])).toMatch(/alarmnummer/);
    expect(addressProblem("tel:+31101234567", ["https"])).toMatch(/'tel:' is niet toegestaan/);
  });
});
