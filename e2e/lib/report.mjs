// Collects gate results: every failure names the gate, the rule, the page and the element, so the lead can fix
// it without re-running; the summary is printed at the end and decides the exit code.
export class Report {
  constructor() {
    this.failures = [];
    this.notes = [];
    this.timings = [];
  }

  /** One failure: { gate, rule, page, element, message } (element and message optional). */
  fail(gate, rule, page, element = "", message = "") {
    this.failures.push({ gate, rule, page, element, message });
  }

  note(line) {
    this.notes.push(line);
    console.log(line);
  }

  async time(name, fn) {
    const start = performance.now();
    console.log(`== ${name}`);
    try {
      return await fn();
    } catch (error) {
      this.fail(name, "gate-crashed", "-", "", error?.stack ?? String(error));
      return undefined;
    } finally {
      this.timings.push([name, (performance.now() - start) / 1000]);
    }
  }

  /** Prints failures grouped by gate and rule (with a count), at most `perRule` examples each. */
  print(perRule = 15) {
    const groups = new Map();
    for (const failure of this.failures) {
      const key = `${failure.gate} · ${failure.rule}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(failure);
    }
    console.log("\n== report");
    console.log(`timings: ${this.timings.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(" · ")}`);
    if (groups.size === 0) {
      console.log("all gates passed");
      return;
    }
    console.log(`${this.failures.length} failures in ${groups.size} rules:`);
    for (const [key, list] of groups) {
      console.log(`\nFAIL ${key}  (${list.length})`);
      for (const f of list.slice(0, perRule)) {
        const parts = [f.page, f.element, f.message].filter(Boolean).join("  ");
        console.log(`  ${parts.replace(/\s+/g, " ").slice(0, 400)}`);
      }
      if (list.length > perRule) console.log(`  … and ${list.length - perRule} more`);
    }
  }
}
