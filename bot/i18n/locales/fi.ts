/** Finnish: the reference resource; sv.ts and en.ts must have exactly the same keys (checked by the type). */
export const fi = {
  welcome: {
    intro:
      'Hei! Olen Opastin, Länsi-Uudenmaan hyvinvointialueen palveluopas. Autan löytämään sopivan sosiaali- tai terveyspalvelun ja kerron, miten sen saa nyt.',
    notDiagnosis:
      'Annan ohjausta, en diagnooseja enkä hoito-ohjeita. Hätätilanteessa soita heti 112.',
    prompt: 'Kerro omin sanoin, mitä tarvitset, tai valitse aihe. Älä kirjoita henkilötunnustasi.',
  },
  topics: {
    dental: 'Hammashoito',
    doctor: 'Lääkäriaika',
    mental: 'Mielenterveys',
    family: 'Lapsiperheet',
    older: 'Ikäihmisen tuki',
    money: 'Toimeentulo',
  },
  actions: {
    yes: 'Kyllä',
    no: 'Ei',
    helpful: 'Vastaus auttoi',
    notHelpful: 'Ei auttanut',
    person: 'Puhu ihmisen kanssa',
    restart: 'Aloita alusta',
    help: 'Ohje',
    privacy: 'Tietosuoja',
    changeLanguage: 'Vaihda kieli',
    myself: 'Itselleni',
    myChild: 'Lapselleni',
    olderRelative: 'Iäkkäälle läheiselle',
    call: 'Soita {{number}}',
    open: 'Avaa: {{name}}',
  },
  language: {
    changed: 'Selvä, jatketaan suomeksi.',
    choose: 'Valitse kieli.',
    offer: 'Vastasin suomeksi, koska kirjoitit suomeksi. Jatketaanko suomeksi?',
    keep: 'Jatketaan suomeksi',
  },
  help: {
    text: 'Kirjoita omin sanoin, mitä tarvitset, esimerkiksi "hammas särkee" tai "äiti ei enää pärjää kotona". Kerron sopivan palvelun, miten sen saa nyt ja mikä on seuraava askel.',
    commands:
      'Voit milloin tahansa kirjoittaa: "ohje", "aloita alusta", "på svenska" tai "in English", "puhu ihmisen kanssa" tai "tietosuoja". Kerro myös kuntasi, esimerkiksi "asun Lohjalla", niin näytän lähimmän palvelupisteen.',
  },
  privacy: {
    text: 'Älä kirjoita henkilötunnustasi, puhelinnumeroasi tai sähköpostiosoitettasi. En tarvitse niitä palvelun löytämiseen.',
    stored:
      'Keskustelu ei tallennu nimelläsi. Vastaamatta jääneet kysymykset ja palautteet tallennetaan ilman tunnistetietoja, jotta sisältöä voidaan parantaa. Henkilötunnukset, puhelinnumerot ja sähköpostit poistetaan ennen tallennusta.',
  },
  identity: {
    warning:
      'Älä kirjoita henkilötunnustasi tähän keskusteluun. En tallentanut sitä, enkä tarvitse sitä palvelun löytämiseen.',
  },
  emergency: {
    lead: 'Soita heti {{number}}.',
    after:
      'Jos kyse ei ole hätätilanteesta, kerro tilanteestasi lisää, niin etsin sopivan palvelun.',
    numbers: 'Numerot',
    because: 'Tunnistin viestistäsi: ”{{words}}”.',
    urgentLead: 'Soita päivystysapuun {{number}} tai hakeudu päivystykseen vielä tänään.',
    afterUrgent:
      'Jos asia ei ole kiireellinen, kerro tilanteestasi lisää, niin etsin sopivan palvelun.',
  },
  safetyNet: {
    line: 'Jos oireet ovat äkillisiä tai vakavia, soita: {{numbers}}.',
    or: ' tai ',
  },
  notSure: {
    text: 'En ole varma, mitä palvelua tarvitset, enkä halua arvata.',
    tips: 'Kokeile kuvata tilannetta toisin sanoin: kenelle apu on, mikä on ongelma ja kuinka kiireellinen se on. Esimerkiksi "lapsella korvakipu" tai "en jaksa töissä".',
    contact: 'Voit myös kysyä ihmiseltä:',
  },
  clarify: {
    didYouMean: 'Tarkoititko tätä: {{name}}?',
    forWhom: 'Ketä asia koskee?',
    municipality: 'Missä kunnassa asut? Palvelut ja palvelupisteet vaihtelevat kunnittain.',
  },
  municipality: {
    noted: 'Kotikuntasi: {{name}}. Näytän jatkossa sen palvelupisteet.',
  },
  person: {
    title: 'Puhu ihmisen kanssa',
    intro: 'Näistä saat apua ihmiseltä, puhelimessa tai chatissa:',
    none: 'Soita Päivystysapuun {{number}}.',
  },
  card: {
    lead: 'Tämä palvelu sopii kysymykseesi: {{name}}.',
    forWhom: 'Kenelle',
    howToGet: 'Näin saat palvelun nyt',
    fees: 'Maksut',
    nextStep: 'Seuraava askel',
    nextStepText: 'Palvelupolulla "{{path}}" seuraava askel on {{service}}. {{when}}',
    servicePoint: 'Palvelupiste: {{municipality}}',
    phone: 'puh. {{phone}}',
    channelLine: '{{name}}: {{status}}',
    serviceSummary: 'Palvelu: {{name}}. {{summary}}',
  },
  feedback: {
    thanks: 'Kiitos palautteesta!',
    sorry:
      'Kiitos palautteesta, se auttaa parantamaan palvelua. Kokeile kuvata asiaa toisin sanoin tai kysy ihmiseltä.',
    nothing: 'Kiitos! Kerro, mitä tarvitset, niin etsin palvelun.',
  },
  restart: { done: 'Aloitetaan alusta.' },
  error: {
    generic:
      'Pahoittelut, jokin meni vikaan. Yritä hetken päästä uudelleen. Hätätilanteessa soita 112.',
  },
};

/** The shape every language must have: the same keys, all strings. */
export type Messages = { [K in keyof typeof fi]: { [L in keyof (typeof fi)[K]]: string } };
