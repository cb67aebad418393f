/** Where the example expects the certificate; the real-server test replaces these paths with a test certificate. */
export const TLS_EXAMPLE_CERTIFICATE = "/etc/ssl/werkcentrum/fullchain.pem";
export const TLS_EXAMPLE_KEY = "/etc/ssl/werkcentrum/privkey.pem";

/**
 * `dist/deploy/nginx/tls.conf.example`: a starting point for the hosting team's `tls.conf`, which every
 * Werkcentrum server block includes. TLS 1.2 and 1.3 only, forward-secret AEAD ciphers in server order and the
 * key exchange groups the NCSC TLS guidelines rate "good"; internet.nl's TLS test checks the same.
 */
export function tlsExample(): string {
  return [
    "# Example: copy to tls.conf next to werkcentrum.conf and point it at the real certificate. One certificate for",
    "# werkcentrum.nl and *.werkcentrum.nl covers all 36 sites. Legacy hosts from redirects files each include",
    "# tls/<host>.conf instead, with a certificate for that name. See DEPLOY.md.",
    `ssl_certificate     ${TLS_EXAMPLE_CERTIFICATE};`,
    `ssl_certificate_key ${TLS_EXAMPLE_KEY};`,
    "ssl_protocols TLSv1.2 TLSv1.3;",
    "ssl_ciphers ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;",
    "ssl_prefer_server_ciphers on;",
    "ssl_ecdh_curve X25519:prime256v1:secp384r1;",
    "ssl_session_timeout 1d;",
    "ssl_session_cache shared:werkcentrum_tls:10m;",
    "ssl_session_tickets off;",
    "# http2 on;  # nginx 1.25.1 and newer; on older versions add `http2` to the `listen ... ssl` lines instead.",
    "",
  ].join("\n");
}
