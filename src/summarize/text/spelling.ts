// One key for the spellings of a transliterated name: Sergei/Sergey,
// Petrenskiy/Petrensky/Petrenskyy, Kiev/Kyiv, Dmitri/Dmitry all fold together.

const memo = new Map<string, string>();

export function spellingFold(name: string): string {
  let f = memo.get(name);
  if (f === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(name, (f = computeFold(name)));
  }
  return f;
}

function computeFold(name: string): string {
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
  return name.split(" ").filter(Boolean);
}
