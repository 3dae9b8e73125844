/**
 * An emergency or urgent match, and a safety-net notice, resolved against the
 * knowledge base: the situation's calm message, the service to show first and
 * the national numbers with their names. The bot's card, the panel's banner,
 * the editor preview and the search CLI all take it from here, so the same
 * text always shows the same flag, numbers and explanation everywhere.
 */
import type { KnowledgeBase, LocalizedText, NationalNumber, Service } from '../schema';
import type { EmergencyMatch, SafetyNotice } from './types';

export interface EmergencyView {
  /** The detector's answer as it is: situation (`flag`), tier, action, firing words, concepts. */
  match: EmergencyMatch;
  /** What to do now, in every language; absent only if the situation has no entry. */
  message?: LocalizedText;
  /** The service to show first (emergency-number, crisis-help, poison-info, emergency-department). */
  service?: Service;
  /** The numbers to call, most important first, already chosen for the language by the detector. */
  numbers: NationalNumber[];
}

export interface SafetyNetView {
  notice: SafetyNotice;
  numbers: NationalNumber[];
}

/** The national numbers with these ids, in the same order; unknown ids are left out. */
export function nationalNumbers(kb: KnowledgeBase, ids: readonly string[]): NationalNumber[] {
  return ids
    .map((id) => kb.emergency.numbers.find((n) => n.id === id))
    .filter((n): n is NationalNumber => n !== undefined);
}

/** The calm, localized message of a situation, by its id. */
export function situationMessage(kb: KnowledgeBase, situation: string): LocalizedText | undefined {
  return kb.emergency.situations.find((s) => s.id === situation)?.message;
}

/** Resolves a match to what every front door shows. */
export function emergencyView(kb: KnowledgeBase, match: EmergencyMatch): EmergencyView {
  const message = situationMessage(kb, match.flag);
  const service = kb.services.find((s) => s.id === match.id);
  return {
    match,
    ...(message ? { message } : {}),
    ...(service ? { service } : {}),
    numbers: nationalNumbers(kb, match.numbers),
  };
}

/** Resolves a safety-net notice's number ids; the notice itself is kept for its words. */
export function safetyNetView(kb: KnowledgeBase, notice: SafetyNotice): SafetyNetView {
  return { notice, numbers: nationalNumbers(kb, notice.numbers) };
}

/**
 * The explanation in one line, for editors and the command line (English, like
 * the editor): tier, situation, action, the firing words with their concepts,
 * the service shown first and the numbers.
 */
export function describeEmergency(match: EmergencyMatch): string {
  const concepts = match.concepts.map((c) => `${c.word}=${c.concept}`).join(', ');
  return (
    `${match.tier.toUpperCase()} ${match.flag} (action ${match.action}; "${match.matched}"` +
    `${concepts ? `; ${concepts}` : ''}): ${match.id}; call ${match.numbers.join(', ')}`
  );
}

/** The safety-net notice in one line, in the same style. */
export function describeSafetyNet(notice: SafetyNotice): string {
  const aside = notice.setAside ? `; ${notice.setAside} set aside by the second look` : '';
  return `SAFETY NET ("${notice.words.join(', ')}"${aside}): also mention ${notice.numbers.join(', ')}`;
}
