/**
 * The site slug of a region: the CBS name in lower-case ASCII, every run of other characters turned into one
 * hyphen ("Zaanstreek/Waterland" → "zaanstreek-waterland"). Diacritics are folded first ("Fryslân" → "fryslan").
 */
export function toSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
