// The nouns of a government's seat ("the new administration in Washington"): what
// resolve_descriptors reads before "in" and a capital, and what the SEAT_NOUN bit marks.
export const SEAT_NOUNS: ReadonlySet<string> = new Set(["administration", "government", "team", "leadership", "authorities", "regime", "officials"]);
