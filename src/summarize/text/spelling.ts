// One key for the spellings of a transliterated name: Sergei/Sergey,
// Zelenskiy/Zelensky/Zelenskyy, Kiev/Kyiv, Dmitri/Dmitry all fold together.

export function spellingFold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘'-]/g, "")
    .replace(/y/g, "i")
    .replace(/ie/g, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}

/** Words of a person's name, without particles. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}
