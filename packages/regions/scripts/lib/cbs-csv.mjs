// Reads CBS-shaped CSV files into the package's own rows. Used by scripts/update-data.mjs.
//
// Three shapes are understood:
// 1. the package's own files in data/ (headers gm_code, gm_naam, am_code, provincie);
// 2. a CBS "Gebieden in Nederland" table saved as CSV (OData TypedDataSet: Code_1/Naam_2/... pairs whose
//    values carry the prefixes GM, AM and PV; the delimiter may be ";" and the file may start with a BOM);
// 3. anything else, with an explicit --columns mapping.
import { parse } from "csv-parse/sync";

/** The fields of one gemeente row, in the order of data/gemeenten.csv. */
export const GEMEENTE_FIELDS = ["gm_code", "gm_naam", "am_code", "provincie"];
/** The header of data/arbeidsmarktregios.csv. */
export const REGION_FIELDS = ["am_code", "am_naam", "centrumgemeente_code", "centrumgemeente_naam", "centrumgemeente_status"];

const GM_CODE = /^GM\d{4}$/;
const AM_CODE = /^AM\d{2}$/;
const PV_CODE = /^PV\d{2}$/;

// Older CBS tables name two provinces differently; the package uses the current CBS spelling.
const PROVINCE_NAMES = new Map([
  ["Friesland", "Fryslân"],
  ["Friesland (NL)", "Fryslân"],
  ["Limburg (NL)", "Limburg"],
]);

/** Parses CSV text, choosing ";" or "," by whichever occurs more often in the header line. */
export function readCsv(text) {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = header.split(";").length > header.split(",").length ? ";" : ",";
  return parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true, trim: true });
}

/** Parses `gm_code=Code_1,gm_naam=Naam_2` into an object. */
export function parseColumnOption(option) {
  if (!option) return {};
  const mapping = {};
  for (const pair of option.split(",")) {
    const [field, column] = pair.split("=").map((part) => part?.trim());
    if (!field || !column) throw new Error(`--columns: expected field=column, got "${pair}"`);
    if (![...GEMEENTE_FIELDS, "am_naam"].includes(field)) {
      throw new Error(`--columns: unknown field "${field}"; use ${[...GEMEENTE_FIELDS, "am_naam"].join(", ")}`);
    }
    mapping[field] = column;
  }
  return mapping;
}

const share = (rows, column, pattern) => rows.filter((row) => pattern.test(row[column] ?? "")).length / rows.length;

/**
 * Which column holds which field. CBS lists each classification as a code column followed by its name column
 * (Code_4, Naam_5), and the column keys shift from year to year, so code columns are recognised by their values.
 */
export function detectGemeenteColumns(rows, explicit = {}) {
  if (rows.length === 0) throw new Error("the gemeenten file has no rows");
  const headers = Object.keys(rows[0]);
  const found = {};
  for (const field of [...GEMEENTE_FIELDS, "am_naam"]) if (headers.includes(field)) found[field] = field;
  const codeColumn = (pattern, sample) => headers.find((h) => share(sample, h, pattern) >= 0.9);
  // The column after a code column, when its header says it holds names (Naam_2, "Arbeidsmarktregio's/Naam").
  const next = (column) => {
    const candidate = headers[headers.indexOf(column) + 1];
    return candidate && /naam|name/i.test(candidate) && !Object.values(explicit).includes(candidate) ? candidate : undefined;
  };
  found.gm_code ??= codeColumn(GM_CODE, rows);
  const gemeenteRows = found.gm_code ? rows.filter((row) => GM_CODE.test(row[found.gm_code])) : rows;
  if (found.gm_code && !headers.includes("gm_naam")) found.gm_naam ??= next(found.gm_code);
  if (!found.am_code) {
    found.am_code = codeColumn(AM_CODE, gemeenteRows);
    if (found.am_code) found.am_naam ??= next(found.am_code);
  }
  if (!found.provincie) {
    const pvCode = codeColumn(PV_CODE, gemeenteRows);
    found.provincie = pvCode ? next(pvCode) : headers.find((h) => /provinc/i.test(h) && !/code/i.test(h));
  }
  Object.assign(found, explicit);
  const missing = GEMEENTE_FIELDS.filter((field) => !found[field] || !headers.includes(found[field]));
  if (missing.length > 0) {
    throw new Error(
      `cannot tell which column holds ${missing.join(", ")}. Columns in the file: ${headers.join(", ")}.\n` +
        `Name them with --columns, for example --columns gm_code=Code_1,gm_naam=Naam_2,am_code=Code_6,provincie=Naam_9`,
    );
  }
  return found;
}

/** Gemeente rows in the package's shape, plus region names when the file has them. */
export function readGemeenten(text, explicit = {}) {
  const rows = readCsv(text);
  const columns = detectGemeenteColumns(rows, explicit);
  const gemeenten = [];
  const regionNames = new Map();
  for (const row of rows) {
    const code = row[columns.gm_code];
    if (!GM_CODE.test(code)) continue; // CBS tables may hold rows for other area types
    const province = row[columns.provincie];
    gemeenten.push({
      gm_code: code,
      gm_naam: row[columns.gm_naam],
      am_code: row[columns.am_code],
      provincie: PROVINCE_NAMES.get(province) ?? province,
    });
    if (columns.am_naam && row[columns.am_naam]) {
      const names = regionNames.get(row[columns.am_code]) ?? new Set();
      names.add(row[columns.am_naam]);
      regionNames.set(row[columns.am_code], names);
    }
  }
  return { gemeenten, regionNames };
}

/** Region rows from a file shaped like data/arbeidsmarktregios.csv (centrumgemeente_naam is ignored: it is derived). */
export function readRegions(text) {
  const rows = readCsv(text);
  const headers = Object.keys(rows[0] ?? {});
  for (const required of ["am_code", "centrumgemeente_code"]) {
    if (!headers.includes(required)) throw new Error(`the regions file has no column "${required}" (columns: ${headers.join(", ")})`);
  }
  return rows.map((row) => ({
    am_code: row.am_code,
    am_naam: row.am_naam || undefined,
    centrumgemeente_code: row.centrumgemeente_code,
    centrumgemeente_status: row.centrumgemeente_status || "inferred",
  }));
}

export const patterns = { GM_CODE, AM_CODE };
