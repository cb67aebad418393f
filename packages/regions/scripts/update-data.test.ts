import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { allRegions } from "../src/registry.js";
import { toSlug } from "../src/slug.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const script = join(packageDir, "scripts/update-data.mjs");
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const FILES = ["data/gemeenten.csv", "data/arbeidsmarktregios.csv", "src/data.generated.ts"];
/** Every scratch folder of this file lives in one temporary folder, removed when the file's tests end. */
const scratch = mkdtempSync(join(tmpdir(), "wc-update-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch copy of the package's data, so the script can write without touching the real files. */
function scratchPackage(): string {
  const dir = mkdtempSync(join(scratch, "package-"));
  mkdirSync(join(dir, "src"));
  cpSync(join(packageDir, "data"), join(dir, "data"), { recursive: true });
  cpSync(join(packageDir, "src/data.generated.ts"), join(dir, "src/data.generated.ts"));
  return dir;
}

function run(args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: 0, output };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

interface Row {
  gm_code: string;
  gm_naam: string;
  am_code: string;
  provincie: string;
}
const gemeenten: Row[] = parse(read(packageDir, "data/gemeenten.csv"), { columns: true });
const regionNames = new Map(allRegions.map((r) => [r.code as string, r.name]));
const provinceCodes = new Map([...new Set(gemeenten.map((g) => g.provincie))].map((p, i) => [p, `PV${String(20 + i)}`]));

/**
 * The gemeenten as a CBS "Gebieden in Nederland" table saved as CSV: ";" between fields, a byte-order mark,
 * Code_/Naam_ column pairs (COROP, arbeidsmarktregio, provincie) and values padded with spaces, as CBS does.
 */
function cbsCsv(rows: Row[], names = regionNames): string {
  const header = "ID;Code_1;Naam_2;SorteringNaam_3;Code_4;Naam_5;Code_6;Naam_7;Code_8;Naam_9";
  const lines = rows.map((g, i) =>
    [
      i,
      `${g.gm_code}    `,
      g.gm_naam,
      g.gm_naam.toLowerCase(),
      "CR01",
      "Voorbeeld-COROP",
      `${g.am_code}  `,
      names.get(g.am_code),
      provinceCodes.get(g.provincie),
      g.provincie,
    ].join(";"),
  );
  return `\uFEFF${header}\n${lines.join("\n")}\n`;
}

function writeFixture(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("scripts/update-data.mjs", () => {
  it("regenerates the package's own data byte for byte and reports no changes", () => {
    const dir = scratchPackage();
    const { status, output } = run(["--package", dir]);
    expect(status).toBe(0);
    expect(output).toContain("No changes against the current package data.");
    for (const file of FILES) expect(read(dir, file), file).toBe(read(packageDir, file));
  });

  it("reads a CBS table as CSV and reports renames, moves, merges and region changes", () => {
    const dir = scratchPackage();
    const changed = gemeenten
      .filter((g) => g.gm_code !== "GM0882" && g.gm_code !== "GM0899")
      .map((g) => (g.gm_code === "GM0164" ? { ...g, gm_naam: "Hengelo" } : g.gm_code === "GM0450" ? { ...g, am_code: "AM37" } : g))
      .concat({ gm_code: "GM1999", gm_naam: "Voorbeeldgemeente", am_code: "AM30", provincie: "Limburg" });
    const names = new Map(regionNames).set("AM38", "Food Valley");
    const input = writeFixture(dir, "cbs.csv", cbsCsv(changed, names));
    const { status, output } = run(["--package", dir, "--gemeenten", input, "--year", "2027", "--table", "99999NED"]);
    expect(output).toContain("Regions: 35 → 35. Gemeenten: 342 → 341.");
    expect(output).toContain(
      "Regions renamed (1):\n  AM38: FoodValley → Food Valley (slug and host change: move sites/foodvalley/ to sites/food-valley/)",
    );
    expect(output).toContain("Gemeenten added (1):\n  GM1999 Voorbeeldgemeente, in AM30 Zuid-Limburg");
    expect(output).toContain("Gemeenten removed (merged or dissolved) (2):\n  GM0882 Landgraaf, was in AM30 Zuid-Limburg\n  GM0899 Brunssum");
    expect(output).toContain("Gemeenten renamed (1):\n  GM0164: Hengelo (O.) → Hengelo");
    expect(output).toContain(
      "Gemeenten moved to another region (1):\n  GM0450 Uitgeest: AM15 Noord-Holland Noord → AM37 Zuid-Kennemerland en IJmond",
    );
    expect(status).toBe(0);

    const generated = read(dir, "src/data.generated.ts");
    expect(generated).toContain("export const DATA_YEAR = 2027;");
    expect(generated).toContain('export const DATA_SOURCE = "CBS, tabel 99999NED Gebieden in Nederland 2027";');
    expect(generated).toContain('["GM0820","Nuenen, Gerwen en Nederwetten","AM28","Noord-Brabant"]');
    expect(read(dir, "data/gemeenten.csv")).toContain('GM0820,"Nuenen, Gerwen en Nederwetten",AM28,Noord-Brabant\n');
    expect(read(dir, "data/arbeidsmarktregios.csv")).toContain("AM38,Food Valley,GM0228,Ede,inferred\n");

    // The next run compares against what was just written.
    expect(run(["--package", dir, "--gemeenten", input, "--dry-run"]).output).toContain("No changes against the current package data.");
  });

  it("prints the slug of every region the same way src/slug.ts does", () => {
    const empty = mkdtempSync(join(scratch, "empty-"));
    const { output } = run([
      "--package",
      empty,
      "--gemeenten",
      join(packageDir, "data/gemeenten.csv"),
      "--regions",
      join(packageDir, "data/arbeidsmarktregios.csv"),
      "--year",
      "2026",
      "--table",
      "86247NED",
      "--dry-run",
    ]);
    expect(output).toContain("Regions added (35):");
    for (const region of allRegions) expect(output).toContain(`${region.code} ${region.name} (new site folder sites/${toSlug(region.name)}/)`);
  });

  it.each([
    {
      name: "a centrumgemeente that disappeared",
      rows: () => gemeenten.filter((g) => g.gm_code !== "GM0917"),
      args: [] as string[],
      error: "region AM30: centrumgemeente GM0917 is not a gemeente in the new data",
    },
    {
      name: "a new region without centrumgemeente",
      rows: () => gemeenten.map((g) => (g.gm_code === "GM0599" ? { ...g, am_code: "AM39" } : g)),
      args: [],
      error: "region AM39 has no centrumgemeente: add a row to the regions file",
    },
    {
      name: "a gemeente code twice",
      rows: () => [...gemeenten, gemeenten[0]!],
      args: [],
      error: "gemeente code GM0014 occurs twice",
    },
    {
      name: "a new year without its CBS table",
      rows: () => gemeenten,
      args: ["--year", "2027"],
      error: "--year 2027 needs --table",
    },
  ])("stops on $name and writes nothing", ({ rows, args, error }) => {
    const dir = scratchPackage();
    const input = writeFixture(dir, "cbs.csv", cbsCsv(rows()));
    const { status, output } = run(["--package", dir, "--gemeenten", input, ...args]);
    expect(status).toBe(1);
    expect(output).toContain(error);
    for (const file of FILES) expect(read(dir, file), file).toBe(read(packageDir, file));
  });

  it("asks for --columns when it cannot recognise the columns, and accepts them", () => {
    const dir = scratchPackage();
    const text = `gemeente;naam;regio;prov\n${gemeenten.map((g) => `${g.gm_code};${g.gm_naam};${g.am_code};${g.provincie}`).join("\n")}\n`;
    const input = writeFixture(dir, "other.csv", text);
    const refused = run(["--package", dir, "--gemeenten", input, "--dry-run"]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain("cannot tell which column holds");
    const accepted = run(["--package", dir, "--gemeenten", input, "--columns", "gm_naam=naam,provincie=prov", "--dry-run"]);
    expect(accepted.output).toContain("No changes against the current package data.");
    expect(accepted.status).toBe(0);
  });
});
