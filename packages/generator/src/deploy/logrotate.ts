import { DEFAULT_ACCESS_LOG, LOG_RETENTION_DAYS } from "./nginx.js";

/**
 * `dist/deploy/logrotate.example`: a logrotate rule that keeps the access log for LOG_RETENTION_DAYS days, the
 * number every privacy page promises. For servers whose logs are not covered by Debian's own
 * `/etc/logrotate.d/nginx` (which rotates `/var/log/nginx/*.log` daily and keeps 14); logrotate refuses a file that
 * two rules name, so install it only where no other rule covers the file (DEPLOY.md, section 12).
 */
export function logrotateExample(accessLog = DEFAULT_ACCESS_LOG): string {
  return [
    `# Keeps the Werkcentrum access log for ${LOG_RETENTION_DAYS} days: the privacy page of every site says so. See DEPLOY.md, section 12.`,
    `${accessLog} {`,
    "    daily",
    `    rotate ${LOG_RETENTION_DAYS}`,
    `    maxage ${LOG_RETENTION_DAYS}`,
    "    missingok",
    "    notifempty",
    "    compress",
    "    delaycompress",
    "    create 0640 www-data adm",
    "    sharedscripts",
    "    postrotate",
    "        invoke-rc.d nginx rotate >/dev/null 2>&1 || true",
    "    endscript",
    "}",
    "",
  ].join("\n");
}
