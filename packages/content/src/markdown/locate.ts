/**
 * Finds where inline parts of a Markdown block sit in the file. markdown-it gives block tokens a line range but
 * inline tokens (links, images) none, so we look for the part's text within its block's lines, moving forward
 * so that repeated text is found in order.
 */
export class Locator {
  private cursor = { line: 0, column: 0 };
  private range: [number, number] = [0, 0];

  constructor(
    private readonly lines: readonly string[],
    /** 1-based file line of the first body line. */
    private readonly firstLine: number,
  ) {}

  /** Starts a new block: `map` is markdown-it's [startLine, endLine) within the body. */
  block(map: [number, number] | null | undefined): void {
    if (!map) return;
    this.range = map;
    this.cursor = { line: map[0], column: 0 };
  }

  /** File position of the block's first line. */
  blockStart(): { line: number; column: number } {
    return { line: this.range[0] + this.firstLine, column: 1 };
  }

  /** File position of the next occurrence of `needle` in the block, or of the block when it is not found. */
  find(needle: string): { line: number; column: number } {
    if (needle) {
      for (let line = this.cursor.line; line < Math.max(this.range[1], this.cursor.line + 1); line++) {
        const from = line === this.cursor.line ? this.cursor.column : 0;
        const column = this.lines[line]?.indexOf(needle, from) ?? -1;
        if (column >= 0) {
          this.cursor = { line, column: column + needle.length };
          return { line: line + this.firstLine, column: column + 1 };
        }
      }
    }
    return this.blockStart();
  }
}
