/**
 * Texts of the resident page in Finnish, Swedish and English (Finnish and
 * Swedish are equal; English follows). Web Chat's own texts come from its locale.
 */
import type { Language } from '../../../knowledge/language';

const fi = {
  webChatLocale: 'fi-FI',
  pageTitle: 'Opastin – Länsi-Uudenmaan hyvinvointialueen palveluohjaus',
  skip: 'Siirry keskusteluun',
  county: 'Länsi-Uudenmaan hyvinvointialue',
  title: 'Opastin – kysy palveluista',
  intro:
    'Kerro omin sanoin, mitä tarvitset. Opastin kertoo, mikä palvelu sopii, miten sen saa nyt ja mikä on seuraava askel. Opastin ei tee diagnooseja.',
  privacyTitle: 'Yksityisyys:',
  privacy: 'Älä kirjoita henkilötunnustasi, puhelinnumeroasi tai muita henkilötietojasi.',
  emergencyTitle: 'Hätätilanteessa',
  emergency: 'soita 112. Päivystysapu 116117 neuvoo kiireellisissä terveysasioissa.',
  chatHeading: 'Keskustelu',
  chatLabel: 'Keskustelu Opastimen kanssa',
  footer:
    'Opastin on avoimen lähdekoodin palveluohjausavustaja. Keskustelut poistetaan, eikä niitä yhdistetä sinuun.',
  connecting: 'Yhdistetään…',
  connectFailed: 'Yhteys ei onnistunut. Lataa sivu uudelleen tai soita Päivystysapuun 116117.',
  languageChanged: 'Kieli vaihdettu: suomi',
  restarted: 'Yhteys katkesi, joten aloitimme uuden keskustelun. Kirjoita kysymyksesi uudelleen.',
};

/** One set of page texts; every language has every key (the type checks it). */
export type PageTexts = typeof fi;

const sv: PageTexts = {
  webChatLocale: 'sv-FI',
  pageTitle: 'Opastin – servicehandledning i Västra Nylands välfärdsområde',
  skip: 'Gå till chatten',
  county: 'Västra Nylands välfärdsområde',
  title: 'Opastin – fråga om tjänster',
  intro:
    'Berätta med egna ord vad du behöver. Opastin berättar vilken tjänst som passar, hur du får den nu och vad nästa steg är. Opastin ställer inga diagnoser.',
  privacyTitle: 'Integritet:',
  privacy: 'Skriv inte din personbeteckning, ditt telefonnummer eller andra personuppgifter.',
  emergencyTitle: 'I nödsituationer',
  emergency: 'ring 112. Jourhjälpen 116117 ger råd i brådskande hälsoärenden.',
  chatHeading: 'Chatt',
  chatLabel: 'Chatt med Opastin',
  footer:
    'Opastin är en servicehandledare med öppen källkod. Samtalen raderas och kopplas inte till dig.',
  connecting: 'Ansluter…',
  connectFailed: 'Anslutningen misslyckades. Ladda om sidan eller ring Jourhjälpen 116117.',
  languageChanged: 'Språket ändrat: svenska',
  restarted: 'Anslutningen bröts, så vi började en ny chatt. Skriv din fråga igen.',
};

const en: PageTexts = {
  webChatLocale: 'en-US',
  pageTitle: 'Opastin – service guidance of the Western Uusimaa wellbeing services county',
  skip: 'Skip to the chat',
  county: 'Western Uusimaa wellbeing services county',
  title: 'Opastin – ask about services',
  intro:
    'Tell us in your own words what you need. Opastin tells you which service fits, how to get it now and what the next step is. Opastin does not diagnose.',
  privacyTitle: 'Privacy:',
  privacy: 'Do not type your personal identity code, phone number or other personal details.',
  emergencyTitle: 'In an emergency',
  emergency: 'call 112. The Medical Helpline 116117 advises on urgent health matters.',
  chatHeading: 'Chat',
  chatLabel: 'Chat with Opastin',
  footer:
    'Opastin is an open-source service guidance assistant. Conversations are deleted and not linked to you.',
  connecting: 'Connecting…',
  connectFailed: 'Could not connect. Reload the page or call the Medical Helpline 116117.',
  languageChanged: 'Language changed: English',
  restarted: 'The connection was lost, so we started a new chat. Please type your question again.',
};

/** The page texts by language. */
export const PAGE_TEXTS: Record<Language, PageTexts> = { fi, sv, en };
