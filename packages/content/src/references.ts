import { schemeOf } from "./links.js";
import { downloadExtensions, fileExtension, imageExtensions } from "./paths.js";
import { nearest } from "./zod-problems.js";

export type ReferenceKind = "afbeelding" | "download";

/** Does this link point at a file (a download) rather than a page? Only for links on the site itself. */
export function isDownloadLink(href: string): boolean {
  if (schemeOf(href) !== undefined || href.startsWith("//")) return false;
  const path = href.split(/[?#]/)[0] ?? "";
  return (
    (downloadExtensions as readonly string[]).includes(fileExtension(path)) || (imageExtensions as readonly string[]).includes(fileExtension(path))
  );
}

/**
 * Why an image or download reference is wrong, or undefined when it points at a file that exists in the region's
 * own `content/` folder. `assets` holds the site paths (`/afbeeldingen/foto.jpg`) of the files that are there.
 */
export function referenceProblem(ref: string, kind: ReferenceKind, assets: ReadonlySet<string>): string | undefined {
  const what = kind === "afbeelding" ? "De afbeelding" : "Het bestand";
  if (schemeOf(ref) !== undefined || ref.startsWith("//")) {
    return kind === "afbeelding"
      ? "Een afbeelding moet in de map van uw regio staan. Afbeeldingen van andere websites zijn niet toegestaan: die website zou zien wie uw pagina bekijkt."
      : undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(ref.split(/[?#]/)[0] ?? "");
  } catch {
    return `${what} '${ref}' heeft een ongeldig pad.`;
  }
  if (path.includes("\\") || path.split("/").some((part) => part === ".." || part === ".")) {
    return `${what} '${ref}' verwijst met ../ of ./ naar een andere map. Gebruik een pad vanaf de map content van uw regio, bijvoorbeeld /afbeeldingen/foto.jpg.`;
  }
  if (!path.startsWith("/")) {
    return `Begin het pad met /: '${ref}' moet een pad zijn vanaf de map content van uw regio, bijvoorbeeld /afbeeldingen/foto.jpg.`;
  }
  const allowed: readonly string[] = kind === "afbeelding" ? imageExtensions : [...downloadExtensions, ...imageExtensions];
  if (!allowed.includes(fileExtension(path))) {
    return `${what} '${ref}' heeft een bestandstype dat niet mag. Toegestaan: ${allowed.join(", ")}.`;
  }
  if (!assets.has(path)) {
    const guess = nearest(path, [...assets]);
    return `${what} '${path}' bestaat niet in de map content van uw regio.${guess ? ` Bedoelt u '${guess}'?` : ""}`;
  }
  return undefined;
}
