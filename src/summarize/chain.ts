// The order of the rules, in one place. The extract chain finds sentences,
// actors and draft points; the post chain reconciles them into the summary.
import type { Rule } from "./rule.ts";
import split_sentences from "./rules/split_sentences.ts";
import skip_boilerplate from "./rules/skip_boilerplate.ts";
import find_known_people from "./rules/find_known_people.ts";
import find_titled_people from "./rules/find_titled_people.ts";
import find_countries from "./rules/find_countries.ts";
import find_organisations from "./rules/find_organisations.ts";
import find_typed_organisations from "./rules/find_typed_organisations.ts";
import find_national_bodies from "./rules/find_national_bodies.ts";
import find_short_org_names from "./rules/find_short_org_names.ts";
import find_acronym_bodies from "./rules/find_acronym_bodies.ts";
import find_groups from "./rules/find_groups.ts";
import find_acting_groups from "./rules/find_acting_groups.ts";
import find_appositive_people from "./rules/find_appositive_people.ts";
import find_speaker_names from "./rules/find_speaker_names.ts";
import find_repeated_names from "./rules/find_repeated_names.ts";
import resolve_surnames from "./rules/resolve_surnames.ts";
import merge_transliterations from "./rules/merge_transliterations.ts";
import infer_affiliations from "./rules/infer_affiliations.ts";
import resolve_generic_nouns from "./rules/resolve_generic_nouns.ts";
import resolve_descriptors from "./rules/resolve_descriptors.ts";
import join_known_names from "./rules/join_known_names.ts";
import resolve_pronouns from "./rules/resolve_pronouns.ts";
import affiliate_role_owners from "./rules/affiliate_role_owners.ts";
import find_asked_groups from "./rules/find_asked_groups.ts";
import find_speaking_groups from "./rules/find_speaking_groups.ts";
import attribute_speech from "./rules/attribute_speech.ts";
import attribute_stance_nouns from "./rules/attribute_stance_nouns.ts";
import attribute_conditions from "./rules/attribute_conditions.ts";
import attribute_legal_texts from "./rules/attribute_legal_texts.ts";
import attribute_quotes from "./rules/attribute_quotes.ts";
import assign_clauses from "./rules/assign_clauses.ts";
import split_that_clauses from "./rules/split_that_clauses.ts";
import classify_kind from "./rules/classify_kind.ts";
import find_targets from "./rules/find_targets.ts";
import carry_targets from "./rules/carry_targets.ts";
import split_compound_demands from "./rules/split_compound_demands.ts";
import clip_key_point from "./rules/clip_key_point.ts";
import collect_unplaced from "./rules/collect_unplaced.ts";
import weigh_headlines from "./rules_post/weigh_headlines.ts";
import dedupe_points from "./rules_post/dedupe_points.ts";
import merge_demands from "./rules_post/merge_demands.ts";
import choose_canonical_names from "./rules_post/choose_canonical_names.ts";
import drop_silent_actors from "./rules_post/drop_silent_actors.ts";
import rank_points from "./rules_post/rank_points.ts";

export const EXTRACT_RULES: [string, Rule][] = [
  ["split_sentences", split_sentences],
  ["skip_boilerplate", skip_boilerplate],
  ["find_known_people", find_known_people],
  ["find_titled_people", find_titled_people],
  ["find_countries", find_countries],
  ["find_organisations", find_organisations],
  ["find_typed_organisations", find_typed_organisations],
  ["find_national_bodies", find_national_bodies],
  ["find_short_org_names", find_short_org_names],
  ["find_acronym_bodies", find_acronym_bodies],
  ["find_groups", find_groups],
  ["find_acting_groups", find_acting_groups],
  ["find_appositive_people", find_appositive_people],
  ["find_speaker_names", find_speaker_names],
  ["find_repeated_names", find_repeated_names],
  ["resolve_surnames", resolve_surnames],
  ["merge_transliterations", merge_transliterations],
  ["infer_affiliations", infer_affiliations],
  ["resolve_generic_nouns", resolve_generic_nouns],
  ["resolve_descriptors", resolve_descriptors],
  ["join_known_names", join_known_names],
  ["resolve_pronouns", resolve_pronouns],
  ["affiliate_role_owners", affiliate_role_owners],
  ["find_asked_groups", find_asked_groups],
  ["find_speaking_groups", find_speaking_groups],
  ["attribute_speech", attribute_speech],
  ["attribute_stance_nouns", attribute_stance_nouns],
  ["attribute_conditions", attribute_conditions],
  ["attribute_legal_texts", attribute_legal_texts],
  ["attribute_quotes", attribute_quotes],
  ["assign_clauses", assign_clauses],
  ["split_that_clauses", split_that_clauses],
  ["classify_kind", classify_kind],
  ["split_compound_demands", split_compound_demands],
  ["find_targets", find_targets],
  ["carry_targets", carry_targets],
  ["clip_key_point", clip_key_point],
  ["collect_unplaced", collect_unplaced],
];

export const POST_RULES: [string, Rule][] = [
  ["weigh_headlines", weigh_headlines],
  ["dedupe_points", dedupe_points],
  ["merge_demands", merge_demands],
  ["choose_canonical_names", choose_canonical_names],
  ["drop_silent_actors", drop_silent_actors],
  ["rank_points", rank_points],
];
