/**
 * "Copy referral summary": plain text a counsellor pastes into the client
 * record, in the panel's language. It never repeats the client note itself,
 * so nothing identifying is copied that the counsellor did not write there.
 */
import { choosePoint } from '../../knowledge/present';
import type { KnowledgeBase, Language } from '../../knowledge/schema';
import type { Translate } from '../i18n';
import type { NoteMatch, ServiceMatch } from '../../knowledge/search/match-note';
import { formatDate, tr } from './text';

/** The record needs the top few services, not the whole ranked list. */
export const SUMMARY_SERVICES = 3;

export interface SummaryContext {
  kb: KnowledgeBase;
  lang: Language;
  t: Translate;
  now: Date;
}

export function referralSummary(model: NoteMatch, ctx: SummaryContext): string {
  const { kb, lang, t, now } = ctx;
  const lines: string[] = [t('summary.title', { date: formatDate(now.toISOString(), lang) })];
  const stage = kb.lifeStages.find((s) => s.id === model.lifeStage);
  const need = kb.needProfiles.find((p) => p.id === model.needProfile);
  if (stage || need) {
    lines.push(
      t('summary.segment', {
        lifeStage: stage ? tr(stage.name, lang) : '–',
        needProfile: need ? tr(need.name, lang) : '–',
      }),
    );
  }
  if (model.emergency) {
    lines.push(
      t('summary.emergency', {
        message: tr(model.emergency.message, lang),
        numbers: model.emergency.numbers.map((n) => n.number).join(', '),
      }),
    );
  }
  model.results.slice(0, SUMMARY_SERVICES).forEach((match, i) => {
    lines.push('', ...serviceLines(match, i, model.municipality, ctx));
  });
  lines.push('', t('summary.source', { version: kb.version }));
  return lines.join('\n');
}

function serviceLines(
  match: ServiceMatch,
  index: number,
  municipalityId: string | undefined,
  { kb, lang, t }: SummaryContext,
): string[] {
  const { service, path } = match;
  const name = (id: string) => tr(kb.services.find((s) => s.id === id)?.name, lang) || id;
  const lines = [
    t('summary.service', {
      n: index + 1,
      name: tr(service.name, lang),
      level: t(`level.${service.level}`),
    }),
  ];
  const item = (label: string, value: string) => {
    if (value) lines.push(`   ${label}: ${value}`);
  };
  if (path) {
    lines.push(
      `   ${t('summary.path', { name: tr(path.path.name, lang), n: path.stepIndex + 1, total: path.path.steps.length })}`,
    );
    item(t('path.referredBy'), t(`referrer.${path.step.referredBy}`));
    item(t('path.criteria'), tr(path.step.criteria, lang));
    item(t('path.prepare'), tr(path.step.prepare, lang));
    item(t('path.urgency'), t(`urgency.${path.step.urgency}`));
    if (path.next) lines.push(`   ${t('summary.next', { name: name(path.next.service) })}`);
  } else {
    item(t('service.instructions'), tr(service.instructions, lang));
  }
  const municipality = kb.municipalities.find((m) => m.id === municipalityId);
  // The same point the panel and the bot show (knowledge/present/point.ts).
  const chosen = municipality && choosePoint(municipality, service);
  if (municipality && chosen) {
    const p = chosen.point;
    lines.push(`   ${t('summary.contacts', { municipality: tr(municipality.name, lang) })}:`);
    const parts = [
      tr(p.name, lang),
      `${tr(p.address.street, lang)}, ${p.address.postalCode} ${tr(p.address.city, lang)}`,
      p.phone,
      p.sample ? `(${t('service.sample')})` : undefined,
    ];
    lines.push(`   - ${parts.filter(Boolean).join(', ')}`);
  }
  return lines;
}
