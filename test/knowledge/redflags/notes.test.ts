/**
 * Client notes pasted into the panel by counsellors and nurses: abbreviations,
 * dates and readings, denials and histories. The flag must fire on a risk that is
 * current and stay quiet on a history or a denial. Phrasings are written for the
 * tests; the measured notes are in knowledge/eval/safety/dev.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createRedFlagDetector, type RedFlagDetector } from '../../../knowledge/redflags/detector';
import type { Language } from '../../../knowledge/schema';

let detector: RedFlagDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  detector = createRedFlagDetector(kb!.emergency);
});

const flag = (text: string, lang: Language) => detector.detect(text, lang).match?.flag ?? null;

describe('a full stop before a capital ends a sentence; before a lower-case word it ends an abbreviation', () => {
  it.each([
    [
      'Asiakas sai kouristuskohtauksen vastaanotolla, kesto yli 5 min. Ei aiemmin todettua epilepsiaa.',
      'fi',
      'seizure',
    ],
    [
      'Klienten fick ett krampanfall i väntrummet, pågick över 5 min. Ingen tidigare känd epilepsi.',
      'sv',
      'seizure',
    ],
    [
      'Client had a seizure in the waiting room lasting over 5 min. No previous history of epilepsy.',
      'en',
      'seizure',
    ],
    [
      'Mummo kaatui portailla ja löi päänsä. nyt se oksentaa ja on tosi unelias',
      'fi',
      'head-injury',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      'Kotikäynti 4.4. klo 10.15: RR 128/76, p-gluk 6,4. Aamulääkkeet annettu, dosetti täytetty.',
      'fi',
    ],
    [
      'Hemvården 4.4 kl 10.15: blodtryck 128/76, puls 70. Morgonmediciner givna, dosetten fylld.',
      'sv',
    ],
    ['Home visit 04/04 10.15. BP 128/76, HR 70. Morning meds given, dosette filled.', 'en'],
  ] as const)('a reading before the next finding is not part of it: "%s" (%s)', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('a denied history says it is the first time: the current risk still counts', () => {
  it.each([
    [
      'Asiakas kertoo toivovansa kuolemaa, ei aiempia itsemurhayrityksiä.',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'Vauva sai kouristuskohtauksen kotona tänä aamuna, ei ole aiemmin ollut kouristuksia.',
      'fi',
      'seizure',
    ],
    ['Klienten har dödstankar varje dag, inga tidigare försök.', 'sv', 'suicidal-thoughts'],
    ['Pojken fick ett krampanfall på skolgården, aldrig tidigare haft kramper.', 'sv', 'seizure'],
    ['Pt reports wanting to die, no prior attempts.', 'en', 'suicidal-thoughts'],
    ['Man had a fit on the bus, no previous seizures known.', 'en', 'seizure'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      'As. kuulee ääniä ja kokee olevansa vainottu, ei välitöntä riskiä. Ohjattu päivystykseen tänään.',
      'fi',
    ],
    [
      'Klienten hör röster och har inte sovit på tre nätter, ingen omedelbar risk. Remiss till jouren idag.',
      'sv',
    ],
    [
      'Client hearing voices since the weekend, not sleeping, no immediate risk to self. Referred to on-call psychiatry today.',
      'en',
    ],
  ] as const)('"no immediate risk" is an assessment, not prevention: "%s" (%s)', (text, lang) => {
    expect(flag(text, lang)).toBe('urgent-mental');
  });

  it.each([
    ['Asiakkaalla itsetuhoisia ajatuksia aiemmin, nyt ei ole.', 'fi'],
    ['Hade ett krampanfall 2019, inga sedan dess.', 'sv'],
    ['Hx of seizures as a child, none since.', 'en'],
  ] as const)('a history without a denial stays a history: "%s" (%s)', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('who the person is, said once at the top of a note, holds for the findings after it', () => {
  it.each([
    [
      'Neuvola, puhelu. Rv 33, ensisynnyttäjä. Soitti alun perin perhevapaista, lopuksi kertoo että alapäästä tulee verta ja vatsaa kivistää.',
      'fi',
      'pregnancy-bleeding',
    ],
    [
      'Mödrarådgivningen, telefon. Gravid v 32, omföderska. Berättar i slutet av samtalet att hon har kraftig blödning sedan en timme.',
      'sv',
      'pregnancy-bleeding',
    ],
    [
      'Maternity clinic phone call. 34 weeks pregnant, second baby. At the end of the call she says she is bleeding and has tummy pain.',
      'en',
      'pregnancy-bleeding',
    ],
    [
      'Kotihoito. As. saa solunsalpaajahoitoa rintasyöpään. Tänään kuume 38,6 ja vilunväreitä.',
      'fi',
      'urgent-fever',
    ],
    [
      'Hemvården. Klienten får cytostatika mot lymfom. Idag feber 38,7 och frossa.',
      'sv',
      'urgent-fever',
    ],
    [
      'Home visit. Client on chemotherapy for lymphoma. Temperature 38.6 today with chills.',
      'en',
      'urgent-fever',
    ],
    ['Neuvolan puhelu: vauva 5 vk, kuumetta 38,2 aamusta.', 'fi', 'urgent-fever'],
    ['Health visitor call: baby 5 wks old, temp 38.3 since this morning.', 'en', 'urgent-fever'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      'Mödrarådgivningen: gravid v 24. Lätt blödning i v 7, ultraljud normalt. Inga blödningar sedan dess. Blodtryck 118/72.',
      'sv',
    ],
    ['Neuvola: rv 26. Verenpaine 118/72, vointi hyvä. Ei vuotoja.', 'fi'],
    ['Maternity clinic: 26 weeks pregnant. BP 118/72, no bleeding, good fetal movements.', 'en'],
  ] as const)(
    'a blood pressure or an early week\'s spotting is no bleeding now: "%s" (%s)',
    (text, lang) => {
      expect(flag(text, lang)).toBeNull();
    },
  );
});

describe('a denied or answered-no finding and a risk that is over stay quiet', () => {
  it.each([
    [
      'Social work 3/5. Client denies current suicidal thoughts or plans. Housing application pending.',
      'en',
    ],
    ['Pt denies active SI, HI or self-harm. Discussed budgeting.', 'en'],
    [
      'Asiakas kieltää nykyiset itsetuhoiset ajatukset ja suunnitelmat. Asumisasiat työn alla.',
      'fi',
    ],
    ['Klienten förnekar aktuella självmordstankar och planer. Ansökan om bostad inlämnad.', 'sv'],
    ['Itsetuhoisuus: ei. Toimeentulotuki haettu.', 'fi'],
    ['Itsetuhoisia ajatuksia: ei ole.', 'fi'],
    ['Kysytty itsetuhoisista ajatuksista: ei ole. Jatketaan ryhmässä.', 'fi'],
    ['SI: neg. HI: neg. Referred to debt advice.', 'en'],
    ['Suicidtankar: nej. Hänvisad till budgetrådgivning.', 'sv'],
    [
      'Hon bor nu på skyddshem med barnen, ingen kontakt med den våldsamma mannen. Söker bostad.',
      'sv',
    ],
    [
      'Asiakas on nyt turvakodissa lasten kanssa, väkivaltainen puoliso ei tiedä osoitetta. Haetaan asuntoa.',
      'fi',
    ],
    [
      "Now staying in a women's shelter with the children, no contact with the abusive partner. Needs housing.",
      'en',
    ],
    // The "now" of a later clause is of being free of it.
    ['Had a fever last week, now afebrile for 3 days, residual cough.', 'en'],
    ['hade feber förra veckan, nu feberfri sedan 3 dagar', 'sv'],
    // A denied plan to hurt oneself denies the act, whatever the clause after it.
    ['Klienten negerar självmordstankar och har inga planer på att skada sig.', 'sv'],
    ['Denies suicidal thoughts and has no plans to harm herself. Mood stable.', 'en'],
    ['Kieltää itsetuhoiset ajatukset eikä hänellä ole suunnitelmia vahingoittaa itseään.', 'fi'],
    // A question answered no in the client's own words; an event over and assessed.
    ["Itsetuhoisuudesta kysyttäessä: 'ei mulla mitään sellasta oo koskaan ollu'.", 'fi'],
    [
      'Asiakas saatettiin eilen päivystykseen itsetuhoisten puheiden takia, psykiatri arvioi ja kotiutti aamulla.',
      'fi',
    ],
    [
      'Grannen larmade i natt om rök från lägenheten, det var en kastrull på spisen, ingen skadad.',
      'sv',
    ],
    [
      'Home care: client choked on a piece of bread at breakfast, husband gave back blows and it came out straight away. Speaking normally.',
      'en',
    ],
    // Findings listed with an "or" share the field's answer, after a few words of qualifier.
    [
      'Svullnad i läppar eller tunga efter den nya blodtrycksmedicinen: ingen. Andas obesvärat.',
      'sv',
    ],
    // Old scars from a childhood scald; a pan on the hob switched off and the smoke gone.
    ['Ärr efter brännskada på vänster hand sen barndomen. Inga besvär idag.', 'sv'],
    [
      'Aamukäynnillä levy päällä ja kattila käry, levy sammutettu ja ikkunat avattu, asunnossa ei enää savua eikä hajua.',
      'fi',
    ],
    // Living alone with a child is a household, not a child left alone.
    ['Klienten blev misshandlad 2019. Bor nu ensam med dottern och känner sig trygg.', 'sv'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    ['Mamma ligger på golvet, får ingen kontakt med henne.', 'sv', 'unconscious'],
    ['Hengitys: ei hengitä kunnolla, huulet siniset.', 'fi', 'breathing'],
    ['Itsetuhoisia ajatuksia: ei ole, mutta viiltelee käsiään.', 'fi', 'self-harm'],
    // A denied plan says nothing of what was done: the cutting still counts.
    ['No plans to hurt herself, but she cut her arms last night.', 'en', 'self-harm'],
    [
      'Ei suunnitelmia vahingoittaa itseään, mutta viilteli eilen illalla käsiään.',
      'fi',
      'self-harm',
    ],
    ['Bor ensam med dottern 3 år, mamman är full och somnade på golvet', 'sv', 'child-in-danger'],
  ] as const)(
    'a finding that only looks like an answer still counts: "%s" (%s) -> %s',
    (text, lang, situation) => {
      expect(flag(text, lang)).toBe(situation);
    },
  );
});

describe('violence a note reports, with the one who did it still there, is happening now', () => {
  it.each([
    [
      'Client reports partner hit her this morning and is still at home, she is afraid to return.',
      'en',
    ],
    ['Asiakas kertoo puolison lyöneen häntä tänään aamulla ja tämä on yhä kotona.', 'fi'],
    ['Klienten uppger att sambon slog henne i morse och att han är fortfarande hemma.', 'sv'],
  ] as const)('"%s" (%s) -> violence-now', (text, lang) => {
    expect(flag(text, lang)).toBe('violence-now');
  });
});

describe('lower-case notes with abbreviations and dates, histories, reported speech and denial phrases', () => {
  it.each([
    [
      'opisk. 20v, kertoo aikovansa tappaa itsensä tänä iltana, lääk. kerätty valmiiksi.',
      'fi',
      'suicide-intent',
    ],
    [
      'as. 52 v. ottanut tänään klo 9.30 koko purkin unilääkkeitä, nyt vaikea herättää.',
      'fi',
      'overdose',
    ],
    [
      'pt. found at 9.30 drowsy, took the whole pack of sleeping pills overnight.',
      'en',
      'overdose',
    ],
    ['opisk. 17v. viillellyt tänään ranteitaan, haavat tuoreita.', 'fi', 'self-harm'],
    ['kotihoito klo 8.15: as. puhe puuroutunut ja oikea käsi voimaton aamusta.', 'fi', 'stroke'],
    [
      'anh. ringer kl 10.20: mamman sluddrar och ena mungipan hänger sedan en timme.',
      'sv',
      'stroke',
    ],
    ["home care 08.15: client's speech slurred and left arm weak since waking.", 'en', 'stroke'],
    [
      'Anamneesissa itsemurhayritys 2019. Tänään kertoo itsemurha-ajatuksista, ei suunnitelmaa.',
      'fi',
      'suicidal-thoughts',
    ],
    ['Tidigare suicidförsök 2019. Idag uppger hon självmordstankar.', 'sv', 'suicidal-thoughts'],
    [
      'Hx of suicide attempt 2019. Today reports suicidal thoughts again.',
      'en',
      'suicidal-thoughts',
    ],
    [
      'Aiemmin viillellyt 2021. Nyt uudelleen tuoreita viiltoja käsivarsissa tänään.',
      'fi',
      'self-harm',
    ],
    ['History of self-harm 2020. On arrival today fresh cuts on both forearms.', 'en', 'self-harm'],
    ['Självskadebeteende 2020. Idag nya färska skärsår på armarna.', 'sv', 'self-harm'],
    [
      'Äidin mukaan tytär on kirjoittanut hyvästikirjeen ja sanonut tappavansa itsensä tänä yönä.',
      'fi',
      'suicide-intent',
    ],
    [
      'Pappan uppger att sonen skrivit ett avskedsbrev och säger att han ska ta livet av sig i natt.',
      'sv',
      'suicide-intent',
    ],
    [
      'Per her mother, she wrote a goodbye letter and says she will end her life tonight.',
      'en',
      'suicide-intent',
    ],
    [
      'Naapurin mukaan 3v ja 5v lapset ovat olleet yksin kotona eilisestä, vanhemmat humalassa jossain.',
      'fi',
      'child-in-danger',
    ],
    [
      'Neighbour reports the 3 and 5 year old have been home alone since yesterday, parents out drinking.',
      'en',
      'child-in-danger',
    ],
    [
      'Grannen uppger att barnen 3 och 5 år är ensamma hemma sedan igår, föräldrarna är ute och super.',
      'sv',
      'child-in-danger',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      'opisk. 21v, v. 2018 psyk. osastojakso itsetuhoisuuden vuoksi. nyt vointi hyvä, hakee asumistukea.',
      'fi',
    ],
    [
      'as. 45 v, lääk. muutettu 3/2022 kouristusten vuoksi, sen jälkeen kohtauksetta. hakee kuntoutusta.',
      'fi',
    ],
    ['hemtj. besök kl 9.30, anh. berättar om fall i mars, inga besvär nu.', 'sv'],
    [
      'ls-ilm. tehty 2020 koulun toimesta väkivallan vuoksi, asiakkuus päättynyt. perhe voi hyvin.',
      'fi',
    ],
    ['pt. 34 y, hx of OD 2019, currently abstinent. f/u in 2 wks.', 'en'],
    ['Itsemurhayritys 3/2022, sen jälkeen ei itsetuhoisuutta.', 'fi'],
    ['Suicidförsök 3/2022, inga självmordstankar sedan dess.', 'sv'],
    ['Suicide attempt 3/2022, no suicidal thoughts since.', 'en'],
    [
      'Aiemmin väkivaltainen parisuhde, erosi 2021. Nyt turvassa, ei yhteyttä entiseen puolisoon.',
      'fi',
    ],
    ['Past DV, separated 2021, now safe, no contact with ex.', 'en'],
    ['Tidigare våld i relationen, separerade 2021, nu trygg och ingen kontakt med exet.', 'sv'],
    ['Ei välitöntä vaaraa itselle tai muille. Tapaaminen ensi viikolla.', 'fi'],
    ['Ei viitteitä itsetuhoisuudesta tai väkivallasta. Mieliala vakaa.', 'fi'],
    ['No evidence of self-harm or suicidal ideation. Mood stable.', 'en'],
    ['Inga tecken på självskada eller suicidtankar. Stämningsläget stabilt.', 'sv'],
    ['Kieltää itsetuhoiset ajatukset. Itsetuhoisuus: neg.', 'fi'],
    ['Asked re SI: denies. Asked re DV: denies.', 'en'],
    ['Itsetuhoisia ajatuksia ei ole ollut. Mieliala parempi.', 'fi'],
    ['Förnekar suicidtankar, förnekar våld i hemmet.', 'sv'],
    ['Suicidal ideation denied. Self-harm denied.', 'en'],
    ['Itsetuhoisuus kielletty. Väkivalta kielletty.', 'fi'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('a current risk a note reports stands; one that has resolved or is managed does not', () => {
  it.each([
    [
      'Asiakas kertoo, että hänellä on ollut tällä viikolla ajatuksia itsensä tappamisesta.',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'Äidin mukaan poika on puhunut viime päivinä, ettei halua enää elää.',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'Koulukuraattori: oppilas kertoi aikovansa hypätä koulun katolta iltapäivällä.',
      'fi',
      'suicide-intent',
    ],
    [
      'Asiakas soitti ja kertoi, että mies uhkaa häntä veitsellä parhaillaan.',
      'fi',
      'violence-now',
    ],
    [
      'Naapuri ilmoittaa, että 4-vuotias on yksin kotona ja itkee, äitiä ei ole näkynyt aamun jälkeen.',
      'fi',
      'child-in-danger',
    ],
    ['Enligt pappan har dottern sagt att hon inte vill leva längre.', 'sv', 'suicidal-thoughts'],
    ['Kuratorn: eleven berättade att hon tänker ta en överdos i kväll.', 'sv', 'suicide-intent'],
    [
      'Klienten ringde och berättade att mannen hotar henne med kniv just nu.',
      'sv',
      'violence-now',
    ],
    ['Klienten berättar att hon har haft självmordstankar hela veckan.', 'sv', 'suicidal-thoughts'],
    [
      'Client states she has been having thoughts of ending her life this week.',
      'en',
      'suicidal-thoughts',
    ],
    [
      'School counsellor: pupil disclosed a plan to jump from the bridge after school today.',
      'en',
      'suicide-intent',
    ],
    [
      'Client phoned saying her husband is threatening her with a knife right now.',
      'en',
      'violence-now',
    ],
    [
      "Mum says her son has been saying he doesn't want to live anymore.",
      'en',
      'suicidal-thoughts',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    ['Asiakas on nyt turvakodissa, väkivalta päättynyt. Tarvitsee apua asunnon hakuun.', 'fi'],
    [
      'Väkivaltainen puoliso muuttanut pois, lähestymiskielto voimassa. Äiti ja lapset turvassa.',
      'fi',
    ],
    ['Mannen har flyttat ut och kontaktförbud gäller. Mamman och barnen är trygga nu.', 'sv'],
    [
      'Abusive partner has moved out, restraining order in place. Mother and children safe now.',
      'en',
    ],
    ['Itsemurha-ajatukset väistyneet lääkityksen myötä, nyt mieliala parempi.', 'fi'],
    ['Självmordstankarna har försvunnit sedan medicinen sattes in, mår bättre nu.', 'sv'],
    ['Suicidal thoughts have resolved since starting medication, mood much better.', 'en'],
    ['Aiemmin viillellyt, viimeksi yli vuosi sitten. Arvet näkyvät, haluaa laseroinnin.', 'fi'],
    ['Last self-harm over a year ago, scars visible, asking about treatment.', 'en'],
    ['Senaste självskadan för över ett år sedan, ärr syns, frågar om behandling.', 'sv'],
    ['Lapsi otettu kiireellisesti sijoitukseen 2022, nyt palannut kotiin ja tilanne vakaa.', 'fi'],
    ['Children were taken into emergency care in 2022, now back home and settled.', 'en'],
    ['Barnen omhändertogs akut 2022, nu hemma igen och situationen är stabil.', 'sv'],
    ['Ylilääkitys 2020, nyt lääkkeet dosetissa ja kotihoito jakaa ne.', 'fi'],
    ['Overdose in 2020, meds now in a dosette given by home care.', 'en'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('an attribute said about the past holds for nothing now', () => {
  it.each([
    ['Graviditet 2020 utan komplikationer. Nu mens med lite blödning, frågar om p-piller.', 'sv'],
    [
      'Pregnancy in 2019, normal delivery. Now asking about heavy periods and bleeding between periods.',
      'en',
    ],
    ['Chemotherapy finished in 2021, in remission. Had a fever last week, now fine.', 'en'],
    ['Solunsalpaajahoidot päättyneet 2021. Kuumetta oli viime viikolla, nyt terve.', 'fi'],
    ['Cytostatikabehandlingen avslutad 2021. Hade feber förra veckan, nu frisk.', 'sv'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('a dated history in a clause of its own dates its own event, not the current finding', () => {
  it.each([
    ['Asiakkaalla itsetuhoisia ajatuksia, aiempi itsemurhayritys 2019.', 'fi', 'suicidal-thoughts'],
    ['Kertoo kuolemantoiveista, taustalla masennus vuodesta 2015.', 'fi', 'suicidal-thoughts'],
    ['Klienten har självmordstankar, tidigare suicidförsök 2019.', 'sv', 'suicidal-thoughts'],
    ['Berättar om dödstankar, känd depression sedan 2015.', 'sv', 'suicidal-thoughts'],
    ['Client reports suicidal thoughts, previous attempt in 2019.', 'en', 'suicidal-thoughts'],
    ['Pt has thoughts of wanting to die, known depression since 2015.', 'en', 'suicidal-thoughts'],
    ['Asiakkaalla puristava rintakipu, aiemmin sydäninfarkti 2018.', 'fi', 'chest-pain'],
    ['Pat har tryckande bröstsmärta, tidigare hjärtinfarkt 2018.', 'sv', 'chest-pain'],
    ['Client has crushing chest pain, previous heart attack in 2018.', 'en', 'chest-pain'],
    ['Asiakas kouristelee lattialla, epilepsia todettu 2010.', 'fi', 'seizure'],
    ['Client fitting on the floor, epilepsy diagnosed 2010.', 'en', 'seizure'],
    ['Klienten krampar på golvet, epilepsi sedan 2010.', 'sv', 'seizure'],
    [
      'kotik. 3.2. as. kaatui tänään ja löi päänsä, oksentanut kaksi kertaa ja unelias.',
      'fi',
      'head-injury',
    ],
    ['hemtj. 4/4: pat. föll i dag och slog huvudet, har kräkts och är dåsig.', 'sv', 'head-injury'],
    [
      'home visit approx. 10am: pt. fell today and hit her head, vomited twice and drowsy.',
      'en',
      'head-injury',
    ],
    [
      'sos.tt 4.4. opisk. 20v kertoo aikovansa tappaa itsensä tänään, psyk. hoitoa ei ole.',
      'fi',
      'suicide-intent',
    ],
    [
      'kurator 4/4: elev 16 år säger att hon ska ta livet av sig i kväll, tidigare psyk. kontakt 2022.',
      'sv',
      'suicide-intent',
    ],
    [
      'sw 4/4: pt. says she plans to kill herself tonight, prev. psych. admission 2022.',
      'en',
      'suicide-intent',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    ['Sain epileptisen kohtauksen, se oli viime vuonna. Voinko ajaa autoa?', 'fi'],
    ['Jag fick ett krampanfall, det var för två år sedan. Får jag köra bil?', 'sv'],
    ['I had a seizure, that was back in 2019. Can I drive?', 'en'],
    ['Isällä oli sydäninfarkti, tämä tapahtui 2018. Tarvitsee kotihoitoa.', 'fi'],
    ['Dad had a heart attack, it happened in 2018. Needs home help.', 'en'],
    ['Pappa fick en hjärtinfarkt, det hände 2018. Behöver hemtjänst.', 'sv'],
    [
      'kotik. 3.2. as. 80v, kaatui 2019 ja löi päänsä, sen jälkeen hyvä vointi. vrk. rytmi ok.',
      'fi',
    ],
    ['sos.tt 4.4. opisk. 20v, itsemurhayritys v. 2018, ei itsetuhoisuutta nyt.', 'fi'],
    ['hemtj. 4/4: pat. 88 år, föll 2019 och slog huvudet, mår bra nu.', 'sv'],
    ['anh. uppger att pat. hade ett krampanfall 2017, inga sedan dess.', 'sv'],
    ['hx: pt. had a seizure approx. 2018, none since. appt. booked for review.', 'en'],
  ] as const)(
    'a clause that only dates the match keeps it in the past: "%s" (%s)',
    (text, lang) => {
      expect(flag(text, lang)).toBeNull();
    },
  );
});

describe('"tonight", "on arrival", "vid ankomst" place a finding now beside a history', () => {
  it.each([
    [
      'Asiakas, aiemmin yritys 2019, kertoo aikovansa ottaa kaikki lääkkeensä tänä iltana.',
      'fi',
      'suicide-intent',
    ],
    [
      'Klienten, tidigare försök 2019, säger att hon ska ta alla sina tabletter i kväll.',
      'sv',
      'suicide-intent',
    ],
    [
      'Client, previous attempt in 2019, says she will take all her pills this evening.',
      'en',
      'suicide-intent',
    ],
    ['Hx of OD in 2019 and on arrival drowsy after taking 30 tablets.', 'en', 'overdose'],
    [
      'Tidigare överdos 2019 och vid ankomst dåsig efter att ha tagit 30 tabletter.',
      'sv',
      'overdose',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a holiday dates an event; minutes or hours ago place a finding now, even at a check-up', () => {
  it.each([
    ['Mies sammui juhannuksena ja löi päänsä. Nyt ollut kolme kuukautta juomatta.', 'fi'],
    ['Sonen ramlade och bröt armen i julas. Nu söker familjen stöd.', 'sv'],
    ['He fell and broke his arm last christmas; now we are looking for a support group.', 'en'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    [
      'MI 2020. Tuli kontrolliin, puoli tuntia sitten alkanut puristava kipu rintalastan alla, säteilee käteen.',
      'fi',
      'chest-pain',
    ],
    [
      'Tidigare hjärtinfarkt. Kom på kontroll, för en kvart sedan började en tryckande smärta i bröstet.',
      'sv',
      'chest-pain',
    ],
    [
      'Came in for a routine check-up; crushing chest pain started 20 mins ago.',
      'en',
      'chest-pain',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a note states a current risk in passing; a denied look-alike or an ended relationship excuses nothing', () => {
  it.each([
    [
      'Kouluth. Pesäpallossa pääkkäin toisen pelaajan kanssa. Nyt oksentelee ja on sekava.',
      'fi',
      'head-injury',
    ],
    [
      'Idrottslektion: två elever skallade ihop. Eleven frågar upprepade gånger vad som hänt.',
      'sv',
      'head-injury',
    ],
    [
      'PE lesson, clashed heads with another pupil. Keeps asking what happened, vomited once.',
      'en',
      'head-injury',
    ],
    [
      'Kotik.: as. ei tiedä missä on. Eilen orientoitunut. Ei tunnettua muistisairautta.',
      'fi',
      'sudden-confusion',
    ],
    [
      'Lopuksi as. sanoi että ei tarvitse seuraavaa aikaa, on antanut koiransa pois ja maksanut kaikki laskunsa.',
      'fi',
      'suicide-intent',
    ],
    [
      'At the end of the meeting she said she has made her decision and bought a rope.',
      'en',
      'suicide-intent',
    ],
    [
      'Klienten berättar att hon har fler brännsår på underarmen och att hon gjort det själv i natt.',
      'sv',
      'self-harm',
    ],
    ['Yökäynti: as. löytyi pihalta, iho jääkylmä ja vapina lakannut.', 'fi', 'hypothermia'],
    ['Kotihoito: as. ottanut aamulla naapuriasiakkaan lääkkeet omien sijaan.', 'fi', 'poisoning'],
    [
      'Lapset (3 v ja 5 v) jätetty kahdestaan kotiin, äiti ei vastaa puhelimeen.',
      'fi',
      'child-in-danger',
    ],
    ['Iltakäynti: iho kylmä, ei enää värise, kysyy äitiään joka kuoli 1990.', 'fi', 'hypothermia'],
    [
      'Klienten är iskall och har slutat huttra, pratar om sin bror som dog 2010.',
      'sv',
      'hypothermia',
    ],
    [
      'Puhelu: taustalla kuuluu huutoa ja paiskomista, as. piiloutunut vessaan.',
      'fi',
      'violence-now',
    ],
    [
      'Call: shouting and banging could be heard, client is hiding in the bathroom.',
      'en',
      'violence-now',
    ],
    ['As. ripuloinut 3 vrk. Nyt suu kuiva ja huimaa, virtsaa niukasti.', 'fi', 'urgent-vomiting'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    ['Mamman är separerad sedan länge, ingen kontakt nu med pappan. Vill ha samtalsstöd.', 'sv'],
    ['Oppilas tavattu koulussa ilman vanhempia, kertoo kotiasioiden olevan hyvin.', 'fi'],
    [
      'Palliative visit: breathing irregular at times, as expected at this stage, DNR in place.',
      'en',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('a note that says a risk did not arise, or has not recurred for a span, stays quiet', () => {
  it.each([
    ['Asiakas ei ole itse koskaan ollut itsetuhoinen, äidin itsemurhayritys 2001.', 'fi'],
    ['Itsetuhoisuutta ei nyt ole, aiempi hoitojakso 2019.', 'fi'],
    ['Keskusteluissa itsetuhoisuus ei noussut esiin kertaakaan.', 'fi'],
    ['Astma, hengenahdistus ei lisääntynyt flunssan aikana.', 'fi'],
    ['Shortness of breath has not worsened since the inhaler change.', 'en'],
    ['Kieltää halun kuolla nyt tai satuttaa itseään, hoitotahto tehty.', 'fi'],
    ['Kertoo viiltelystä lukion alussa, ei enää 3 vuoteen.', 'fi'],
    ['Hon skar sig under gymnasiet, senast för sex år sedan.', 'sv'],
    ['Pappan dog i suicid för 5 mån sedan, sorgbearbetning pågår.', 'sv'],
    ['Old self-harm scars on both wrists, wants them looked at.', 'en'],
    ['Ohitusleikkaus 2018. Förnekar yrsel, bröstsmärta eller andfåddhet vid promenad.', 'sv'],
    ['Stent 2021. Denies palpitations, chest pain or ankle swelling.', 'en'],
    ['Kieltää unettomuuden, itsetuhoiset ajatukset tai päihteiden käytön.', 'fi'],
    ['Screening: Självskada senaste månaden: nej. Suicidtankar nu: nej.', 'sv'],
    ['Seulonta: itsetuhoisuus viime aikoina: ei.', 'fi'],
    ['Child asthma review: no night waking, uses the reliever twice a week.', 'en'],
    ['Fractured wrist at football in 2022, fully healed, wants a sports certificate.', 'en'],
    ['Hon har inte sedan högstadiet skurit sig, ärren är läkta.', 'sv'],
    // "Kahden kesken" is in private, not in the middle of anything happening.
    ['Ei kertonut kokeneensa kotona väkivaltaa tai sen uhkaa, asia kysytty kahden kesken.', 'fi'],
    // A screening item scored zero.
    ['PHQ-9 kohta 9 (kuolemantoiveet): 0.', 'fi'],
    ['PHQ-9 fråga 9 (tankar på att skada sig): 0', 'sv'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // Only "to be", "never" and "self" lengthen a denial's reach; a place between ends it.
    ['En ole ollut kotona kun isä kaatui, nyt hän ei herää.', 'fi', 'unconscious'],
    // "Not easing" is the emergency, not a denial of it.
    ['Rintakipu ei ole helpottanut nitrolla, hikoilee.', 'fi', 'chest-pain'],
    // "No longer" before a wish is no span of time.
    ['Viiltelee käsiään eikä enää jaksa, ei vastaa.', 'fi', 'self-harm'],
    // "Now" with "and" after a denial starts a new finding.
    ['Kiistää rintakivun, nyt ja koko aamun huulet siniset.', 'fi', 'breathing'],
    // A report after a denial is no item of its list.
    ['Denies chest pain, reports crushing pain in the chest since an hour.', 'en', 'chest-pain'],
    // After a plain "no" a word the concepts do not know may be a finding, not a list item.
    ['Ei reagoi, huulet siniset.', 'fi', 'unconscious'],
    // "Kesken" with no mask around it still places the threat now.
    ['Isä uhkaa äitiä puukolla kesken riidan, lapset kotona.', 'fi', 'violence-now'],
    ['Mieheni on kaatunut eikä pääse ylös ja puhuu sekavia.', 'fi', 'head-injury'],
    // A history before the match and "still going on" after it: happening now.
    [
      'Epilepsy since childhood (last fit 2020), started fitting at the bus stop, still ongoing.',
      'en',
      'seizure',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a denial across an aside, a later "not for a year", a safety plan\'s "if it returns"', () => {
  it.each([
    // A span of the contact or a verb of saying between "never" and the risk.
    ['Han har aldrig under behandlingen uttryckt några tankar på att skada sig.', 'sv'],
    ['Has never during our sessions voiced a wish to end his life.', 'en'],
    ['Ei ole hoitosuhteen aikana tuonut esiin itsetuhoisia ajatuksia.', 'fi'],
    // An aside between the denial and the rest of its clause.
    [
      'Kertoo, ettei hänellä ole, ei edes eron jälkeen, ollut ajatuksia vahingoittaa itseään.',
      'fi',
    ],
    ['She has never, not even when her father died, had any thoughts of harming herself.', 'en'],
    // A later sentence: not for a span up to now.
    ['Viilteli käsiään 8. luokalla. Nyt ei viiltelyä yli vuoteen.', 'fi'],
    // A safety plan's condition.
    ['Turvasuunnitelma: jos itsetuhoiset ajatukset palaavat, soittaa kriisipuhelimeen.', 'fi'],
    ['Krisplan: om självmordstankarna kommer tillbaka ringer hon sin kontaktperson.', 'sv'],
    ['He will ring the crisis line if any thoughts of hurting himself come up.', 'en'],
    // An assessment of risk is paperwork; "nowadays does not go out" is no collapse.
    ['Itsetuhoisuuden arvio tehty, ei kuolemantoiveita.', 'fi'],
    ['Nykyään ei liiku ulkona ilman rollaattoria.', 'fi'],
    ['Rör sig inte ute nu för tiden, orkar inte trapporna.', 'sv'],
    ['Fick ett krampanfall i fredags, utredning på gång.', 'sv'],
    // A "no" that has lasted; an attempt dated by a child's age; thoughts that have subsided.
    ['Kysytty suoraan itsetuhoisista ajatuksista: "ei oo ollu enää vuosiin".', 'fi'],
    ['Hänen äitinsä yritti itsemurhaa pojan ollessa 5 v. Poika käy terapiassa.', 'fi'],
    ['Suicidtankarna har avklingat under vårdtiden, planerar att börja jobba.', 'sv'],
    // Findings after a feared breathing problem that say it is not there.
    ['Huulet näyttivät sinisiltä mustikoiden jälkeen. SpO2 98 %, hengitys rauhallinen.', 'fi'],
    [
      'Rang at night, said she could not breathe. Sats 96, talking in full sentences, settled.',
      'en',
    ],
    // ...and a smell of burning found to be no fire.
    ['Käryä rappukäytävässä, tuli naapurin saunasta. Ei vaaraa, asukas rauhoittunut.', 'fi'],
    ['Röklukt i hallen på natten; nattpatrullen kollade, lukten försvann, ingen brand.', 'sv'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // How the person was before the confusion makes it sudden; a low saturation is no finding
    // that breathing is fine; a "but" takes the finding back.
    [
      'As. äkillisesti sekava, ei tunnista hoitajaa. Aamukäynnillä orientoitunut.',
      'fi',
      'sudden-confusion',
    ],
    [
      'Klienten plötsligt förvirrad och oklar. Orienterad vid kvällsbesöket.',
      'sv',
      'sudden-confusion',
    ],
    ['Huulet sinertävät ja haukkoo henkeä, SpO2 86 %.', 'fi', 'breathing'],
    [
      'Rappukäytävässä savua, ei vaaraa vielä mutta ovi on kuuma ja savu lisääntyy.',
      'fi',
      'fire-smoke',
    ],
    // An all-clear left open by a "yet" is none, wherever its words also mean aftercare.
    [
      "smoke coming from the neighbour's flat, no danger to us yet but the hallway is filling",
      'en',
      'fire-smoke',
    ],
    [
      'det kommer rök från grannens lägenhet, ingen fara ännu men trapphuset fylls',
      'sv',
      'fire-smoke',
    ],
    [
      'Lips blue, cannot breathe properly. Sats 97 but gasping and cannot speak.',
      'en',
      'breathing',
    ],
    // "Never ... like this" says the finding is here, worse than ever.
    ['I have never had a chest pain like this before.', 'en', 'chest-pain'],
    ['Ei oo koskaan ollu tällasta puristusta rinnassa.', 'fi', 'chest-pain'],
    ['Har aldrig haft så ont i bröstet som nu.', 'sv', 'chest-pain'],
    // An aside whose clause goes on with a verb of its own is no denial of the match.
    // "Not now" without a span may be the same day.
    ['Viilteli eilen illalla käsiään. Tänään ei viiltelyä.', 'fi', 'self-harm'],
    // A threat made on the condition is no safety plan.
    ['If the thoughts come back tonight I will kill myself.', 'en', 'suicide-intent'],
    // Lying outside and not moving is still a collapse.
    ['Isä ei liiku, makaa ulkona lumessa.', 'fi', 'unconscious'],
    // A past seizure and one now.
    ['Han fick ett krampanfall i lördags och nu krampar han igen.', 'sv', 'seizure'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('an instruction with a length of time, a restated "no", a closed report; a worst-ever headache', () => {
  it.each([
    // "yli 15 min" is how long the pain may last, not when it happened.
    [
      'Ohjattu asiakkaalle: jos rintakipu palaa ja kestää yli 15 min tai nitro ei auta, soitetaan 112. Tänään oireeton.',
      'fi',
    ],
    // A screening's "no" that says again what was asked.
    ["Kysytty itsetuhoisuudesta: 'ei oo ikinä ollu sellasia ajatuksia'. Viiltelyä ei ole.", 'fi'],
    ['Tillfrågad om självmordstankar: aldrig haft sådana tankar.', 'sv'],
    ['Asked about suicidal thoughts: never had any such thoughts.', 'en'],
    // Oriented "today", after a confusion dated before it.
    [
      'Hemvården: 3.2 var klienten tillfälligt förvirrad, urinvägsinfektion konstaterades, antibiotika insatt. Idag orienterad och pigg.',
      'sv',
    ],
    [
      'Home care: temporarily confused on 4.3, UTI diagnosed, antibiotics started. Today alert, oriented, eating well.',
      'en',
    ],
    // A report of children alone, looked into and closed.
    [
      'Lastensuojeluilmoitus selvitetty: ilmoituksen mukaan lapset olivat yksin kotona 2.3. illalla. Selvityksessä ilmeni, että 15-v isosisko oli hoitamassa. Ei jatkotoimia, asiakkuus päättyy.',
      'fi',
    ],
    [
      'Referral investigated: children reportedly left alone at home overnight. Grandmother was there. No further action, case closed.',
      'en',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // A length of time is no "now", but a real "now" still makes the condition real.
    [
      'Jos rintakipu jatkuu yli tunnin, soita 112. Nyt rintakipu on jatkunut jo tunnin.',
      'fi',
      'chest-pain',
    ],
    // A "no" that goes on to a "but" or an "until now" answers nothing.
    [
      'Kysytty itsetuhoisuudesta: ei oo ollu ajatuksia mut tänään viilsin ranteeseen.',
      'fi',
      'self-harm',
    ],
    [
      'Asked about suicidal thoughts: never had any such thoughts until now, and now I want to die.',
      'en',
      'suicidal-thoughts',
    ],
    // Oriented this morning is how the person was before a confusion now.
    [
      'As. sekava ja virtsatessa kirvelee. Tänään orientoitunut aamulla mutta nyt taas sekava.',
      'fi',
      'sudden-confusion',
    ],
    ['Lapset yksin kotona, äiti ei vastaa puhelimeen, 4v itkee ovella.', 'fi', 'child-in-danger'],
    // A thunderclap headache in any case form.
    [
      'Asiakas valittaa äkillistä, elämänsä pahinta päänsärkyä, alkanut n. 15 min sitten kuin salamanisku, oksentaa.',
      'fi',
      'stroke',
    ],
    ['Hon har värsta huvudvärken i sitt liv sedan en kvart.', 'sv', 'stroke'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a faint over at once, an operation done, a harmless amount', () => {
  it.each([
    [
      'School nurse. Pupil fainted in assembly after standing 40 min with no breakfast, came round immediately, no injury, ate a snack.',
      'en',
    ],
    ['Oppilas pyörtyi liikuntatunnilla, tuli heti tajuihinsa, ei vammoja, söi välipalan.', 'fi'],
    ['Eleven svimmade på morgonsamlingen, vaknade direkt, inga skador.', 'sv'],
    [
      'Dx K35.8 acute appendicitis, laparoscopic appendectomy 4/3. Uneventful recovery. Return to ED if fever >38.5 or increasing abdominal pain.',
      'en',
    ],
    [
      'Telephone advice. 4-y-o drank a sip of mouthwash. Poison centre consulted, amount harmless, observation only.',
      'en',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // Come round, and then worse: a "but" takes the finding back.
    [
      'she fainted, came to quickly but fainted again and is not waking up now',
      'en',
      'unconscious',
    ],
    ['mies pyörtyi, heräs heti mut nyt se ei taas herää', 'fi', 'unconscious'],
    // An operation is past; what follows it now is not.
    [
      'Opererades för blindtarmen i fredags, nu feber 39 och allt ondare i magen',
      'sv',
      'urgent-fever',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

// Found on a fresh set of hard notes: histories first, something happening now after them.
describe('a current risk told after a history', () => {
  it.each([
    [
      'Itsemurhayritys 2020, viime käynnillä kiisti itsetuhoisuuden. Soittaa nyt sosiaalityöntekijälle ja kertoo seisovansa rautatiesillalla aikeenaan hypätä seuraavan junan alle.',
      'fi',
      'suicide-intent',
    ],
    [
      'Katkaisuhoidossa 2020 delirium. Nyt kotikäynnillä: lopettanut juomisen kolme päivää sitten, vapisee voimakkaasti, näkee hyönteisiä seinillä eikä tunnista hoitajaa.',
      'fi',
      'sudden-confusion',
    ],
    [
      'Mielenterveystoimisto: psykoosi 2022, lopettanut lääkityksen kuukausi sitten. Tänään kertoo äänten käskevän tappamaan naapurin, ja hänellä on veitsi taskussa.',
      'fi',
      'violence-now',
    ],
    [
      'Perhetyö: synnytyksestä 2 vk. Tänään äiti sanoo, että vauva olisi parempi kuolleena, ja on lukittautunut vauvan kanssa kylpyhuoneeseen.',
      'fi',
      'child-in-danger',
    ],
    // Pre-eclampsia: a bad headache with flashes before the eyes in pregnancy.
    [
      'Neuvola rv 35. Edellisessä raskaudessa pre-eklampsia. Tänään RR 168/112, voimakas päänsärky ja välähdyksiä silmissä.',
      'fi',
      'pregnancy-bleeding',
    ],
    [
      'gravid i vecka 34, svår huvudvärk och flimmer för ögonen sedan i morse',
      'sv',
      'pregnancy-bleeding',
    ],
    // Gone out into the frost, or without a coat: a search starts now.
    [
      'Kotihoito: muistisairaus, eksynyt ennenkin. Tänään asiakas ei ole kotona klo 7 käynnillä, ulkona -18 astetta ja päällystakki naulakossa.',
      'fi',
      'missing-person',
    ],
    ['pappa har gått vilse, han gick ut i tofflor och det är minus 15', 'sv', 'missing-person'],
    ['my dad with dementia wandered off in his slippers an hour ago', 'en', 'missing-person'],
    // Found cold is hypothermia, not a search.
    [
      'mummo lähti yöllä ulos yöpaidassa, löydettiin lumihangesta, kylmä kuin jää',
      'fi',
      'hypothermia',
    ],
    // A note drops its subject: after the course, the act is the client's own.
    ['after the first aid course came home and took all the pills', 'en', 'overdose'],
    ['efter kursen kom hem och tog alla tabletter', 'sv', 'overdose'],
    // Self-care advice taken back by a "but".
    [
      'lapsella kuume 39,5 neljä päivää, annettu kotihoito-ohjeet mutta nyt ei juo mitään ja on veltto',
      'fi',
      'urgent-fever',
    ],
    // ...by an "and now", or by a later sentence that says it is worse now.
    [
      'kuumetta 5 päivää, ohjattu soittamaan 116117 jos pahenee ja nyt se on pahentunut',
      'fi',
      'urgent-fever',
    ],
    [
      'Fever for 5 days. Told to call 116117 if worse. Now much worse and not drinking.',
      'en',
      'urgent-fever',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a history, an exercise or a triage that is not an emergency', () => {
  it.each([
    // "5 min" is minutes, not Swedish "my": the protocol's condition stays a condition.
    [
      'Protocol reviewed with staff: if seizure lasts over 5 min give buccal midazolam and call 112.',
      'en',
    ],
    ['we had a fight last year and he smashed the tv, now separated', 'en'],
    ['Barnen är på dagis, pappan var berusad i går kväll.', 'sv'],
    ['Asiakkaan lompakko kadonnut kaupassa, ulkona -20 astetta.', 'fi'],
    ['Naloksonisumute annettu kotiin varmuuden vuoksi, yliannostus 2019.', 'fi'],
    ['blood sugar 2 hours after meal 7.8, feels sleepy after lunch', 'en'],
    ['Rautalääke aloitettu, uloste mustaa, muuten hyvä vointi.', 'fi'],
    ['Black stools explained by bismuth (Pepto-Bismol) taken for diarrhoea.', 'en'],
    // A triage's safety netting: the fever was judged, and the client knows when to call.
    [
      'Kuumetta 38,1 neljä päivää, flunssaoireet, ei niskajäykkyyttä, juo hyvin. Ohjattu soittamaan 116117 jos vointi huononee.',
      'fi',
    ],
    [
      'Fever 38.2 x4 days, URTI symptoms, no neck stiffness, drinking well. Told to call 116117 if worse or new symptoms.',
      'en',
    ],
    [
      'Kotihoito: asiakkaan kuume laskenut, tänään 37,2. Antibioottikuuri jatkuu 10 pv. Juo hyvin, syönyt puuron.',
      'fi',
    ],
    [
      'Puhelinneuvonta: lapsella kuume 38,4 kaksi päivää, syö ja juo, leikkii. Ei niskajäykkyyttä, ei ihottumaa. Annettu kotihoito-ohjeet, yhteys jos vointi heikkenee.',
      'fi',
    ],
    [
      'Family advised to call 999 if any chest pain, FAST symptoms or sudden confusion. Pt currently asymptomatic, obs within normal limits.',
      'en',
    ],
    ['Ohjattu soittamaan 112 jos rintakipua, puutumista tai äkillistä sekavuutta ilmenee.', 'fi'],
    [
      'Ensikoti: äiti kertoo, että kotona ollessaan hän joskus jätti vauvan hetkeksi yksin käydäkseen tupakalla. Keskusteltu turvallisuudesta. Vauva nyt äidin sylissä, hyvävointinen.',
      'fi',
    ],
    [
      'Kotihoito: naapurin asunnossa oli tulipalo viime yönä ja palokunta evakuoi talon. Asiakas ei loukkaantunut, palasi kotiin aamulla. Savunhajua vielä rappukäytävässä, muuten kunnossa.',
      'fi',
    ],
    [
      'Tilannearvio: kertoo että 2 v sitten oli hukkua järveen humalassa, kaveri veti ylös. Nyt ei juo, käy uimassa vain selvin päin.',
      'fi',
    ],
    [
      'Arbetsplatsträff: genomgång av rutin vid hot och våld, larmknappar testade. Övning med scenario där klient hotar med kniv. Inga incidenter senaste kvartalet.',
      'sv',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // A film's talk is not the writer's act, with or without a subject.
    ['we watched a film and discussed suicide', 'en'],
    ['on the course we learned about overdoses and took notes', 'en'],
    ['på kursen gick vi igenom vad man gör om någon tog alla tabletter', 'sv'],
    // Asked ahead, with a sudden start in the question: still a question.
    [
      'mitä pitää tehdä jos äiti joskus yhtäkkiä alkaa puhua sekavia? haluun olla valmistautunu, nyt hän on ihan kunnossa',
      'fi',
    ],
    // A cold day and someone not home is no search without a sign of going out unclothed.
    ['kadonnut lompakko pakkasella, mistä saan uuden kelakortin', 'fi'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

// Found on two more fresh note sets (12 and 13).
describe('current risks in notes from many services', () => {
  it.each([
    // Set 20: a child writing from a fight at home; nobody opens the door; a pupil afraid to go
    // home; found outside with a low temperature; lips blue after a "without".
    [
      'mamma å pappa e fulla å bråkar å pappa slog sönder bordet. ja e 11 å min lillasyster gråter, kan nån komma',
      'sv',
      'violence-now',
    ],
    [
      'Hemvården: kl har int öppnat vid morgonbesöket, tidningar i brevlådan sedan två dagar, TV:n hörs.',
      'sv',
      'no-contact',
    ],
    [
      'Puhelu koululta: oppilas kertonut isän juovan ja lyövän, pelkää mennä kotiin tänään.',
      'fi',
      'violence-now',
    ],
    [
      'Kotihoito: as. löydetty pihalta, ollut ulkona yön, lämpö 33,8, sekava. Ambulanssi tilattu klo 7.15.',
      'fi',
      'hypothermia',
    ],
    [
      'va kan man göra åt att man e lite andfådd, ja kan int säja en hel mening utan att stanna å läpparna e lite blåa',
      'sv',
      'breathing',
    ],
    ['Rv 35, kova päänsärky ja näkee välkettä', 'fi', 'pregnancy-bleeding'],
    // Daycare as the caller, not as where the children are.
    [
      'Dagiset ringer: pappan var tydligt berusad när han hämtade barnen och körde iväg med bil för fem minuter sedan.',
      'sv',
      'child-in-danger',
    ],
    // Missing in the cold, lightly dressed.
    [
      'Palvelutalo: muistisairas as. kadonnut klo 20 jälkeen, kevyt vaatetus, ulkona räntäsadetta, ei löytynyt pihalta.',
      'fi',
      'missing-person',
    ],
    [
      'Husband phoned: client (dementia) left the house around noon, wearing slippers, -10 C outside, not found in the neighbourhood.',
      'en',
      'missing-person',
    ],
    // Pills saved "just in case" are a plan kept ready, not a precaution.
    [
      'Kertoi keränneensä tabletteja kaappiin "varmuuden vuoksi" ja että tänä iltana kun vaimo lähtee yövuoroon hän saa vihdoin olla rauhassa.',
      'fi',
      'suicide-intent',
    ],
    // A low blood glucose with drowsiness.
    ['B-gluk 2,1, slö, kan inte svälja.', 'sv', 'sudden-confusion'],
    // Black, tarry stool: with faintness 112, alone the same day.
    [
      'Mustaa tervamaista ulostetta aamulla kahdesti, huimaa, p 118. Käyttää Burana 600 x3 selkäkipuun.',
      'fi',
      'gut-bleeding',
    ],
    ['black tarry stools since yesterday, otherwise ok', 'en', 'urgent-gut-bleeding'],
    // A threat to set the home on fire, told in the perfect ("uhannut").
    [
      'Puh. äiti: poika (24 v) lukittautunut huoneeseensa, uhannut sytyttää asunnon tuleen, bensakanisteri haettu.',
      'fi',
      'violence-now',
    ],
    [
      'Client has threatened to burn the house down and is outside with a petrol can.',
      'en',
      'violence-now',
    ],
    // A mother who believes her baby is the devil.
    [
      'Kotikäynti synnytyksen jälkeen: äiti valvonut 4 vrk, uskoo vauvan olevan paholainen. Äiti ja vauva kahdestaan.',
      'fi',
      'child-in-danger',
    ],
    ['BVC hembesök: mamman tror att bebisen är besatt av djävulen.', 'sv', 'child-in-danger'],
    [
      'Vammaispalvelut: avustaja soittaa, asiakas (CP, pyörätuoli) kaatunut tuolista lattialle, päästä vuotaa ja vastaa huonosti. Ohjattu 112, pysytään linjalla.',
      'fi',
      'head-injury',
    ],
    [
      'Lsuojelu: äiti soittaa hätääntyneenä, 2-v löytyi tyhjän metadonipullon vierestä ja on uninen.',
      'fi',
      'child-poisoning',
    ],
    // A smell of gas indoors.
    [
      'Sos.päivystys kotikäynti: rapussa ja asunnossa vahva kaasun haju, mummo ja lapsenlapsi sisällä, mummo sekava ja päänsärkyinen.',
      'fi',
      'fire-smoke',
    ],
    ['I can smell gas in the kitchen and my head hurts', 'en', 'fire-smoke'],
    [
      'Kotisairaalan käynti: puoliso kertoo aikovansa "lopettaa meidän molempien kärsimykset tänä yönä", kotona haulikko.',
      'fi',
      'suicide-intent',
    ],
    // "ei ... vaan": what is said instead is not denied.
    [
      'Terapiatapaamisen lopussa kertoo ettei aio mennä kotiin vaan ajaa autolla rekan alle paluumatkalla, "päätös on tehty".',
      'fi',
      'suicide-intent',
    ],
    [
      'Probation appt: client agitated, said he\'s going to "stab that f***er at the hostel today", knife visible in waistband.',
      'en',
      'violence-now',
    ],
    // "psykiatrisk" holds a "risk" but is no risk assessment.
    [
      'Psykiatrisk sjuksköterska: patienten hör röster som säger åt honom att döda sin mamma, hon är hemma med honom nu.',
      'sv',
      'violence-now',
    ],
    [
      'pelkään että poika tekee itselleen jotain, se ei vastaa puhelimeen',
      'fi',
      'suicidal-thoughts',
    ],
    ['lapsella kuume ja ihottuma joka ei häviä painettaessa lasilla', 'fi', 'meningitis'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      '116117: äiti kysyy lapsen ihottumasta, ei kuumetta, laikut häviävät painettaessa lasilla. Ohjattu neuvolaan maanantaina.',
      'fi',
    ],
    [
      'Lsuojelu: isä kertoo olleensa humalassa viikonloppuna kun lapset olivat äidillä, lapset eivät paikalla.',
      'fi',
    ],
    [
      'Vammaispalvelut: asukas pelästyi ukkosta ja huusi "apua apua" illalla, ohjaaja rauhoitteli, nukahti klo 22 eikä herännyt yöllä.',
      'fi',
    ],
    [
      '116117: kysyy pistävästä rintakivusta joka jatkunut 2 vk ja pahenee kääntyessä, ei hengenahdistusta eikä hikoilua. Ohjattu omalle terveysasemalle arkena.',
      'fi',
    ],
    [
      'Kotihoito: asiakas pelkää että uuni "syttyy palamaan" kun se naksuu, huoltomies tilattu. Ei savua eikä palaneen hajua.',
      'fi',
    ],
    [
      'Brukaren var förvirrad i går kväll, på jouren konstaterades UVI, antibiotika insatt, idag klar och orienterad.',
      'sv',
    ],
    [
      'Home care: confused yesterday evening, GP diagnosed UTI, on antibiotics, today oriented and chatty.',
      'en',
    ],
    [
      '116117: 3yo fever 38.4 since last night, drinking and playing, rash blanches under glass. Home advice and safety netting given.',
      'en',
    ],
    [
      'Youth session on knife crime awareness, young people asked lots about what to do if a friend gets stabbed.',
      'en',
    ],
    [
      'Näytti vanhoja viiltoarpia käsivarsissa, viimeisin viiltely 2020. Nyt ei viiltelyä eikä viiltelyhalua, käyttää DKT-taitoja.',
      'fi',
    ],
    [
      'Hoitaja huomasi asiakkaan sormessa pienen haavan, syntynyt keittiössä leipää leikatessa. Puhdistettu, teipattu.',
      'fi',
    ],
    // A clinician's assessment of passive thoughts, or no intent to act on them.
    [
      'Ajoittain passiivisia kuolemantoiveita ("olis helpompi olla olematta"), pitkäaikaisia, ei suunnitelmia eikä aikeita. Turvasuunnitelma päivitetty, riski arvioitu matalaksi.',
      'fi',
    ],
    [
      'Ibland passiva dödstankar ("vore skönt att slippa vakna"), kroniska sedan flera år, inga planer eller avsikter. Säkerhetsplan uppdaterad, bedömd låg risk.',
      'sv',
    ],
    [
      '94-vuotias rouva toivoo että "pääsis jo pois", väsynyt elämään mutta ei aio tehdä itselleen mitään. Ei masennusoireita.',
      'fi',
    ],
    // A dash ends a clause: the denial after it answers the wish before it.
    [
      'Työterveyspsykologi: uupumus, sairausloma 3 vko. "Haluisin vaan kadota jonnekin mökille" – ei kuolemantoiveita kysyttäessä.',
      'fi',
    ],
    // Words that hold a danger word by accident: "hautausavustus" is no smoke.
    ['Omainen kysyy hautausavustuksesta, asuu kerrostalon rappukäytävän vieressä.', 'fi'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

// The learned signal reads words, not what they are said of: beside an all-clear it must be sure.
describe('a routine visit that says all is well', () => {
  it.each([
    [
      'Lähih. kirjaus: eilen illalla VS 3,2, annettu mehua ja leipää, nousi 6,4:ään. Tänään aamulla VS 7,1, vointi hyvä.',
      'fi',
    ],
    [
      'Kotihoito 18.30: asiakas kertoo, että hälytin meni eilen vahingossa päälle ja vartija kävi. Ei hätää, kaikki kunnossa. Iltalääkkeet annettu.',
      'fi',
    ],
    [
      'Phone call with mum, kids noisy in background, dog barking. Mum calm, reports things going well.',
      'en',
    ],
    ['Screened for suicidal ideation: denies thoughts or plans. Mood improving.', 'en'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it('still flags what follows a "but"', () => {
    expect(
      flag('Ei hätää kuulemma, mutta nyt isä ei herää eikä hengitä kunnolla', 'fi'),
    ).not.toBeNull();
  });
});

// Found on a fresh set of resident messages (set 8).
describe('residents in their own words', () => {
  it.each([
    ['mää en enää jaksa, mää meen nyt järveen', 'fi', 'suicide-intent'],
    [
      'tyttö 15v otti juhlissa jotain nappeja, sydän hakkaa ihan hulluna ja kramppaa',
      'fi',
      'overdose',
    ],
    // "asking for me" takes the "what if somebody" back.
    [
      'what happen if somebody take 30 paracetamol yesterday? asking for me, now stomach hurt',
      'en',
      'overdose',
    ],
    // A baby's age in weeks written as one word.
    ['vauva 3vk ja mittari näyttää 38,4 onks se paljon vai ei', 'fi', 'urgent-fever'],
    // A carbon monoxide alarm that keeps beeping, with everyone's headache.
    [
      'our co alarm keeps beeping and all of us have headache and the kids are super sleepy',
      'en',
      'poisoning',
    ],
    // A last message beside thanks for everything.
    [
      'tack för allt. detta e mitt sista meddelande. säg till syrran att ja älska henne',
      'sv',
      'suicide-intent',
    ],
    // Fine if I did not wake up: a passive wish, not someone who will not wake.
    [
      'honestly id be fine if i just didnt wake up tomorrow. anyway how do i apply for housing allowance',
      'en',
      'suicidal-thoughts',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    [
      'mulla oli joskus itsetuhosia ajatuksia mut nyt oon ollu hyvässä kunnossa jo vuosia, haluisin lopettaa lääkityksen hallitusti',
      'fi',
    ],
    ['oon ihan paniikissa ku huomenna on esitys töissä lol', 'fi'],
    // Paracetamol at a party for a headache, nothing acute: no overdose.
    ['kävin juhlissa ja otin buranaa päänsärkyyn, mistä saan ajan hammaslääkärille', 'fi'],
    // Learning to resuscitate; a chat's last message; a battery that keeps beeping.
    ['järjestättekö ensiapukursseja? haluisin oppii elvyttää', 'fi'],
    ['this is my last message before my exam, wish me luck', 'en'],
    ['tack för allt, jag skickar ett meddelande till kuratorn', 'sv'],
    ['häkävaroitin piippaa koko ajan, miten patterin saa vaihdettua', 'fi'],
    ['olis ok jos en herää ennen kymmentä, voiko ajan siirtää', 'fi'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

// Found on fresh note set 16: the worst words in a history, a plan or a figure of speech.
describe('a temperature below zero, and the worst words where nothing is happening', () => {
  it.each([
    [
      'Muistisairas asukas kadonnut palvelutalosta n. 2 h sitten, ulkona -18 astetta ja jalassa tohvelit. Ilmoitus 112, etsintä käynnissä.',
      'fi',
      'missing-person',
    ],
    [
      'Client with dementia missing from care home for 2 hours, -10C outside, in slippers. Reported to police, search under way.',
      'en',
      'missing-person',
    ],
    [
      'Hemsjukvård: kraftig blödning från bensår, pölen växer, brukaren blek och yr. Tryckförband och ambulans.',
      'sv',
      'severe-bleeding',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });

  it.each([
    // A range of hours is no temperature.
    ['Asiakas ei ole kotona klo 14-16, takki naulakossa, kävi kaupassa.', 'fi'],
    [
      'Asiakas sanoi "tää laskupino on ihan itsemurha", tarkoittaen rahatilannetta. Kysytty suoraan itsetuhoisuudesta, kieltää täysin.',
      'fi',
    ],
    [
      'Lääkkeenjako: Lyrica 75 mg x2, Ketipinor tarv., Movicol. Yliannostuksen välttämiseksi iltalääkkeet annetaan vasta klo 21.',
      'fi',
    ],
    [
      '6.-luokkalainen piirsi talon tulessa. Kuraattorin kanssa todettu kuvan liittyvän luokassa luettavaan kirjaan.',
      'fi',
    ],
    [
      'Asiakas pahoitteli olleensa "ihan sekaisin" viime kerralla; oli ottanut 10.1. vahingossa ylimääräisen unilääkkeen ja ollut päivystyksessä tarkkailussa. Nyt dosetti, ei toistunut.',
      'fi',
    ],
    ['Talousneuvonta: asiakkaan mukaan pikavipit olivat "taloudellinen itsemurha".', 'fi'],
    ['Kurator: eleven höll föredrag om självmord bland unga i Norden.', 'sv'],
    [
      'Klienten ångrade att hon var "helt borta" förra gången; tog en extra sömntablett av misstag och observerades på akuten 3/1. Dosett nu, inget upprepat.',
      'sv',
    ],
    [
      "Fire in the basement storage on 12 Jan, client's flat undamaged. Insurer has reimbursed contents.",
      'en',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });
});

describe('a minus sign after a finding, a denied topic, end-of-life care and locked medicines', () => {
  it.each([
    // A note's "SI −" is its "SI neg"; a "+" or a finding without a sign still counts.
    ['Psych OPD: lithium 0.7, euthymic. SI −, HI −. Last overdose 2016. Continue, r/v 2/12.', 'en'],
    ['Kontrollikäynti. Rintakipu -, hengenahdistus -, RR 130/80.', 'fi'],
    // Talk of death or self-harm denied as a topic, in one list.
    [
      'Mamma ringer ang. 15-årig son som slutat träna. Inga uttalanden om döden eller självskada. Hänvisad till ungdomsstationen.',
      'sv',
    ],
    // The "no" of "no pain on breathing" denies the pain, not the breathing.
    [
      'Fell off the climbing wall on Sunday, bruised back. Moves freely, no pain on breathing.',
      'en',
    ],
    // At the end of life, no longer waking is dying as expected, not a collapse for 112.
    [
      'Kotisaattohoito: as. ei enää herää kunnolla, hoitolinjaus DNR. Omaiset paikalla, kipu hallinnassa.',
      'fi',
    ],
    // A child's head-banging described with a developmental delay, and medicines kept locked away.
    [
      'Flicka 5 år med utvecklingsförsening dunkar huvudet i golvet vid frustration sedan 2 års ålder.',
      'sv',
    ],
    [
      'Wife overdosed on her own medication in 2018; the couple now keep all meds in a locked box.',
      'en',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    ['SI +, has a plan to overdose on her tablets tonight', 'en', 'suicide-intent'],
    ['Kontrollikäynti. Rintakipu nyt, hikoilee, RR 160/95.', 'fi', 'chest-pain'],
    ['Kotikäynti: as. ei herää, hengitys korisee, ei saattohoitopäätöstä.', 'fi', 'unconscious'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe("a record's fields: a field named by the danger and answered no, a heading that is no history", () => {
  it.each([
    // A field filled in with a "no", or as not assessed or not known.
    ['Itsetuhoisuus: ei arvioitu (käynti koski toimeentulotukea).', 'fi'],
    ['Väkivalta: ei tiedossa. Itsetuhoisuus: ei suunnitelmaa.', 'fi'],
    ['Suicidtankar: inte nu, senast förra månaden efter separationen.', 'sv'],
    // An urge named in a safety plan, before its arrow; "halu" is no past participle.
    ['Turvasuunnitelma: viiltelyhalu → soittaa äidille, menee ulos.', 'fi'],
    // Swedish "hoppas" hopes; it does not jump.
    [
      'Vårdtagaren, 91 år, säger att hon hoppas somna in snart. Inga suicidtankar eller planer.',
      'sv',
    ],
    // A plan's "if" with Finnish "ja" (and) in its instruction; a discharge summary's event is over.
    [
      'Suunnitelma: jos kouristus kestää yli 5 min, annetaan Buccolam ja soitetaan 112. Ei kohtauksia koulupäivän aikana.',
      'fi',
    ],
    [
      'Epikriisi: Intoksikaatio T42.4 10.1. itsetuhoisessa tarkoituksessa. Psykiatrin arvio: ei M1-kriteerejä. Kotiutuu.',
      'fi',
    ],
    [
      'Epikris: förgiftning T42.4 10.1 i suicidsyfte. Psykiater: ej grund för vårdintyg. Utskrivs.',
      'sv',
    ],
    // A passive wish assessed with no plan or intent; "not waking up" in it is the wish, no collapse.
    [
      'Passive death wish at times ("wouldn\'t mind not waking up"), no active SI, no plan or intent, no hx attempts. Safety plan reviewed.',
      'en',
    ],
    [
      'SAD PERSONS 2/10. Dödstankar ibland, ingen plan eller avsikt. Plan: kontakt om en vecka.',
      'sv',
    ],
    // A fever of 38.0 at ten months in a well baby is no young infant's fever.
    ['10 month old, T 38.0 since yesterday, feeding well, normal wet nappies, playful.', 'en'],
    // The poison centre's "no action was needed", in the past tense; a pain after a big meal.
    [
      'Ringde Giftinformationscentralen igår – barnet slickade på diskmaskinstablett, ingen åtgärd behövdes, barnet pigg idag.',
      'sv',
    ],
    [
      'Stomach pain after big meal last night, resolved by morning, eating normally, afebrile.',
      'en',
    ],
    // "klo 9.40" is a time, not 40 degrees; vomiting once last night, better today.
    [
      'Kotihoito klo 9.40: huonovointinen eilen illalla, oksentanut kerran. Tänään syönyt puuron, vointi parempi.',
      'fi',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // The field's value is a finding of its own.
    ['Itsetuhoisuus: ei halua elää enää, suunnitelma tälle illalle.', 'fi', 'suicidal-thoughts'],
    ['Kouristelu: ei lopu, jatkunut 10 min.', 'fi', 'seizure'],
    // "Anamnes:" heads what is happening now; the history is the sentence after it.
    [
      'Anamnes: 71-årig man, tryckande bröstsmärta sedan 30 min, kallsvettig, illamående. Tidigare hjärtinfarkt 2017.',
      'sv',
      'chest-pain',
    ],
    ['viiltelin eilen ja olen viillellyt koko viikon', 'fi', 'self-harm'],
    ['Epikriisi luettu. Nyt as. kertoo ottaneensa 30 tablettia tunti sitten.', 'fi', 'overdose'],
    ['i honestly wouldnt mind not waking up tomorrow', 'en', 'suicidal-thoughts'],
    ['6 week old baby, temp 38.1, sleepy', 'en', 'urgent-fever'],
    ['vauva 2kk ja kuumetta 38,2', 'fi', 'urgent-fever'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe("a denial's 'that' clause, a finding not suspected, and the thought denied after a wish", () => {
  it.each([
    // A denial verb's "that" clause is what it denies, and the person denying may be its subject.
    ['Poika kieltää, että isä on lyönyt häntä. Tapaaminen sovittu ensi viikolle.', 'fi'],
    ['Pojken förnekar att pappan slår honom. Nytt möte nästa vecka.', 'sv'],
    // A finding not suspected ("ei epäillä", "misstänks inte") is denied, though its match reaches on.
    ['Yliannostusta ei epäillä, dosetti tarkistettu ja tabletit tallella.', 'fi'],
    // "nekaa" is the ward's word for denying, before a list.
    ['Nekaa kuolemantoiveet ja itsetuhoiset ajatukset. Uni parantunut.', 'fi'],
    // Suddenness in an instruction's "if" says how the feared thing would start.
    ['Ohje hoitajille: jos asukas on yhtäkkiä sekava tai ei herää, soitetaan 112.', 'fi'],
    // A wish and then the thought denied, beside end-of-life care that would also excuse it.
    [
      "Asiakas 90 v toistaa 'kunpa pääsis jo pois täältä'. Keskusteltu: ei itsetuhoisia aikeita, palliatiivinen hoitolinjaus tehty.",
      'fi',
    ],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // The child who denies is no child denied; a "but" ends the denied clause.
    ['Lapsi kieltää, mutta isä lyö häntä nyt keittiössä.', 'fi', 'violence-now'],
    [
      'Kieltää, että olisi ottanut lääkkeitä, mutta nyt kertoo ottaneensa 40 tablettia tunti sitten.',
      'fi',
      'overdose',
    ],
    // A sudden onset told as now, with no instruction around it.
    ['Asukas yhtäkkiä sekava ja puhe puuroutunut, alkoi 20 min sitten.', 'fi', 'stroke'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a question answered no after it, a clock time, a code in parentheses, and care already given', () => {
  it.each([
    // A parenthesised diagnosis code does not part the attempt from its year.
    ['Itsemurhayritys (X64) 2012 avioeron jälkeen. Nyt työssä ja voi hyvin.', 'fi'],
    // A clock time counts no tablets.
    ['Visit 08:20: took morning meds.', 'en'],
    ['Käynti 19:30, otti iltalääkkeet.', 'fi'],
    // A question answered no in the clause after it, or by a lone "no" after its question mark.
    ['Kysyin suoraan itsetuhoisista ajatuksista – vastasi, ettei niitä ole ollut.', 'fi'],
    ['Asked whether he had thought about ending his life – answered no.', 'en'],
    ['Onko ollut ajatuksia satuttaa itseään? – Ei.', 'fi'],
    // The poison centre's "no treatment was needed"; a seizure seen at the emergency clinic and sent home.
    [
      'Myrkytystietokeskukseen soitettu, kun lapsi nieli yhden D-vitamiinitabletin; hoitoa ei tarvittu.',
      'fi',
    ],
    [
      'Krampanfall igår som gick över på en minut, undersökt på jouren och hemskickad. Idag pigg.',
      'sv',
    ],
    // Times of life: military service, an age ("yläasteikäisenä"), early childhood.
    ['Självskadebeteende under värnplikten. Inget sedan dess.', 'sv'],
    ['Yliannostus yläasteikäisenä, ei sen jälkeen.', 'fi'],
    ['Anaphylaxis to a wasp sting in early childhood, documented in records.', 'en'],
    // "ei muutoksia": the level of consciousness is unchanged.
    ['Tajunnan tasossa ei muutoksia, ei kouristuksia.', 'fi'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(flag(text, lang)).toBeNull();
  });

  it.each([
    // Recognising the staff is no lesson in recognising signs.
    [
      'Boende med demens har feber 39,3 sedan förmiddagen, dricker mindre, känner igen personalen.',
      'sv',
      'urgent-fever',
    ],
    // The alarm of a home with a past carbon monoxide poisoning, sounding now, with headaches.
    ['Häkämyrkytys 2019. Nyt varoitin hälyttää ja kaikilla päänsärkyä.', 'fi', 'poisoning'],
    ['Asiakas ei pysty lupaamaan olevansa turvassa tänä iltana.', 'fi', 'suicidal-thoughts'],
    ['Resident with dementia missing since 16:00, minus 8 outside.', 'en', 'missing-person'],
    ['Rv 39, supistukset tiheät ja ponnistamisen tarve, sairaalaan 80 km.', 'fi', 'birth-now'],
    [
      'Opiskelija kertoo joutuneensa seksuaalisen väkivallan kohteeksi kolme tuntia sitten.',
      'fi',
      'sexual-assault',
    ],
    // A question answered yes stays a finding.
    [
      'Onko ollut ajatuksia satuttaa itseään? – Kyllä, tänään viilsi ranteeseen.',
      'fi',
      'self-harm',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

// Known gaps, kept in view: the second look reads these notes as look-alikes and answers with a
// notice instead of the emergency card. Whatever the models say, the note's reader must still see
// 112 first.
describe('a note the second look sets aside still leads with 112', () => {
  it.each([
    // Since the models were retrained on dev sections 1-67: this one phrasing ("Asks
    // repeatedly", unlike "Keeps asking" above).
    [
      'PE lesson, clashed heads with another pupil. Asks repeatedly what happened, vomited once.',
      'en',
      'head-injury',
    ],
    // Since the models were retrained on dev sections 1-95: an instruction heading, then the
    // event. Letting any "now" beside a match overrule the models raised 4 false alarms on dev
    // and 1 on test for none found.
    [
      'Ohje kotihoidolle: jos asiakas ei herää, soita 112. Asiakas ei herää nyt.',
      'fi',
      'unconscious',
    ],
    // Since the models were retrained on dev sections 1-119: an aside in a denial's clause
    // ("Ei ole, vaikka annoimme adrenaliinin, helpottanut"), which the rules read as no denial.
    // Letting only a word of doubt set anaphylaxis aside raised 13 false alarms on dev and 6 on
    // test for none found.
    ['Ei ole, vaikka annoimme adrenaliinin, helpottanut turvotus kurkussa.', 'fi', 'anaphylaxis'],
  ] as const)(
    '"%s" (%s) names the emergency number first, as %s or a notice of it',
    (text, lang, situation) => {
      const { match, safetyNet } = detector.detect(text, lang);
      const first = match ? match.numbers[0] : safetyNet?.numbers[0];
      expect(match?.flag ?? safetyNet?.setAside).toBe(situation);
      expect(first).toBe('emergency');
    },
  );
});

describe('an emergency in clinical words, or known only through an alarm or an empty room', () => {
  it.each([
    [
      'Kotihoito klo 8: uusi oikeanpuoleinen hemipareesi ja afasia, viimeksi nähty terveenä illalla.',
      'fi',
      'stroke',
    ],
    [
      'Vid besöket nytillkommen vänstersidig hemipares och dysartri, senast sedd frisk i går kväll.',
      'sv',
      'stroke',
    ],
    [
      'Morning visit: new left sided hemiparesis and facial droop, last known well at midnight.',
      'en',
      'stroke',
    ],
    [
      'Äitiysneuvola rv 35: kova päänsärky ja epäily pre-eklampsiasta, RR 168/110.',
      'fi',
      'pregnancy-bleeding',
    ],
    [
      'Antenatal check 34 weeks: severe headache and visual flashes, BP 170/112.',
      'en',
      'pregnancy-bleeding',
    ],
    [
      'Turvapuhelinkeskus ilmoitti: asiakkaan palovaroitin piippaa eikä asiakas vastaa.',
      'fi',
      'fire-smoke',
    ],
    [
      'Larmcentralen ringde: brandvarnaren ljuder hos kunden och hon svarar inte.',
      'sv',
      'fire-smoke',
    ],
    [
      'Alarm centre called: the client’s smoke alarm is going off and he does not answer.',
      'en',
      'fire-smoke',
    ],
    [
      'Yöhoitaja: muistisairas asukas ei ole huoneessaan eikä osastolla, talvitakki naulakossa, pakkasta 12 astetta.',
      'fi',
      'missing-person',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});

describe('a note that denies across a span of time, past the person, or with a "no longer" stays quiet', () => {
  it.each([
    // "Has not had, over the weekend, X, Y or Z": the time between the "no" and the list.
    [
      'Äidillä ei ole viikonlopun aikana ollut rintakipua, hengenahdistusta tai pyörtyilyä.',
      'fi',
      null,
    ],
    ['Klienten har inte under helgen haft bröstsmärta, andnöd eller svimningar.', 'sv', null],
    // A finding denied past the person it is said of.
    ['Lapset eivät olleet yksin kotona, mummi oli paikalla.', 'fi', null],
    // "Ei ole enää ollut" with the span it has lasted.
    ['Kertoo että viiltelyä ei ole enää ollut kolmeen vuoteen.', 'fi', null],
    // A "but" ends the denied list: what follows is told as it is.
    [
      'Kysytty itsetuhoisuudesta: ei oo ollu ajatuksia mut eilen viilsin käsivarteen.',
      'fi',
      'self-harm',
    ],
    // A negated verb of breathing is no head of a list: the choking after it stands.
    ["He didn't breathe, choking on a piece of apple.", 'en', 'choking'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flag(text, lang)).toBe(situation);
  });
});
