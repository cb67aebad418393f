import type { z } from "zod";

/** What a value looks like, in words an editor knows. */
function kindOf(value: unknown): string {
  if (value === null) return "een lege waarde";
  if (Array.isArray(value)) return "een lijst";
  switch (typeof value) {
    case "string":
      return "tekst";
    case "number":
      return "een getal";
    case "boolean":
      return "true of false";
    case "object":
      return "velden";
    default:
      return "iets anders";
  }
}

const expected: Record<string, string> = {
  string: "Hier hoort tekst.",
  number: "Hier hoort een getal, zonder aanhalingstekens en met een punt in plaats van een komma: 3.5.",
  int: "Hier hoort een heel getal, zonder aanhalingstekens.",
  boolean: "Hier hoort true (ja) of false (nee).",
  array: "Hier hoort een lijst: zet elk onderdeel op een eigen regel, met '- ' ervoor.",
  object: "Hier horen velden: zet ze op de regels eronder, twee spaties ingesprongen.",
};

/**
 * Dutch messages for editors (B1), used for every schema issue that has no message of its own. Zod's own Dutch
 * locale speaks of "verwacht string, ontving number"; editors need to hear what to write instead.
 */
export const dutchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "Dit veld is verplicht, maar ontbreekt.";
      const hint = expected[issue.expected] ?? "Deze waarde klopt niet.";
      const quote = issue.expected === "string" && typeof issue.input !== "object" ? " Zet de waarde tussen aanhalingstekens." : "";
      return `${hint} Nu staat er ${kindOf(issue.input)}.${quote}`;
    }
    case "invalid_value":
      return `Kies een van: ${issue.values.map(String).join(", ")}.`;
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? "Dit veld is leeg. Vul het in." : `Te kort: schrijf minstens ${issue.minimum} tekens.`;
      }
      if (issue.origin === "array") return `Noem er minstens ${issue.minimum}.`;
      return `Te klein: de waarde moet minstens ${issue.minimum} zijn.`;
    case "too_big":
      if (issue.origin === "string") {
        const length = typeof issue.input === "string" ? ` Nu zijn het er ${issue.input.length}.` : "";
        return `Te lang: hoogstens ${issue.maximum} tekens.${length}`;
      }
      if (issue.origin === "array") return `Te veel: hoogstens ${issue.maximum}.`;
      return `Te groot: de waarde mag hoogstens ${issue.maximum} zijn.`;
    case "invalid_format":
      if (issue.format === "date") return "Ongeldige datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01, en controleer of de dag bestaat.";
      if (issue.format === "email") return "Ongeldig e-mailadres, bijvoorbeeld info@voorbeeld.nl.";
      return "Deze waarde heeft niet de goede vorm.";
    case "unrecognized_keys":
      return `Onbekend veld: ${issue.keys.join(", ")}.`;
    case "not_multiple_of":
      return "Hier hoort een heel getal.";
    default:
      return "Deze waarde klopt niet.";
  }
};
