/**
 * Look-alikes as residents and counsellors write them: the same topics as an
 * emergency with nothing happening now. Each class has its must-not-fire rows
 * and the rows that must still fire, because a false alarm is never fixed by
 * losing an emergency. Phrasings are written for these tests, not taken from
 * the evaluation sets.
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

const flagOf = (text: string, lang: Language) => detector.detect(text, lang).match?.flag ?? null;

const quiet = (rows: readonly (readonly [string, Language])[]) =>
  it.each(rows)('"%s" (%s) -> nothing', (text, lang) => {
    expect(flagOf(text, lang)).toBeNull();
  });

const fires = (rows: readonly (readonly [string, Language, string])[]) =>
  it.each(rows)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(flagOf(text, lang)).toBe(situation);
  });

describe('idioms and hyperbole', () => {
  quiet([
    ['mun sydän on ihan särkyny eron jälkeen, kenelle voi puhua', 'fi'],
    ['sydän särkyi kun koira piti lopettaa', 'fi'],
    ['tää työ tappaa mut, saako työterveydestä ajan', 'fi'],
    ['kuolen tylsyyteen tässä jonossa', 'fi'],
    ['hjärtat gick sönder när vi skildes, finns det samtalsstöd', 'sv'],
    ['jobbet tar livet av mig, kan jag få sjukledigt', 'sv'],
    ['jag dör av skratt åt den här serien', 'sv'],
    ['my heart broke when my dog died, is there someone to talk to', 'en'],
    ['this heat is killing me, where can seniors cool down', 'en'],
    ["I'm dying to know when the swimming hall opens", 'en'],
    ['hukun paperitöihin, auttaako joku hakemusten kanssa', 'fi'],
    ['mulla paloi hermot lapsen kanssa, onko perheneuvontaa', 'fi'],
    ['melkein sain sydärin kun vuokra nousi', 'fi'],
    ['jag drunknar i pappersarbete och behöver hjälp med blanketter', 'sv'],
    ['I nearly had a heart attack when the electricity bill came', 'en'],
    ["I'm suffocating at work, can I talk to occupational health", 'en'],
    ['naapuri saa mut vielä sydänkohtaukseen tolla remontilla', 'fi'],
    ['oon niin ihastunut et sydän hakkaa ja henki salpautuu kun se tulee', 'fi'],
    ['skolan tar livet av mig just nu', 'sv'],
    ['grannen ger mig en hjärtattack med sin musik', 'sv'],
  ]);
  fires([
    ['sydän hakkaa ja rintaa puristaa', 'fi', 'chest-pain'],
    ['jag vill ta livet av mig', 'sv', 'suicidal-thoughts'],
    ['i want to kill myself', 'en', 'suicidal-thoughts'],
    ['lapsi hukkuu, se meni veden alle', 'fi', 'drowning'],
    ['my husband is choking on a piece of meat', 'en', 'choking'],
  ]);
});

describe('past events and histories', () => {
  quiet([
    ['isä sai aivoinfarktin pari vuotta sitten, onko omaishoidon tukea', 'fi'],
    ['St. p. sydäninfarkti 2020. Hakee kuntoutusta.', 'fi'],
    ['jag fick en stroke för tre år sedan och vill ha fysioterapi', 'sv'],
    ['my mum had a stroke years ago and needs help at home', 'en'],
    ['Seizure free for two years, asks about a driving licence.', 'en'],
    ['katsottiin elokuva jossa laiva uppoaa ja joku hukkuu ja nyt poika pelkää uida', 'fi'],
    ['we watched a film where a house is on fire and now my daughter is scared', 'en'],
    ['tytöllä oli kuumekouristus yksivuotiaana, nyt hän on neljä ja terve', 'fi'],
    ['huhtikuussa meillä oli vesivahinko ja tulipalo, nyt haetaan korvauksia', 'fi'],
    ['Min son fick feberkramp när han var två, nu är han frisk.', 'sv'],
    ['Hx of seizures as a toddler, none since. Needs a school form.', 'en'],
    ['luin lehdestä että joku hukkui avantoon, kuinka paksu jään pitää olla', 'fi'],
    ['i serien fick någon en hjärtinfarkt, är det så det ser ut', 'sv'],
    ['in the episode they did CPR for half an hour, is that realistic?', 'en'],
    ['Pojken fick feberkramp som treåring, nu är han sju. Måste skolan veta?', 'sv'],
    ['my daughter nearly choked on a grape in the summer, who checks swallowing?', 'en'],
    ['isä sai sydärin 3 vk sitten, nyt kuntoutus mietityttää', 'fi'],
    // Folded "hände": the event itself was in 2015, not another person who was.
    ['Klienten berättar om självmordstankar som hände 2015.', 'sv'],
    // A thriller, a book club or a podcast is a story, like a film.
    ['läste en thriller där någon förgiftades, hur farligt är arsenik egentligen', 'sv'],
    ['luettiin lukupiirissä kirja jossa joku hukkuu, kuka voisi puhua lapsen kanssa', 'fi'],
  ]);
  fires([
    ['st. p. AVH 2019, tänään aamulla uusi puheen puuroutuminen', 'fi', 'stroke'],
    ['sydänkohtaus 2018 ja nyt taas rintaa puristaa', 'fi', 'chest-pain'],
    ['fick en stroke 2019 och nu hänger munnen igen', 'sv', 'stroke'],
    ['had a stroke in 2020 and now his face is drooping again', 'en', 'stroke'],
    ['poika putosi laiturilta ja nyt se ei nouse pintaan', 'fi', 'drowning'],
    // A school or the army is where a young person is now, not a time in the past.
    ['lukiossa kaikki kiusaa ja haluan kuolla', 'fi', 'suicidal-thoughts'],
    ['yläkoulussa on niin paha olla etten halua elää', 'fi', 'suicidal-thoughts'],
    ['i gymnasiet mobbar alla mig och jag vill dö', 'sv', 'suicidal-thoughts'],
    ['everyone in high school hates me and i want to die', 'en', 'suicidal-thoughts'],
  ]);
});

describe('lingering after-effects of a past event', () => {
  quiet([
    ['käsi on edelleen heikko aivoinfarktin jäljiltä, saako fysioterapiaa', 'fi'],
    ['olen väsynyt vielä kolme kuukautta sydänkohtauksen jälkeen', 'fi'],
    ['munnen hänger fortfarande efter stroken, finns det rehabilitering', 'sv'],
    ['my face still droops since my stroke last spring, can i get therapy', 'en'],
  ]);
  fires([
    ['ampiaisen piston jälkeen kieli turpoaa', 'fi', 'anaphylaxis'],
    ['after the bee sting her tongue is swelling', 'en', 'anaphylaxis'],
  ]);
});

describe('minor, self-treatable things and safety devices', () => {
  quiet([
    ['brände mig på spisen, en liten blåsa bara', 'sv'],
    ['burnt my thumb on the kettle, small blister, cold water enough?', 'en'],
    ['häkävaroitin piippaa, pitääkö patteri vaihtaa', 'fi'],
    ['the smoke detector chirps every night, how do I change the battery', 'en'],
    ['missä on seuraava elvytyskurssi, haluan oppia', 'fi'],
    ['poltin käden, pidin sitä juoksevan veden alla ja nyt vähän punoittaa', 'fi'],
    ['flunssa ja 37,5 lämpöä kolmatta päivää, mitä voi tehdä kotona', 'fi'],
    ['sonen slog i bordet, liten bula men han leker som vanligt', 'sv'],
    ['ribs are tender to touch after the gym, otherwise fine', 'en'],
  ]);
  fires([
    ['the smoke alarm is going off and the kitchen is full of smoke', 'en', 'fire-smoke'],
    ['palovaroitin piippaa ja keittiö on täynnä savua', 'fi', 'fire-smoke'],
    ['jag bränner mig med cigaretter', 'sv', 'self-harm'],
    ['my son got boiling water on his chest, big blisters', 'en', 'burns'],
    ['lapsella 39,5 kuumetta kolmatta päivää ja tosi veltto', 'fi', 'urgent-fever'],
    ['äiti valittaa kovaa rintakipua ja hikoilee', 'fi', 'chest-pain'],
    ['brandvarnaren piper och det luktar rök i hallen', 'sv', 'fire-smoke'],
  ]);
});

describe('urgent look-alikes: a mild fever, a small cut, a healed sprain, a long-standing pain, a tummy bug', () => {
  quiet([
    ['flunssa ja lämpöä 37,8, voiko mennä töihin', 'fi'],
    ['39-vuotias mies hakee kuntoutusta', 'fi'],
    ['lite feber 37,6 och snuva, vill ha intyg', 'sv'],
    ['I am 39 years old and need a doctor for my back', 'en'],
    ['pieni haava sormessa, miten hoidan', 'fi'],
    ['levitin rasvaa punoittavaan kohtaan', 'fi'],
    ['såret läker fint, när tas stygnen bort', 'sv'],
    ['nyrjäytin nilkan kolme viikkoa sitten, nyt se on jo parantunut', 'fi'],
    ['en jaksa kävellä pitkiä matkoja, tarviin rollaattorin', 'fi'],
    ["I sprained my ankle last month, it's fine now but want physio", 'en'],
    ['mulla on ollut selkäkipua vuosia, haluan fysioterapiaan', 'fi'],
    ['lite ont i magen efter maten', 'sv'],
    ['lapsi oksensi kerran mutta juo hyvin ja leikkii', 'fi'],
    ['tummy bug yesterday, drinking fine now', 'en'],
    ["I'm sick of everything, need someone to talk to", 'en'],
    ['jag har panikångest ibland men nu går det bra', 'sv'],
    ['kuulen ääniä naapurista joka yö, voiko valittaa', 'fi'],
    ['got a mosquito bite that swelled up a little bit, itches', 'en'],
    ['hyttysen purema turvonnut ja kutisee', 'fi'],
    ['halsen svider och lite feber 37,9', 'sv'],
    ['sappikiviä todettu, odotan leikkausta', 'fi'],
    ['jag hade urinvägsinfektion förra månaden och vill ha kontroll', 'sv'],
    ['my brother has schizophrenia and is stable on meds, we need housing support', 'en'],
    ['small pimple on my chin, a bit red', 'en'],
    ['lapsi on ollut kuumeeton kaksi päivää ja korva ei enää särje, voiko mennä päiväkotiin', 'fi'],
    ['sonen har varit feberfri i två dagar, får han gå till dagis', 'sv'],
  ]);
  fires([
    ['flunssa ja kuumetta 39,8, en pääse sängystä', 'fi', 'urgent-fever'],
    ['nilkka turposi enkä saa kenkää jalkaan', 'fi', 'urgent-injury'],
    ['kissa puraisi eilen, sormi turvonnut ja punottaa', 'fi', 'urgent-infection'],
    ["been throwing up for 2 days, can't even keep water down", 'en', 'urgent-vomiting'],
    ['vansinnigt ont i ryggen, kan inte sova', 'sv', 'urgent-pain'],
    ['oksensin verta äsken, paljon', 'fi', 'severe-bleeding'],
    ['isän käsi roikkuu ja suu on vinossa', 'fi', 'stroke'],
    ['mammas mun är sned och armen hänger', 'sv', 'stroke'],
    ['my son fell into the pool and is not breathing', 'en', 'drowning'],
    ['lapsi putosi uima-altaaseen eikä hengitä', 'fi', 'drowning'],
    ['my son has a high fever and a stiff neck, he cannot bend it', 'en', 'meningitis'],
    ['the dog bit my hand yesterday and now it is swollen', 'en', 'urgent-infection'],
  ]);
});

describe('worries about the future and preparing for one', () => {
  quiet([
    ['pelkään et saan joku päivä sydänkohtauksen kun isälläkin oli', 'fi'],
    ['miten pitää toimia jos joku saa sydänkohtauksen, haluan olla valmiina', 'fi'],
    ['jag är rädd att jag en dag får en stroke som min mamma', 'sv'],
    ['i worry that someday i will have a heart attack like my dad', 'en'],
    ['what do we do in case of fire in a block of flats', 'en'],
    ['äiti voi saada aivoinfarktin kun verenpaine on koholla, kuka sitä seuraa', 'fi'],
    ['my mum could have a stroke with her blood pressure, who checks it', 'en'],
  ]);
  fires([
    ['toivon et joku päivä en vaan enää herää', 'fi', 'suicidal-thoughts'],
    ['pelottaa, mummo ei herää', 'fi', 'unconscious'],
  ]);
});

describe('paperwork and aftercare after an event, and beside a wish to die', () => {
  quiet([
    // A "while" phrase that also dates the event keeps it a history.
    ['isä sai aivoinfarktin kun oli kuntoutuksessa viime vuonna, nyt haetaan apuvälineitä', 'fi'],
    [
      'my mum fell and broke her hip while in respite care last month, can we apply for home help',
      'en',
    ],
    ['while on sick leave after my heart attack, can i apply for rehabilitation allowance', 'en'],
    ['medan vi ansöker om intyg för skolan, ska vi nämna att han fick en kramp i somras', 'sv'],
    ['isä sai sydänkohtauksen ja nyt haemme kuntoutusta', 'fi'],
    ['isä sai aivoinfarktin ja tarvitsee puheterapiaa', 'fi'],
    ['my dad had a stroke and needs speech therapy', 'en'],
    ['vår lägenhet brann och vi behöver nytt boende', 'sv'],
    ['our flat burned down, we need temporary housing', 'en'],
    ['se ois itsemurha lähtee ajamaan tohon myrskyyn', 'fi'],
    ['it would be suicide to drive in this weather', 'en'],
    ['det vore självmord att köra ut i den här stormen', 'sv'],
  ]);
  // A prescription or a rehabilitation beside a wish to die does not make the wish paperwork.
  fires([
    ['haluan kuolla ja tarvitsen kuntoutusta', 'fi', 'suicidal-thoughts'],
    ['resepti loppu eikä mua enää kiinnosta elää', 'fi', 'suicidal-thoughts'],
    ['i need a new prescription and honestly i want to die', 'en', 'suicidal-thoughts'],
    ['jag behöver ett intyg och jag vill inte leva längre', 'sv', 'suicidal-thoughts'],
    // Long enough for the second look, which has learned the errand as ordinary: it may not set
    // a wish to die or self-harm aside.
    ['jag behöver förnya receptet och ärligt talat vill jag dö', 'sv', 'suicidal-thoughts'],
    [
      'pitäis uusia mielialalääkkeiden resepti ja oikeesti en haluis enää elää',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'i need to renew my prescription for sleeping pills, also i cut myself again last night',
      'en',
      'self-harm',
    ],
    // An errand in a "while" phrase is what the writer was doing when it happened.
    [
      'my son took all his adhd pills at once while i was on the phone about his prescription',
      'en',
      'child-poisoning',
    ],
    [
      'poika otti kaikki adhd-lääkkeensä kerralla kun soitin reseptin uusimisesta',
      'fi',
      'child-poisoning',
    ],
    [
      'min son tog alla sina adhd-tabletter på en gång medan jag ringde om receptet',
      'sv',
      'child-poisoning',
    ],
    [
      "while renewing my prescription my husband's face started drooping and he can't speak properly",
      'en',
      'stroke',
    ],
    // "just swallowed" is now, whatever errand follows.
    [
      'my toddler just swallowed one of my blood pressure pills while i was renewing my prescription online',
      'en',
      'child-poisoning',
    ],
    [
      'min tvååring svalde just en av mina blodtryckstabletter medan jag förnyade receptet',
      'sv',
      'child-poisoning',
    ],
    // Aftercare said before a new event does not hide it.
    ['mummo kotiutui eilen ja nyt hän ei herää', 'fi', 'unconscious'],
    ['mamma skrevs ut igår och nu andas hon inte', 'sv', 'unconscious'],
  ]);
});

describe('notes with denials', () => {
  quiet([
    ['Asiakas kieltää rintakivun, hengenahdistuksen ja itsetuhoiset ajatukset.', 'fi'],
    ['Förnekar bröstsmärta, andnöd eller självmordstankar. Söker bostad.', 'sv'],
    ['Denies chest pain, shortness of breath, or thoughts of self-harm.', 'en'],
    // "no" before "shortness of breath" denies the symptom; it is not "no breath".
    ['No chest pain, no shortness of breath at present.', 'en'],
    ['Afebrile. No shortness of breath on exertion.', 'en'],
    ['Nekar suicidtankar, sover bättre och promenerar.', 'sv'],
  ]);
  fires([
    ['Kieltää hengenahdistuksen mutta rintaa puristaa kovasti.', 'fi', 'chest-pain'],
    ['Denies chest pain. Reports suicidal thoughts.', 'en', 'suicidal-thoughts'],
    ['Förnekar bröstsmärta men har självmordstankar.', 'sv', 'suicidal-thoughts'],
    [
      'Nekar suicidtankar men har sparat tabletter och tänker ta alla ikväll.',
      'sv',
      'suicide-intent',
    ],
    ['isä sai sydärin 3 vk sitten ja nyt taas puristaa rintaa ja hikoilee', 'fi', 'chest-pain'],
  ]);
});

describe('asking for a number while in danger is not learning about it', () => {
  fires([
    [
      'onks teillä numeroa mihin voi soittaa kun tulee ajatuksia et haluis kuolla',
      'fi',
      'suicidal-thoughts',
    ],
    ['mikä on kriisipuhelimen numero, en jaksa enää elää', 'fi', 'suicidal-thoughts'],
    ['is there a number i can call when i feel like killing myself', 'en', 'suicidal-thoughts'],
  ]);
  quiet([
    ['mikä on myrkytystietokeskuksen numero jos lapsi nielee jotain', 'fi'],
    ['what number do i call if someone has a heart attack', 'en'],
  ]);
});

describe('spoken and dialect Finnish for an emergency, beside its everyday look-alike', () => {
  fires([
    ['pappa makkaa sängyn vieressä eikä vastoo', 'fi', 'unconscious'],
    ['vaari yrittää sanoo jotain mut ei saa mitään selvää', 'fi', 'stroke'],
    ['lapselle meni nakki väärään kurkkuun eikä se pysty itkemään', 'fi', 'choking'],
    ['tumppasin tupakan ranteeseen tahallaan', 'fi', 'self-harm'],
    ['kaksvuotias taisi syödä isän unilääkkeitä', 'fi', 'child-poisoning'],
    ['oon vaan taakka kaikille, ois parempi olla mullan alla', 'fi', 'suicidal-thoughts'],
    ['mummo sanoo että olis jo parempi haudassa', 'fi', 'suicidal-thoughts'],
    ['sain uuninpuhdistusainetta kasvoille ja iho kirvelee', 'fi', 'burns'],
    ['sormesta nousee punainen viiru käsivartta pitkin', 'fi', 'urgent-infection'],
    ['isää koskee leukaan ja hartioihin ja se on ihan harmaa', 'fi', 'chest-pain'],
    ['äiti puhuu ihan hölmöjä, tunti sit se oli viel ok', 'fi', 'sudden-confusion'],
    [
      'poika ei oo nukkunu moneen päivään ja puhuu tauotta isoista suunnitelmista',
      'fi',
      'urgent-mental',
    ],
  ]);
  quiet([
    ['en saa mitään selvää tästä lomakkeesta, mitä pitää täyttää', 'fi'],
    ['saako lapsi syödä lääkkeen ruoan kanssa', 'fi'],
    ['kuppi putos kädestä ja meni rikki, korvaako kotivakuutus', 'fi'],
    ['mummo tilasi netistä tuhansilla euroilla tavaraa, miten perun', 'fi'],
    ['sammutin kynttilän ja poltin vähän sormea, pieni rakkula', 'fi'],
    ['meidän kissa Viiru oksentaa', 'fi'],
    ['jalka meni puuduksiin kun istuin pitkään risti istunnassa', 'fi'],
    ['minusta tuntuu että olen taakka perheelle kun tarvitsen apua kotiin', 'fi'],
    ['my foot falls asleep whenever i sit cross legged', 'en'],
  ]);
});

describe('English and Swedish words for the same classes, and their harmless frames', () => {
  fires([
    [
      'my daughter is clawing at his throat... sorry her throat, she had a sweet in her mouth',
      'en',
      'choking',
    ],
    ['baby has bronchiolitis and the skin is pulling in under her ribs', 'en', 'breathing'],
    ['lillen har krupp och det blir indragningar när han andas', 'sv', 'breathing'],
    ['my dad drank weed killer from a juice bottle by mistake', 'en', 'poisoning'],
    ['vi åt skogssvamp till middag och nu kräks alla', 'sv', 'poisoning'],
  ]);
  quiet([
    ['I choked in the final and we lost, feeling low', 'en'],
    ["I've been cutting down on sugar, is there a nutrition group", 'en'],
    ['my anxiety is well under control now, can I stop seeing the nurse', 'en'],
    ['is it safe to use pesticide in the garden when kids play there', 'en'],
  ]);
});

describe('a drunk carer about to drive, a head blow told before its symptoms', () => {
  fires([
    ['mies on ihan kännissä ja aikoo ajaa lapset mummolaan', 'fi', 'child-in-danger'],
    ['pappan är full och ska köra barnen till mormor', 'sv', 'child-in-danger'],
    [
      'isä liukastui ja löi takaraivon jäähän. Nyt se on oksentanut kaksi kertaa',
      'fi',
      'head-injury',
    ],
    [
      'she fell off the bike and landed on her head. Now she keeps throwing up',
      'en',
      'head-injury',
    ],
  ]);
  quiet([
    ['my dad used to drink a lot and drive us to school, now I need therapy', 'en'],
    ['poika sai päähänsä että haluaa ajokortin', 'fi'],
  ]);
});

describe('Savo breath and a plan for today, beside quitting a job today', () => {
  fires([
    ['mie en soa henkee ollenkaa', 'fi', 'breathing'],
    ['äiti puhuu äänille, resepti loppui eikä se ota lääkkeitä', 'fi', 'urgent-mental'],
    ['mä teen itsestäni lopun tänä iltana', 'fi', 'suicide-intent'],
  ]);
  quiet([
    ['lopetan tän työn tänään, mistä saan työttömyysturvaa', 'fi'],
    ['lopetan tämän kurssin nyt ja haen uuteen', 'fi'],
  ]);
});

describe('general questions about a kind of thing, not about an event', () => {
  quiet([
    ['mitkä huonekasvit on myrkyllisiä lapselle, meillä on taapero', 'fi'],
    ['vilka bär e giftiga för småbarn', 'sv'],
    ['which berries are poisonous to toddlers', 'en'],
    ['kuinka kauan 9v voi olla yksin kotona iltapäivällä', 'fi'],
    ['från vilken ålder får barn vara ensamma hemma en kväll', 'sv'],
    ['how long can an 11 year old stay home alone', 'en'],
    ['kuinka korkea kuume on vaarallinen taaperolle', 'fi'],
    ['whats the max dose of ibuprofen so i dont overdose', 'en'],
    ['poltin itteni loppuun töissä, miten saan sairauslomaa', 'fi'],
    ['jag brände ut mig på jobbet förra året, behöver samtalsstöd', 'sv'],
    ['tukehdun näihin papereihin, kuka auttaa hakemuksen kanssa', 'fi'],
    ['mieheni uniapnea on hoidossa ja CPAP käytössä, tarvitsee uuden maskin', 'fi'],
  ]);
  fires([
    ['mitkä kasvit on myrkyllisiä, poika söi juuri lehden joulutähdestä', 'fi', 'child-poisoning'],
    [
      'which plants are poisonous, my 2 year old just ate a leaf off the ficus',
      'en',
      'child-poisoning',
    ],
    ['naapurin 3v on ollut yksin kotona aamusta asti eikä äitiä näy', 'fi', 'child-in-danger'],
    ['tytöllä 40 kuumetta eikä saa leukaa rintaan, niskaan sattuu', 'fi', 'meningitis'],
  ]);
});

describe('a body part beside an infection, an injury or the belly is not the emergency it looks like', () => {
  fires([
    ['silmäluomi on turvonnut umpeen ja punoittaa, ja nyt on kuumetta', 'fi', 'urgent-infection'],
    [
      'severe upper abdominal pain going to the back after a fatty meal, vomited twice',
      'en',
      'urgent-pain',
    ],
    ['3v lapsella kuumetta 40, panadol laskee vähän, juo kuitenkin', 'fi', 'urgent-fever'],
    ['huulet turposi ja kasvot turpoaa pähkinän jälkeen', 'fi', 'anaphylaxis'],
    ['kipu rinnassa säteilee vasempaan käteen', 'fi', 'chest-pain'],
    // A pattern's "not pain" must not make pain words exact: a typo still finds the chest pain.
    ['isällä kova rintakiupa ja hikoilee', 'fi', 'chest-pain'],
  ]);
});

describe('numbered questions, solvents, sciatica and reversed word order', () => {
  fires([
    ['1) miten uusin kela-kortin 2) isä nytkii sohvalla eikä vastaa', 'fi', 'seizure'],
    ['maalasin saunaa tinnerillä ilman maskia ja nyt huimaa ja oksettaa', 'fi', 'poisoning'],
    ['yhtäkkiä vasemmasta silmästä lähti näkö kokonaan', 'fi', 'stroke'],
    ['my wife is expecting, 30 weeks, and there is bleeding and pain', 'en', 'pregnancy-bleeding'],
  ]);
  quiet([['(rv 31) tarvitsee todistuksen Kelaan, 2) kysyy neuvolasta', 'fi']]);
  it('a leg that is numb from sciatica is not a stroke', () => {
    expect(
      flagOf('iskias vaivaa, kipu säteilee jalkaan ja jalka tuntuu puutuneelta', 'fi'),
    ).not.toBe('stroke');
  });
});

describe('a panic attack the person names, a sore hip after a fall, a healed fracture', () => {
  fires([
    ['mulla on paniikkikohtaus, sydän hakkaa ja tuntuu etten saa happee', 'fi', 'urgent-mental'],
    ['har en panikattack, hjärtat rusar och jag får inte luft', 'sv', 'urgent-mental'],
    ['pappa kaatui pihalla ja lonkkaa särkee kovasti', 'fi', 'urgent-injury'],
    ['en saa henkeä ja huulet sinertää, astma', 'fi', 'breathing'],
    ['mun poika on paniikissa eikä saa henkeä, huulet siniset', 'fi', 'breathing'],
  ]);
  quiet([
    ['his wrist fracture has healed, does he still need the brace', 'en'],
    ['isän murtuneen ranteen tukiside hiertää, mistä uusi', 'fi'],
    ['vaari kaatuilee vaikkei oo satuttanu itteään, saisko turvarannekkeen', 'fi'],
  ]);
});

describe('a pain like last time, a cabin stove, belongings given away', () => {
  fires([
    [
      'had a heart attack in 2019, and now the pain is going down my left arm again',
      'en',
      'chest-pain',
    ],
    [
      'everyone in the cottage has headaches and feels sick, the heater has been on all night',
      'en',
      'poisoning',
    ],
    [
      'oon antanu mun tavarat pois, ei tarvii enää kenenkään huolehtia musta',
      'fi',
      'suicide-intent',
    ],
  ]);
  quiet([['sain infarktin 2019, nyt kuntoutus ja kaikki ihan samanlaista kuin ennen sitä', 'fi']]);
});

describe('a screened note, an age long past, an errand that runs out', () => {
  quiet([
    // A screening answered no, however long the answer.
    ['Itsetuhoisuus kysytty: ei ajatuksia eikä suunnitelmia. Uniongelmat jatkuvat.', 'fi'],
    ['Suicidalitet efterfrågad: inga tankar, inga planer. Sover dåligt.', 'sv'],
    ['Suicide risk screened: no thoughts, no plans. Low mood in winter.', 'en'],
    // An age said in the past is the past.
    ['yritin itsemurhaa ku olin 16, nyt 40 ja haluun vihdoin puhua siitä jonkun kanssa', 'fi'],
    ['i tried to kill myself when i was 19, now i am doing well and want therapy for it', 'en'],
    ['försökte ta mitt liv när jag var 17, idag mår jag bra men vill prata om det', 'sv'],
    // Prevention named in one word, a prescription that runs out, a back that is "killing" her.
    ['var hittar jag material om suicidprevention för vår skola', 'sv'],
    ['miten saan reseptin uusittua ennen kuin se loppuu', 'fi'],
    ['ryggen tar livet av mig efter städjobbet, kan jag få fysioterapi', 'sv'],
    // Vaccinations a child lacks are no missing pills.
    ['lapselta puuttuu kaksi rokotusta, miten ne saa kiinni', 'fi'],
  ]);
  fires([
    // A past errand in another clause is not the plan's past.
    [
      'hain viime kuussa asumistukea mut ihan sama, aion ajaa junan alle huomenna',
      'fi',
      'suicide-intent',
    ],
    [
      'i asked about housing benefit last week but it does not matter, i am going to jump off the bridge tomorrow',
      'en',
      'suicide-intent',
    ],
    ['lapsi sai käsiinsä mun unilääkkeet ja purkista puuttuu kolme', 'fi', 'child-poisoning'],
    ['min treåring har lekt med mina tabletter och det saknas några', 'sv', 'child-poisoning'],
  ]);
});

describe('full time, going alone, "don\'t worry", bills that confuse', () => {
  quiet([
    // Swedish "full" is drunk; English "full time" is a carer's week.
    ['i take care of my autistic daughter full time and need a break', 'en'],
    ['my girl 17 wants the pill, can she go alone', 'en'],
    ['voiko 15-vuotias mennä yksin nuorisoasemalle juttelemaan', 'fi'],
    ['im not going to hurt myself dont worry, just lonely since moving here, any groups', 'en'],
    ['my dad now gets confused with money and bills, where to test memory', 'en'],
    ['my son had a fever seizure when he was 1, will it happen again', 'en'],
  ]);
});

describe('a sting on the arm, a burn with no blister, a hospice, a lesson', () => {
  quiet([
    ['mehiläinen pisti käsivarteen ja se on vähän turvonnut ja kutiaa, muuten hyvä olo', 'fi'],
    ['spilled tea on my hand, small red spot, no blister, feels ok', 'en'],
    [
      'pappa är i livets slutskede och andningen har blivit rosslig, personalen säger att det är som väntat',
      'sv',
    ],
    ['koulussa oli teematunti itsemurhista ja lapsi kyseli siitä illalla', 'fi'],
  ]);
  fires([
    // A sting and a swelling throat or lips stays an allergy, whatever the arm does.
    ['ampiainen pisti käteen ja nyt huulet turpoaa', 'fi', 'anaphylaxis'],
    ['stung on the arm and now my throat is swelling', 'en', 'anaphylaxis'],
  ]);
});

describe('a chest that hurts when coughing or pressed, food poisoning, a service that does not answer', () => {
  quiet([
    ['rintaan sattuu ku yskin, on ollu flunssaa viikon', 'fi'],
    ['it hurts in my chest when i press on the ribs, did too many push ups', 'en'],
    ['det gör ont i bröstet när jag hostar, förkyld sen i måndags', 'sv'],
    ['had food poisoning last weekend, am i allowed back at work', 'en'],
    ['reseptit loppuu ja terveyskeskus ei vastaa, kuka uusii', 'fi'],
    ['Hembesök. Ingen tidigare psykiatrisk kontakt, vill ha samtalsstöd.', 'sv'],
    ['kotikäynti, lääkkeet otettu, syönyt hyvin, mieliala tasainen', 'fi'],
  ]);
  fires([
    // Pain at rest, or pain with the heart's signs, is still the heart.
    ['rintaan sattuu ja säteilee vasempaan käteen, kylmä hiki', 'fi', 'chest-pain'],
    ['chest pain at rest and sweating, coughing a bit too', 'en', 'chest-pain'],
    ['he is not waking up and his breathing is slow', 'en', 'unconscious'],
  ]);
});

describe('the tier of an injury, a pain that is not in the chest, a mind in crisis', () => {
  const tier = (text: string, lang: Language) => detector.detect(text, lang).match?.tier ?? null;
  it.each([
    // A fall onto a shoulder that now sits wrong is a dislocation, not a stroke's weak arm.
    ['kaaduin portaissa ja olkapää on väärässä asennossa, käsi ei nouse', 'fi'],
    ['fell off my bike, my shoulder is out of place and i cannot lift the arm', 'en'],
    // "Not in the chest" denies the chest: a gallstone's pain is 116117.
    ['sappikivikohtaus taas, kova kipu oikealla mut kipu ei oo rinnassa', 'fi'],
    ['pain shooting down my leg since i lifted the sofa, cannot stand up', 'en'],
    // Mania and a poisoning delusion are urgent-mental, not an overdose or a poisoning.
    ['Asiak. ei ole nukkunut neljään yöhön, puhe kiihtynyttä, suunnittelee suuria ostoksia.', 'fi'],
    ['my dad thinks the neighbours are poisoning him through the tap, started last week', 'en'],
    // "väärännäkönen" folds to "...konen": no machine, so no amputation; a half-torn nail is none.
    ['kaaduin ja ranne on turvonnu ja väärännäkönen, sormet liikkuu vähän', 'fi'],
    ['klämde tummen i dörren, nageln e halvt av och den ser krossad ut', 'sv'],
  ] as const)('"%s" (%s) -> urgent', (text, lang) => {
    expect(tier(text, lang)).toBe('urgent');
  });
});

describe('a treatment whose name holds a paperwork word, smoking, a swallowed battery in a well child', () => {
  quiet([['poltan liikaa tupakkaa, mistä saa nikotiinikorvaushoitoa', 'fi']]);
  fires([
    // "korvaus" (compensation) is paperwork; "korvaushoito" (opioid substitution) is a treatment.
    ['Korvaushoitoasiakas kaatui odotustilassa, ei herää, hengitys harvaa', 'fi', 'unconscious'],
    // A button battery is an emergency however well the child looks.
    ['3 v nielaisi nappipariston vartti sitten, leikkii normaalisti', 'fi', 'child-poisoning'],
    ['poltan itseäni tupakalla kun ahdistaa', 'fi', 'self-harm'],
  ]);
});

describe('asking what is sure to kill, a stove with the damper shut, a pulsing wound', () => {
  quiet([
    ['how high does a bridge need to be for a bungee jump', 'en'],
    ['kuinka korkealta voi hypätä veteen turvallisesti', 'fi'],
  ]);
  fires([
    // Asked "for a school project" or "seriously", this is a plan: the question is the danger.
    ['kuinka monta pilleriä pitää ottaa ettei jää henkiin, kysyn vaan', 'fi', 'suicide-intent'],
    ['how high does it have to be so you dont survive, asking for real', 'en', 'suicide-intent'],
    ['vi har haft vedspisen igång med spjället stängt och alla har huvudvärk', 'sv', 'poisoning'],
    ['skar mig på en glasbit i handleden och blodet pulserar ut', 'sv', 'severe-bleeding'],
  ]);
});

describe("a vital sign's number, an anniversary, a fall from a changing table, the railway, pills laid out", () => {
  quiet([
    // "HR 58" and "BP 134/76" are readings, not a count of the pills beside them.
    ['Kotikäynti. RR 134/76, syke 58. Aamulääkkeet otettu, vointi tavanomainen.', 'fi'],
    ['Home visit. BP 134/76, HR 58. Evening meds taken, settled.', 'en'],
    // An anniversary of a past attempt is a date to plan for, not an attempt.
    [
      'Itsemurhayrityksen vuosipäivä on ensi viikolla, asiakas on sopinut ystävän kanssa ohjelmaa.',
      'fi',
    ],
    ['Anniversary of her overdose next week, spending the day with her sister.', 'en'],
  ]);
  fires([
    [
      'tänään on itsemurhayrityksen vuosipäivä ja mietin koko ajan että tapan itteni',
      'fi',
      'suicidal-thoughts',
    ],
    ['vauva putosi hoitopöydältä ja nyt oksentaa', 'fi', 'head-injury'],
    ['min bebis ramlade från skötbordet och nu kräks hon', 'sv', 'head-injury'],
    ['lähden tästä ja meen radalle', 'fi', 'suicide-intent'],
    ['after this i will walk onto the tracks', 'en', 'suicide-intent'],
    [
      'hän sanoi ettei ole enää täällä huomenna, lääkkeet on jo esillä pöydällä',
      'fi',
      'suicide-intent',
    ],
    [
      'han kommer inte finnas här imorgon sa han, tabletterna ligger framme',
      'sv',
      'suicide-intent',
    ],
  ]);
});

describe('a call from a party, a command to sacrifice a child, a plan to drive into a truck', () => {
  quiet([
    ['parents sacrifice so much for their kids, where can we get respite care', 'en'],
    ['äiti on joutunut uhraamaan paljon lastensa vuoksi, tarvitsee lomaa', 'fi'],
    ['jag har tänkt köra in till stan i morgon och handla', 'sv'],
  ]);
  fires([
    // "calls" is a verb here, not the phone someone does not answer.
    [
      'girl calls from a house party, her friend is unconscious and we cannot wake him',
      'en',
      'unconscious',
    ],
    ['pt says the voices command her to sacrifice her son tonight', 'en', 'child-in-danger'],
    ['kertoo äänten käskevän uhraamaan tyttärensä', 'fi', 'child-in-danger'],
    ['hon berättar att hon har tänkt köra in i en långtradare i kväll', 'sv', 'suicide-intent'],
  ]);
});

describe('a gun to be brought along, and a gun for hunting', () => {
  quiet([
    ['isä aikoo ottaa aseen mukaan hirvijahtiin, tarvitaanko lapselle kuulosuojaimet', 'fi'],
    ['han ska ta med geväret till skjutbanan på lördag', 'sv'],
    ['my husband will bring his rifle to the shooting range tomorrow', 'en'],
    ['we will bring the water gun to the party', 'en'],
    // "mukaan" is also "according to"; the children are no gun.
    ['poliisin mukaan isällä on ase, ottaa lapset mukaan mökille', 'fi'],
    ['isä ottaa aseen mukaan metsälle viikonloppuna', 'fi'],
    ['han tar med sig vapnet till jakten', 'sv'],
  ]);
  fires([
    // A threat told in a note: a gun brought along to where the child will be.
    [
      'ex-mieheni sanoi että aikoo ottaa mukaan aseen kun hakee lapset illalla',
      'fi',
      'violence-now',
    ],
    [
      'Mamman berättar att pappan sagt att han ska ta med pistolen när han hämtar barnen.',
      'sv',
      'violence-now',
    ],
    ['her ex said he is going to bring his gun when he picks up the kids', 'en', 'violence-now'],
    // The verb and its "along" split around the gun, with no word of intent.
    ['isä sanoi että ottaa pistoolin mukaan kun tulee hakemaan lapset', 'fi', 'violence-now'],
    ['pappa sa att han tar pistolen med sig när han kommer', 'sv', 'violence-now'],
    ['dad said he will take the gun with him when he picks them up', 'en', 'violence-now'],
  ]);
});

describe('someone who answers neither the phone nor the door', () => {
  quiet([
    // A phone alone, for a span, or a visit that found the person well.
    [
      'Asiak. huolissaan aikuisesta pojastaan, joka asuu Tampereella eikä ole vastannut puhelimeen pariin viikkoon.',
      'fi',
    ],
    [
      'Tapaaminen jäi väliin, as. ei vastannut puhelimeen. Viesti jätetty. Ei erityistä huolta.',
      'fi',
    ],
    [
      'Kotihoidon käynti klo 9: as. ei avannut ovea, valot päällä. Soitettu tyttärelle: as. oli tyttärellään yötä, voi hyvin.',
      'fi',
    ],
    [
      'Hemvården: klienten öppnade inte dörren, lamporna lyser. Dottern ringde tillbaka, pappan var hos dottern och mår bra.',
      'sv',
    ],
    [
      'Home care 10:00: client did not open the door, lights on. Daughter rang back, client is in hospital.',
      'en',
    ],
  ]);
  fires([
    [
      'Poika soittaa: isä ei ole vastannut puhelimeen eilisaamusta, posti laatikossa, valot päällä, ovi lukossa. Isä asuu yksin.',
      'fi',
      'no-contact',
    ],
    ['isä asuu yksin eikä oo vastannu puhelimeen eilisestä, ovi lukossa', 'fi', 'no-contact'],
    ['farmor har inte svarat i telefon sedan igår, lamporna lyser', 'sv', 'no-contact'],
    [
      'my elderly mother has not answered her phone since yesterday and does not open the door',
      'en',
      'no-contact',
    ],
    // "Was fine" dated before the silence is how the person was, not how they are.
    [
      'grandpa hasnt answered since yesterday and doesnt open the door, he was fine on sunday',
      'en',
      'no-contact',
    ],
  ]);
});

describe('a hypothetical taken back, thoughts named by what went before', () => {
  quiet([
    ['mitä tapahtuu jos ottaa 20 panadolia kerralla? kysyn ihan hypoteettisesti', 'fi'],
    ['Kysytty itsetuhoisuudesta: ei sellaisia ajatuksia. Lääkkeet jo pöydällä dosetissa.', 'fi'],
    ['aamulääkkeet on jo pöydällä, mummo ottaa ne kahvin kanssa', 'fi'],
  ]);
  fires([
    // The question was about something done: "not hypothetically" after it.
    [
      'mitä tapahtuu jos ottaa 20 panadolia kerralla? no ei hypoteettisesti, otin ne puol tuntia sitten',
      'fi',
      'overdose',
    ],
    [
      'vad händer om man tar 20 alvedon på en gång? inte hypotetiskt alltså, jag tog dem för en halvtimme sen',
      'sv',
      'overdose',
    ],
    [
      'what happens if someone takes 20 paracetamol at once? ok not hypothetically, i took them half an hour ago',
      'en',
      'overdose',
    ],
    // After a film: "the same thoughts" now, with the pills laid out.
    [
      'Katottiin leffa illalla. Samanlaisii ajatuksii just nyt, pillerit on jo pöydällä',
      'fi',
      'suicide-intent',
    ],
    [
      'we watched that film. having the same thoughts right now, the pills are already on the table',
      'en',
      'suicide-intent',
    ],
  ]);
});

describe('a threat to kill in its own words, a goodbye to a carer, voices about a baby, bleeding through dressings', () => {
  quiet([
    ['sisko sano leikillään et tapan sut jos syöt mun karkit tänään', 'fi'],
    ['my brother jokes "ill kill you" whenever I beat him at fifa tonight lol', 'en'],
    ['haava vuoti läpi siteen eilen, nyt kuiva ja siisti', 'fi'],
    ['my toddler is a little devil today, any tips for bedtime', 'en'],
    // A feared swallowing, and the battery found.
    [
      '116117: äiti pelkäsi 3v nielaisseen nappipariston. Puhelun aikana paristo löytyi sohvan alta.',
      'fi',
    ],
    // The poison centre's "not dangerous"; dying of shame.
    [
      'lapsi söi vähän multaa kukkaruukusta, soitin myrkytystietokeskukseen ja ne sano ettei oo vaarallista',
      'fi',
    ],
    ['mä vaan haluun kuolla häpeestä kun unohdin neuvola-ajan, voiks sen varata uudestaan', 'fi'],
  ]);
  fires([
    [
      '14v kertoo, että äidin uusi mies sanoi tulevansa uudelleen tänä yönä, "jos kerrot jollekin niin tapan sut".',
      'fi',
      'violence-now',
    ],
    ['he said tonight "i will kill you" and he is coming back', 'en', 'violence-now'],
    [
      'Lähtiessä as. sanoi hiljaa "tää oli viimeinen kerta kun näät mut". Sängyn alta löytyi laatikollinen kerättyjä Oxycontineja.',
      'fi',
      'suicide-intent',
    ],
    [
      'Äiti ei ole nukkunut kolmeen yöhön, kuulee äänen, jonka mukaan vauva on "paholaisen lapsi" ja pitää puhdistaa kylvyssä.',
      'fi',
      'child-in-danger',
    ],
    [
      'Mamman hör en röst som säger att bebisen är besatt och måste renas.',
      'sv',
      'child-in-danger',
    ],
    [
      'Hemvården: kunden skar sig i handflatan med brödkniven, blödningen går igenom två tryckförband, blek och yr.',
      'sv',
      'severe-bleeding',
    ],
    // A battery found is no answer when the child has symptoms of one swallowed.
    ['3v nielaisi nappipariston, toinen paristo löytyi lattialta', 'fi', 'child-poisoning'],
    ['haluun kuolla, häpeen itteeni niin paljon', 'fi', 'suicidal-thoughts'],
  ]);
});

describe("a medicine's leaflet, and thoughts told as the writer's own now", () => {
  quiet([
    [
      'mun sertraliinin pakkausselosteessa lukee et voi aiheuttaa itsetuhoisia ajatuksia nuorilla, onks tää mulle vaarallinen?',
      'fi',
    ],
    [
      'i bipacksedeln för min nya medicin står det att den kan ge självmordstankar, ja mår bra',
      'sv',
    ],
    ['the leaflet for my new tablets says they can cause suicidal thoughts, is that common?', 'en'],
  ]);
  fires([
    // What the leaflet or a course spoke of, now the writer's, told with a pronoun.
    [
      'pakkausselosteessa lukee et lääke voi aiheuttaa itsetuhoisia ajatuksia ja nyt mulla on niitä',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'kurssilla puhuttiin itsetuhoisista ajatuksista ja nyt mulla on niitä',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'the leaflet says it can cause suicidal thoughts and now i have them',
      'en',
      'suicidal-thoughts',
    ],
    // A leaflet says nothing of a body's signs now, nor do side effects or "what can cause".
    ['side effects started: my face is swelling and my throat is closing', 'en', 'anaphylaxis'],
    ['crushing chest pain for 20 min, what can cause this?', 'en', 'chest-pain'],
    ['the leaflet says it can cause swelling and my throat is closing now', 'en', 'anaphylaxis'],
  ]);
});

describe('someone held and afraid; a baby to be cleansed of the devil', () => {
  quiet([['äiti ei päästä lähtemään ulos leikkimään kun sataa, poika pelkää ukkosta', 'fi']]);
  fires([
    [
      'Klo 22.40 lähetti ohjaajalle viestin: on vanhemman miehen asunnossa, on juotettu, mies ei päästä lähtemään ja hän pelkää.',
      'fi',
      'violence-now',
    ],
    [
      "my friend texted she is at a guy's flat, he won't let her leave and she is scared",
      'en',
      'violence-now',
    ],
    ['hon sms:ade att han låter henne inte gå och hon är livrädd', 'sv', 'violence-now'],
    [
      'Puoliso kertoi, että äiti on tänä aamuna puhunut vauvan olevan "paholaisen lähettämä" ja että se pitää "puhdistaa kylvyssä" tänään.',
      'fi',
      'child-in-danger',
    ],
  ]);
});

describe('an opioid overdose being treated, medicines by name, "the lot", "meen nyt radalle"', () => {
  quiet([
    ['Naloksonikoulutus henkilökunnalle pidetty 3.5., kaikki osallistuneet.', 'fi'],
    ['Client carries naloxone, last overdose 2019, stable on buprenorphine.', 'en'],
    ['As. heräteltävissä hyvin, orientoitunut, söi aamupalan.', 'fi'],
  ]);
  fires([
    [
      'Kävijä löydetty wc:stä, pupillit pienet, hengittää 4 krt/min. Naloksonia annettu 1 annos, herää huonosti ja vaipuu uudelleen.',
      'fi',
      'overdose',
    ],
    [
      'Självmordsförsök 2016, därefter stabil. I dag säger klienten att hon tagit 20 Temesta för en timme sedan.',
      'sv',
      'overdose',
    ],
    [
      'As I left she said, "don\'t bother coming tomorrow, I\'ve taken the lot". Empty blister packs found in the bin.',
      'en',
      'overdose',
    ],
    ['16-v sanoi lähtiessään "mä meen nyt radalle, älkää soittako mulle".', 'fi', 'suicide-intent'],
  ]);
});

describe('hot coffee drunk, and head-banging under a behaviour support plan', () => {
  quiet([
    [
      'Pakkasta -20. As. kävi postilaatikolla ja "jäätyi ihan pystyyn". Sisällä juo kuumaa kahvia, iho lämmin.',
      'fi',
    ],
    [
      'Disability services. Resident bangs her head on the wall when upset, long-standing, behaviour support plan in place.',
      'en',
    ],
  ]);
  fires([
    ['kaatoi kuumaa kahvia kädelle, iho rakkuloilla', 'fi', 'burns'],
    ['my son keeps banging his head on the wall and says he wants to die', 'en', 'self-harm'],
  ]);
});

describe('a wound that spurts; a tablet feared swallowed and found; a lesson about self-harm', () => {
  quiet([
    [
      'Telefonrådgivningen: mamma oroade sig att 3-åringen svalt en tablett, hittade den under soffan, alla räknade. Barnet leker normalt.',
      'sv',
    ],
    [
      'Telephone advice: parent thought child swallowed a button battery; battery found in the toy box, count complete.',
      'en',
    ],
    ['Skolkuratorn höll lektion om självskada och var man söker hjälp för åk 9 B.', 'sv'],
  ]);
  fires([
    [
      'Adult social work: client cut himself in the waiting room toilet, found by staff, wrist wound spurting.',
      'en',
      'severe-bleeding',
    ],
    [
      'mamma oroade sig att 3-åringen svalt en tablett, nu är han slö och kräks',
      'sv',
      'child-poisoning',
    ],
    ['vi hade lektion om självskada och sen gick jag hem och skar mig', 'sv', 'self-harm'],
    // "From the lesson" is where the pupil came from, not a lesson about the fever.
    [
      'Elev hämtad från lektionen med feber 39,5, stel nacke, ljuskänslig, röda prickar på benen som inte bleknar.',
      'sv',
      'meningitis',
    ],
  ]);
});

describe('advice naming a sign, pills counted, a battery changed, a fire next door with everyone unharmed', () => {
  quiet([
    // Under advice, "slurred" names what to look for; it is no past event.
    ['Wife advised: if his speech is slurred or one arm goes weak, ring 112 at once.', 'en'],
    ['Kävimme läpi, milloin soittaa: jos vuoto runsastuu tai kipu on kova, soitetaan 112.', 'fi'],
    [
      'Isä pelkäsi pojan ottaneen lääkkeitä, mutta purkissa 30 tablettia tallella, määrä täsmää.',
      'fi',
    ],
    [
      'Mamma trodde att flickan tagit av tabletterna, men alla tabletter kvar när vi räknade.',
      'sv',
    ],
    ['Turvarannekkeen paristo vaihdettu, asukas syönyt hyvin ja lepää.', 'fi'],
    ['Det brann hos grannen i går kväll. Familjen blev väckt av larmet men alla är oskadda.', 'sv'],
    ['Nuori sanoo, että englannin esitelmä meni ihan itsemurhaksi. Muuten kaikki hyvin.', 'fi'],
    [
      'Says her inbox is on fire since the reorganisation; sleeping poorly, no thoughts of harm.',
      'en',
    ],
  ]);
  fires([
    // The verdict counts only when it says none were taken.
    [
      'Isä löysi pojan vierestä tyhjän purkin, 30 tablettia puuttuu, poika uninen.',
      'fi',
      'overdose',
    ],
  ]);
});

describe('a "suicide mission", a fire under the eaves, a screen all answered no, the news, the army years', () => {
  quiet([
    ['Poika kutsuu matikan koetta itsemurhatehtäväksi, mutta on lukenut ahkerasti.', 'fi'],
    ['Det brinner i knutarna på kontoret inför flytten, säger klienten.', 'sv'],
    ['Suicide risk screen done, all answers no.', 'en'],
    ['Uutisissa kerrottiin hukkumisesta järvellä, asiakas pelkää nyt uimista.', 'fi'],
    ['Poison centre said the berry the toddler ate was harmless; she is playing normally.', 'en'],
    ['Isoisää puukotettiin inttiaikoina, asiakas muistelee sitä.', 'fi'],
    [
      'Paniikkikohtaus alkoi tunti sitten ja meni ohi kymmenessä minuutissa, nyt rauhallinen.',
      'fi',
    ],
  ]);
  fires([
    // Calmed only partly is no all-clear.
    [
      'Paniikkikohtaus jatkuu, rauhoittunut vain osittain, hyperventiloi ja vapisee.',
      'fi',
      'urgent-mental',
    ],
    [
      'Panic attack at the bus stop, has calmed only partly, still shaking and breathing fast.',
      'en',
      'urgent-mental',
    ],
  ]);
});
