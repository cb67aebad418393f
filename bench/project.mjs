// A complete, throw-away copy of the repository for the benchmark, outside the repository: the tracked (and new,
// not ignored) files, without dist/ folders (the benchmark builds the packages in the copy), and a node_modules/ whose entries link to the
// repository's installed packages, except the workspace links, which point into the copy. turbo, npm workspaces
// and the `werkcentrum` CLI then behave in the copy exactly as in the repository, without touching it.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";

const skip = (file) =>
  file.startsWith("dist/") ||
  file.startsWith("bench/") ||
  /^sites\/[^/]+\/content\/./.test(file) ||
  file.includes("/.turbo/") ||
  file.startsWith(".turbo/");

function linkNodeModules(repo, dest) {
  const from = join(repo, "node_modules");
  const to = join(dest, "node_modules");
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === ".package-lock.json" || entry === ".cache") continue;
    if (entry === ".bin" || entry.startsWith("@werkcentrum")) {
      // Relative links (`../../packages/generator`, `../turbo/bin/turbo`) keep pointing into the copy.
      mkdirSync(join(to, entry), { recursive: true });
      for (const link of readdirSync(join(from, entry))) {
        const source = join(from, entry, link);
        if (lstatSync(source).isSymbolicLink()) symlinkSync(readlinkSync(source), join(to, entry, link));
      }
    } else {
      symlinkSync(join(from, entry), join(to, entry));
    }
  }
}

/** Creates `dest` as a fresh copy of `repo`; returns the list of workspace folders that have a dist/. */
export function copyProject(repo, dest) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 })
    .split("\n")
    .filter((file) => file && !skip(file) && existsSync(join(repo, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(repo, file), join(dest, file));
  }
  for (const site of readdirSync(join(dest, "sites"))) mkdirSync(join(dest, "sites", site, "content"), { recursive: true });
  linkNodeModules(repo, dest);
  // Workspaces with their own nested node_modules (version conflicts) get a link to the repository's folder.
  for (const group of ["packages", "themes"]) {
    for (const name of readdirSync(join(repo, group))) {
      const nested = join(repo, group, name, "node_modules");
      if (!existsSync(nested) || !existsSync(join(dest, group, name))) continue;
      // A real folder with one link per package: build caches (node_modules/.cache, .vite) must stay in the copy,
      // or a build in the copy would write through the link into the repository.
      const own = join(dest, group, name, "node_modules");
      mkdirSync(own, { recursive: true });
      for (const entry of readdirSync(nested)) {
        if (entry.startsWith(".") && entry !== ".bin") continue;
        if (entry === ".bin") cpSync(join(nested, entry), join(own, entry), { verbatimSymlinks: true, recursive: true });
        else symlinkSync(join(nested, entry), join(own, entry));
      }
    }
  }
  return files.length;
}

/** Makes the copy a git repository, so turbo hashes inputs from the git index as it does in the real checkout. */
export function commitAll(dest, message) {
  const git = (...args) =>
    execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "commit.gpgsign=false", ...args], {
      cwd: dest,
      stdio: "ignore",
    });
  if (!existsSync(join(dest, ".git"))) git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", message);
}
