#!/usr/bin/env node
// Proves the changesets set-up without consuming the pending changesets: runs `changeset version` in a scratch
// copy of the repository and checks that every package with a pending changeset gets a new version and a
// CHANGELOG.md holding its summaries, that no site workspace is versioned, and that the changesets were used up.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publishedWorkspaces, repoRoot, siteWorkspaces } from "./workspaces.mjs";

const scratch = mkdtempSync(join(tmpdir(), "werkcentrum-changesets-"));
try {
  // The repository's own files (tracked and new, not ignored): what a fresh clone plus the working tree holds.
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\n")
    .filter(
      (file) =>
        file &&
        (file.endsWith("package.json") || file.startsWith(".changeset/") || file.endsWith("CHANGELOG.md")) &&
        existsSync(join(repoRoot, file)),
    );
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    writeFileSync(join(scratch, file), readFileSync(join(repoRoot, file)));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(scratch, "node_modules"), "dir");

  const pending = readdirSync(join(scratch, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
  const summaries = pending.map((file) => readFileSync(join(scratch, ".changeset", file), "utf8"));
  const mentioned = (name) => summaries.filter((text) => text.split("---")[1]?.includes(`"${name}"`));
  execFileSync(join(repoRoot, "node_modules", ".bin", "changeset"), ["version"], { cwd: scratch, stdio: ["ignore", "ignore", "inherit"] });

  const problems = [];
  for (const { relDir, manifest } of publishedWorkspaces()) {
    const changes = mentioned(manifest.name);
    if (changes.length === 0) continue;
    const after = JSON.parse(readFileSync(join(scratch, relDir, "package.json"), "utf8"));
    const changelogFile = join(scratch, relDir, "CHANGELOG.md");
    const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : "";
    if (after.version === manifest.version) problems.push(`${manifest.name}: version not bumped`);
    if (!changelog.startsWith(`# ${manifest.name}\n`) || !changelog.includes(`## ${after.version}`))
      problems.push(`${manifest.name}: no CHANGELOG.md entry for ${after.version}`);
    for (const text of changes) {
      const firstLine = text.split("---")[2].trim().split("\n")[0];
      if (!changelog.includes(firstLine)) problems.push(`${manifest.name}: CHANGELOG.md lacks "${firstLine}"`);
    }
    console.log(`${manifest.name}: ${manifest.version} → ${after.version}, CHANGELOG.md from ${changes.length} changeset(s)`);
  }
  for (const { relDir, manifest } of siteWorkspaces()) {
    const after = JSON.parse(readFileSync(join(scratch, relDir, "package.json"), "utf8"));
    if (after.version !== manifest.version || existsSync(join(scratch, relDir, "CHANGELOG.md")))
      problems.push(`${relDir}: a site workspace was versioned`);
  }
  const left = readdirSync(join(scratch, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
  if (left.length > 0) problems.push(`changesets not consumed: ${left.join(", ")}`);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  } else {
    console.log(`changesets OK: ${pending.length} pending changesets, no site workspace versioned`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
