// A large, deterministic Python program for the parser benchmark.

/** A deterministic program mixing the constructs real code uses, `lines` lines long. */
export function generateProgram(lines: number): string {
  const chunks: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const chunk = [
      `class Shape${i}(Base, metaclass=Meta):`,
      `    """Docstring for shape ${i}."""`,
      `    scale: float = ${i}.5`,
      ``,
      `    def __init__(self, width, height=${i % 7}, *args, name="s${i}", **kwargs):`,
      `        self.width, self.height = width, height`,
      `        self.tags = [t.strip().lower() for t in kwargs.get("tags", "") .split(",") if t]`,
      `        self.meta = {"id": ${i}, "name": name, **kwargs}`,
      ``,
      `    @property`,
      `    def area(self) -> float:`,
      `        return self.width * self.height * self.scale ** 2 - (${i} % 3) / 4`,
      ``,
      `    def describe(self, verbose=False):`,
      `        if verbose and self.width > 10 or not self.tags:`,
      `            return f"{self.meta['name']!r}: {self.area:>10.2f} ({len(self.tags)} tags)"`,
      `        elif self.height < 0:`,
      `            raise ValueError("negative height: %d" % self.height) from None`,
      `        for index, tag in enumerate(sorted(self.tags, key=lambda s: (len(s), s))):`,
      `            while index > 0:`,
      `                index -= 1`,
      `                if index == ${i % 5}: break`,
      `            else:`,
      `                continue`,
      `        try:`,
      `            value = self.meta["missing"][0:2, ::-1]`,
      `        except (KeyError, IndexError) as exc:`,
      `            value = None`,
      `        finally:`,
      `            total = sum(x * y for x, y in zip(range(${i}), range(1, ${i} + 1)))`,
      `        with open("f${i}.txt") as fh, lock:`,
      `            data = {k: v for k, v in (line.split("=", 1) for line in fh) if (n := len(k)) > 2}`,
      `        return value, total, data, not verbose, -self.width, ~${i}, [*self.tags, *"ab"]`,
      ``,
      ``,
    ];
    chunks.push(chunk.join("\n"));
    count += chunk.length;
  }
  return chunks.join("\n") + "\n";
}
