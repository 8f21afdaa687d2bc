import type { Alignment, MatchMethod } from "../match/align.js";

/** An entity as given to {@link createResolver}: an id, a canonical name, and the other names it goes by. */
export interface EntityInput {
  /** Stable identifier, kebab-case by convention (e.g. "amir-khan-muttaqi"). */
  id: string;
  /** Canonical name, usually the common English name. */
  name: string;
  /** "person", "organization", "place", or any type of your own. */
  type?: string;
  /** Other names and spellings, any script. */
  aliases?: readonly string[];
  /**
   * Names that resolve only as written (once normalised), never as a near spelling or a part of a
   * longer name: a country's names in hundreds of languages, codes, short forms that would otherwise
   * draw look-alikes ("Pūtana" is Bhutan, but "Putin" is not). FollowTheMoney calls them weak aliases.
   * The canonical name may be one of them: it is then matched as written too, or with one typing slip
   * inside a word of six letters or more ("Venezuala" for "Venezuela"), but not by sound.
   */
  weakAliases?: readonly string[];
  /**
   * The entity is a person whose names are written family name first, in every script, as Chinese,
   * Korean and Vietnamese names are: "Xi Jinping" is named by "Xi" alone, as a surname names a
   * person, and not by "Jinping", his given name; "XI, Jinping" is read in that order too. Default
   * false: given names first, the family name last.
   */
  familyNameFirst?: boolean;
}

/** A dictionary entity that a name resolved to, with how and how well. */
export interface Resolution {
  /** The entity's id. */
  id: string;
  /** The entity's canonical name. */
  name: string;
  /** The entity's type, or "" when it has none. */
  type: string;
  /** Score in [0, 1]: 1 same name, ≥ 0.9 same name in another spelling or script, ≥ 0.7 probably the same. */
  score: number;
  /** The dictionary form (canonical name or alias) that matched best. */
  matched: string;
  /** How it matched: exact, normalized, transliterated, phonetic, initial, fuzzy, or partial (parts left out). */
  method: MatchMethod;
  /** Which part matched which, by which rule, and what was left over. */
  explanation: Alignment;
}
