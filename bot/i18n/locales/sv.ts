/** Swedish: as complete and natural as the Finnish. */
import type { Messages } from './fi';

export const sv: Messages = {
  welcome: {
    intro:
      'Hej! Jag är Opastin, servicevägledaren för Västra Nylands välfärdsområde. Jag hjälper dig att hitta rätt social- eller hälsotjänst och berättar hur du får den nu.',
    notDiagnosis:
      'Jag ger vägledning, inte diagnoser eller vårdråd. I en nödsituation ska du genast ringa 112.',
    prompt:
      'Berätta med egna ord vad du behöver, eller välj ett ämne. Skriv inte din personbeteckning.',
  },
  topics: {
    dental: 'Tandvård',
    doctor: 'Läkartid',
    mental: 'Psykisk hälsa',
    family: 'Barnfamiljer',
    older: 'Stöd för äldre',
    money: 'Utkomst',
  },
  actions: {
    yes: 'Ja',
    no: 'Nej',
    helpful: 'Svaret hjälpte',
    notHelpful: 'Hjälpte inte',
    person: 'Prata med en människa',
    restart: 'Börja om',
    help: 'Hjälp',
    privacy: 'Dataskydd',
    changeLanguage: 'Byt språk',
    myself: 'För mig själv',
    myChild: 'För mitt barn',
    olderRelative: 'För en äldre anhörig',
    call: 'Ring {{number}}',
    open: 'Öppna: {{name}}',
  },
  language: {
    changed: 'Visst, vi fortsätter på svenska.',
    choose: 'Välj språk.',
    offer: 'Jag svarade på svenska eftersom du skrev på svenska. Ska vi fortsätta på svenska?',
    keep: 'Fortsätt på svenska',
  },
  help: {
    text: 'Skriv med egna ord vad du behöver, till exempel "tandvärk" eller "mamma klarar sig inte längre hemma". Jag berättar vilken tjänst som passar, hur du får den nu och vad nästa steg är.',
    commands:
      'Du kan när som helst skriva: "hjälp", "börja om", "suomeksi" eller "in English", "prata med en människa" eller "dataskydd". Berätta också din kommun, till exempel "jag bor i Raseborg", så visar jag närmaste serviceställe.',
  },
  privacy: {
    text: 'Skriv inte din personbeteckning, ditt telefonnummer eller din e-postadress. Jag behöver dem inte för att hitta en tjänst.',
    stored:
      'Samtalet sparas inte under ditt namn. Obesvarade frågor och respons sparas utan identifieringsuppgifter så att innehållet kan förbättras. Personbeteckningar, telefonnummer och e-postadresser tas bort innan något sparas.',
  },
  identity: {
    warning:
      'Skriv inte din personbeteckning i den här chatten. Jag sparade den inte, och jag behöver den inte för att hitta en tjänst.',
  },
  emergency: {
    lead: 'Ring genast {{number}}.',
    after:
      'Om det inte är en nödsituation kan du berätta mer om din situation, så letar jag upp en lämplig tjänst.',
    numbers: 'Nummer',
    because: 'Jag reagerade på orden: ”{{words}}”.',
    urgentLead: 'Ring Jourhjälpen {{number}} eller sök dig till jouren redan i dag.',
    afterUrgent:
      'Om det inte är brådskande kan du berätta mer om din situation, så letar jag upp en lämplig tjänst.',
  },
  safetyNet: {
    line: 'Om symtomen är plötsliga eller allvarliga, ring: {{numbers}}.',
    or: ' eller ',
  },
  notSure: {
    text: 'Jag är inte säker på vilken tjänst du behöver, och jag vill inte gissa.',
    tips: 'Försök beskriva situationen med andra ord: vem hjälpen gäller, vad problemet är och hur brådskande det är. Till exempel "barnet har ont i örat" eller "jag orkar inte på jobbet".',
    contact: 'Du kan också fråga en människa:',
  },
  clarify: {
    didYouMean: 'Menade du det här: {{name}}?',
    forWhom: 'Vem gäller det?',
    municipality: 'I vilken kommun bor du? Tjänster och serviceställen varierar mellan kommunerna.',
  },
  municipality: {
    noted: 'Din hemkommun: {{name}}. Jag visar dess serviceställen från och med nu.',
  },
  person: {
    title: 'Prata med en människa',
    intro: 'Här får du hjälp av en människa, per telefon eller i chatt:',
    none: 'Ring Jourhjälpen {{number}}.',
  },
  card: {
    lead: 'Den här tjänsten passar din fråga: {{name}}.',
    forWhom: 'För vem',
    howToGet: 'Så här får du tjänsten nu',
    fees: 'Avgifter',
    nextStep: 'Nästa steg',
    nextStepText: 'På servicestigen "{{path}}" är nästa steg {{service}}. {{when}}',
    servicePoint: 'Serviceställe: {{municipality}}',
    phone: 'tfn {{phone}}',
    channelLine: '{{name}}: {{status}}',
    serviceSummary: 'Tjänst: {{name}}. {{summary}}',
  },
  feedback: {
    thanks: 'Tack för din respons!',
    sorry:
      'Tack för din respons, den hjälper oss att förbättra tjänsten. Försök beskriva saken med andra ord eller fråga en människa.',
    nothing: 'Tack! Berätta vad du behöver, så letar jag upp en tjänst.',
  },
  restart: { done: 'Vi börjar om från början.' },
  error: {
    generic: 'Förlåt, något gick fel. Försök igen om en stund. I en nödsituation ska du ringa 112.',
  },
};
