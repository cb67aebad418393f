/** "1 probleem", "3 problemen": a count with the Dutch singular or plural the CLI prints to editors and the hosting team. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
