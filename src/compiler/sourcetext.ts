// Source lines of one compilation unit, for the `text` of SyntaxErrors raised after
// parsing.

export class SourceText {
  private readonly lines: string[];

  constructor(source: string) {
    this.lines = source.split(/\r\n|\r|\n/);
  }

  /** The 1-based line `lineno` with its newline, as SyntaxError.text holds it; null past the end. */
  line(lineno: number): string | null {
    const text = this.lines[lineno - 1];
    return text === undefined ? null : text + "\n";
  }
}
