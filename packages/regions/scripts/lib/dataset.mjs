// The package data as plain rows: built from CSV rows, checked, compared with the current data and written
// as src/data.generated.ts. Used by scripts/update-data.mjs.
import { patterns } from "./cbs-csv.mjs";

/**
 * The site slug rule of src/slug.ts, repeated here because this script runs on plain Node 20, which cannot
 * import TypeScript. scripts/update-data.test.ts checks that both give the same slug for every region.
 */
export function toSlug(name) {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Builds the dataset from gemeente rows and region rows. Region names come from the gemeenten file when it has
 * them (a CBS table does), otherwise from the regions file; centrumgemeenten always come from the regions file,
 * because CBS does not publish them. Returns `errors` instead of throwing, so every problem is reported at once.
 */
export function buildDataset({ gemeenten, regionNames = new Map(), regions }) {
  const errors = [];
  const warnings = [];
  const seenCodes = new Set();
  const seenNames = new Set();
  for (const g of gemeenten) {
    if (!patterns.GM_CODE.test(g.gm_code)) errors.push(`gemeente "${g.gm_naam}": code "${g.gm_code}" is not GM followed by 4 digits`);
    if (!patterns.AM_CODE.test(g.am_code))
      errors.push(`gemeente ${g.gm_code} ${g.gm_naam}: region code "${g.am_code}" is not AM followed by 2 digits`);
    if (!g.gm_naam) errors.push(`gemeente ${g.gm_code} has no name`);
    if (!g.provincie) errors.push(`gemeente ${g.gm_code} ${g.gm_naam} has no province`);
    if (seenCodes.has(g.gm_code)) errors.push(`gemeente code ${g.gm_code} occurs twice`);
    if (seenNames.has(g.gm_naam)) errors.push(`gemeente name "${g.gm_naam}" occurs twice`);
    seenCodes.add(g.gm_code);
    seenNames.add(g.gm_naam);
  }
  for (const [code, names] of regionNames) {
    if (names.size > 1) errors.push(`region ${code} has more than one name: ${[...names].join(" / ")}`);
  }

  const regionFile = new Map(regions.map((r) => [r.am_code, r]));
  const gemeenteByCode = new Map(gemeenten.map((g) => [g.gm_code, g]));
  const regionCodes = [...new Set(gemeenten.map((g) => g.am_code))].sort();
  const regionRows = [];
  for (const code of regionCodes) {
    const row = regionFile.get(code);
    const name = [...(regionNames.get(code) ?? [])][0] ?? row?.am_naam;
    if (!name) errors.push(`region ${code} has no name: add it to the regions file (am_naam) or use a gemeenten file with region names`);
    if (!row) {
      errors.push(`region ${code}${name ? ` ${name}` : ""} has no centrumgemeente: add a row to the regions file`);
      continue;
    }
    const centrum = gemeenteByCode.get(row.centrumgemeente_code);
    if (!centrum) errors.push(`region ${code}: centrumgemeente ${row.centrumgemeente_code} is not a gemeente in the new data`);
    else if (centrum.am_code !== code)
      errors.push(`region ${code}: centrumgemeente ${centrum.gm_code} ${centrum.gm_naam} lies in ${centrum.am_code}`);
    if (!["sourced", "inferred"].includes(row.centrumgemeente_status)) {
      errors.push(`region ${code}: centrumgemeente_status must be "sourced" or "inferred", not "${row.centrumgemeente_status}"`);
    }
    regionRows.push([code, name ?? "", row.centrumgemeente_code, row.centrumgemeente_status]);
  }
  for (const row of regions) {
    if (!regionCodes.includes(row.am_code)) warnings.push(`region ${row.am_code} in the regions file has no gemeenten any more; it is left out`);
  }
  const slugs = new Map();
  for (const [code, name] of regionRows) {
    const slug = toSlug(name);
    if (slugs.has(slug)) errors.push(`regions ${slugs.get(slug)} and ${code} would share the site slug "${slug}"`);
    slugs.set(slug, code);
  }
  return {
    regions: regionRows.sort(byCode),
    gemeenten: gemeenten.map((g) => [g.gm_code, g.gm_naam, g.am_code, g.provincie]).sort(byCode),
    errors,
    warnings,
  };
}

/** What changed between two datasets (`{ regions, gemeenten }` as rows). */
export function diffDatasets(before, after) {
  const index = (rows) => new Map(rows.map((row) => [row[0], row]));
  const [oldRegions, newRegions, oldGemeenten, newGemeenten] = [before.regions, after.regions, before.gemeenten, after.gemeenten].map(index);
  const diff = {
    regionsAdded: [...newRegions.values()].filter(([code]) => !oldRegions.has(code)),
    regionsRemoved: [...oldRegions.values()].filter(([code]) => !newRegions.has(code)),
    regionsRenamed: [],
    centrumgemeenteChanged: [],
    gemeentenAdded: [...newGemeenten.values()].filter(([code]) => !oldGemeenten.has(code)),
    gemeentenRemoved: [...oldGemeenten.values()].filter(([code]) => !newGemeenten.has(code)),
    gemeentenRenamed: [],
    gemeentenMoved: [],
    provinceChanged: [],
  };
  for (const [code, row] of newRegions) {
    const old = oldRegions.get(code);
    if (!old) continue;
    if (old[1] !== row[1]) diff.regionsRenamed.push({ code, from: old[1], to: row[1] });
    if (old[2] !== row[2] || old[3] !== row[3]) diff.centrumgemeenteChanged.push({ code, from: old.slice(2), to: row.slice(2) });
  }
  for (const [code, row] of newGemeenten) {
    const old = oldGemeenten.get(code);
    if (!old) continue;
    if (old[1] !== row[1]) diff.gemeentenRenamed.push({ code, from: old[1], to: row[1] });
    if (old[2] !== row[2]) diff.gemeentenMoved.push({ code, name: row[1], from: old[2], to: row[2] });
    if (old[3] !== row[3]) diff.provinceChanged.push({ code, name: row[1], from: old[3], to: row[3] });
  }
  return diff;
}

/** The diff as a plain-text report for the person updating the data. */
export function formatReport(diff, before, after) {
  const regionName = (code) => after.regions.find((r) => r[0] === code)?.[1] ?? before.regions.find((r) => r[0] === code)?.[1] ?? "?";
  const gemeenteName = (code) => after.gemeenten.find((g) => g[0] === code)?.[1] ?? before.gemeenten.find((g) => g[0] === code)?.[1];
  const lines = [`Regions: ${before.regions.length} → ${after.regions.length}. Gemeenten: ${before.gemeenten.length} → ${after.gemeenten.length}.`];
  const section = (title, items) => {
    if (items.length === 0) return;
    lines.push("", `${title} (${items.length}):`, ...items.map((item) => `  ${item}`));
  };
  section(
    "Regions added",
    diff.regionsAdded.map(([code, name]) => `${code} ${name} (new site folder sites/${toSlug(name)}/)`),
  );
  section(
    "Regions removed",
    diff.regionsRemoved.map(([code, name]) => `${code} ${name} (sites/${toSlug(name)}/ no longer matches a region)`),
  );
  section(
    "Regions renamed",
    diff.regionsRenamed.map(({ code, from, to }) =>
      toSlug(from) === toSlug(to)
        ? `${code}: ${from} → ${to}`
        : `${code}: ${from} → ${to} (slug and host change: move sites/${toSlug(from)}/ to sites/${toSlug(to)}/)`,
    ),
  );
  section(
    "Centrumgemeente changed",
    diff.centrumgemeenteChanged.map(
      ({ code, from, to }) =>
        `${code} ${regionName(code)}: ${gemeenteName(from[0]) ?? from[0]} (${from[1]}) → ${gemeenteName(to[0]) ?? to[0]} (${to[1]})`,
    ),
  );
  section(
    "Gemeenten added",
    diff.gemeentenAdded.map(([code, name, region]) => `${code} ${name}, in ${region} ${regionName(region)}`),
  );
  section(
    "Gemeenten removed (merged or dissolved)",
    diff.gemeentenRemoved.map(([code, name, region]) => `${code} ${name}, was in ${region} ${regionName(region)}`),
  );
  section(
    "Gemeenten renamed",
    diff.gemeentenRenamed.map(({ code, from, to }) => `${code}: ${from} → ${to}`),
  );
  section(
    "Gemeenten moved to another region",
    diff.gemeentenMoved.map(({ code, name, from, to }) => `${code} ${name}: ${from} ${regionName(from)} → ${to} ${regionName(to)}`),
  );
  section(
    "Gemeenten in another province",
    diff.provinceChanged.map(({ code, name, from, to }) => `${code} ${name}: ${from} → ${to}`),
  );
  if (Object.values(diff).every((items) => items.length === 0)) lines.push("", "No changes against the current package data.");
  return lines.join("\n");
}

/** The text of src/data.generated.ts. Every value is written as JSON, so readGeneratedFile can read it back. */
export function renderGeneratedFile({ year, table, regions, gemeenten }) {
  const rows = (list) => `[\n${list.map((row) => `  ${JSON.stringify(row)},`).join("\n")}\n]`;
  return `// Generated by scripts/update-data.mjs from data/*.csv. Do not edit by hand.
// Source: CBS table ${table} "Gebieden in Nederland", indeling 1 January ${year} (see data/SOURCES.md).

/** The indeling (classification) year of the data: the situation on 1 January of this year. */
export const DATA_YEAR = ${JSON.stringify(year)};
/** The CBS StatLine table the data follows. */
export const DATA_TABLE = ${JSON.stringify(table)};
/** Where the region and gemeente data comes from. */
export const DATA_SOURCE = ${JSON.stringify(`CBS, tabel ${table} Gebieden in Nederland ${year}`)};

/** [am_code, am_naam, centrumgemeente_code, centrumgemeente_status] */
export const regionRows = ${rows(regions)} as const;

/** [gm_code, gm_naam, am_code, provincie] */
export const gemeenteRows = ${rows(gemeenten)} as const;
`;
}

/** Reads back what renderGeneratedFile wrote. */
export function readGeneratedFile(text) {
  const value = (name) => {
    const match = new RegExp(`export const ${name} = ([\\s\\S]*?)(?: as const)?;\\n`).exec(text);
    return match ? JSON.parse(match[1].replace(/,\n\]$/, "\n]")) : undefined;
  };
  const rows = (name) => value(name) ?? [];
  return { year: value("DATA_YEAR"), table: value("DATA_TABLE"), regions: rows("regionRows"), gemeenten: rows("gemeenteRows") };
}
