// Defects the gates find that cannot be fixed in the same change (empty now: all page markup is the theme's
// templates, so a gate failure is fixed where it is found). Each entry turns matching failures into notes, with the
// change that fixes it; the e2e fails when an entry matches nothing,
// so a fixed defect is taken off this list instead of hiding a new one later (a ratchet, not an allowlist).
export const KNOWN_DEFECTS = [];

/** Splits failures into real ones and known ones; returns { failures, known, unused }. */
export function applyKnownDefects(failures, known = KNOWN_DEFECTS) {
  const used = new Set();
  const real = [];
  const matched = [];
  for (const failure of failures) {
    const entry = known.find(
      (k) => k.gate === failure.gate && k.rule === failure.rule && k.page.test(failure.page) && k.element.test(failure.element),
    );
    if (entry) {
      used.add(entry);
      matched.push({ ...failure, fix: entry.fix });
    } else real.push(failure);
  }
  return { failures: real, known: matched, unused: known.filter((entry) => !used.has(entry)) };
}
