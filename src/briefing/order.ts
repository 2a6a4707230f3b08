// Code-point order for strings: the same on every machine and locale, which a
// byte-identical briefing needs (localeCompare is not).
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
