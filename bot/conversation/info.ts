/**
 * The fixed answers: welcome, help, privacy, language, start over, talk to a
 * person, and the buttons that go with them.
 */
import type { Language } from '../../knowledge/schema';
import { contactsCard } from './cards';
import type { Turn } from './context';
import type { Choice } from './types';

/** Common topics offered as buttons, each leading straight to a service (skipped if the service is missing). */
const TOPICS: { key: string; service: string }[] = [
  { key: 'dental', service: 'dental-care' },
  { key: 'doctor', service: 'doctor-appointment' },
  { key: 'mental', service: 'mental-health-basic' },
  { key: 'family', service: 'family-centre' },
  { key: 'older', service: 'senior-guidance' },
  { key: 'money', service: 'social-assistance' },
];

/** Each language's name in that language, so a resident can find their own. */
const LANGUAGE_LABELS: Record<Language, string> = {
  fi: 'Suomeksi',
  sv: 'På svenska',
  en: 'In English',
};

export function topicChoices(turn: Turn): Choice[] {
  const ids = new Set(turn.deps.kb.services.map((s) => s.id));
  return TOPICS.filter((topic) => ids.has(topic.service)).map((topic) => ({
    label: turn.t(`topics.${topic.key}`),
    action: { type: 'service', id: topic.service },
  }));
}

export function languageChoices(turn: Turn, includeCurrent = false): Choice[] {
  return (Object.keys(LANGUAGE_LABELS) as Language[])
    .filter((lang) => includeCurrent || lang !== turn.lang)
    .map((lang) => ({ label: LANGUAGE_LABELS[lang], action: { type: 'language', lang } }));
}

export function afterAnswerChoices(turn: Turn): Choice[] {
  return [
    { label: turn.t('actions.helpful'), action: { type: 'feedback', helpful: true } },
    { label: turn.t('actions.notHelpful'), action: { type: 'feedback', helpful: false } },
    { label: turn.t('actions.person'), action: { type: 'person' } },
    { label: turn.t('actions.restart'), action: { type: 'restart' } },
  ];
}

/** What the bot is (guidance, not diagnosis, not for emergencies), with topics and languages. */
export function welcome(turn: Turn): void {
  turn.say(turn.t('welcome.intro'), turn.t('welcome.notDiagnosis'), turn.t('welcome.prompt'));
  turn.choices = [...topicChoices(turn), ...languageChoices(turn)];
}

export function help(turn: Turn): void {
  turn.say(turn.t('help.text'), turn.t('help.commands'));
  turn.choices = [
    ...topicChoices(turn),
    { label: turn.t('actions.person'), action: { type: 'person' } },
    { label: turn.t('actions.privacy'), action: { type: 'privacy' } },
  ];
}

export function privacy(turn: Turn): void {
  turn.say(turn.t('privacy.text'), turn.t('privacy.stored'));
  turn.choices = [{ label: turn.t('actions.help'), action: { type: 'help' } }];
}

/** "på svenska": switch and confirm in the new language; no target: offer the three. */
export function changeLanguage(turn: Turn, lang: Language | undefined): void {
  if (!lang) {
    turn.say(turn.t('language.choose'));
    turn.choices = languageChoices(turn, true);
    return;
  }
  turn.setLanguage(lang);
  turn.say(turn.t('language.changed'));
  turn.choices = [...topicChoices(turn), ...languageChoices(turn)];
}

/** Forget everything but the language and the identity-code warning, then welcome again. */
export function startOver(turn: Turn): void {
  const { lang, langChosen, warnedIdentityCode } = turn.state;
  const bag = turn.state as unknown as Record<string, unknown>;
  for (const key of Object.keys(bag)) delete bag[key];
  Object.assign(turn.state, { lang, welcomed: true });
  if (langChosen) turn.state.langChosen = true;
  if (warnedIdentityCode) turn.state.warnedIdentityCode = true;
  turn.say(turn.t('restart.done'));
  welcome(turn);
}

export function talkToPerson(turn: Turn): void {
  turn.replies.push({ type: 'card', card: contactsCard(turn.cardContext()) });
  turn.choices = [
    { label: turn.t('actions.restart'), action: { type: 'restart' } },
    { label: turn.t('actions.help'), action: { type: 'help' } },
  ];
}
