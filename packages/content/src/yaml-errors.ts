import type { LineCounter, YAMLError } from "yaml";
import type { ContentProblem } from "./problem.js";

/** YAML syntax errors as problems, with a Dutch lead-in (the parser's own text stays, it names the token). */
export function yamlErrorProblems(file: string, errors: readonly YAMLError[], lines: LineCounter, lineOffset: number): ContentProblem[] {
  return errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    const hint =
      error.code === "DUPLICATE_KEY"
        ? "Een veld staat twee keer in de voorkant; laat er één staan."
        : "Controleer dubbele punten, inspringen met spaties en aanhalingstekens.";
    return {
      file,
      line: line + lineOffset,
      column: col,
      field: "",
      message: `Ongeldige YAML: ${hint} (${error.message.split("\n")[0]})`,
      severity: "error" as const,
    };
  });
}
