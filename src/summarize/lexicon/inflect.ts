// Regular English verb forms, so speech_verbs.json lists only base forms and
// the irregular ones ("say": "said").

const VOWEL = /[aeiou]/;

export function regularForms(base: string): string[] {
  const s = /(s|sh|ch|x|z|o)$/.test(base) ? base + "es" : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + "ies" : base + "s";
  const ed = base.endsWith("e") ? base + "d" : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + "ied" : base + "ed";
  const ing = base.endsWith("ie")
    ? base.slice(0, -2) + "ying"
    : base.endsWith("e") && !base.endsWith("ee") && VOWEL.test(base.slice(0, -1))
      ? base.slice(0, -1) + "ing"
      : base + "ing";
  return [base, s, ed, ing];
}
