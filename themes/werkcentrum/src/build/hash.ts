import { createHash } from "node:crypto";

/** First 10 hex digits of the SHA-256 of a file's bytes: the part of an asset's name that changes with it. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 10);
}

/** `werkcentrum.css` + bytes → `werkcentrum.<hash>.css`. */
export function hashedName(name: string, bytes: Uint8Array | string): string {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}.${contentHash(bytes)}${name.slice(dot)}`;
}
