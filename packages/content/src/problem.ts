/** One problem found in an editor's file. Messages are Dutch: editors read them. */
export interface ContentProblem {
  /** Path of the file, as given to the reader. */
  file: string;
  /** 1-based line of the offending key, or of the file start when the file as a whole is wrong. */
  line: number;
  column: number;
  /** Dotted path of the field, empty when the problem is not about one field. */
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** `path:line:column  field  message`, the format `werkcentrum check` prints. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === "warning" ? "waarschuwing: " : "";
  return `${where}  ${problem.field || "-"}  ${label}${problem.message}`;
}

/**
 * The problem for a file that cannot be read at all (a folder where a file should be, no permission): a Dutch message
 * with the system's error code, never a stack trace.
 */
export function unreadableFileProblem(file: string, error: unknown): ContentProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === "EISDIR"
      ? "het is een map, geen bestand"
      : code === "EACCES"
        ? "er is geen toestemming om het te lezen"
        : `foutcode ${code ?? "onbekend"}`;
  return { file, line: 1, column: 1, field: "", message: `Dit bestand kan niet worden gelezen (${why}).`, severity: "error" };
}

/** Thrown at the build boundary when content is invalid; carries every problem found. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly problems: ContentProblem[],
    options?: ErrorOptions,
  ) {
    super(`Ongeldige inhoud:\n${problems.map(formatProblem).join("\n")}`, options);
  }
}
