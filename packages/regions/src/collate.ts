/** Dutch collation for sorting names ("Aa en Hunze" before "Aalsmeer", "'s-Gravenhage" by its letters). */
const collator = new Intl.Collator("nl", { sensitivity: "base" });

export const compareNl = (a: string, b: string): number => collator.compare(a, b);
export const byName = (a: { readonly name: string }, b: { readonly name: string }): number => collator.compare(a.name, b.name);
