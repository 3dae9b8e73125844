/**
 * The search contract shared by the bot, the extension, the editor preview and
 * the search CLI. The JSON form of SearchResponse is the stable CLI/API output.
 */
import type { Language, Level } from '../schema';

export interface SearchOptions {
  /** Query language; detected from the text when absent. */
  lang?: Language;
  /** Segment context: ranks services for this life stage / need profile higher. */
  lifeStage?: string;
  needProfile?: string;
  /** Ranks services offered in this municipality higher, and drops ones not offered there. */
  municipality?: string;
  /** Keep only services of this level. */
  level?: Level;
  /** At most this many results (default 10). */
  limit?: number;
  /**
   * The text is a counsellor's client note: findings it records as absent
   * ("kieltää itsetuhoiset ajatukset", "denies chest pain") do not rank services.
   * Red flags still read the whole text.
   */
  note?: boolean;
}

/** Why a result matched: which query term hit which word in which field. */
export interface MatchReason {
  /** The query term as the user wrote it (normalised). */
  term: string;
  /** The service field that matched: name, alternateNames, phrasings, summary, description, audience, … */
  field: string;
  /** The word in the service text it matched. */
  matched: string;
  /**
   * How: exact word, same stem, typo-tolerant, compound part, an everyday synonym, a
   * segment/municipality boost, or the learned ranking (learned-ranking.ts: the message's words
   * that pointed to the service).
   */
  kind: 'exact' | 'stem' | 'fuzzy' | 'compound' | 'synonym' | 'context' | 'learned';
}

export interface SearchResult {
  id: string;
  /** 0..1, comparable within one response. */
  score: number;
  why: MatchReason[];
}

export interface EmergencyMatch {
  /** The service to show first: emergency-number, crisis-help, poison-info; emergency-department for urgent. */
  id: string;
  /**
   * The situation that fired (kept under this name for existing callers). Its calm,
   * localized message is `kb.emergency.situations.find((s) => s.id === match.flag).message[lang]`.
   */
  flag: string;
  /** National number ids to show, most important first, already chosen for the language (crisis-line-sv for Swedish, if sourced). */
  numbers: string[];
  /** The words in the query that fired it, as one string. */
  matched: string;
  /** "emergency": 112, crisis line or poison centre now, shown first; "urgent": 116117 / päivystys today. */
  tier: 'emergency' | 'urgent';
  action: '112' | 'crisis' | 'poison' | '116117';
  /** Which concept each firing word belongs to, for explanations. */
  concepts: { concept: string; word: string }[];
  /**
   * Set when no situation matched and the learned signal recognised the message as a whole
   * (redflags/learned.ts): `flag` is then the action's general situation. It is still shown
   * first, but it cannot name the condition and is less certain, so the normal answer follows it.
   */
  learned?: true;
}

/** Acute words that matched no situation: a one-line 112/116117 notice beside the normal answer. */
export interface SafetyNotice {
  words: string[];
  numbers: string[];
  /**
   * The situation the concepts matched but the second look set aside as a look-alike (see
   * SECOND_LOOK in redflags/detector.ts): its words still earn the one-line notice.
   */
  setAside?: string;
}

/** What the red-flag layer says about one message, without a full search. */
export interface EmergencyCheck {
  match: EmergencyMatch | null;
  safetyNet: SafetyNotice | null;
}

export interface SearchResponse {
  q: string;
  lang: Language;
  emergency: EmergencyMatch | null;
  /** Set only when no situation matched but acute words did: a one-line notice, never a replacement. */
  safetyNet: SafetyNotice | null;
  /** True only when the top result is a real answer; out-of-scope questions get false. */
  confident: boolean;
  results: SearchResult[];
}

export interface SegmentGuess {
  lifeStage?: string;
  needProfile?: string;
  /** The words that suggested each axis, for the counsellor to see. */
  evidence: { axis: 'lifeStage' | 'needProfile'; id: string; matched: string }[];
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /**
   * The language of a message. With `current`, the conversation's language,
   * it stays `current` unless the message clearly is in another language.
   */
  detectLanguage(text: string, current?: Language): Language;
  /** Guesses the client segment from free text (a client note or a resident's message). */
  detectSegment(text: string, lang?: Language): SegmentGuess;
  /** The red-flag layer alone, as search runs it: for the bot and the panel to check a message cheaply. */
  detectEmergency(text: string, lang?: Language): EmergencyCheck;
}
