/**
 * The one phone rule for everything editors write (site.yml, content files, `tel:` links) and the one way a number
 * becomes a `tel:` link. Messages are Dutch: editors read them.
 *
 * Accepted, as people write them in the Netherlands:
 * - a 10-digit number starting with 0: `010 123 45 67`, `(010) 123-4567`, `06 12345678`, `088 898 92 95`;
 * - the same in international form: `+31 10 123 45 67`, `+31 (0)10 123 45 67`, `0031 10 123 45 67`;
 * - a free or paid service number: 0800 or 0900/0906/0909 with 4 or 7 digits (`0800-1234`, `0900 123 4567`);
 * - a gemeente's 14-number: 14 and the area code without its 0 (`14 020`, `14 0591`);
 * - a foreign number with its country code, 8 to 15 digits in all (`+32 2 123 45 67`).
 *
 * A `tel:` link needs a number that can be dialled from anywhere, so it is always the international form
 * (RFC 3966 global number, `tel:+31101234567`). Service numbers and 14-numbers cannot be dialled from abroad: they
 * are shown as text without a link.
 */

/** A number that passed the rule. */
export interface PhoneNumber {
  /** The digits as dialled inside the Netherlands: `0101234567`, `14020`; for a foreign number `+32...`. */
  dialled: string;
  /** `+31101234567` when the number can be dialled from anywhere, otherwise undefined. */
  international?: string;
}

export type PhoneResult = { phone: PhoneNumber } | { error: string };

const EXAMPLE = "bijvoorbeeld 010 123 45 67 of +31 10 123 45 67";
export const PHONE_FORMAT_MESSAGE = `Schrijf het telefoonnummer met cijfers, spaties of streepjes, ${EXAMPLE}.`;
const LETTERS =
  "Een telefoonnummer bestaat uit cijfers. Letters (zoals 0800-WERKCENTRUM) kan niet iedereen intoetsen: schrijf het nummer in cijfers.";
const BRACKETS = "Zet haakjes alleen om het netnummer, bijvoorbeeld (010) 123 45 67, of om de 0 na +31: +31 (0)10 123 45 67.";
const TOO_SHORT =
  "Dit telefoonnummer is te kort. Een Nederlands nummer heeft 10 cijfers, bijvoorbeeld 010 123 45 67; korte nummers zijn een 14-nummer van de gemeente (14 020) of een 0800- of 0900-nummer met 4 of 7 cijfers erna.";
const TOO_LONG = "Dit telefoonnummer is te lang. Een Nederlands nummer heeft 10 cijfers, bijvoorbeeld 010 123 45 67.";
const SERVICE_LENGTH = "Na 0800, 0900, 0906 of 0909 komen 4 of 7 cijfers, bijvoorbeeld 0800-1234 of 0900 123 4567.";
const EMERGENCY = "112 is het alarmnummer en hoort hier niet. Vul het telefoonnummer van het Werkcentrum in, bijvoorbeeld 010 123 45 67.";
const START = "Een Nederlands telefoonnummer begint met 0, of met +31 in de internationale vorm. Een gemeente heeft ook een 14-nummer, zoals 14 020.";
const ZERO_AFTER_31 = "Laat na +31 de 0 van het netnummer weg (+31 10 123 45 67), of zet die tussen haakjes: +31 (0)10 123 45 67.";
const FOREIGN_LENGTH = "Een buitenlands nummer heeft met de landcode 8 tot 15 cijfers, bijvoorbeeld +32 2 123 45 67.";

/** 0800 and 090x: free and paid service numbers, with 4 or 7 digits after the prefix. */
const SERVICE = /^(?:800|90[069])/;

/** A Dutch number without its leading 0 (the "national significant number"). */
function dutch(significant: string): PhoneResult {
  const dialled = `0${significant}`;
  if (SERVICE.test(significant)) {
    if (significant.length === 7 || significant.length === 10) return { phone: { dialled } };
    return { error: significant.length < 7 ? TOO_SHORT : significant.length > 10 ? TOO_LONG : SERVICE_LENGTH };
  }
  if (significant.length < 9) return { error: TOO_SHORT };
  if (significant.length > 9) return { error: TOO_LONG };
  return { phone: { dialled, international: `+31${significant}` } };
}

/** Checks a phone number as an editor wrote it. Never throws. */
export function parsePhone(input: string): PhoneResult {
  const value = input.trim();
  if (value === "") return { error: "Dit veld is leeg. Vul het telefoonnummer in of laat het hele veld weg." };
  if (/\p{L}/u.test(value)) return { error: LETTERS };
  if (!/^\+?[0-9 ()-]+$/.test(value)) return { error: PHONE_FORMAT_MESSAGE };
  if (!/^[^()]*(?:\(\d+\)[^()]*)?$/.test(value)) return { error: BRACKETS };
  const digits = value.replace(/\D/g, "");
  const international = value.startsWith("+") || digits.startsWith("00");
  if (!international) {
    if (digits === "112") return { error: EMERGENCY };
    if (/^140\d{2,3}$/.test(digits)) return { phone: { dialled: digits } };
    if (!digits.startsWith("0")) return { error: digits.length < 9 ? TOO_SHORT : START };
    return dutch(digits.slice(1));
  }
  // "+31 (0)20 …": the (0) is only dialled from inside the country, never after the country code.
  const withoutTrunkZero = value.replace(/\(0\)/, "").replace(/\D/g, "");
  const full = value.startsWith("+") ? withoutTrunkZero : withoutTrunkZero.slice(2);
  if (full.startsWith("31")) {
    const significant = full.slice(2);
    if (significant.startsWith("0")) return { error: ZERO_AFTER_31 };
    return dutch(significant);
  }
  if (full.length < 8 || full.length > 15 || full.startsWith("0")) return { error: FOREIGN_LENGTH };
  return { phone: { dialled: `+${full}`, international: `+${full}` } };
}

/** Why a phone number is refused, in Dutch, or undefined when it is fine. */
export function phoneProblem(input: string): string | undefined {
  const result = parsePhone(input);
  return "error" in result ? result.error : undefined;
}

/**
 * `010 123 45 67` → `+31101234567`: the international form for a `tel:` link, or undefined when the number is
 * invalid or cannot be dialled from abroad (14-numbers, 0800/090x): show those as text only.
 */
export function internationalPhone(input: string): string | undefined {
  const result = parsePhone(input);
  return "phone" in result ? result.phone.international : undefined;
}

/** The `tel:` link for a phone number (`tel:+31101234567`), or undefined when it gets no link. */
export function telHref(input: string): string | undefined {
  const number = internationalPhone(input);
  return number === undefined ? undefined : `tel:${number}`;
}
