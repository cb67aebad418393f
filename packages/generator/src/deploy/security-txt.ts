import type { SecurityTxtSettings } from "./settings.js";

/** Where RFC 9116 puts the file. */
export const SECURITY_TXT_PATH = "/.well-known/security.txt";

/**
 * `/.well-known/security.txt` for one host (RFC 9116): where to report a vulnerability, until when the file is
 * valid, and its own canonical address, so a copy served elsewhere can be recognised. Only fields from the
 * settings file and the host name go in: the same input gives the same bytes.
 */
export function renderSecurityTxt(host: string, settings: SecurityTxtSettings): string {
  // readDeploySettings refuses these already (the address rule); a caller of this API gets an error, never a value
  // that adds lines of its own to the file.
  for (const value of [host, ...settings.contact, ...settings["preferred-languages"], settings.policy ?? ""]) {
    if (/[\s\p{Cc}\p{Cf}]/u.test(value)) throw new Error(`security.txt: ${JSON.stringify(value)} contains a space, line break or control character`);
  }
  return [
    `# Een zwakke plek gevonden in ${host}? Meld het via het adres bij Contact.`,
    ...settings.contact.map((contact) => `Contact: ${contact}`),
    `Expires: ${new Date(settings.expires).toISOString()}`,
    `Preferred-Languages: ${settings["preferred-languages"].join(", ")}`,
    `Canonical: https://${host}${SECURITY_TXT_PATH}`,
    ...(settings.policy ? [`Policy: ${settings.policy}`] : []),
    "",
  ].join("\n");
}
