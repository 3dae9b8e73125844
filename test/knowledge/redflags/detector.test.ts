/**
 * The red-flag layer as residents and counsellors meet it: what a message says
 * -> the situation, tier and action that must come first, or nothing. Runs on
 * the bundled concepts and situations, because that content is what residents
 * meet. These are smoke examples written for the tests; the measured sets are
 * knowledge/eval/safety/ (npm run eval).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createRedFlagDetector, type RedFlagDetector } from '../../../knowledge/redflags/detector';
import type { KnowledgeBase, Language } from '../../../knowledge/schema';

let detector: RedFlagDetector;
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await loadKnowledgeDir()).kb!;
  detector = createRedFlagDetector(kb.emergency);
});

const detect = (text: string, lang: Language) => detector.detect(text, lang).match;

/** Each message names this situation (null: none), as the resident would see it. */
const flags = (rows: readonly (readonly [string, Language, string | null])[]) =>
  it.each(rows)('"%s" (%s) -> %s', (text, lang, flag) => {
    expect(detect(text, lang)?.flag ?? null).toBe(flag);
  });
/** Each message gets this tier: 112 first, or 116117 today. */
const tiers = (rows: readonly (readonly [string, Language, 'emergency' | 'urgent'])[]) =>
  it.each(rows)('"%s" (%s) -> %s', (text, lang, tier) => {
    expect(detect(text, lang)?.tier).toBe(tier);
  });

describe('emergencies are recognised the way people write them', () => {
  it.each([
    ['vaimon rintaa puristaa ja kylmä hiki', 'fi', 'chest-pain', 'emergency', '112'],
    ['rinta kipu', 'fi', 'chest-pain', 'emergency', '112'],
    ['itsemruha ajatuksia', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['isän suu roikkuu toiselta puolelta', 'fi', 'stroke', 'emergency', '112'],
    ['mummo ei herää', 'fi', 'unconscious', 'emergency', '112'],
    ['en saa henkeä', 'fi', 'breathing', 'emergency', '112'],
    ['vauva on ihan veltto', 'fi', 'infant-limp-blue', 'emergency', '112'],
    ['mä tapan itteni tänään', 'fi', 'suicide-intent', 'emergency', '112'],
    ['en halua enää elää', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    [
      'lapsi joi tiskiainetta... siis astianpesuainetta',
      'fi',
      'child-poisoning',
      'emergency',
      'poison',
    ],
    ['naapurin talosta tulee savua ikkunasta', 'fi', 'fire-smoke', 'emergency', '112'],
    ['pappa putosi jäihin', 'fi', 'drowning', 'emergency', '112'],
    ['nilkka murtui, en pysty astumaan', 'fi', 'urgent-injury', 'urgent', '116117'],
    ['min man har ont i bröstet', 'sv', 'chest-pain', 'emergency', '112'],
    ['hon andas inte', 'sv', 'unconscious', 'emergency', '112'],
    ['jag vill inte leva längre', 'sv', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['my husband has crushing chest pain', 'en', 'chest-pain', 'emergency', '112'],
    ["grandma won't wake up", 'en', 'unconscious', 'emergency', '112'],
    ["i can't breathe", 'en', 'breathing', 'emergency', '112'],
    ['my toddler swallowed a button battery', 'en', 'child-poisoning', 'emergency', 'poison'],
    ['poika ei osaa uida ja on järvessä', 'fi', 'drowning', 'emergency', '112'],
    ['meidän talo on tulessa', 'fi', 'fire-smoke', 'emergency', '112'],
    ['mä oon viiltäny itteeni', 'fi', 'self-harm', 'emergency', 'crisis'],
    ['naapurissa joku hakkaa naista', 'fi', 'violence-now', 'emergency', '112'],
    ['tuntuu että tukehdun', 'fi', 'choking', 'emergency', '112'],
    ['haava on tulehtunut ja märkii', 'fi', 'urgent-infection', 'urgent', '116117'],
    ['hon hittar inte orden och armen domnar', 'sv', 'stroke', 'emergency', '112'],
    ['bebin är helt slak', 'sv', 'infant-limp-blue', 'emergency', '112'],
    ['han har fått nåt i fel strupe och kan inte hosta', 'sv', 'choking', 'emergency', '112'],
    ['she is shaking all body and eyes roll back', 'en', 'seizure', 'emergency', '112'],
    ['my 2 month old is grey and floppy', 'en', 'infant-limp-blue', 'emergency', '112'],
    ['he is fall and not wake', 'en', 'unconscious', 'emergency', '112'],
    ['words are coming out wrong', 'en', 'stroke', 'emergency', '112'],
    [
      'veli kuulee ääniä ja sanoo että naapurit vakoilee sitä',
      'fi',
      'urgent-mental',
      'urgent',
      '116117',
    ],
    [
      'en oo nukkunut viikkoon ja ajatukset laukkaa, pelottaa',
      'fi',
      'urgent-mental',
      'urgent',
      '116117',
    ],
    ['hyperventiloin enkä pysty rauhoittumaan', 'fi', 'urgent-mental', 'urgent', '116117'],
    ['metsä palaa meidän mökin lähellä', 'fi', 'fire-smoke', 'emergency', '112'],
    ['lapset leikki tulitikuilla ja verhot syttyi', 'fi', 'fire-smoke', 'emergency', '112'],
    ['sähkötaulusta tulee kipinöitä ja savua', 'fi', 'fire-smoke', 'emergency', '112'],
    ['tyttö 4v joi äidin viiniä', 'fi', 'child-poisoning', 'emergency', 'poison'],
    ['tyttö söi e-savukkeen nestettä', 'fi', 'child-poisoning', 'emergency', 'poison'],
    ['pikkunen söi sukkulan marjoja', 'fi', 'child-poisoning', 'emergency', 'poison'],
    ['hakkasin päätä seinään kunnes tuli verta', 'fi', 'self-harm', 'emergency', 'crisis'],
    ['en nää mitään syytä elää', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['mua ei kiinnosta elää enää', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['ois parempi jos en heräis huomenna', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['mies kouristaa lattialla', 'fi', 'seizure', 'emergency', '112'],
    ['vaimo sai epikohtauksen eikä herää', 'fi', 'seizure', 'emergency', '112'],
    ['kiehuvaa öljyä kaatui jalalle', 'fi', 'burns', 'emergency', '112'],
    ['sytytysneste leimahti päin naamaa', 'fi', 'burns', 'emergency', '112'],
    ['mehiläinen pisti ja huimaa ja on kalpea', 'fi', 'anaphylaxis', 'emergency', '112'],
    ['allerginen reaktio ja hengitys vinkuu', 'fi', 'anaphylaxis', 'emergency', '112'],
    [
      'otin vahingossa kymmenen panacodia, onks se vaarallista',
      'fi',
      'overdose',
      'emergency',
      '112',
    ],
    ['mummolla jäi lihapala kurkkuun, ei pysty puhumaan', 'fi', 'choking', 'emergency', '112'],
    ['ruoka meni väärään kurkkuun ja nyt se alkaa sinertää', 'fi', 'choking', 'emergency', '112'],
    [
      'sain kiekon päähän ja nyt näkee kahtena ja oksettaa',
      'fi',
      'head-injury',
      'emergency',
      '112',
    ],
    [
      'isä puhuu ihan outoja eilisestä asti, ennen ihan terävä',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['mies ei pysty hymyilemään toisella puolella naamaa', 'fi', 'stroke', 'emergency', '112'],
    ['toinen jalka ei kanna yhtäkkiä ja puhe takkuaa', 'fi', 'stroke', 'emergency', '112'],
    [
      'mieheni on juonut ja ottanut kaikki bentsot mitä sillä oli',
      'fi',
      'overdose',
      'emergency',
      '112',
    ],
    [
      'kämppis on vetänyt opiaatteja ja hengittää tosi harvaan',
      'fi',
      'overdose',
      'emergency',
      '112',
    ],
    ['rappukäytävässä tapellaan ja jollain on veitsi', 'fi', 'violence-now', 'emergency', '112'],
    ['mies potki mua ja lukitsin itteni vessaan', 'fi', 'violence-now', 'emergency', '112'],
    ['ukko meni polvilleen ja pitelee rintaa', 'fi', 'chest-pain', 'emergency', '112'],
    [
      'pappa lähti soutaa eikä oo tullu takas, vene ajelehtii tyhjänä',
      'fi',
      'drowning',
      'emergency',
      '112',
    ],
    ['isältä katkes peukalo sirkkelissä', 'fi', 'amputation', 'emergency', '112'],
    ['istun nyt sillan kaiteella', 'fi', 'suicide-intent', 'emergency', '112'],
    ['lapsi jäi autoon helteellä', 'fi', 'child-in-danger', 'emergency', '112'],
    ['nilkka nyrjähti eikä pysty varaamaan yhtään', 'fi', 'urgent-injury', 'urgent', '116117'],
    ['olkapää meni sijoiltaan', 'fi', 'urgent-injury', 'urgent', '116117'],
    ['vauva 6kk oksentaa kaiken ja vaippa ollu kuiva', 'fi', 'urgent-vomiting', 'urgent', '116117'],
    ['korvaan sattuu niin et en saa nukuttua', 'fi', 'urgent-pain', 'urgent', '116117'],
    ['kuumetta viides päivä', 'fi', 'urgent-fever', 'urgent', '116117'],
    ['farfar fick handen i vedklyven, två fingrar e borta', 'sv', 'amputation', 'emergency', '112'],
    [
      'vi har alla huvudvärk och e yra, gasolkamin i stugan',
      'sv',
      'poisoning',
      'emergency',
      'poison',
    ],
    ['mamma känner plötsligt int igen mig', 'sv', 'sudden-confusion', 'emergency', '112'],
    ['there is a man with a gun', 'en', 'violence-now', 'emergency', '112'],
    ['child eat the pills', 'en', 'child-poisoning', 'emergency', 'poison'],
    ['hon klagade på huvudvärk och sedan svimmade hon', 'sv', 'unconscious', 'emergency', '112'],
    ['after hitting his head he doesnt remember anything', 'en', 'head-injury', 'emergency', '112'],
    ['kastrullen brinner och jag får inte släckt', 'sv', 'fire-smoke', 'emergency', '112'],
    ['carbon monoxide alarm going off', 'en', 'poisoning', 'emergency', 'poison'],
    ['han kan int gå på foten', 'sv', 'urgent-injury', 'urgent', '116117'],
    ['ja har tagit en hel burk tabletter', 'sv', 'overdose', 'emergency', '112'],
    ['han slog mej nyss och jag är rädd', 'sv', 'violence-now', 'emergency', '112'],
    [
      'ja e så trött på allt, vill int finnas mer',
      'sv',
      'suicidal-thoughts',
      'emergency',
      'crisis',
    ],
    ['febern går inte ner fast vi gett alvedon', 'sv', 'urgent-fever', 'urgent', '116117'],
    ['blödningen går inte att stoppa', 'sv', 'severe-bleeding', 'emergency', '112'],
    ['hon blöder jätte mycke efter förlossningen', 'sv', 'severe-bleeding', 'emergency', '112'],
    [
      'min man har ätit många tabletter, nu sover han och svarar dåligt',
      'sv',
      'overdose',
      'emergency',
      '112',
    ],
    ['jag fick frityrolja över handen, stora blåsor', 'sv', 'burns', 'emergency', '112'],
    [
      'been burning my arm with a lighter when it gets too much',
      'en',
      'self-harm',
      'emergency',
      'crisis',
    ],
    ['this is goodbye. i have written the letters', 'en', 'suicide-intent', 'emergency', '112'],
    ["i'd rather be dead", 'en', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['mun tekee mieli viiltää nyt ihan hirveesti', 'fi', 'self-harm', 'emergency', 'crisis'],
    ['mitä järkee tässä on enää elää', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    [
      'vaimo on ollu 3 yötä nukkumatta ja puhuu et naapurit kuuntelee sitä seinien läpi',
      'fi',
      'urgent-mental',
      'urgent',
      '116117',
    ],
    [
      'löysin 1,5v lattialta ja burana purkki oli auki, tabletteja puuttuu',
      'fi',
      'child-poisoning',
      'emergency',
      'poison',
    ],
    ['vaimolla kohtaus menossa jo yli 5 min eikä lopu', 'fi', 'seizure', 'emergency', '112'],
    ['mummon aamutakki syttyi hellalta tuleen', 'fi', 'burns', 'emergency', '112'],
    [
      'sääressä punainen alue joka laajenee ja on kuuma',
      'fi',
      'urgent-infection',
      'urgent',
      '116117',
    ],
    ['kuulen kun naapurissa lasta lyödään ja se huutaa', 'fi', 'violence-now', 'emergency', '112'],
    ['mulla on ollu itsareita ajatuksia', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['toivoisin et olisin kuollut', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['mua ei kukaan kaipais jos kuolisin', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    [
      'mulla on pillerit kerättynä ja teen sen huomenna',
      'fi',
      'suicide-intent',
      'emergency',
      '112',
    ],
    ['seison junaradalla', 'fi', 'suicide-intent', 'emergency', '112'],
    ['joku mies heiluttelee veistä kadulla', 'fi', 'violence-now', 'emergency', '112'],
    ['kuulen naapurista huutoa ja lyöntejä', 'fi', 'violence-now', 'emergency', '112'],
    ['meillä palaa', 'fi', 'fire-smoke', 'emergency', '112'],
    ['vauva veti kuuman kahvikupin päälleen', 'fi', 'burns', 'emergency', '112'],
    ['kaveri näkee hämähäkkejä seinillä joita ei oo', 'fi', 'urgent-mental', 'urgent', '116117'],
    ['lapsi löytyi altaasta', 'fi', 'drowning', 'emergency', '112'],
    [
      'tuntuu et kuolen, sydän hakkaa enkä saa rauhotuttua',
      'fi',
      'urgent-mental',
      'urgent',
      '116117',
    ],
    [
      'Asiakkaalla harhaluuloja, uskoo naapurin myrkyttävän.',
      'fi',
      'urgent-mental',
      'urgent',
      '116117',
    ],
    ['kadulla joku potkii maassa makaavaa', 'fi', 'violence-now', 'emergency', '112'],
    ['exä on tullu ovelle ja uhkaa', 'fi', 'violence-now', 'emergency', '112'],
    [
      'mummo on yhtäkkiä ihan pihalla eikä tiedä mikä päivä on',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['vatsassa on ihan järjetön kipu', 'fi', 'urgent-pain', 'urgent', '116117'],
    ['mies on kännissä ja sillä on veitsi kädessä', 'fi', 'violence-now', 'emergency', '112'],
    ['lukittauduin makkariin, se paiskoo tavaroita', 'fi', 'violence-now', 'emergency', '112'],
    ['han har kniv i handen och skriker', 'sv', 'violence-now', 'emergency', '112'],
    ['my stepdad hit my mom and she is crying', 'en', 'violence-now', 'emergency', '112'],
    [
      'we locked ourselves in, he is screaming at the door',
      'en',
      'violence-now',
      'emergency',
      '112',
    ],
    ['flickan bankar huvudet mot väggen hela kvällen', 'sv', 'self-harm', 'emergency', 'crisis'],
    [
      'naapurin poika on ulkona yöpuvussa eikä kukaan avaa ovea',
      'fi',
      'child-in-danger',
      'emergency',
      '112',
    ],
    [
      'a little girl is outside in the cold and no one answers the door',
      'en',
      'child-in-danger',
      'emergency',
      '112',
    ],
    ['välillä mietin tosi usein kuolemista', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['haluisin vaan kadota eikä kukaan kaipais', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['oon elänyt jo liian kauan', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['ihan sama vaikka en heräis huomenna', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['kaikille ois helpompaa jos mä en eläis', 'fi', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['jag tänker mycket på döden nu för tiden', 'sv', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['ingen skulle sakna mig om jag försvann', 'sv', 'suicidal-thoughts', 'emergency', 'crisis'],
    [
      "honestly I wish I wouldn't wake up tomorrow",
      'en',
      'suicidal-thoughts',
      'emergency',
      'crisis',
    ],
    ['i feel like i have lived long enough', 'en', 'suicidal-thoughts', 'emergency', 'crisis'],
    ['anteeks kaikki, mä en jaksa enää', 'fi', 'suicide-intent', 'emergency', '112'],
    ['istun sillan kaiteella enkä kestä enää', 'fi', 'suicide-intent', 'emergency', '112'],
    [
      'pitäkää huolta kissasta, en ole täällä enää huomenna',
      'fi',
      'suicide-intent',
      'emergency',
      '112',
    ],
    ['mä makaan kiskoilla', 'fi', 'suicide-intent', 'emergency', '112'],
    ['aion ajaa rekan alle tänään', 'fi', 'suicide-intent', 'emergency', '112'],
    [
      'jag sitter på balkongräcket och orkar int längre',
      'sv',
      'suicide-intent',
      'emergency',
      '112',
    ],
    ['förlåt för allt, ta hand om hunden', 'sv', 'suicide-intent', 'emergency', '112'],
    ['han har laddat geväret och pratar om att dö', 'sv', 'suicide-intent', 'emergency', '112'],
    ['sorry for everything, i cant take it anymore', 'en', 'suicide-intent', 'emergency', '112'],
    ["i'm standing on the train tracks", 'en', 'suicide-intent', 'emergency', '112'],
    [
      'look after my dog for me, by tomorrow ill be gone',
      'en',
      'suicide-intent',
      'emergency',
      '112',
    ],
    [
      'ukki on ihan sekava ja näkee ötököitä seinällä',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['mies on diabeetikko, hikinen ja puhuu omiaan', 'fi', 'sudden-confusion', 'emergency', '112'],
    [
      'mormor är plötsligt helt förvirrad och vet inte var hon är',
      'sv',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['dad is diabetic, clammy and making no sense', 'en', 'sudden-confusion', 'emergency', '112'],
    ['naapuri makaa lumihangessa yöpaidassa', 'fi', 'hypothermia', 'emergency', '112'],
    [
      'pojat tuli avannosta likomärkinä ja toinen on ihan sekaisin',
      'fi',
      'hypothermia',
      'emergency',
      '112',
    ],
    ['en man ligger i snödrivan i pyjamas', 'sv', 'hypothermia', 'emergency', '112'],
    [
      'found my neighbour lying in the snow, skin ice cold',
      'en',
      'hypothermia',
      'emergency',
      '112',
    ],
    ['vauva kuumeinen ja aukileen kohta pullottaa', 'fi', 'meningitis', 'emergency', '112'],
    ['kuumetta ja verenpurkaumia jaloissa', 'fi', 'meningitis', 'emergency', '112'],
    ['feber och hon tål inte ljus och nacken är stel', 'sv', 'meningitis', 'emergency', '112'],
    ['fever, cant put his chin to chest', 'en', 'meningitis', 'emergency', '112'],
    ['3v maistoi tiskikoneainetta', 'fi', 'child-poisoning', 'emergency', 'poison'],
    [
      'löysin kuopuksen buranapurkin kanssa, kansi auki',
      'fi',
      'child-poisoning',
      'emergency',
      'poison',
    ],
    ['lillen har smakat på diskmaskinsmedel', 'sv', 'child-poisoning', 'emergency', 'poison'],
    [
      'found my toddler with the pill bottle, lid off',
      'en',
      'child-poisoning',
      'emergency',
      'poison',
    ],
    ['söin ravintolassa ja nyt kurkku kiristää', 'fi', 'anaphylaxis', 'emergency', '112'],
    [
      'jag är allergisk mot sesam och nu kliar det i halsen',
      'sv',
      'anaphylaxis',
      'emergency',
      '112',
    ],
    [
      'ate a cashew and my throat feels tight and voice is hoarse',
      'en',
      'anaphylaxis',
      'emergency',
      '112',
    ],
    ['kaveri sukelsi eikä näy enää', 'fi', 'drowning', 'emergency', '112'],
    ['lapsi oli ammeessa kasvot alaspäin', 'fi', 'drowning', 'emergency', '112'],
    ['han simmade ut och syns inte längre', 'sv', 'drowning', 'emergency', '112'],
    ['my brother went swimming and I cant see him anymore', 'en', 'drowning', 'emergency', '112'],
    ['äidin puhe menee ihan sekaisin yhtäkkiä', 'fi', 'stroke', 'emergency', '112'],
    ['elämäni pahin päänsärky alkoi äsken', 'fi', 'stroke', 'emergency', '112'],
    ['synen försvann plötsligt på ena ögat', 'sv', 'stroke', 'emergency', '112'],
    ['worst headache of her life, came on in seconds', 'en', 'stroke', 'emergency', '112'],
    [
      'vaari kaatui ja löi päänsä, syö verenohennuslääkettä',
      'fi',
      'head-injury',
      'emergency',
      '112',
    ],
    [
      'taapero laittoi legon palan suuhun ja nyt kakoo eikä ääntä tule',
      'fi',
      'choking',
      'emergency',
      '112',
    ],
    ['pojalta lähti peukalo sirkkelissä', 'fi', 'amputation', 'emergency', '112'],
    [
      'As. 84 v, ei todettua muistisairautta. Tänään äkillisesti sekava, ei tunnista omaista.',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    [
      'tyttärellä tummia mustelmamaisia läiskiä ja on tosi tokkurainen',
      'fi',
      'meningitis',
      'emergency',
      '112',
    ],
    [
      'olen allerginen pähkinälle, söin vahingossa ja nyt kurkku on tiukka',
      'fi',
      'anaphylaxis',
      'emergency',
      '112',
    ],
    [
      'han fick kokande vatten och har brännskador över hela ryggen',
      'sv',
      'burns',
      'emergency',
      '112',
    ],
    [
      'mamma ramlade och slog bakhuvudet, nu frågar hon samma sak hela tiden',
      'sv',
      'head-injury',
      'emergency',
      '112',
    ],
    ['han har tagit något och andas väldigt långsamt', 'sv', 'overdose', 'emergency', '112'],
    [
      'alla har huvudvärk och mår illa, vi har en gammal oljepanna',
      'sv',
      'poisoning',
      'emergency',
      'poison',
    ],
    ['häkävaroitin piippaa ja mua huimaa', 'fi', 'poisoning', 'emergency', 'poison'],
    ['pappa har kräkts blod i natt', 'sv', 'severe-bleeding', 'emergency', '112'],
    ['anfallet har hållit på i tio minuter och slutar int', 'sv', 'seizure', 'emergency', '112'],
    ['isän toinen käsi ei totelle ja suupieli roikkuu', 'fi', 'stroke', 'emergency', '112'],
    [
      'pojalla kova kuume ja niska kipeä, ei pysty katsomaan valoon',
      'fi',
      'meningitis',
      'emergency',
      '112',
    ],
    [
      'tyttö löytyi lääkekaapilta ja suussa valkoista',
      'fi',
      'child-poisoning',
      'emergency',
      'poison',
    ],
    [
      'naapurin pappa löytyi aamulla pihalta, oli ollut siellä koko yön',
      'fi',
      'hypothermia',
      'emergency',
      '112',
    ],
    ['KOL-as., saturaatio 79 % omalla mittarilla', 'fi', 'breathing', 'emergency', '112'],
    ['SpO2 84 on room air', 'en', 'breathing', 'emergency', '112'],
    [
      'Tänään päänsärky, oksentanut kahdesti, puhe hidastunut.',
      'fi',
      'head-injury',
      'emergency',
      '112',
    ],
    ['sähköisku ja palovamma kädessä', 'fi', 'burns', 'emergency', '112'],
    ['haava vuotaa läpi pyyhkeen', 'fi', 'severe-bleeding', 'emergency', '112'],
    [
      'han skar sig på en glasruta och handduken är genomblöt av blod',
      'sv',
      'severe-bleeding',
      'emergency',
      '112',
    ],
    ['en saa kunnolla ilmaa', 'fi', 'breathing', 'emergency', '112'],
    [
      'farmor känner int igen nån sen i natt och är helt borta i huvudet',
      'sv',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['mummo on ihan sekasin eikä tiiä kuka mä oon', 'fi', 'sudden-confusion', 'emergency', '112'],
    [
      'please help my mother she is very confuse and not know me today',
      'en',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['lillan har drucki av tvättmedlet', 'sv', 'child-poisoning', 'emergency', 'poison'],
    ['pojken har käkat opp mammas piller', 'sv', 'child-poisoning', 'emergency', 'poison'],
    ['lapsi tippu järveen laiturilta', 'fi', 'drowning', 'emergency', '112'],
    ['my brother go swim and now we not see him', 'en', 'drowning', 'emergency', '112'],
    [
      'kaveri makaa maassa eikä saa siihen mitään kontaktia',
      'fi',
      'unconscious',
      'emergency',
      '112',
    ],
    ['lapsi veti ison annoksen lääkkeitä', 'fi', 'overdose', 'emergency', '112'],
    [
      'mökillä kaikilla huono olo ja kaasugrilli oli sisällä',
      'fi',
      'poisoning',
      'emergency',
      'poison',
    ],
    ['vi har grillat inne och alla mår illa', 'sv', 'poisoning', 'emergency', 'poison'],
    [
      'poika kaatui ja nytkyttää koko kehollaan, silmät kääntyneet ylös',
      'fi',
      'seizure',
      'emergency',
      '112',
    ],
    ['min sambo har ett skruvstäd runt bröstet', 'sv', 'chest-pain', 'emergency', '112'],
    [
      'dad has a bit of steak lodged and is clutching his throat',
      'en',
      'choking',
      'emergency',
      '112',
    ],
    ['my 18 month old swallowed a button battery', 'en', 'child-poisoning', 'emergency', 'poison'],
    [
      'vaimo kaatui, takaraivo kopsahti jäähän ja nenästä valuu kirkasta nestettä',
      'fi',
      'head-injury',
      'emergency',
      '112',
    ],
    [
      'he fell off his bike without a helmet, hit his head and keeps asking the same questions',
      'en',
      'head-injury',
      'emergency',
      '112',
    ],
    ['syövyttävää pesuainetta roiskui silmiin', 'fi', 'burns', 'emergency', '112'],
    ['tuntuu kuin rinnan päällä ois kivi', 'fi', 'chest-pain', 'emergency', '112'],
    ['rinnassa tuntuu ku ois vanne kiristetty', 'fi', 'chest-pain', 'emergency', '112'],
    ['de känns som nån står på bröstet', 'sv', 'chest-pain', 'emergency', '112'],
    ['feels like someone is standing on my chest', 'en', 'chest-pain', 'emergency', '112'],
    ['pressure behind my breastbone', 'en', 'chest-pain', 'emergency', '112'],
    ['henki ei kulje ja huulet sinertää', 'fi', 'breathing', 'emergency', '112'],
    ['mummo hengittää tosi tiheästi ja on harmaa', 'fi', 'breathing', 'emergency', '112'],
    ["he's fighting for breath", 'en', 'breathing', 'emergency', '112'],
    ['ansiktet har sjunkit ihop på ena sidan', 'sv', 'stroke', 'emergency', '112'],
    ['isä sai kohtauksen ja tärisee maassa', 'fi', 'seizure', 'emergency', '112'],
    ['hon fick ett anfall och skakar', 'sv', 'seizure', 'emergency', '112'],
    ['armar å ben sprattlar å han svarar int', 'sv', 'seizure', 'emergency', '112'],
    ['he fall down and shake shake', 'en', 'seizure', 'emergency', '112'],
    ['retkahti ja on ihan veltto', 'fi', 'unconscious', 'emergency', '112'],
    ["she won't come round", 'en', 'unconscious', 'emergency', '112'],
    ['lyöny pään ja nyt torkkuu koko ajan', 'fi', 'head-injury', 'emergency', '112'],
    ['sai pallon päähän ja nyt pupillit on eri kokoiset', 'fi', 'head-injury', 'emergency', '112'],
    ['cyklade omkull och frågar samma sak hela tiden', 'sv', 'head-injury', 'emergency', '112'],
    ['fick en puck i huvudet och är förvirrad', 'sv', 'head-injury', 'emergency', '112'],
    [
      'she banged her head on the ice and has thrown up three times',
      'en',
      'head-injury',
      'emergency',
      '112',
    ],
    [
      'nenästä tullu verta tunnin, kaks pyyhettä täynnä',
      'fi',
      'severe-bleeding',
      'emergency',
      '112',
    ],
    ['haava vuotaa läpi kaikista sidoksista', 'fi', 'severe-bleeding', 'emergency', '112'],
    ['näsblod i en timme, två handdukar genomblöta', 'sv', 'severe-bleeding', 'emergency', '112'],
    [
      'chainsaw caught his leg, his jeans are soaked with blood',
      'en',
      'severe-bleeding',
      'emergency',
      '112',
    ],
    ['kirves osui sääreen ja verta tulee', 'fi', 'severe-bleeding', 'emergency', '112'],
    [
      'isä otti sydänlääkkeet kahteen kertaan ja nyt huimaa ja pulssi hidas',
      'fi',
      'overdose',
      'emergency',
      '112',
    ],
    [
      'farmor har tagit kvällsmedicinen två gånger, waran också',
      'sv',
      'overdose',
      'emergency',
      '112',
    ],
    [
      'she had her heart pills twice by mistake, now pale and dizzy',
      'en',
      'overdose',
      'emergency',
      '112',
    ],
    ['16-vuotias poika söi paljon tabletteja, purkki tyhjä', 'fi', 'overdose', 'emergency', '112'],
    ['min tonåring har ätit massor av tabletter', 'sv', 'overdose', 'emergency', '112'],
    ['toddler had some of the washing pod', 'en', 'child-poisoning', 'emergency', 'poison'],
    ['apua savua', 'fi', 'fire-smoke', 'emergency', '112'],
    ['pistorasiasta tulee palaneen käryä ja kipinöitä', 'fi', 'fire-smoke', 'emergency', '112'],
    ['det osar rök ur elskåpet', 'sv', 'fire-smoke', 'emergency', '112'],
    ['smoke coming from the fuse box', 'en', 'fire-smoke', 'emergency', '112'],
    ['vaimo on viimeisillään ja vuotaa verta', 'fi', 'pregnancy-bleeding', 'emergency', '112'],
    [
      '30 weeks and my bump is rock hard and really painful',
      'en',
      'pregnancy-bleeding',
      'emergency',
      '112',
    ],
    [
      'pappa kyselee koko ajan samaa, alkoi äkkiä tunti sitten',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    [
      'farfar e int riktigt me, han känner int igen oss',
      'sv',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['barnet har fått en legobit i halsen och blir blå', 'sv', 'choking', 'emergency', '112'],
    ['lapsi veti kahvikupin päälleen ja iho on rakkuloilla', 'fi', 'burns', 'emergency', '112'],
    [
      'toddler pulled a hot cup of tea over himself, skin blistering',
      'en',
      'burns',
      'emergency',
      '112',
    ],
    ['lillen drog ner kastrullen över sig och har blåsor', 'sv', 'burns', 'emergency', '112'],
    ['rintaan koskoo ihan hirveesti', 'fi', 'chest-pain', 'emergency', '112'],
    ['rintakehä kivistää ja hengästyttää', 'fi', 'chest-pain', 'emergency', '112'],
    ['he keeps rubbing his chest and is pale and clammy', 'en', 'chest-pain', 'emergency', '112'],
    ['happi ei tuu ja huulet sinertää', 'fi', 'breathing', 'emergency', '112'],
    ['isä puuskuttaa eikä pysty puhumaan', 'fi', 'breathing', 'emergency', '112'],
    ['han får knappt luft', 'sv', 'breathing', 'emergency', '112'],
    ["he is wheezing and can't talk", 'en', 'breathing', 'emergency', '112'],
    ['puhe on ihan mössöä', 'fi', 'stroke', 'emergency', '112'],
    ['kaveri kaatu ja alko vetää kramppia', 'fi', 'seizure', 'emergency', '112'],
    ['veli vetää epiä', 'fi', 'seizure', 'emergency', '112'],
    ['äijä otti kaikki sen unilääkkeet', 'fi', 'overdose', 'emergency', '112'],
    ['ottanut puol purkkia panadolia', 'fi', 'overdose', 'emergency', '112'],
    ['mies piikitti jotain ja on ihan sininen', 'fi', 'overdose', 'emergency', '112'],
    ['kaveri sukelsi eikä noussut pintaan', 'fi', 'drowning', 'emergency', '112'],
    ['pojken försvann under ytan', 'sv', 'drowning', 'emergency', '112'],
    ['vauva ei hengitä', 'fi', 'unconscious', 'emergency', '112'],
    [
      'isä joi pullosta jotain luullen viinaksi, taisi olla lasinpesunestettä, nyt oksentaa',
      'fi',
      'poisoning',
      'emergency',
      'poison',
    ],
    [
      'han drack ur en flaska i garaget, tror det var kylarvätska, nu är han yr och spyr',
      'sv',
      'poisoning',
      'emergency',
      'poison',
    ],
    ['verta tulee ku saavista', 'fi', 'severe-bleeding', 'emergency', '112'],
    ['de blöder som bara den', 'sv', 'severe-bleeding', 'emergency', '112'],
    ["he's bleeding like crazy from his leg", 'en', 'severe-bleeding', 'emergency', '112'],
    ['se ei saa siitä mitään kontaktia', 'fi', 'unconscious', 'emergency', '112'],
    [
      'my son fall from bicycle, head hit, he not remember',
      'en',
      'head-injury',
      'emergency',
      '112',
    ],
    ['his mouth go down one side and arm no power', 'en', 'stroke', 'emergency', '112'],
    ['my child shake all body and eyes go up', 'en', 'seizure', 'emergency', '112'],
    ['hot water fall on my baby', 'en', 'burns', 'emergency', '112'],
    ['skier crashed into a tree and is confused', 'en', 'head-injury', 'emergency', '112'],
    ['han ha ramla ner från stegen å slagi huvudet', 'sv', 'head-injury', 'emergency', '112'],
    ['han ha bränt sej på kokande vatten', 'sv', 'burns', 'emergency', '112'],
    ['putosi rakennustelineiltä', 'fi', 'head-injury', 'emergency', '112'],
    ['laskettelija törmäsi puuhun ja on sekaisin', 'fi', 'head-injury', 'emergency', '112'],
    [
      'lapsella korkee kuume eikä se pysty taivuttamaan päätä eteenpäin',
      'fi',
      'meningitis',
      'emergency',
      '112',
    ],
    ["fever and can't touch his chin to his chest", 'en', 'meningitis', 'emergency', '112'],
    ['hon är nerkyld och pratar osammanhängande', 'sv', 'hypothermia', 'emergency', '112'],
    [
      "she's allergic to bees, got stung, her face is puffing up",
      'en',
      'anaphylaxis',
      'emergency',
      '112',
    ],
    [
      'mummo puhuu ihan puuta heinää tänään, eilen oli ihan ok',
      'fi',
      'sudden-confusion',
      'emergency',
      '112',
    ],
    ['grandad suddenly has no idea where he is', 'en', 'sudden-confusion', 'emergency', '112'],
    [
      'the heater smells of burning plastic and is sparking',
      'en',
      'fire-smoke',
      'emergency',
      '112',
    ],
    ['pistorasiasta nousee savua', 'fi', 'fire-smoke', 'emergency', '112'],
    ['isä ei hengitä, aloitin elvytyksen', 'fi', 'chest-pain', 'emergency', '112'],
    [
      'kiehuvaa vettä kaatui koko rintakehälle, ei vielä rakkuloita mutta iso alue',
      'fi',
      'burns',
      'emergency',
      '112',
    ],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation, tier, action) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation, tier, action });
  });
});

describe('urgent situations are recognised in everyday words', () => {
  it.each([
    ['mulla on kuumetta 39,6 enkä jaksa nousta sängystä', 'fi', 'urgent-fever'],
    ['miehellä korkee kuume ja sekava olo', 'fi', 'urgent-fever'],
    ['vaimo tuli eilen matkalta Keniasta ja nyt kuumetta', 'fi', 'urgent-fever'],
    ['vauva 5 viikkoa ja mittari näyttää 38,4', 'fi', 'urgent-fever'],
    ['jag har 39,5 i feber och kommer int ur sängen', 'sv', 'urgent-fever'],
    ['bebisen är 6 veckor och termometern visar 38,2', 'sv', 'urgent-fever'],
    ['temp is 39.7 and i cant get out of bed', 'en', 'urgent-fever'],
    // A cut while washing up or on a tin can is an accident to stitch, not self-harm.
    ['skar mig i handen när jag diskade, djupt sår som gapar', 'sv', 'urgent-injury'],
    ['cut my palm on a tin can, deep and gaping, need stitches?', 'en', 'urgent-injury'],
    ['fever for five days and my side hurts when I take a deep breath', 'en', 'urgent-fever'],
    ['haavasta lähtee punanen juova kohti kainaloa', 'fi', 'urgent-infection'],
    ['punoitus on levinnyt haavan ympäriltä koko nilkkaan', 'fi', 'urgent-infection'],
    ['säären haava haisee pahalle ja reunat mustuu', 'fi', 'urgent-infection'],
    ['katten bet mig i handen och nu är den svullen och röd', 'sv', 'urgent-infection'],
    ['trycksåret luktar illa och rodnaden har spridit sig', 'sv', 'urgent-infection'],
    ["my dad's diabetic foot ulcer smells bad and is turning black", 'en', 'urgent-infection'],
    ['the cut on my finger has a red line going up my arm', 'en', 'urgent-infection'],
    ['haava on syvä ja aukeaa, pitäiskö tikata', 'fi', 'urgent-injury'],
    ['pudotin levytangon jalalle enkä pysty kävelee', 'fi', 'urgent-injury'],
    ['polvi lukkiutui futiksessa, ei suoristu', 'fi', 'urgent-injury'],
    ['hon ramlade och kan int stöda på benet', 'sv', 'urgent-injury'],
    ['axeln hoppade ur led', 'sv', 'urgent-injury'],
    ['he fell off his bike and cant put any weight on his ankle', 'en', 'urgent-injury'],
    ['deep gash on my thumb that wont stay closed', 'en', 'urgent-injury'],
    ['tytön korvaan sattuu eikä burana auta, huutaa koko yön', 'fi', 'urgent-pain'],
    ['vatsa niin kipee et oon ihan kippurassa', 'fi', 'urgent-pain'],
    ['jag har så ont i magen att jag ligger dubbelvikt', 'sv', 'urgent-pain'],
    ['tandvärken är olidlig och alvedon hjälper inte', 'sv', 'urgent-pain'],
    ['worst stomach pain of my life, doubled over', 'en', 'urgent-pain'],
    ['excruciating pain in my lower right belly', 'en', 'urgent-pain'],
    ['vatsatauti ja en pysty pitämään vettäkään sisällä', 'fi', 'urgent-vomiting'],
    ['lapsi oksentaa yhä kaiken, huulet kuivat', 'fi', 'urgent-vomiting'],
    ['ripulia neljättä päivää ja pissa tummaa', 'fi', 'urgent-vomiting'],
    ['mamma har diarré och e så svag att hon int orkar stå', 'sv', 'urgent-vomiting'],
    ['han kräks allt han dricker, även vatten', 'sv', 'urgent-vomiting'],
    ['my toddler has diarrhea and vomiting and no tears when crying', 'en', 'urgent-vomiting'],
    ['pregnant and vomiting everything, even water', 'en', 'urgent-vomiting'],
    ['veli kuulee taas ääniä, lopetti lääkkeet viikko sitten', 'fi', 'urgent-mental'],
    ['äiti on ollu viikon ylikierroksilla eikä nuku ollenkaan', 'fi', 'urgent-mental'],
    ['min syster har int sovit på tre nätter och pratar oavbrutet', 'sv', 'urgent-mental'],
    ['han hör röster igen, slutade med medicinen förra veckan', 'sv', 'urgent-mental'],
    [
      "my brother hasn't slept for days, thinks the government is watching him",
      'en',
      'urgent-mental',
    ],
    ["she's talking nonstop, spending money like crazy, no sleep in days", 'en', 'urgent-mental'],
    ['sain solunsalpaajat viime viikolla, nyt 38,6 lämpöä', 'fi', 'urgent-fever'],
    ['had chemo on monday and now my temperature is 38.4', 'en', 'urgent-fever'],
    ['äidillä virtsa haisee ja on sameaa, ja nyt kuumetta 38,3', 'fi', 'urgent-infection'],
    ['grandma has cloudy smelly urine and a fever of 38.5', 'en', 'urgent-infection'],
    ['ont under revbenen på höger sida, värre än någonsin', 'sv', 'urgent-pain'],
    ['terrible earache, she cant sleep at all', 'en', 'urgent-pain'],
    ['akut ångest, kan inte vara ensam i kväll', 'sv', 'urgent-mental'],
    ['pappa spyr och får int i sig vatten', 'sv', 'urgent-vomiting'],
    ['she keeps throwing up and her mouth is very dry', 'en', 'urgent-vomiting'],
    ['he fell off the trampoline and his arm is bent at a weird angle', 'en', 'urgent-injury'],
    ['kaaduin portaissa ja nilkka on ihan vinossa', 'fi', 'urgent-injury'],
    ['slipped at the edge of the pool and my wrist looks deformed', 'en', 'urgent-injury'],
    ['min dotter har 39,8 och febernedsättande hjälper inte', 'sv', 'urgent-fever'],
    ['lapsi on oksentanu koko päivän eikä juo mitään', 'fi', 'urgent-vomiting'],
    ['mies luulee että naapurit myrkyttää sen ruuan', 'fi', 'urgent-mental'],
    ['my daughter she have very high fever since two day', 'en', 'urgent-fever'],
    ['han e jättevarm och febern stiger hela tiden', 'sv', 'urgent-fever'],
    ['mulla on ihan älytön kuume ja horkka', 'fi', 'urgent-fever'],
    ['cut my leg on metal, it is deep, need sew?', 'en', 'urgent-injury'],
    ['plötslig kraftig smärta i pungen', 'sv', 'urgent-pain'],
    ['my back hurts so much I cant move at all', 'en', 'urgent-pain'],
    ['vauva oksentaa kaaressa jokaisen syötön jälkeen', 'fi', 'urgent-vomiting'],
    ['barnet kräks och har inte haft blöt blöja på hela dagen', 'sv', 'urgent-vomiting'],
    ['my baby vomit many times and not drink milk', 'en', 'urgent-vomiting'],
    ['she cant stop vomiting since morning and is very weak', 'en', 'urgent-vomiting'],
    ['Client presents as psychotic, hearing voices, denies SI.', 'en', 'urgent-mental'],
    ['kämppis puhuu että sen päähän on asennettu siru ja se ei oo nukkunu', 'fi', 'urgent-mental'],
    ['mä nään juttuja joita muut ei nää ja pelottaa', 'fi', 'urgent-mental'],
    [
      'poika on ollu sekavana kaks päivää ja väittää et se on valittu pelastamaan maailma',
      'fi',
      'urgent-mental',
    ],
    ['I think I am having a psychotic episode', 'en', 'urgent-mental'],
    ['she believes she is god and has been awake three nights', 'en', 'urgent-mental'],
    ['kainalossa on iso paise joka on kuuma ja kipeä ja kuumetta', 'fi', 'urgent-infection'],
    ['han har en böld som blivit större och han har feber', 'sv', 'urgent-infection'],
    ['äiti on sekava ja sillä on virtsatulehdus', 'fi', 'urgent-infection'],
    [
      'my son hit his hand on the wall and now the finger is blue and he cant move it',
      'en',
      'urgent-injury',
    ],
    ["the fever went down but now it's back at 40.2 and she is very weak", 'en', 'urgent-fever'],
    ['febern gick ner men nu har han 40,1 igen', 'sv', 'urgent-fever'],
    ['kuuden viikon vauvalla 38,2 peppumittarilla', 'fi', 'urgent-fever'],
    ['min bebis är fem veckor och har 38,3 i rumpan', 'sv', 'urgent-fever'],
    ['on chemo and my temperature is 38.4 tonight', 'en', 'urgent-fever'],
    ['katetri on ja kuumetta 38,8 ja vilunväreitä', 'fi', 'urgent-infection'],
    ['haava punottaa ja ny punotus leviää koko ajan', 'fi', 'urgent-infection'],
    ['mahassa sattuu oikealla alhaalla ja kävely sattuu', 'fi', 'urgent-pain'],
    ['sharp pain lower right side of my tummy since this morning', 'en', 'urgent-pain'],
    ['ramlade med cykeln och handleden, den ser sned ut', 'sv', 'urgent-injury'],
    ['vauva kuumeinen, kolme viikkoa vanha', 'fi', 'urgent-fever'],
    ['jag har haft feber i en vecka', 'sv', 'urgent-fever'],
    ['i have had fever for one week', 'en', 'urgent-fever'],
    ['såret är rött och svullet och det sprider sig', 'sv', 'urgent-infection'],
    ['pee burning and fever and pain in my back', 'en', 'urgent-infection'],
  ] as const)('"%s" (%s) -> %s, today', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation, tier: 'urgent', action: '116117' });
  });
});

describe('an injured arm that will not lift is a fracture to see today, not a stroke', () => {
  // A lump, a swelling or a bend beside the arm tells of an injury; the stroke's own signs do not
  // depend on them, so a crooked smile or a drooping face beside a weak arm is still 112. A fall
  // from a height (stairs, a ladder, a roof) stays 112 whatever the arm looks like.
  it.each([
    ['kaaduin pyörällä, olkapään kohdalla iso kyhmy eikä käsi nouse', 'fi'],
    ['mummo liukastui pihalla, ranne on turvoksissa eikä hän pysty nostamaan kättä', 'fi'],
    ['pojken ramlade på skolgården, armen är svullen och han kan inte lyfta den', 'sv'],
    ['slipped on the ice, my wrist is swollen and I cant lift my arm', 'en'],
  ] as const)('"%s" (%s) -> urgent-injury', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'urgent-injury', action: '116117' });
  });

  it.each([
    ['vaimo ei pysty nostamaan vasenta kättä ja suu on vinossa', 'fi'],
    ['han kan inte lyfta högra armen och ler snett', 'sv'],
    ['my dad cant lift his right arm and his smile is crooked', 'en'],
    ['kaatui keittiössä ja nyt vasen käsi on voimaton ja puhe sammaltaa', 'fi'],
  ] as const)('"%s" (%s) stays a stroke: 112', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'stroke', action: '112' });
  });

  it.each([
    ['putosin tikkailta, ranne on turvoksissa eikä käsi nouse', 'fi'],
    ['Fell off a ladder and landed on my wrist, it is swollen and bent. Didnt hit my head', 'en'],
    ['sambon ramlade av stegen o kan int stå på foten, ankeln är svullen', 'sv'],
  ] as const)('"%s" (%s): a fall from a height that hurt a limb is seen today', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'urgent-injury', action: '116117' });
  });

  it.each([
    ['putosin tikkailta ja löin pään, nyt oksettaa', 'fi'],
    ['isä putosi katolta eikä herää', 'fi'],
    ['he fell off the roof', 'en'],
    ['han föll från stegen och är förvirrad', 'sv'],
  ] as const)(
    '"%s" (%s): a fall from a height with no limb injury named stays 112',
    (text, lang) => {
      expect(detect(text, lang)).toMatchObject({ action: '112' });
    },
  );

  it.each([
    ['mummo kaatui keittiössä eikä saa vasenta kättä nostettua', 'fi'],
    ['mamma ramlade och kan inte lyfta vänster arm', 'sv'],
  ] as const)(
    '"%s" (%s): a painless arm that will not lift after a fall may be the stroke that felled them',
    (text, lang) => {
      expect(detect(text, lang)).toMatchObject({ flag: 'stroke', action: '112' });
    },
  );

  it.each([
    ['grandpa slipped on the ice, his shoulder is really sore and he cant lift his arm', 'en'],
    ['dottern föll från studsmattan o armen gör jätteont, hon kan inte lyfta den', 'sv'],
  ] as const)(
    '"%s" (%s): an arm that hurts and will not lift after a fall is an injury',
    (text, lang) => {
      expect(detect(text, lang)).toMatchObject({ flag: 'urgent-injury', action: '116117' });
    },
  );
});

describe('phrasings only the learned signal may read as danger', () => {
  // No concept fires on these; whether the learned signal does depends on its training: across
  // dev sections 5-21, each left out in turn, it flagged one of the first two in 16 of 34 trainings at
  // its threshold 0.6. Raising the threshold to 0.65 would have dropped 6 of 3,123 false alarms
  // and lost 5 of 4,120 emergencies, so the threshold stays and these rows test the concepts.
  it.each([
    ['mun ei pitäis olla täällä töissä tänään', 'fi'],
    ['the roof is leaking and the landlord is not answering', 'en'],
    // Fever beside a neck the person blames on sitting: the learned signal, which has seen
    // meningitis told in many ways, reads it as 112 since dev section 23 (0.72 against 0.6).
    ['flunssa, kuumetta ja niska jumissa koneella istumisesta', 'fi'],
  ] as const)('"%s" (%s): no situation matches', (text, lang) => {
    const match = detect(text, lang);
    expect(match === null || match.learned === true).toBe(true);
  });
});

describe('mental health, violence and children in words no list had yet', () => {
  it.each([
    ['oon niin väsyny elämään etten jaksa enää', 'fi', 'suicidal-thoughts', 'crisis'],
    ['elämänhalu on kadonnut kokonaan', 'fi', 'suicidal-thoughts', 'crisis'],
    ['kaikki pärjäis paremmin ilman mua', 'fi', 'suicidal-thoughts', 'crisis'],
    ['alla klarar sig bättre utan mig', 'sv', 'suicidal-thoughts', 'crisis'],
    ['det vore bättre om jag var död', 'sv', 'suicidal-thoughts', 'crisis'],
    ['honestly everyone would be happier without me', 'en', 'suicidal-thoughts', 'crisis'],
    ["i'm so tired of being alive", 'en', 'suicidal-thoughts', 'crisis'],
    ['köysi roikkuu jo autotallissa, tää oli tässä', 'fi', 'suicide-intent', '112'],
    ['annoin koiran pois ja kirjoitin kirjeen', 'fi', 'suicide-intent', '112'],
    ['hyvästi kaikki, lähden nyt junasillalle', 'fi', 'suicide-intent', '112'],
    ['repet hänger redan på vinden', 'sv', 'suicide-intent', '112'],
    ['jag kör ut i sjön, orkar int mer', 'sv', 'suicide-intent', '112'],
    ['i gave away my cat and wrote a letter', 'en', 'suicide-intent', '112'],
    ['sitting in the closed garage with the engine running', 'en', 'suicide-intent', '112'],
    ['exä on pihalla puukko käessä', 'fi', 'violence-now', '112'],
    ['jag har bestämt mig, bössan är laddad och det får bli i natt', 'sv', 'suicide-intent', '112'],
    ['farfar kan int få fram orden plötsligt, bara ljud', 'sv', 'stroke', '112'],
    ['gave away my cat, i wont be around for christmas anyway', 'en', 'suicide-intent', '112'],
    // A note gives the temperature, not the word "fever"; and a battery swallowed is enough.
    ['Pt 22F, T 39.4, neck stiff, light hurts her eyes', 'en', 'meningitis', '112'],
    [
      'han svalde ett knappcellsbatteri för en halvtimme sedan, mår bra än så länge',
      'sv',
      'child-poisoning',
      'poison',
    ],
    [
      'resident 90M abruptly disoriented since lunch, does not know where he is',
      'en',
      'sudden-confusion',
      '112',
    ],
    // "korvasta" (from the ear) once read, with a typo forgiven, as "korvausta", paperwork.
    ['pappa kaatui portaissa ja löi päänsä, korvasta tulee verta', 'fi', 'head-injury', '112'],
    // "Without a helmet" denies the helmet, not the blow; a big red patch is no small burn.
    [
      'he rode without a helmet and hit his head on the asphalt, now he is vomiting and drowsy',
      'en',
      'head-injury',
      '112',
    ],
    [
      'my toddler pulled the kettle down, hot water all over her arm, big red patch and blisters coming up',
      'en',
      'burns',
      '112',
    ],
    // A video call is how a counsellor hears it, not a film.
    [
      'on a video call the client says her partner is outside kicking the door and shouting',
      'en',
      'violence-now',
      '112',
    ],
    [
      'toivon et voisin vaan astua bussin eteen niin tää loppuis',
      'fi',
      'suicidal-thoughts',
      'crisis',
    ],
    [
      'jag önskar ibland att jag skulle somna och aldrig vakna mer',
      'sv',
      'suicidal-thoughts',
      'crisis',
    ],
    [
      'some days i think about stepping in front of a car on the way to work',
      'en',
      'suicidal-thoughts',
      'crisis',
    ],
    // "Last night" is as recent in Finnish as in Swedish and English.
    ['viilsin itseäni viime yönä ja tänään taas, en saa lopetettua', 'fi', 'self-harm', 'crisis'],
    // The plainest words of all for an attack in progress, beside their idioms below.
    ['apua se tappaa mut', 'fi', 'violence-now', '112'],
    ['mies yrittää tappaa mut', 'fi', 'violence-now', '112'],
    ['hjälp han dödar mig', 'sv', 'violence-now', '112'],
    ['help he is killing me', 'en', 'violence-now', '112'],
    ['my boyfriend is trying to kill me', 'en', 'violence-now', '112'],
    ['mies heiluttelee kirvestä ja huutaa', 'fi', 'violence-now', '112'],
    ['min ex står i trapphuset med en kniv', 'sv', 'violence-now', '112'],
    ['he grabbed me by the throat and he is still in the flat', 'en', 'violence-now', '112'],
    ['pikkulapset on kotona kahdestaan koko yön', 'fi', 'child-in-danger', '112'],
    ['two toddlers home alone since this morning', 'en', 'child-in-danger', '112'],
    ['hän lyö itseään nyrkillä päähän kun ahdistaa', 'fi', 'self-harm', 'crisis'],
    ['tuoreita viiltoja käsivarsissa', 'fi', 'self-harm', 'crisis'],
    ['she has fresh cuts on her arms', 'en', 'self-harm', 'crisis'],
    ['toivon et jäisin junan alle', 'fi', 'suicidal-thoughts', 'crisis'],
    ['mun ei pitäis olla täällä enää', 'fi', 'suicidal-thoughts', 'crisis'],
    ['jag pallar inte leva längre', 'sv', 'suicidal-thoughts', 'crisis'],
    ['sometimes i think about driving into a tree', 'en', 'suicidal-thoughts', 'crisis'],
    ['miehellä on veitsi ja se sanoo että tappaa mut', 'fi', 'violence-now', '112'],
    ['oon piilossa vaatekaapissa, mies etsii mua', 'fi', 'violence-now', '112'],
    ['mies ei päästä mua ulos asunnosta ja lyö', 'fi', 'violence-now', '112'],
    ['han släpper inte ut mig och slår mig', 'sv', 'violence-now', '112'],
    ['min pojkvän tog mig om halsen', 'sv', 'violence-now', '112'],
    ["i'm hiding in the closet, he's looking for me", 'en', 'violence-now', '112'],
    ['naapurin lapsi on ulkona pakkasessa ilman vaatteita', 'fi', 'child-in-danger', '112'],
    ['jag förlorade jobbet och vill inte leva längre', 'sv', 'suicidal-thoughts', 'crisis'],
    ['tää työ on ihan kamalaa ja en halua enää elää', 'fi', 'suicidal-thoughts', 'crisis'],
    ["i'm not joking, i want to die", 'en', 'suicidal-thoughts', 'crisis'],
    ['tää ei oo mikään vitsi, mä haluun kuolla', 'fi', 'suicidal-thoughts', 'crisis'],
    ['jag skämtar inte, jag vill inte leva', 'sv', 'suicidal-thoughts', 'crisis'],
    ['voi vitsi ku en jaksa enää elää', 'fi', 'suicidal-thoughts', 'crisis'],
    ['mää haluan kuola', 'fi', 'suicidal-thoughts', 'crisis'],
    ['he vore bäst om jag dog', 'sv', 'suicidal-thoughts', 'crisis'],
    ['i relapsed on sh last night', 'en', 'self-harm', 'crisis'],
    ['hon rispar sina handleder', 'sv', 'self-harm', 'crisis'],
    ['mies tulla kotiin humalassa ja lyödä minä', 'fi', 'violence-now', '112'],
    ['se heittää tavaroita mua päin ja huutaa', 'fi', 'violence-now', '112'],
    ['man in the street with a gun', 'en', 'violence-now', '112'],
    ['pappan är påverkad och ska köra bil med barnen', 'sv', 'child-in-danger', '112'],
    ['vauva jäi autoon ja on tosi kuuma', 'fi', 'child-in-danger', '112'],
    ['bebisen är kvar i bilen i solen', 'sv', 'child-in-danger', '112'],
    ['toddler alone in the car in the parking lot', 'en', 'child-in-danger', '112'],
    ['jag sitter i garaget med motorn igång', 'sv', 'suicide-intent', '112'],
    [
      'ystävä otti unilääkkeitä viinan kanssa ja sanoo haluavansa nukkua ikuisesti',
      'fi',
      'suicide-intent',
      '112',
    ],
    ['veli raivoaa ja on lyöny mua, oon lukkiutunu makkariin', 'fi', 'violence-now', '112'],
    [
      "i'm not going to hurt myself tonight but i really want to die",
      'en',
      'suicidal-thoughts',
      'crisis',
    ],
    [
      'pieni lapsi istuu avoimella ikkunalla neljännessä kerroksessa',
      'fi',
      'child-in-danger',
      '112',
    ],
    ['bebisen har gråtit i timmar och ingen öppnar dörren', 'sv', 'child-in-danger', '112'],
    ['small child sitting in an open window on the 5th floor', 'en', 'child-in-danger', '112'],
    ['jag har skadat mig igen', 'sv', 'self-harm', 'crisis'],
    ['he punches walls until his hands bleed', 'en', 'self-harm', 'crisis'],
    ['he e int lönt att leva', 'sv', 'suicidal-thoughts', 'crisis'],
    ['ingen sku märk om ja försvann', 'sv', 'suicidal-thoughts', 'crisis'],
    ['i think better i am dead', 'en', 'suicidal-thoughts', 'crisis'],
    ['ukko hakkaa akkaa', 'fi', 'violence-now', '112'],
    ['mies lyöp minnuu', 'fi', 'violence-now', '112'],
    ['ois kiva ku ei tarvis herätä enää', 'fi', 'suicidal-thoughts', 'crisis'],
    ['mun elämä on ohi, en jaksa', 'fi', 'suicidal-thoughts', 'crisis'],
    ['pillerit valmiina, se päivä on tänään', 'fi', 'suicide-intent', '112'],
    ['repet är klart, ikväll är det dags', 'sv', 'suicide-intent', '112'],
    ["the pills are laid out in front of me, tonight's the night", 'en', 'suicide-intent', '112'],
    // A young person's plan to take all her pills is 112 first, not the poison line.
    ['poika sanoo et aikoo ottaa kaikki pillerit', 'fi', 'suicide-intent', '112'],
    ['tyttö 15v uhkaa ottaa kaikki pillerit', 'fi', 'suicide-intent', '112'],
    ['hän sanoi ottavansa kaikki lääkkeensä', 'fi', 'suicide-intent', '112'],
    ['min son hotar att ta alla sina tabletter', 'sv', 'suicide-intent', '112'],
    ['my daughter (14) is threatening to take all her pills', 'en', 'suicide-intent', '112'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation, action) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation, tier: 'emergency', action });
  });

  it('a phone in the next sentence does not excuse a goodbye: 112', () => {
    const text =
      'kaveri laittoi viestin et kiittää kaikesta eikä oo enää huomenna. se ei vastaa ku soitan';
    // Named by the concepts, so the card says "call 112 now", not the learned signal's "if".
    const match = detect(text, 'fi');
    expect(match).toMatchObject({ action: '112' });
    expect(match?.learned).toBeUndefined();
  });

  it.each([
    ['ääni päässä käskee mua tekemään juttuja', 'fi'],
    ['sydän hakkaa ja paniikki ei mene ohi', 'fi'],
    ['rösterna är tillbaka och jag är rädd', 'sv'],
    ['hjärtat slår hårt och ångesten släpper inte', 'sv'],
    ['the voices came back and i cannot sleep', 'en'],
    ['she thinks the neighbours are listening through the walls and has not slept', 'en'],
    ['having a panic attack for an hour, heart racing, i need help today', 'en'],
    ['sydän hakkaa ja tärisen, tuun hulluks, en aio satuttaa itteeni mut tarviin apua', 'fi'],
  ] as const)('"%s" (%s) is urgent mental distress, not violence', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'urgent-mental', action: '116117' });
  });

  it.each([
    ['äiti tappaa mut jos mä myöhästyn taas', 'fi'],
    ['sydän hakkaa kun jännittää esiintymistä', 'fi'],
    ['lapset leikkii keskenään pihalla', 'fi'],
    ['barnens väskor är packade för lägret', 'sv'],
    ['my heart is pounding before the exam', 'en'],
    ['my ex is a chef and collects knives', 'en'],
    ['mikä on paras tapa teroittaa veitsi', 'fi'],
    ['poika on tosi vihainen kun piilotin veitset', 'fi'],
    ['ajatus kuolemasta pelottaa mua tosi paljon', 'fi'],
    ['lapset on ulkona pakkasessa ilman hanskoja', 'fi'],
    ['jag pallar inte med skolan just nu', 'sv'],
    ['i feel like dying my hair pink', 'en'],
    ['i want all of it to be over by friday, the move is stressful', 'en'],
    ['jobbet tar livet av mig', 'sv'],
    ['isoäiti on saattohoidossa ja toivoo saavansa kuolla kotona', 'fi'],
    ['mamma är i livets slutskede och vill få dö hemma', 'sv'],
    ['Client on the ward, therapy ongoing. Denies current self-harm or suicidal ideation.', 'en'],
    ['ahdistaa ennen tenttiä tosi pahasti, miten rauhoittua', 'fi'],
    ['voisitko heittää mua kotiin illalla', 'fi'],
    ['minä lyön vetoa että huomenna sataa', 'fi'],
    ['vauvalla valuu kuola koko ajan, haluan tietää onko normaalia', 'fi'],
    ['my son plays with a toy gun', 'en'],
    ['lapsi oksentaa aina autossa, auttaako jokin', 'fi'],
    ["i'm exhausted, sitting in the car waiting for my kid", 'en'],
    ['lapset leikkii ulkona helteellä, kuinka paljon juotavaa', 'fi'],
    ['poika potkaisi palloa ja se on vielä siinä puussa', 'fi'],
    ['teini raivoaa joka ilta kun pitää mennä nukkumaan', 'fi'],
    ['vauva on itkenyt tuntikausia, onko koliikki', 'fi'],
    ['ukko lyöp vetoa että huomenna sataa', 'fi'],
    ['i had a fever a week ago, now fine, need a sick note', 'en'],
    ['lääkkeet on valmiina dosetissa, tänään on se päivä kun hoitaja käy', 'fi'],
  ] as const)('"%s" (%s) stays quiet', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe('the past, prevention, paperwork and denials are not emergencies', () => {
  it.each([
    // A denial reaches over a list: "no thoughts of A or B", "A tai B ei ole".
    ['Mood better. No thoughts of self-harm or suicide. Next visit in two weeks.', 'en'],
    ['Kuolemantoiveita tai itsetuhoisia ajatuksia ei ole, ohjattu sururyhmään.', 'fi'],
    ['Suicidriskbedömning: låg. Skyddande faktorer: barnen.', 'sv'],
    ['Had a fever on Monday, afebrile since Wednesday, some cough left.', 'en'],
    ['I drink too much on weekends and want to cut down, where do I start', 'en'],
    ['COPD, home oxygen, sats 90 % which is his usual. No increase in breathlessness.', 'en'],
    ['laskut rästissä ja häätö uhkaa, mitä mä teen', 'fi'],
    ['kynsi irtos kun löin varpaan kynnykseen, tarviiks lääkäriä', 'fi'],
    ['min chef är eld och lågor över projektet och vi andra är slut', 'sv'],
    ['sain sydänkohtauksen viime vuonna, missä kuntoutus', 'fi'],
    ['äiti tappaa mut ku näkee todistuksen', 'fi'],
    ['my mom is going to kill me when she sees my grades lol', 'en'],
    ['Lapsi 2v, nuha viikon, ei hengitysvaikeuksia, syö hyvin.', 'fi'],
    ['my son has a cold, breathing fine, eating ok, when can he go back to daycare?', 'en'],
    ['adrenaliinikynän reseptin uusiminen', 'fi'],
    ['Itsetuhoisia ajatuksia ei ole.', 'fi'],
    ['As. kieltää rintakivun.', 'fi'],
    ['Sydäninfarkti 2022, nyt hakee kuntoutusta.', 'fi'],
    ['rintaruokinta sattuu', 'fi'],
    ['Inga självmordstankar.', 'sv'],
    ['As. 15 v, viiltelyä yläkouluaikana, nyt yli vuoden ilman.', 'fi'],
    ['lapset leikkii ulkona pakkasessa, kauanko saa olla?', 'fi'],
    ['en ole huomenna täällä, voiko ajan siirtää?', 'fi'],
    ['kuka voi hoitaa kissaa kun olen sairaalassa', 'fi'],
    ['isä on katolla luomassa lunta', 'fi'],
    ['jag är inte här i morgon, kan vi flytta tiden?', 'sv'],
    ["I won't be here tomorrow, can we move the appointment?", 'en'],
    ["who can take care of my cat while I'm in hospital", 'en'],
    ['hyvästi ja kiitos avusta', 'fi'],
    ['Pt denies chest pain and suicidal thoughts.', 'en'],
    ['I had a stroke in 2021 and need physiotherapy', 'en'],
    ['this job is killing me lol', 'en'],
    ['lapsi ei osaa uida, mistä uimakoulu', 'fi'],
    ['miten toimia jos joku hukkuu', 'fi'],
    ['Förnekar andningssvårigheter och bröstsmärta.', 'sv'],
    ['denies chest pain or shortness of breath', 'en'],
    ["I can't breathe, this joke is too funny lol", 'en'],
    ['armen domnar när jag sover på den', 'sv'],
    ['kuulen ääniä yläkerrasta joka yö, kenelle voi valittaa', 'fi'],
    ['kynttilät palaa ikkunalla joulun kunniaksi', 'fi'],
    ['viilsin sormeen vihanneksia pilkkoessa', 'fi'],
    ['pohjelihas kramppaa öisin', 'fi'],
    ['vatsa kramppaa kuukautisten aikana', 'fi'],
    ['lapsella oli kuumekouristus viime vuonna, mitä jos uusiutuu', 'fi'],
    ['ampiaisallergia, tarvitsen uuden adrenaliinikynän reseptin', 'fi'],
    ['kuolen nälkään, missä on lähin kauppa', 'fi'],
    ['poltin vähän sormen uunipeltiin, pieni rakko vaan', 'fi'],
    ['onko panadol vaarallista raskausaikana', 'fi'],
    ['lapsi yökkii aina kun syö parsakaalia', 'fi'],
    ['ruoka meni väärään kurkkuun mutta yski sen pois, kaikki ok', 'fi'],
    ['aivotärähdyksen jälkeen väsyttää vieläkin, milloin voi palata töihin', 'fi'],
    ['käsi puutuu öisin kun nukun sen päällä', 'fi'],
    ['otin kaksi buranaa päänsärkyyn', 'fi'],
    ['naapurit riitelee äänekkäästi joka viikonloppu', 'fi'],
    ['tikit poistetaan milloin', 'fi'],
    ['lapsi oksensi kerran mutta nyt on pirteä', 'fi'],
    ['seurantakäynti pitäis varata, kohtauksia ei oo ollu', 'fi'],
    ['Client denies chest pain, shortness of breath or suicidal ideation.', 'en'],
    ['Förnekar bröstsmärta, andnöd och självmordstankar.', 'sv'],
    ['min dotter skar sig i fingret när hon skalade potatis', 'sv'],
    ['jobbet tar livet av mig', 'sv'],
    ['tentan tar livet av mig', 'sv'],
    ['jag brinner för mitt jobb', 'sv'],
    ['how to use a fire blanket', 'en'],
    ['känns som att jag har något i halsen när jag sväljer', 'sv'],
    ['heavy periods, bleeding too much every month', 'en'],
    ['jag har ett skärsår som läker bra', 'sv'],
    ['trött efter min stroke', 'sv'],
    ['feber 38 sedan igår, annars pigg, vill bara veta hur mycket alvedon', 'sv'],
    ['Chefen ger mig en hjärtattack med alla sina mejl', 'sv'],
    ['Min dotter fick en feberkramp när hon var ett år, nu är hon fyra och frisk.', 'sv'],
    ['brandvarnaren piper hela tiden, hur byter man batteri', 'sv'],
    ['watched a movie about a guy drowning and now i cant stop thinking about it', 'en'],
    ['olin niin nolona että halusin vajota maan alle', 'fi'],
    ['mökillä poltettiin juhannuskokko ja savu oli mustaa', 'fi'],
    ['missä järjestetään elvytyskurssi perheille', 'fi'],
    ['flunssa, 37,8 lämpöä toista päivää', 'fi'],
    ['harjoittelin nyrkkeilyssä lyöntejä', 'fi'],
    ['palaan kotiin huomenna', 'fi'],
    ['joulun valot palaa meillä koko yön', 'fi'],
    ['poikani sai kuumekouristuksen kaksivuotiaana, nyt hän on terve', 'fi'],
    ['tammikuussa asunnossamme oli tulipalo, miten haetaan apua vuokravakuuteen', 'fi'],
    ['pomo saa mut vielä sydänkohtaukseen noilla palavereilla', 'fi'],
    ['kaveri hukkui työhönsä ja unohti mun synttärit', 'fi'],
    ['pieni palovamma, pidin kylmän veden alla', 'fi'],
    ['rintakehää arastaa painaessa salitreenin jälkeen', 'fi'],
    ['luin uutisen että joku putosi jäihin', 'fi'],
    ['omainen huolissaan lääkesekaannuksista, tänään tarkistettu ja kaikki kunnossa', 'fi'],
    ['koulukuraattori suositteli ryhmää', 'fi'],
    ['tää byrokratia on ihan itsemurhaa, pitää täyttää kolme lomaketta', 'fi'],
    ['it would be suicide to drive in this snow', 'en'],
    ['Keittiöpalo 03/23, asunto korjattu. Hakee tukea muuttoon.', 'fi'],
    ['Pt admitted 2020 psych. ward for suicidal ideation. Stable since.', 'en'],
    ['sain sydänkohtauksen vuos sitte, nyt haluisin kuntoutusta', 'fi'],
    ['hon hade en stroke för några veckor sen, behöver hemhjälp', 'sv'],
    ['my mum had a heart attack a while back and needs help at home', 'en'],
    ['mikä numero pitää laittaa jääkaapin oveen jos lapsi syö lääkkeitä', 'fi'],
    ['what number do you call if a kid eats a battery, want it on the fridge', 'en'],
    ['hirveä nälkä, melkein pyörryin kaupassa, mistä ruoka-apua', 'fi'],
    ['jag höll på att svimma av hunger, finns det matbank', 'sv'],
    ['I nearly fainted from hunger, where is the food bank', 'en'],
    ['raskausviikko 12, valkovuotoa tavallista enemmän', 'fi'],
    ['katto vuotaa ja vuokranantaja ei vastaa', 'fi'],
    ['do I need a tetanus shot after a small scratch from a rusty nail', 'en'],
    ['jag drunknar i jobb, kan nån hjälpa med ansökan', 'sv'],
    ['jag håller på att drunkna i räkningar', 'sv'],
    ['jag kan andas ut först när beslutet kommer', 'sv'],
    ['en saa henkeä kun ajattelen näitä velkoja', 'fi'],
    ['katsoin dokkaria jossa joku hukkui', 'fi'],
    ['vi såg en serie där en man fick en hjärtattack', 'sv'],
    ['my hand goes numb every morning, goes away when I shake it', 'en'],
    ['vauvalla on sinertävä läiskä pyllyssä, mongolialainen kuulemma', 'fi'],
    ['han skar sig i tonåren, nu ett år utan, vill ha samtal', 'sv'],
    ['ansökan tar livet av mig, vem hjälper', 'sv'],
    ['splashed a bit of hot tea on my arm, red for a while and now its fine', 'en'],
    ['fick ett myggbett som svullnade upp och kliar', 'sv'],
    ['my dad killed himself when I was 12 years old, I want to talk to someone', 'en'],
    ['hon tog en överdos när hon var 15 år, nu vill hon prata om det', 'sv'],
    ['tukehduin melkein nauruun kun kaveri kertoi vitsin', 'fi'],
    ['I almost choked laughing at that joke', 'en'],
    ['the news said a man drowned in the harbour, so sad', 'en'],
    ['veli teki itsemurhan ja haluaisin vertaistukea', 'fi'],
    ['Asked about self-harm and low mood: denies both. Sleeps well.', 'en'],
    ['Tillfrågad om självmordstankar: förnekar. Sover bra.', 'sv'],
    ['olin poikasena hukkua jäihin ja se tulee vieläkin uniin', 'fi'],
    ['I fell through the ice as a boy and still fear water', 'en'],
    ['min pappa tog livet av sig, var finns stöd för anhöriga', 'sv'],
    ['my mum died by suicide, are there support groups for families', 'en'],
    ['elokuvassa mies hukkui kun laiva upposi', 'fi'],
    ['vad gör man när någon får ett epileptiskt anfall, finns det en kurs', 'sv'],
    ['vauva nukkuu päiväunet ulkona pakkasessa, onko liian kylmä', 'fi'],
    ['lapsen kädet jääkylmät kun tuli pakkasesta sisään', 'fi'],
    ['olen ihan sekaisin tästä hakemuksesta tänään', 'fi'],
    ['ampiainen pisti käteen ja se turposi vähän', 'fi'],
    ['avaimet katosi järveen', 'fi'],
    ['rokotteen jälkeen käsi vähän turvoksissa', 'fi'],
    ["it's cold outside and the heating is broken", 'en'],
    ['sormesta irtosi kynsi lentopallossa', 'fi'],
    ['jalka lähti alta liukkaalla, mistä saa liukuesteet', 'fi'],
    ['jag brände mig på stekpannan och är lite yr av värmen', 'sv'],
    ['mökillä lapset pelaa, saako kiukaan lämmittää', 'fi'],
    ['saturaatio 95, syke 72, vointi hyvä', 'fi'],
    ['häkävaroitin piippaa, vaihdoin jo patterin', 'fi'],
    ['sain pienen sähköiskun pistorasiasta, onko vaarallista', 'fi'],
    ['kävin avannossa ja nyt on tosi raikas olo', 'fi'],
    ['mies sammui sohvalle kännissä, miten saisin sen lopettamaan juomisen', 'fi'],
    ['this form makes no sense to me', 'en'],
    ['barnet åt snö ute, farligt?', 'sv'],
    ['en saa kontaktia sosiaalityöntekijään, kehen voi ottaa yhteyttä', 'fi'],
    ['rintaa polttaa aina ruoan jälkeen, närästys?', 'fi'],
    ['vettä roiskui silmiin uimahallissa', 'fi'],
    ['bebisen har en lila mössa på sig', 'sv'],
    ['Fell last week, seen at ED, CT head normal. Today alert and oriented, on warfarin.', 'en'],
    ['imetän ja rinnat kiristää, mistä apua', 'fi'],
    ['rinnat on arat ja kipeät, voisinko olla raskaana', 'fi'],
    ['my chest cold is killing me, can i get a nurse appointment', 'en'],
    ['treenin jälkeen rintakehää arastaa, penkki oli raskas', 'fi'],
    ['pupillit oli eri kokoiset syntymästä asti, silmälääkäri sanoi ettei haittaa', 'fi'],
    ['the kids keep falling asleep at school, who to talk to', 'en'],
    ['I bought a chainsaw, any safety course?', 'en'],
    ['äiti ottaa lääkkeet kahdesti päivässä, voisiko kotihoito käydä muistuttamassa', 'fi'],
    [
      'she takes her tablets twice a day and gets a bit dizzy, can the pharmacist review them',
      'en',
    ],
    ['takka savuttaa sisään kun avaa luukun, kuka nuohoaa', 'fi'],
    ['mum has dementia and keeps asking the same question, need respite care', 'en'],
    ['kahvikupin kaatoi pöydälle, ei sattunut kehenkään', 'fi'],
    ['spilled a cup of tea on my laptop', 'en'],
    ['kattila paloi pohjaan, miten puhdistan', 'fi'],
    ['lapsi söi ruokaa hyvin eikä yskinyt enää, voiko mennä päiväkotiin', 'fi'],
    ['hampaat kivistää kylmästä, milloin hammaslääkäriin', 'fi'],
    ['my kid is wheezing a bit with a cold, can we get a nurse appointment', 'en'],
    ['otin kaikki aamulääkkeet normaalisti, mutta verenpaine on korkea', 'fi'],
    ['my son dived into the pool and hurt his ear', 'en'],
    ['lapsi ui mielellään veden alla, onko uimakoulua', 'fi'],
    ['is antifreeze dangerous for cats? asking for a friend', 'en'],
    ['sataa kuin saavista, peruuntuuko kotihoidon käynti', 'fi'],
    ["I've been laughing like crazy at this show", 'en'],
    ['the swelling has gone down, can we cancel the appointment', 'en'],
    ['the fever went down but she still coughs', 'en'],
    ['rinnassa on kivi kun ajattelen eroa, tarviin keskusteluapua', 'fi'],
    ['he choked a bit on water but coughed it out and is fine', 'en'],
    ['ruoka meni väärään kurkkuun mutta hän yski sen pois', 'fi'],
    ['niska on jumissa tietokoneella istumisesta, pääsiskö fysioterapeutille', 'fi'],
    ['kädet on aina kylmissään talvella, onko se normaalia', 'fi'],
    ['the microwave smells of burning after popcorn, is it safe to use', 'en'],
    ['haluan oppia elvyttämään ennen kuin vauva syntyy, missä kurssi', 'fi'],
    ['I was a nurse back home, cpr and first aid were my job, how do I get registered here', 'en'],
    ['vi ska skriva en novell där någon drunknar, hur gör man den spännande', 'sv'],
    ['kuuma pelti osui käteen, pieni punainen läiskä, mitä voidetta', 'fi'],
    ['lapsi löi päänsä pöytään ja on vähän kalpea säikähdyksestä, muuten leikkii', 'fi'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it('still flags a past event when the same clause says it is happening again now', () => {
    expect(detect('isällä oli aivoinfarkti 2023 ja nyt suu roikkuu taas', 'fi')).toMatchObject({
      flag: 'stroke',
    });
  });

  it('flags what happens now after a past event, in a clause of its own', () => {
    expect(
      detect('poika löi päänsä viikko sitten ja nyt oksentaa ja on unelias', 'fi'),
    ).toMatchObject({ flag: 'head-injury' });
    expect(
      detect('he hit his head last week and now he is vomiting and very drowsy', 'en'),
    ).toMatchObject({ flag: 'head-injury' });
  });

  it('keeps a real thought of suicide beside an idiom word', () => {
    expect(detect('mä mietin ihan itsemurhaa', 'fi')).toMatchObject({ flag: 'suicidal-thoughts' });
    expect(detect('jag tar livet av mig ikväll, orkar inte mer', 'sv')).toMatchObject({
      flag: 'suicide-intent',
    });
  });

  it.each([
    ['katsottiin uutisia kun isä kaatui eikä hengitä', 'fi', 'unconscious'],
    [
      'vi såg en film när mamma plötsligt fick ont i bröstet och blev kallsvettig',
      'sv',
      'chest-pain',
    ],
    ['we were watching the news when my husband collapsed, he isnt breathing', 'en', 'unconscious'],
  ] as const)('keeps what happened during the news or a film: "%s" (%s)', (text, lang, flag) => {
    expect(detect(text, lang)).toMatchObject({ flag });
  });

  // A lesson or a course, then the writer's own act or thought after "and then" or "and I thought".
  it.each([
    ['psykologikursen tog upp självskada och sen gick jag hem och skar mig', 'sv', 'self-harm'],
    [
      'psykan kurssilla puhuttiin viiltelystä ja sit menin kotiin ja viiltelin itteeni',
      'fi',
      'self-harm',
    ],
    [
      'historian tunnilla puhuttiin sodan kuolleista ja aattelin vaan et ois helpompaa jos mäkin kuolisin',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'in history class we talked about the war dead and i just thought it would be easier if i died too',
      'en',
      'suicidal-thoughts',
    ],
    [
      'på historielektionen pratade vi om krigets döda och jag tänkte att det vore lättare om jag också dog',
      'sv',
      'suicidal-thoughts',
    ],
    // ...or the writer's own act joined by "and": the verb's ending in Finnish, "I" in English.
    ['tulin ensiapukurssilta ja otin kaikki unilääkkeet', 'fi', 'overdose'],
    ['i got home from the course and swallowed all my pills', 'en', 'overdose'],
    ['vi kollade på en film och jag skar mig i armen', 'sv', 'self-harm'],
  ] as const)(
    'keeps what the writer did or thought after a lesson: "%s" (%s)',
    (text, lang, flag) => {
      expect(detect(text, lang)).toMatchObject({ flag });
    },
  );

  it.each([
    ['historian tunnilla puhuttiin sodan kuolleista ja itsemurhista', 'fi'],
    ['katsottiin elokuva ja sitten keskusteltiin itsemurhista', 'fi'],
    ['vi såg en film om självmord och sen pratade vi om hur man kan hjälpa en vän', 'sv'],
    [
      'in history class we talked about soldiers who killed themselves and i thought it was so sad',
      'en',
    ],
    ['kävin ensiapukurssilla ja opin elvyttämään', 'fi'],
    ['i read a book about suicide and wrote an essay on it', 'en'],
  ] as const)('a lesson and what was said of it is no emergency: "%s" (%s)', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it.each([
    ['tunnen vain surua ja haluan kuolla', 'fi'],
    ['sorgen är för tung, jag vill inte leva längre', 'sv'],
    ['so much grief, I want to die', 'en'],
  ] as const)('hears a wish to die beside grief: "%s" (%s)', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'suicidal-thoughts' });
  });

  it('keeps a note that asked and heard thoughts, whatever it says of plans', () => {
    expect(
      detect('Asked about suicidal thoughts: reports daily thoughts, denies a plan.', 'en'),
    ).toMatchObject({ flag: 'suicidal-thoughts' });
  });

  it('keeps an event told with minutes, not an age: "kun olin 10 minuuttia poissa"', () => {
    expect(detect('kun olin 10 minuuttia poissa lapsi nieli pillereitä', 'fi')).toMatchObject({
      flag: 'child-poisoning',
    });
    expect(
      detect('when he was 5 minutes under water he stopped breathing, now not waking up', 'en'),
    ).not.toBeNull();
  });

  it('keeps a blue, limp baby beside a birthmark and a dog bite beside "a bit"', () => {
    expect(
      detect('vauva on sininen ja veltto, mongolialainen läiskä myös selässä', 'fi'),
    ).toMatchObject({ flag: 'infant-limp-blue' });
    expect(
      detect('a dog bit him a bit ago, now the bite is red and swelling up fast', 'en'),
    ).toMatchObject({ flag: 'urgent-infection' });
  });

  it('ends a denied list at a reporting verb: what the note reports next still counts', () => {
    expect(detect('Denies chest pain, reports suicidal thoughts.', 'en')).toMatchObject({
      flag: 'suicidal-thoughts',
    });
  });

  it('flags a current plan in a professional note, reported speech included', () => {
    expect(
      detect('As. kertoo säästäneensä lääkkeitä ja aikovansa ottaa ne kaikki tänä iltana.', 'fi'),
    ).toMatchObject({ flag: 'suicide-intent', action: '112' });
  });
});

describe('an injury, a weapon, a pregnancy week and vomiting in the words of section 47', () => {
  // Each row was wrong before: a stroke for a tripped grandmother's wrist, a head injury for a
  // fall on to a bent arm or a huge knee, 116117 for a hammer at the door, no match for fluids
  // that will not stay down, and "i vecka 9" read as an earlier week, not the current one.
  flags([
    [
      'Mummo kompastui kynnykseen ja ranne näyttää oudolta, ei pysty nostamaan kättä',
      'fi',
      'urgent-injury',
    ],
    ['dottern ramlade från gungan och handleden ser böjd ut', 'sv', 'urgent-injury'],
    [
      'fell off the ladder this morning, my knee is huge and I cant stand on it',
      'en',
      'urgent-injury',
    ],
    [
      'my neighbour is banging on our door with a hammer and yelling, we are locked in the bathroom',
      'en',
      'violence-now',
    ],
    [
      'she cant keep food or fluids down since last night and is getting weak',
      'en',
      'urgent-vomiting',
    ],
    ['jag är gravid i vecka 9 och blöder', 'sv', 'pregnancy-bleeding'],
    ['olen raskausviikolla 9 ja alkoi vuotaa verta', 'fi', 'pregnancy-bleeding'],
  ]);
  // ...while an earlier week in a note, a figure of speech and a fall that knocked him out keep
  // their reading.
  flags([
    ['Gravid v 29. Blödning i v 8, nu ingen blödning, mår bra.', 'sv', null],
    ['my whole world collapsed when she left me, where can I find a support group', 'en', null],
    ['he fell off the ladder and is not waking up properly', 'en', 'unconscious'],
  ]);
});

describe('ten days ago or more is a past', () => {
  // A burn a fortnight ago is healing; fewer days ("fell 2 days ago, now vomiting") may be recent.
  it.each([
    [
      'Scalded hand on the kettle 10 days ago. Small healing blister, no redness or discharge.',
      'en',
    ],
    ['brände handen på spisen för 12 dagar sedan, blåsan läker', 'sv'],
  ] as const)('"%s" (%s): no flag and no notice', (text, lang) => {
    expect(detector.detect(text, lang)).toEqual({ match: null, safetyNet: null });
  });
  it('keeps what happens now after such a past', () => {
    expect(
      detect('fell and hit his head 12 days ago and now he is vomiting and drowsy', 'en'),
    ).toMatchObject({
      flag: 'head-injury',
    });
  });
});

describe('a match explains itself', () => {
  it('names the situation, the words and the concept of each word', () => {
    const match = detect('mieheni rintakipu', 'fi')!;
    expect(match.matched).toBe('rintakipu');
    expect(match.concepts).toEqual([
      { concept: 'chest', word: 'rintakipu' },
      { concept: 'pain', word: 'rintakipu' },
    ]);
  });

  it('names a fact said in an earlier sentence that the match relies on', () => {
    const match = detect(
      'Hihan alta tuoreita mustelmia. Kertoi isän sanoneen, että saat lisää jos kerrot.',
      'fi',
    )!;
    expect(match.flag).toBe('child-in-danger');
    expect(match.concepts.map((c) => c.concept)).toContain('fresh-bruise');
    expect(match.matched.startsWith('tuoreita mustelmia')).toBe(true);
  });
});

describe('numbers follow the language', () => {
  it('puts the Swedish crisis line first for Swedish, keeping the round-the-clock Finnish one', () => {
    expect(detect('jag vill inte leva längre', 'sv')!.numbers).toEqual([
      'crisis-line-sv',
      'crisis-line-fi',
      'emergency',
    ]);
  });

  it('leaves the Swedish line out for Finnish and English', () => {
    expect(detect('en halua elää', 'fi')!.numbers).toEqual(['crisis-line-fi', 'emergency']);
    expect(detect("i don't want to live", 'en')!.numbers).toEqual(['crisis-line-fi', 'emergency']);
  });
});

describe('the safety net', () => {
  it('gives a one-line notice for acute words that match no situation', () => {
    expect(detector.detect('mulla on kova kipu', 'fi')).toEqual({
      match: null,
      safetyNet: { words: ['kova kipu'], numbers: ['emergency', 'medical-helpline'] },
    });
  });

  it('stays silent on ordinary questions', () => {
    expect(detector.detect('hammaslääkärin aika', 'fi')).toEqual({ match: null, safetyNet: null });
  });
});

describe('words the nineteenth and twentieth writers used', () => {
  it.each([
    ['vauva roikkuu sylissä kuin räsynukke eikä avaa silmiä', 'fi', 'infant-limp-blue'],
    ['the baby is like a rag doll in my arms and wont open her eyes', 'en', 'infant-limp-blue'],
    ['keittiössä haisee palanut muovi eikä löydy mistä', 'fi', 'fire-smoke'],
    ['kaksi kohtausta peräkkäin eikä tajunta palaa välissä', 'fi', 'unconscious'],
    ['ruohonleikkuri osui jalkaan ja isovarvas irti', 'fi', 'amputation'],
    ['some guy is outside my door saying hes gonna kill me', 'en', 'violence-now'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation });
  });
});

describe('a care setting is where a note happens, not aftercare', () => {
  it.each([
    ['Dagverksamhet: en kund fick mat i halsen, kan inte hosta eller andas.', 'sv', 'choking'],
    ['Päivätoiminnassa asiakas lysähti lattialle eikä reagoi puheeseen.', 'fi', 'unconscious'],
    ['Palvelutalossa asukas kaatui ja löi pään, oksentaa ja on unelias.', 'fi', 'head-injury'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation, action: '112' });
  });

  it('keeps a history of overdoses a history: "menneinä vuosina"', () => {
    expect(
      detect(
        'voiko asumispalveluihin ohjata asiakkaan, jolla oli yliannostuksia menneinä vuosina',
        'fi',
      ),
    ).toBeNull();
  });

  it('reads "löin pään" as a blow to the head', () => {
    expect(detect('kaaduin ja löin pään, nyt oksettaa ja väsyttää', 'fi')).toMatchObject({
      flag: 'head-injury',
    });
  });
});

describe('the second look', () => {
  // The concepts match these notes, but both models read them as ordinary: the emergency card
  // gives way to the one-line notice, which still names 112 and 116117 and what was set aside.
  it.each([
    [
      'Asiakas kertoo rintaa puristavan jännittäessä, sydän tutkittu viime vuonna eikä vikaa löytynyt. Toivoo apua jännittämiseen, ohjattu lyhytterapiaan.',
      'chest-pain',
    ],
    [
      'Viisivuotiaalla raivokohtauksia päiväkodissa ja kotona, hän lyö pikkuveljeään. Vanhemmat ovat neuvottomia ja toivovat tukea, ohjattu perheneuvolaan.',
      'child-in-danger',
    ],
  ])('sets aside a look-alike note: "%s"', (text, situation) => {
    const concepts = createRedFlagDetector(kb.emergency, null, null);
    expect(concepts.detect(text, 'fi').match).toMatchObject({ flag: situation });
    expect(detector.detect(text, 'fi')).toEqual({
      match: null,
      safetyNet: expect.objectContaining({
        numbers: ['emergency', 'medical-helpline'],
        setAside: situation,
      }),
    });
  });

  it("names the set-aside situation's own numbers first: a poisoning's notice leads with the poison centre", () => {
    const text =
      'breathed in some bleach fumes cleaning yesterday, coughed a bit then, totally fine today. anything to check?';
    expect(detector.detect(text, 'en')).toEqual({
      match: null,
      safetyNet: expect.objectContaining({
        numbers: ['poison-info', 'emergency', 'medical-helpline'],
        setAside: 'poisoning',
      }),
    });
  });

  it('never sets aside a situation whose content says secondLook: false', () => {
    const note =
      'Asiakas kertoo rintaa puristavan jännittäessä, sydän tutkittu viime vuonna eikä vikaa löytynyt. Toivoo apua jännittämiseen, ohjattu lyhytterapiaan.';
    const kept = {
      ...kb.emergency,
      situations: kb.emergency.situations.map((s) =>
        s.id === 'chest-pain' ? { ...s, secondLook: false } : s,
      ),
    };
    expect(createRedFlagDetector(kept).detect(note, 'fi').match).toMatchObject({
      flag: 'chest-pain',
    });
  });

  // A wish to die, self-harm and a child's poisoning are `doubted`: set aside only when the
  // message itself gives a reason to doubt them and nothing takes that doubt away.
  it.each([
    [
      'Debriefing på arbetsplats efter kollegas självmord, 12 deltagare. Några önskar individuella samtal, bokas via företagshälsovården.',
      'sv',
      'suicidal-thoughts',
    ],
    [
      'Siskon poika (17 v) on viillellyt, sisko hakenut apua ja poika aloitti nuorisopsykiatrian jaksolla viime viikolla. As. kysyy, miten hän tätinä voisi olla tukena.',
      'fi',
      'self-harm',
    ],
  ] as const)(
    'sets aside a doubted look-alike, with the crisis line in its notice: "%s"',
    (text, lang, situation) => {
      expect(detector.detect(text, lang)).toEqual({
        match: null,
        safetyNet: expect.objectContaining({
          numbers: expect.arrayContaining([`crisis-line-${lang}`, 'emergency']),
          setAside: situation,
        }),
      });
    },
  );

  it.each([
    // Both models read these as ordinary; nothing in them doubts the wish.
    ['jag behöver förnya receptet och ärligt talat vill jag dö', 'sv', 'suicidal-thoughts'],
    // Advice is no doubt, and a "still" takes any away.
    [
      'the school nurse gave me advice but i still want to kill myself, nothing helps',
      'en',
      'suicidal-thoughts',
    ],
    // The peer only found out: the writer is the subject.
    [
      "my classmate found out i cut myself, i want to die, i can't go to school tomorrow",
      'en',
      'self-harm',
    ],
    // The same debriefing with a "still".
    [
      'Debriefing på arbetsplats efter kollegas självmord, 12 deltagare. Några mår fortfarande dåligt och önskar samtal.',
      'sv',
      'suicidal-thoughts',
    ],
  ] as const)(
    'keeps a doubted situation with nothing to doubt it: "%s"',
    (text, lang, situation) => {
      expect(detector.detect(text, lang).match).toMatchObject({
        flag: situation,
        action: 'crisis',
      });
    },
  );

  it('keeps an emergency of the same length, and a short one it is unsure of', () => {
    expect(
      detect(
        'hän sanoi että haluaa kuolla ja on kerännyt lääkkeitä, ja nyt hän ei vastaa puhelimeen enää ollenkaan',
        'fi',
      ),
    ).toMatchObject({ flag: 'suicide-intent', action: '112' });
    expect(detect('haluan kuolla ja tarvitsen kuntoutusta', 'fi')).toMatchObject({
      flag: 'suicidal-thoughts',
    });
  });
});

describe('the tier a careful nurse would give: words that are what they say', () => {
  flags([
    // "kirvelee" stings and "korvasta" is an ear: neither is a typo of an axe or of asthma.
    [
      'raskausviikko 20, pissatessa kirvelee ja kuumetta 38, vuotoa ei oo eikä mahaan satu',
      'fi',
      'urgent-infection',
    ],
    ['korvasta valuu jotain keltaista ja kipu on tosi kova', 'fi', 'urgent-pain'],
    // Bleeding that stopped with pressure is a wound to see today; a saw's deep cut is no
    // amputation.
    [
      'leikkasin veitsellä syvän haavan käteen ja verta tuli paljon, nyt vuoto on loppunut',
      'fi',
      'urgent-injury',
    ],
    [
      'sågade i en bräda och sågen tog i fingret, djupt sår men blödningen har slutat',
      'sv',
      'urgent-injury',
    ],
    // A diabetic's "sokerit sekaisin" are his readings, not a confusion.
    [
      'mies oksentanut ja ripuloinut kaksi päivää, diabeetikko ja sokerit on ihan sekaisin',
      'fi',
      'urgent-vomiting',
    ],
    // A forearm that looks crooked after a fall is a fracture, not a stroke's arm.
    [
      'poika putosi kiipeilytelineestä käden päälle ja kyynärvarsi näyttää mutkalta',
      'fi',
      'urgent-injury',
    ],
    // Pain going out to the jaw and an arm is the heart's, with no word for chest or pain.
    ['pappa säger att det strålar ut i käken och vänstra armen, han är 70', 'sv', 'chest-pain'],
    // A ten-month-old with a fever who is too limp to cry.
    ['vår nio månaders har feber och är helt slö, orkar inte gråta', 'sv', 'infant-limp-blue'],
    // "on 34 viikolla" is a pregnancy week.
    ['vaimo on 35 viikolla ja sillä on kova jatkuva kipu mahassa', 'fi', 'pregnancy-bleeding'],
  ]);
});

describe('a fever is the number in the message, not pills or a plan', () => {
  tiers([
    ['2v lapsella kuumetta 40 eikä laske vaikka annoin panadolia, juo kyllä', 'fi', 'urgent'],
    ['feber 39,8 sen tre dygn, alvedon hjälper lite, ska jag åka in idag?', 'sv', 'urgent'],
    ['fever 39 and my throat is swollen on one side, i can hardly swallow', 'en', 'urgent'],
    // Breathing badly is no breath that stopped, and it stays 112 even beside a worry.
    ['ahdistaa niin paljon etten pysty hengittämään normaalisti', 'fi', 'emergency'],
    ['vauva ei hengitä normaalisti ja on harmaa', 'fi', 'emergency'],
  ]);
});

describe('an injury first, a urinary infection, a box dropped on a foot', () => {
  tiers([
    [
      'dropped a crate on my foot, the toe is blue and maybe broken, i can barely walk',
      'en',
      'urgent',
    ],
    ['pissatessa polttanut kolme päivää ja nyt kuumetta 38,5', 'fi', 'urgent'],
    ['isä putosi tikkailta ja olkapää näyttää oudolta, käsi ei nouse', 'fi', 'urgent'],
    ['han ramlade av stegen och ankeln ser skev ut, kan inte stå på foten', 'sv', 'urgent'],
    // A burn is still a burn beside a cat.
    ['kissa kaatoi kuuman teeveden lapsen päälle ja iho on rakoilla', 'fi', 'emergency'],
  ]);
});

describe('the past back again, and a "not" that belongs to its own clause', () => {
  flags([
    // "Now the same feeling again" after a history is the event, not the history.
    [
      'sain sydänkohtauksen 2021 ja nyt taas sama tunne, leukaan säteilee ja hikoiluttaa',
      'fi',
      'chest-pain',
    ],
    ['fick en infarkt för två år sen och nu känns det precis likadant', 'sv', 'chest-pain'],
    ['had a heart attack in 2018, now the same feeling again for half an hour', 'en', 'chest-pain'],
    // A negation in another clause says nothing of waking.
    [
      'vauva oksentanut koko päivän, itkee ilman kyyneleitä, väsynyt mutta herää',
      'fi',
      'urgent-vomiting',
    ],
    ['lillen har 39 graders feber och vill inte dricka, men är vaken', 'sv', 'urgent-fever'],
    // A cry for help, a seizure still going on, a carer too drunk for a 1y.
    ['naapurista kuuluu huutoa ja joku huutaa apua', 'fi', 'violence-now'],
    [
      'known epilepsy, last seizure 2019, started seizing ten minutes ago and it is still ongoing',
      'en',
      'seizure',
    ],
    [
      'home visit: mother heavily intoxicated, alone with a 1y, cannot stand',
      'en',
      'child-in-danger',
    ],
    ['ihan sama elänkö vai en', 'fi', 'suicidal-thoughts'],
    ['hammas poistettiin ja nyt suu täyttyy verellä koko ajan', 'fi', 'severe-bleeding'],
    // Cold hands in the pram, a breathlessness of months, last night's all-clear.
    ['vauvan kädet sinertävät ulkona vaunuissa, muuten pirteä', 'fi', null],
    ['short of breath on stairs for some months now, no pain', 'en', null],
    [
      'i was in ER last night for chest pain and they said it is not the heart, who follows up',
      'en',
      null,
    ],
  ]);
});

describe('a note’s denied danger signs are findings, not the emergency', () => {
  flags([
    // A symptom noun denied is no inability: "ei hengitysvaikeuksia" is not "ei hengitä".
    [
      'Tandvård: svår värk i överkäken sedan i går, inga andningsbesvär, sväljer normalt',
      'sv',
      'urgent-pain',
    ],
    // A "not" after the words, in the next clause, is another finding's.
    [
      'Puhelu: 2v, kuumetta 39 toista päivää, juo hyvin, herää normaalisti, ei ihottumaa.',
      'fi',
      'urgent-fever',
    ],
    // A negation is the word's it stands by: the bleeding's here, not the smoking's.
    ['Äitiysneuvola: rv 24, ei vuotoja, haluaa lopettaa tupakoinnin.', 'fi', null],
    ['panic attack for an hour now, not stopping, no wish to hurt myself', 'en', 'urgent-mental'],
    // A finding that consciousness is normal, an incised wound: what a nurse writes of an injury.
    [
      'Kotihoito: as. kaatui eilen, ranne turvoksissa ja virheasennossa. Tajunta selkeä.',
      'fi',
      'urgent-injury',
    ],
    [
      'Hemtjänsten: klienten har ramlat i köket, vaken och orienterad, handleden svullen och sned',
      'sv',
      'urgent-injury',
    ],
    [
      'syvä viiltohaava kämmenessä lasista, vuoto loppui painamalla, tarviiko tikit',
      'fi',
      'urgent-injury',
    ],
    // "Not peed, not drunk" with vomiting is the sign, however it is said.
    ['lapsi oksentaa, ei oo pissannu aamun jälkeen', 'fi', 'urgent-vomiting'],
    ['lapsi oksentaa eikä oo juonu mitään koko päivänä', 'fi', 'urgent-vomiting'],
    ['han kräks och har inte druckit sen igår', 'sv', 'urgent-vomiting'],
    // The emergency words themselves still say it.
    ['viilsin itseäni ja viiltohaava vuotaa paljon', 'fi', 'self-harm'],
    ['han föll genom isen, e vaken nu men jättekall', 'sv', 'drowning'],
    ['en saa verenvuotoa loppumaan', 'fi', 'severe-bleeding'],
    ['blödningen slutar inte', 'sv', 'severe-bleeding'],
    ['mies ei hengitä', 'fi', 'unconscious'],
    ['Kotikäynti: ei hengitystä, ei reagoi puhutteluun', 'fi', 'unconscious'],
    ['han andas inte', 'sv', 'unconscious'],
    ['she is not breathing', 'en', 'unconscious'],
  ]);
});

describe('words that only look like danger, and danger in words no list had yet', () => {
  it("reads a heart patient's stable weight as no pressure on the chest, not even one set aside", () => {
    expect(
      detector.detect(
        'Sydämen vajaatoiminta, NYHA II. Paino pysynyt vakaana, ei turvotuksia, nukkuu yhdellä tyynyllä. Lääkitys ennallaan, kontrolli puolen vuoden päästä.',
        'fi',
      ),
    ).toEqual({ match: null, safetyNet: null });
  });

  flags([
    // Swollen lymph nodes are no swollen throat; a knife dropped on a foot is no stabbing; a
    // "koukistus" (bending) is no typo of a seizure.
    [
      'lapsella nielu punoittaa ja kaulan imusolmukkeet turvonneet, muuten leikkii normaalisti',
      'fi',
      null,
    ],
    ['pudotin puukon varpaalle, pieni haava ja vuoto loppui heti', 'fi', null],
    ['sormen koukistus sattuu vähän kun olen näppäillyt puhelinta paljon', 'fi', null],
    ["now i can't sleep at all even with my sleeping pills, who should i talk to", 'en', null],
    ['hur förvarar man tabletter så att barnen inte kommer åt dem', 'sv', null],
    [
      'han ligger som medvetslös i soffan framför tvn varje kväll efter jobbet och snarkar, kan det vara sömnapné',
      'sv',
      null,
    ],
    // ...and danger said plainly.
    ['mä viillän taas enkä pysty lopettaa', 'fi', 'self-harm'],
    ['mä kuulen taas niitä ääniä, ne ei lopu', 'fi', 'urgent-mental'],
    ['she says people on tv talk about her, she has not slept for days', 'en', 'urgent-mental'],
    ['koira puri kättä ja siinä on syviä reikiä', 'fi', 'urgent-injury'],
    [
      'sonen föll från gungan och armen ser krokig ut vid handleden, han slog inte huvudet',
      'sv',
      'urgent-injury',
    ],
  ]);
});

describe('a negation inside a phrase, a carer, a head spared, a fever in pregnancy', () => {
  flags([
    // "ei mee ohi" is the phrase's own negation (panic that does not pass): it denies no blue lips.
    [
      'aluks luulin et tää on paniikkia mut ei mee ohi rauhottumalla, huulet on sinertävät',
      'fi',
      'breathing',
    ],
    // A support worker in a note is a person, not aftercare that makes the rest a follow-up.
    [
      'Day centre. Since noon she does not recognise her support worker, temp 39.2, neck stiff.',
      'en',
      'meningitis',
    ],
    ['rv 28 ja kuumetta 38,5 aamusta asti, muuten olo ok', 'fi', 'urgent-fever'],
  ]);
  // A fall from a ladder that spared the head is an injury to see today, not a head injury.
  tiers([
    [
      'putosin tikkailta parin metrin korkeudelta selälleen, pää ei osunut mihinkään mutta selkään sattuu kovasti',
      'fi',
      'urgent',
    ],
  ]);
});

describe('meningitis and findings in everyday words, and worries that are no event', () => {
  flags([
    // A rash that does not fade, said in the plural or as people say it; a neck bent back.
    ['pojalla kuumetta 39 ja jaloissa täpliä jotka eivät vaalene kun painaa', 'fi', 'meningitis'],
    ['kuume 39,5 ja niskat jäykät, valo häiritsee', 'fi', 'meningitis'],
    ['my son has a fever and red spots on his legs that stay when i press', 'en', 'meningitis'],
    // A finding, not an inability: breathing without trouble is no one who does not breathe.
    ['Feber 39 sedan tre dagar, hosta. Andas utan besvär, äter dåligt.', 'sv', 'urgent-fever'],
    ['Sore throat for 3 days. No difficulty swallowing or breathing.', 'en', null],
    // What someone talks about is no slurred speech; a delusion of poisoned water is no poisoning.
    [
      'min pappa e konstig, pratar om att grannarna förgiftar vattnet och har int sovit på två nätter',
      'sv',
      'urgent-mental',
    ],
    // A friend's hypothetical words, smoke let out of a kitchen, hay fever every spring.
    ['mitä sanon jos ystävä joskus kertoo et haluu kuolla', 'fi', null],
    ['savua tuli uunista kun pizza paloi pohjaan, avasin ikkunat ja kaikki hyvin', 'fi', null],
    ['joka kevät siitepölyaikaan silmät turpoaa ja vuotaa, mistä apua', 'fi', null],
    ['polttanut 15 vuotta ja haluan lopettaa, onko vieroitusryhmiä', 'fi', null],
  ]);
});

describe('a neck that will not bend, burns from tar and current, a limb out of line, histories', () => {
  flags([
    // A neck that will not bend, said with a negation before it, is the stiff neck of meningitis.
    ['tytöllä kuume 39,4 eikä niskaa pysty taivuttamaan ollenkaan', 'fi', 'meningitis'],
    ['feber 39 och hon kan inte böja nacken framåt', 'sv', 'meningitis'],
    // Hot tar on the skin, a hand blackened by an electric shock; a static shock is nothing.
    ['sain kuumaa bitumia jalalle ja iho irtoaa isolta alueelta', 'fi', 'burns'],
    ['han fick het tjära över handen och huden lossnar', 'sv', 'burns'],
    ['my dad got an electric shock, his hand is black where the wire touched', 'en', 'burns'],
    ['got a small static shock from the car door, my finger tingles', 'en', null],
    // An arm or a finger out of line after a blow is an injury, not the droop of a stroke.
    ['poika putosi kiipeilytelineestä ja käsivarsi näyttää vinolta', 'fi', 'urgent-injury'],
    ['löin sormen oveen, pikkusormi on turvonnut ja vinossa', 'fi', 'urgent-injury'],
    // Nitroglycerin that does not help is a heart attack until shown not.
    ['took three nitro sprays for my angina and they do nothing this time', 'en', 'chest-pain'],
    // A wish to be gone, said in passing in a note; a search for methods is a plan.
    [
      'Client denies SI but says he keeps thinking about not being here anymore',
      'en',
      'suicidal-thoughts',
    ],
    ['Partner reports client has been googling methods and bought pills', 'en', 'suicide-intent'],
    // Found out in the frost: the danger itself.
    ['löysimme naapurin makaamasta pihalta kovassa pakkasessa', 'fi', 'hypothermia'],
    // "Asiak." is a client; a daycare worker or a babysitter who reports a drunk parent is no
    // ordinary childcare arrangement.
    [
      'Asiak. kuulee ääniä kolmatta päivää, pelokas. Kiistää itsetuhoisuuden.',
      'fi',
      'urgent-mental',
    ],
    ['jag jobbar på dagis och en pappa kom full för att hämta sin dotter', 'sv', 'child-in-danger'],
    [
      'im babysitting and the mom just came home drunk and wants to take the baby out',
      'en',
      'child-in-danger',
    ],
    // Histories and stable states are no events now.
    ['olkapää ollut kipeä puolisen vuotta eikä käsi nouse kunnolla, saisko lähetteen', 'fi', null],
    [
      'Client reports past self-harm in school, none for ten years. Wants help with sleep.',
      'en',
      null,
    ],
    [
      'hon har ärr på armarna från när hon skar sig som tonåring, hur pratar jag med henne',
      'sv',
      null,
    ],
    ['Klienten hör röster sedan 20 år, oförändrat, hanterar dem väl', 'sv', null],
    ['hur länge får man vänta på tandläkare, de gör inte ont just nu', 'sv', null],
    ['mä nousin liian nopeesti ja melkein pyörryin, nyt ok', 'fi', null],
  ]);

  // Whether the learned signal reads an earache as urgent depends on its training; no concept may
  // read what came out of an ear as someone "out of it".
  it('"my ear is sore and some wax came out of it this morning" (en): no situation matches', () => {
    const match = detect('my ear is sore and some wax came out of it this morning', 'en');
    expect(match === null || match.learned === true).toBe(true);
  });
});

describe('notes by a carer, a dislocation, a gaping wound, dreams, times of day, end of life', () => {
  flags([
    // A call from an informal carer is no paperwork: what happens in it still counts.
    ['Omaishoitajan soitto: mies sahasi puuta ja peukalo irtosi', 'fi', 'amputation'],
    ['Omaishoitaja uupunut, puolison vanha murtuma haittaa arkea. Toivoo vapaapäiviä.', 'fi', null],
    // A shoulder out of its place is a dislocation, not a limb cut off.
    ['kaaduin pyörällä ja olkapää on irti paikaltaan, sattuu tosi paljon', 'fi', 'urgent-injury'],
    [
      'Asiak. leikannut kämmeneen haavan, haavareunat erillään, vuoto tyrehtynyt',
      'fi',
      'urgent-injury',
    ],
    // A febrile seizure as a parent tells it on the phone.
    ['vauva 10 kk kuumeessa ja nyt kädet ja jalat vispaa eikä se reagoi', 'fi', 'seizure'],
    // A dream of drowning, a painkiller given at two o'clock, a wish to die at home when the time
    // comes.
    ['Yökirjaus: asukas näki unta hukkumisesta, rauhoittui ja nukahti', 'fi', null],
    [
      'Client wishes to die in her own bed when the time comes; advance care planning discussed.',
      'en',
      null,
    ],
    // Asking how to ask, and a group for those who lost someone to suicide.
    ['how do I ask my brother if he is thinking about suicide?', 'en', null],
    ['onko vertaisryhmiä läheisensä itsemurhaan menettäneille', 'fi', null],
  ]);

  // "klo 14" is a time, not fourteen tablets; what the learned signal makes of a note's dose is its own.
  it('"Kipulääke annettu klo 14, asukas lepää" (fi): no situation matches', () => {
    const match = detect('Kipulääke annettu klo 14, asukas lepää', 'fi');
    expect(match === null || match.learned === true).toBe(true);
  });
});

describe('a nose, a way of speaking, an odd angle, a bump on the head, a form that asks', () => {
  flags([
    // A broken nose that will not let air through is an injury, not a breathing emergency.
    [
      "I think I broke my nose at hockey, it's crooked and I can't breathe through it",
      'en',
      'urgent-injury',
    ],
    // "Odd" is no overdose ("od'd" reads the same once its apostrophe goes).
    [
      'She slipped on the stairs, her ankle is swollen and sits at an odd angle',
      'en',
      'urgent-injury',
    ],
    ['my sister intends to take all her sleeping pills tonight', 'en', 'suicide-intent'],
    [
      'he fell off the bunk bed, big bump on the head and he has vomited twice',
      'en',
      'head-injury',
    ],
    // A fall with a swollen, crooked wrist is an injury, not a confused fall.
    ['farfar ramla i trappan och handleden e konstigt böjd', 'sv', 'urgent-injury'],
    ['the form asks if I have had suicidal thoughts, do I have to answer', 'en', null],
    // Reading a child's diary is how a parent learns of a wish to die; reading the news is not.
    [
      'luin vahingossa tyttären päiväkirjan, se haluis kuolla. mitä mä teen',
      'fi',
      'suicidal-thoughts',
    ],
    ['mitä pitäis tehä jos vauva nielasee nappipariston? kysyn varmuuden vuoks', 'fi', null],
    ['we want to write a living will with no resuscitation, who helps with that', 'en', null],
  ]);

  // "Tajuttomasti" is a way of saying "terribly", not unconsciousness; whether toothache that
  // bad needs seeing today is the learned signal's to say.
  it('"viisaudenhammas särkee ihan tajuttomasti" (fi): no one is unconscious', () => {
    const match = detect('viisaudenhammas särkee ihan tajuttomasti, saisko ajan tänään', 'fi');
    expect(match === null || match.learned === true).toBe(true);
  });
});

describe('a heart attack told by its jaw and its sweat', () => {
  flags([
    // "Jaw" alone is no toothache: pain going out to the jaw is the heart's, as "leukaan" is.
    ['pain radiating to jaw', 'en', 'chest-pain'],
    [
      "Client reports 'indigestion' since this morning, pain spreading to the jaw, sweating heavily.",
      'en',
      'chest-pain',
    ],
    ['värk upp i käken och armen, svettas kraftigt', 'sv', 'chest-pain'],
    // A tooth still explains its jaw, and a swollen jaw is a tooth's.
    ['tooth pain radiating to my jaw, it is unbearable', 'en', 'urgent-pain'],
    [
      'my wisdom tooth is killing me and the jaw is swollen so i can barely open my mouth',
      'en',
      'urgent-pain',
    ],
  ]);
});

describe("a friend's crisis that others already have in hand", () => {
  flags([
    // The parents know and the police went: the writer asks how to talk about it at home.
    [
      'tyttären kaveri laitto snäppiin et aikoo tappaa itsensä, koulu ja kaverin vanhemmat tietää jo ja poliisi kävi siellä eilen. miten mä puhun tästä mun tytön kanssa',
      'fi',
      null,
    ],
    [
      'Anhörig berättar att grannen skickat meddelande om att göra slut på allt; polisen kontaktades i går och grannen vårdas nu på avdelning.',
      'sv',
      null,
    ],
    [
      "my daughter's friend posted she wanted to die but her parents are on it. how do i talk to my daughter about it",
      'en',
      null,
    ],
    // Nobody has it in hand yet: the friend is in danger now.
    [
      'kaveri kirjoitti et aikoo tappaa itsensä tänä yönä, sen vanhemmat ei tiedä mitään',
      'fi',
      'suicide-intent',
    ],
    [
      'my friend says she will kill herself tonight and her parents know nothing',
      'en',
      'suicide-intent',
    ],
    ['min kompis skär sig just nu och föräldrarna vet inte', 'sv', 'self-harm'],
    // Happening now, whoever knows.
    [
      'kaveri otti just kaikki sen lääkkeet ja on tajuton, sen vanhemmat tietää ja ambulanssi tulossa',
      'fi',
      'overdose',
    ],
    // Where a friend could get help is a question, not help given.
    ['kaveri puhuu et haluu tappaa ittensä, mistä se saa apua', 'fi', 'suicidal-thoughts'],
    // The family is whom residents call for, whoever else knows.
    ['mieheni puristaa rintaa ja hikoilee, vanhemmat tietää jo', 'fi', 'chest-pain'],
  ]);
});

describe('the poison centre already said it is harmless', () => {
  flags([
    [
      "i accidentally took my morning pills twice, called the poison centre already and they said its harmless. should i skip tomorrow's dose",
      'en',
      null,
    ],
    [
      'tyttö söi vahingossa kaks vitamiinikarkkia liikaa, soitin jo myrkytystietokeskukseen ja sano ettei vaaraa',
      'fi',
      null,
    ],
    // Having called is not an all-clear: what they said, or that nobody answered, decides.
    [
      'lapsi joi tiskiainetta, soitin myrkytystietokeskukseen ja ne käski soittaa 112',
      'fi',
      'child-poisoning',
    ],
    ['my toddler drank bleach, called poison control but nobody answers', 'en', 'child-poisoning'],
    [
      'barnet drack lampolja, ringde giftinformationscentralen och de sa ring 112',
      'sv',
      'child-poisoning',
    ],
  ]);
});

describe('scars and risks that are past by their own word, and a cut after the history', () => {
  flags([
    // A scar is a healed wound, and a risk is a worry: the word is its own past.
    [
      'Asiakkaalla vanhoja viiltelyarpia käsivarsissa, viimeisin viiltely 6 v. sitten. Toivoo arpien laserhoitoa.',
      'fi',
      null,
    ],
    ['onks teillä ryhmää tupakan lopettamiseen, haluun vähentää infarktiriskiä', 'fi', null],
    // ...but a rope that is ready is a plan, whatever "valmiina" means elsewhere.
    ['as. mainitsi että köysi on jo valmiina kellarissa', 'fi', 'suicide-intent'],
    // A "but" after the history starts what is happening now.
    ['vanhat arvet mutta eilen illalla viilteli uudestaan ja haavat vuotaa', 'fi', 'self-harm'],
    ['gamla ärr men i går kväll skar hon sig igen och det blöder', 'sv', 'self-harm'],
    // ...and the history is still a history when the "but" says what is now.
    ['viilteli yläasteella mutta nykyään voi hyvin', 'fi', null],
  ]);
});

describe('a note that closes a history with "now", and a sudden change against how the person was', () => {
  flags([
    // A "now" after every past word has closed the history: what follows is happening.
    [
      'viime vuonna oli itsetuhoisia ajatuksia ja nyt ne on palannu, mietin et tapan itteni',
      'fi',
      'suicidal-thoughts',
    ],
    // ...but a "now" that only says the history is over keeps it a history.
    ['viime vuonna oli itsetuhoisia ajatuksia, nyt voi hyvin', 'fi', null],
    // How the person was before is no history: it says the change is new.
    [
      'Yöhoitaja: asukas harhailee käytävällä, ei tiedä missä on, aiemmin täysin orientoitunut.',
      'fi',
      'sudden-confusion',
    ],
    // A negation inside a phrase after the match is that phrase's: people who are not there.
    [
      'mummo ollu tänään tosi sekava ja näkee huoneessa ihmisiä joita ei oo',
      'fi',
      'sudden-confusion',
    ],
  ]);
});

describe('histories told by peers and in the past tense, memorials, and chest-wall pain', () => {
  flags([
    [
      'Peer worker disclosed historic self-harm (stopped over a decade ago) when a group member asked about her scars.',
      'en',
      null,
    ],
    ['a student told me she used to self harm, shes doing ok now', 'en', null],
    ['mulla on viiltelyhistoria teini-iästä ja nyt vedän vertaisryhmää nuorille', 'fi', null],
    ['har haft självmordstankar förr men mår bra nu med medicinen', 'sv', null],
    // Stopping, dated, is the match's own end...
    [
      'Nuori kertoo viilelleensä yläkoulun alussa, lopettanut 1,5 v sitten. Jatkaa kuraattorikäyntejä.',
      'fi',
      null,
    ],
    // ...but a school left two years ago dates nothing about the cutting.
    ['Nuori kertoo viiltelevänsä, lopettanut koulun 2 v sitten', 'fi', 'self-harm'],
    // Used to, and now again: the history is back.
    ['i used to self harm and last night i cut again, its bleeding a lot', 'en', 'self-harm'],
    // A memorial names a death that is over...
    ['Nuori kertoo kaverinsa itsemurhan vuosipäivän lähestyvän, aikoo käydä haudalla.', 'fi', null],
    ['Minnesstund för de drunknade vid stranden på söndag.', 'sv', null],
    // ...but a wish to die on the day is today's.
    [
      "the anniversary of my dad's suicide is tomorrow and i want to die too",
      'en',
      'suicidal-thoughts',
    ],
    // A chest that hurts when pressed or moved is its wall...
    ['rintaan sattuu kun painaa kylkiluuta, oli eilen salilla tosi raskas treeni', 'fi', null],
    ['nu värk i bröstmusklerna när hon lyfter armarna efter flytten, andas normalt', 'sv', null],
    ['chest sore since i started climbing again, hurts when i push on the muscle', 'en', null],
    // ...and a crushing chest with a cold sweat still gets 112, whatever the person thinks.
    [
      'isä sanoo et se on vaan lihaskipu mut rintaa puristaa ja hikoilee kylmää hikeä',
      'fi',
      'general-112',
    ],
  ]);
});

describe('words of death said as a joke, unless the joke is meant', () => {
  flags([
    ["mun 17v sanoo 'mä tapan itteni' aina ku wifi pätkii. tiedän et se on vitsi", 'fi', null],
    [
      "14F says 'I literally want to die' about her new braces and laughs; asked directly, no thoughts of dying.",
      'en',
      null,
    ],
    [
      'Under samtalet om skulderna skrattade klienten och sa "nu får jag väl gå och hänga mig".',
      'sv',
      null,
    ],
    // A joke feared to be meant, or denied, keeps the thought.
    [
      'se sano vitsillä et tappaa ittensä mut pelkään et se on tosissaan',
      'fi',
      'suicidal-thoughts',
    ],
    ['se sanoi ettei se ollut vitsi että se haluaa kuolla', 'fi', 'suicidal-thoughts'],
    ['she says it was not a joke, she wants to die', 'en', 'suicidal-thoughts'],
    // A joke in the sentence before is no joke about the plan.
    [
      'Vitsailee paljon. Kertoo aikovansa ottaa kaikki lääkkeensä tänä iltana.',
      'fi',
      'suicide-intent',
    ],
    // A joke never explains a body's signs.
    ['isä vitsailee mut rintaa puristaa ja kipu säteilee vasempaan käteen', 'fi', 'chest-pain'],
  ]);
});

describe('meningitis and sudden confusion told in everyday words', () => {
  flags([
    [
      'prickar på benen som int bleknar när jag trycker med ett glas, o feber 39',
      'sv',
      'meningitis',
    ],
    [
      'sonen har hög feber o säger att nacken gör ont när han böjer huvet, han vill ha det mörkt',
      'sv',
      'meningitis',
    ],
    [
      'mies vaan makaa pimeessä huoneessa, kuumetta yli 39 eikä pysty kääntään päätä ollenkaan',
      'fi',
      'meningitis',
    ],
    [
      'As. (76 v.) toistelee samoja kysymyksiä, ei tiedä viikonpäivää. Tyttären mukaan eilen täysin normaali.',
      'fi',
      'sudden-confusion',
    ],
    // A drug named and bleeding denied is a medicine round.
    [
      'min mamma tar eliquis och har int haft några blödningar, hon behöver hjälp med dosetten',
      'sv',
      null,
    ],
  ]);
});

describe('a death in the past and a wish to die now', () => {
  flags([
    // The past dates the death, not the thought told after "and".
    ['isä kuoli vuosi sitten ja mietin itsemurhaa', 'fi', 'suicidal-thoughts'],
    ['äiti kuoli viime keväänä ja haluan kuolla', 'fi', 'suicidal-thoughts'],
    ['my wife died in march and i want to die', 'en', 'suicidal-thoughts'],
    ['pappa dog i fjol och jag tänker på självmord', 'sv', 'suicidal-thoughts'],
    // A past verb after the "and" keeps the thought in the past.
    ['my wife died in march and i was suicidal for a while', 'en', null],
    ['Masennusjakso 2019 ja oli itsetuhoisia ajatuksia', 'fi', null],
  ]);
});

describe('words of death sung or shouted over a game, friends in care, and screening answers', () => {
  flags([
    [
      'mun 8v poika laulaa koko ajan jotain biisiä missä on et "tapan itteni", se on muuten iloinen',
      'fi',
      null,
    ],
    [
      'Mother worried because son (11) shouts "I\'ll kill myself" when losing at online games. Otherwise well.',
      'en',
      null,
    ],
    // A threat over a real loss is no game.
    ["my husband said he'll kill himself when he loses the house", 'en', 'suicidal-thoughts'],
    [
      "my friend told me she cuts herself but she's already seeing a therapist and her mum knows",
      'en',
      null,
    ],
    ['min kollega fick panikattack på jobbet igår o företagshälsan tog hand om henne', 'sv', null],
    [
      'Numb fingers on waking after sleeping on her arm, resolved within minutes, normal grip and speech. Advised to mention at next GP check.',
      'en',
      null,
    ],
    // A screening answered "never", "all negative" or denied when asked.
    ['EPDS: kysymys 10 (ajatus vahingoittaa itseään) "ei koskaan".', 'fi', null],
    ['Columbia suicide severity screen: all negative. Low risk.', 'en', null],
    ['Itsetuhoisuus kysytty erikseen, kiistää.', 'fi', null],
    // "Never" that goes on is no answer.
    [
      'Itsetuhoisuus: ei koskaan ollut näin paha, aikoo ottaa kaikki lääkkeet tänään',
      'fi',
      'suicide-intent',
    ],
  ]);
});

describe('a Swedish word that only ends like a tooth', () => {
  flags([
    // "tillstånd" and "avstånd" end in "-stånd", not in a tooth: no toothache excuses the swelling.
    [
      'hans tillstånd försämras, läpparna och tungan svullnar efter getingsticket',
      'sv',
      'anaphylaxis',
    ],
    ['visdomstanden värker och kinden är svullen', 'sv', 'urgent-pain'],
  ]);
});

describe('advice for a later day, doses, scores and histories in a routine note', () => {
  flags([
    // The condition of advice is not an event now...
    ['Ohjeistettu: jos rintakipua tai hengenahdistusta, soittaa 112.', 'fi', null],
    ['Råd: vila och vätska, ny kontakt om febern håller i sig över 3 dygn.', 'sv', null],
    ['Pt told: if fever, increasing pain or redness spreading, call 116117.', 'en', null],
    ['Kunden vet att ringa jouren om feber eller om rodnaden sprider sig.', 'sv', null],
    // ...unless it is told as happening, and advice without an "if" is the event itself.
    ['told to call if he got worse, now he has crushing chest pain', 'en', 'chest-pain'],
    ['Neuvottu soittamaan 112, isällä kova rintakipu ja kylmä hiki.', 'fi', 'chest-pain'],
    // "yli 5 min" is how long a seizure may last, not when one happened.
    [
      'Epilepsiaa sairastava as. pyysi ohjeet kavereilleen kohtauksen varalle: kylkiasento, 112 jos kestää yli 5 min.',
      'fi',
      null,
    ],
    ['mitä jos kohtaus kestää yli 5 min', 'fi', null],
    ['poika kouristaa nyt ja kohtaus on kestänyt yli 5 min', 'fi', 'seizure'],
    // A dose is no count of pills and no temperature; a blood pressure is no count either.
    [
      'Aamulääkkeet annettu dosetista (Furesis 40 mg, Emconcor 2,5 mg). RR 142/78, p 68.',
      'fi',
      null,
    ],
    ['otti 40 tablettia Panadolia tunti sitten', 'fi', 'overdose'],
    // A screening item scored 0 is a "no"; a score above 0 is not.
    ['EPDS 6 p., kohta 10 (ajatus itsensä vahingoittamisesta) 0 p.', 'fi', null],
    // "How long ago" names no event of its own: "viimeksi yli vuosi sitten" dates the cutting.
    ['Kertoi viiltelevänsä, viimeksi yli vuosi sitten.', 'fi', null],
    [
      'viiltelin viimeksi yli vuosi sitten mutta tänään viiltelin taas ja haava vuotaa paljon',
      'fi',
      'self-harm',
    ],
    // A relative clause about the match dates it.
    ['Asiakas muistelee rintakipuja, joita oli viime syksynä ennen pallolaajennusta.', 'fi', null],
    // A screening answered "no" for a whole list, for a question with its qualifiers, or before it.
    ['Självskada och självmordstankar efterfrågade: nej. Trivs i skolan.', 'sv', null],
    ['Frågat om hon har tankar på att skada sig själv eller honom: nej.', 'sv', null],
    ['Asked directly about suicidal thoughts: denies any, current or past.', 'en', null],
    [
      'gjorde testet på er sida o svarade nej på frågan om självmordstankar, ska ja boka tid',
      'sv',
      null,
    ],
    [
      'svarade nej på frågan om självmordstankar förra veckan men nu tänker jag ta livet av mig ikväll',
      'sv',
      'suicide-intent',
    ],
    // A rash that blanches is not the meningitis rash; one that does not blanch is.
    [
      'Rash on trunk, blanches on glass test, temp 37.6, eating and playing. Likely viral.',
      'en',
      null,
    ],
    ['fever 39.5 and a rash that does not fade under a glass, very sleepy', 'en', 'meningitis'],
    // "vid" starts the condition of written instructions.
    ['Anvisningar till familjen: vid anfall över 5 min ring 112.', 'sv', null],
    // A pain that is "now gone" is over.
    ['viikko sitten kova hammassärky, antibiootti aloitettu ja särky nyt poissa', 'fi', null],
  ]);
});

describe('a bitten dishwasher tablet, a promised beating, and a feverish child who is awake', () => {
  flags([
    [
      'Perhetyön kotik.: 2 v löydetty kylpyhuoneesta astianpesukonetabletin kanssa, osa puraistu, suussa vaahtoa.',
      'fi',
      'child-poisoning',
    ],
    [
      "10-åring berättar att styvpappan lovat 'ge honom stryk' när han kommer hem idag, vägrar gå hem.",
      'sv',
      'violence-now',
    ],
    ['jag vill int vakna mer, orkar int', 'sv', 'suicidal-thoughts'],
  ]);
  // "vill int dricka men hon är vaken" beside a fever is a sick child awake, not a wish to die.
  it('a feverish child who will not drink but is awake gets no crisis line', () => {
    const text =
      'vi var på jouren med vår 4åring för feber. nu har hon 40,3 och vill int dricka men hon är vaken, ska vi åka in igen';
    expect(detect(text, 'sv')?.flag).not.toBe('suicidal-thoughts');
  });
});

describe('"alone or with children" is who may come, not a child left alone', () => {
  flags([
    ['Vanhemmat voivat osallistua yksin tai lasten kanssa.', 'fi', null],
    ['Föräldrar kan delta ensamma eller med sina barn.', 'sv', null],
    ['You can visit the family centre alone or with your children.', 'en', null],
    ['3v on yksin kotona ja äiti lähti baariin', 'fi', 'child-in-danger'],
  ]);
});

describe('a condition asked about ahead of time, with the frame said after it', () => {
  flags([
    [
      'jos lapsi joskus nielee nappipariston niin mitä pitää tehdä? kysyn vaan etukäteen',
      'fi',
      null,
    ],
    [
      'miten lapsen kanssa toimitaan jos nielee nappipariston? ihan vaan et tietäis etukäteen',
      'fi',
      null,
    ],
    // Told as done, it is the event, whatever the writer meant to ask ahead.
    [
      'jos lapsi nielaisi juuri nappipariston niin mitä teen, en osannut varautua etukäteen',
      'fi',
      'child-poisoning',
    ],
  ]);
});

describe("a peer's crisis told by a writer who is spared", () => {
  flags([
    [
      'Asiakas huolissaan kämppiksestään, joka on puhunut ettei jaksa elää. Asiakas itse kiistää itsetuhoiset ajatukset.',
      'fi',
      null,
    ],
    [
      'min kompis säger att hon skär sig men hon har redan en kurator. jag gör int sånt själv men hur kan jag hjälpa henne',
      'sv',
      null,
    ],
    // Turning to oneself is not being spared: the friend's wish to die stands.
    [
      'my friend says he wants to kill himself, i dont know what to do myself',
      'en',
      'suicidal-thoughts',
    ],
    [
      'kaveri lähetti viestin että tappaa itsensä, en saa itse siihen yhteyttä',
      'fi',
      'suicidal-thoughts',
    ],
    // The writer's own denial, with no peer, still denies only the writer's thoughts.
    [
      'Itkuinen, nukkuu huonosti. Kiistää omat itsetuhoiset ajatukset. Ohjattu vertaisryhmään.',
      'fi',
      null,
    ],
  ]);
});

describe('head-banging known in autism or an intellectual disability', () => {
  flags([
    [
      'Kehitysvammaohjaaja: nuori hakkaa päätään pöytään aistiylikuormituksessa, jatkunut lapsuudesta, kirjattu toimintasuunnitelmaan.',
      'fi',
      null,
    ],
    [
      'daughter has intellectual disability and scratches her arms when anxious, always has, skin is fine',
      'en',
      null,
    ],
    // Without the condition, head-banging is self-harm.
    ['poika lyö päätään seinään eikä lopeta', 'fi', 'self-harm'],
  ]);
  // An injury from it is still a 112 case, whatever situation names it.
  tiers([
    [
      'Boende (autism, känt huvudbankande) har i dag slagit huvudet i dörrkarmen, har sedan kräkts och är svårväckt.',
      'sv',
      'emergency',
    ],
  ]);
});

describe('a smell of smoke traced to a harmless source', () => {
  flags([
    [
      'Klienten ringde om röklukt i trapphuset, disponenten konstaterade att grannen eldade i kakelugnen.',
      'sv',
      null,
    ],
    ['We had a barbecue and the wind blew smoke right into the neighbours window', 'en', null],
    // Flames are a fire, whatever else was lit.
    ['naapuri grillaa ja sen parveke on tulessa, liekit näkyy', 'fi', 'fire-smoke'],
    ['we were having a barbecue and the shed caught fire, flames everywhere', 'en', 'fire-smoke'],
  ]);
});

describe('bruises in a child', () => {
  flags([
    [
      'Lapsella mustelmia säärissä; kertoo kaatuneensa pyörällä koulumatkalla, opettaja näki tapahtuman.',
      'fi',
      null,
    ],
    // With fever, bruise-like spots are purpura.
    [
      'poikaystävällä alko aamulla kuume ja nyt iltapäivällä iholla mustelman näkösiä läiskiä',
      'fi',
      'meningitis',
    ],
    ['my son has a fever and bruises appeared on his legs in an hour', 'en', 'meningitis'],
  ]);
});

describe('a visit to the emergency department told as past', () => {
  flags([
    [
      'Asiakas oli päivystyksessä rintakivun vuoksi, infarkti suljettu pois, todettu refluksi.',
      'fi',
      null,
    ],
  ]);
});

describe('a plan of care and a flat battery are no emergency', () => {
  flags([
    [
      'Päihdekuntoutuksen suunnitelma: opioidikorvaushoito, yliannostus 2021. Naloksoni-nenäsumute kotona.',
      'fi',
      null,
    ],
    ['Service plan: previously homeless, overdose in 2022. Now in supported housing.', 'en', null],
    ['she has made a plan to overdose tonight, safety plan not followed', 'en', 'suicide-intent'],
    [
      'Daughter present: hearing aid battery was flat, client answers normally once it works.',
      'en',
      null,
    ],
    // A swallowed battery is the emergency, whatever device it came from.
    ['lapsi nielaisi kuulolaitteen pariston', 'fi', 'child-poisoning'],
    ['my 2 year old swallowed a hearing aid battery 10 minutes ago', 'en', 'child-poisoning'],
  ]);
});

describe('thoughts that cannot be stopped', () => {
  flags([
    [
      'i cant stop thinking about killing myself, no plan but its getting worse at night',
      'en',
      'suicidal-thoughts',
    ],
    ['jag kan inte sluta tänka på självmord, ingen plan', 'sv', 'suicidal-thoughts'],
    ['Denies suicidal thoughts, stopped drinking in May.', 'en', null],
  ]);
});

describe('who the person is does not make the emergency a course', () => {
  flags([
    // "learning" of "learning disability" is no first-aid course.
    [
      'Resident with learning disability has crushing chest pain and is sweating',
      'en',
      'chest-pain',
    ],
    ['my son with learning difficulties swallowed bleach', 'en', 'child-poisoning'],
  ]);
});

describe('a past that stopped, said after a but', () => {
  flags([
    [
      'tytär viilteli ennen mut ei oo tehny sitä puoleen vuoteen, haluais juttuapua koulussa',
      'fi',
      null,
    ],
    [
      'Ungdomen skar sig i högstadiet, inte på två år. Söker hjälp för prestationsångest.',
      'sv',
      null,
    ],
    // Again now, or a "not since" about something else, keeps it.
    ['tytär viiltelee taas, ei oo tehny sitä puoleen vuoteen', 'fi', 'self-harm'],
    ['poika viilsi ranteensa, ei oo syöny viikkoon', 'fi', 'self-harm'],
  ]);
});

describe('the same feeling back after a past event', () => {
  flags([
    [
      'had a heart attack in 2019 and the same crushing feeling is back, going down my arm',
      'en',
      'chest-pain',
    ],
    ['had a heart attack in 2019, how do i get cardiac rehab, the pain is gone', 'en', null],
  ]);
});

describe('a fire beside a bonfire, and carbon monoxide from a boiler', () => {
  flags([
    [
      'we had a bonfire in the garden and now the shed next to the house is on fire',
      'en',
      'fire-smoke',
    ],
    [
      "whole family has headaches and feels sick and dizzy, the boiler's been making funny noises",
      'en',
      'poisoning',
    ],
  ]);
});

describe("a peer's crisis that others have in hand", () => {
  flags([
    [
      'As. kertoo ystävän lähettäneen itsetuhoisen viestin eilen, ystävä nyt osastohoidossa. As. huolissaan.',
      'fi',
      null,
    ],
    [
      'min lillebror berätta att en i hans klass pratar om att ta livet av sig. han själv mår ok säger han. vem ska vi kontakta',
      'sv',
      null,
    ],
    // Hands that were there before the crisis now are no hands.
    [
      'kaveri on nyt osastohoidossa mut se lähetti just viestin että hyppää parvekkeelta nyt',
      'fi',
      'suicide-intent',
    ],
  ]);
});

describe('a feared emergency that turned out to be something else', () => {
  flags([
    [
      'Vanhus löytyi aamulla lattialta, luultiin tajuttomaksi mutta oli nukahtanut matolle. Ei vammoja.',
      'fi',
      null,
    ],
    [
      'we thought it was a stroke but it was Bells palsy and she is fine now, can she get physio',
      'en',
      null,
    ],
    [
      'epäiltiin et lapsi sai myrkytyksen marjoista mut myrkytystietokeskus sano et vaarattomia',
      'fi',
      null,
    ],
    // What follows the correction is what happened.
    ['luultiin et se nukkuu mut se ei herää eikä hengitä', 'fi', 'unconscious'],
    [
      'I thought it was heartburn but he is grey and sweating with crushing chest pain',
      'en',
      'chest-pain',
    ],
    [
      'we thought he was fine but it turned out he had swallowed a button battery',
      'en',
      'child-poisoning',
    ],
    // A fear for someone's life may be right: thoughts and plans are not ruled out this way.
    [
      'pelättiin et se tappaa ittensä mut se oli rauhallinen, nyt se ei vastaa puhelimeen',
      'fi',
      'suicide-intent',
    ],
  ]);
});

describe('a past that names the match’s own day', () => {
  flags([
    [
      'Barnet svalde ett knappbatteri 6.5., avlägsnat samma dag på sjukhus. BVC-kontroll 20.5.: äter normalt.',
      'sv',
      null,
    ],
    // A code's point keeps a diagnosis line one sentence.
    ['Dg I63.9 aivoinfarkti 2021, nyt kuntoutuksessa', 'fi', null],
    ['no breathing or swallowing problems, toothache since last night', 'en', null],
    [
      'rv 32. Kertoo runsaasta kirkkaanpunaisesta vuodosta joka alkoi tunti sitten.',
      'fi',
      'pregnancy-bleeding',
    ],
  ]);
});

describe('a verdict on a swallowing, told after it', () => {
  flags([
    [
      'Familjen ringde Giftinformationscentralen när 3-åringen smakat på en krukväxt, växten ofarlig. Barnet piggt.',
      'sv',
      null,
    ],
    [
      'Puhelu: äiti huolissaan, 3v nuollut rahapuun lehteä eilen. Tarkistettu, vaaraton kasvi. Ei jatkotoimia.',
      'fi',
      null,
    ],
    // A verdict before the match judged something else.
    [
      'växten var ofarlig sa giftinformationen, men nu har 2-åringen druckit lampolja och hostar',
      'sv',
      'child-poisoning',
    ],
  ]);
});

describe('a question said to be general, and plans for a later day', () => {
  flags([
    [
      'voiko 13v mennä yksin koulupsykologille puhumaan itsetuhoisista ajatuksista? kysyn yleisesti, meillä ei oo mitään hätää',
      'fi',
      null,
    ],
    [
      'Care plan for pupil with epilepsy: if a seizure lasts over 5 mins give buccal midazolam and call 112.',
      'en',
      null,
    ],
    [
      'Astmaplan genomgången med föräldrarna: vid svår andnöd som inte lättar av inhalatorn ring 112.',
      'sv',
      null,
    ],
    // A "but" after the general question tells what happened.
    [
      'kysyn vaan yleisesti mutta mun 3v söi kai jotain pillereitä lattialta',
      'fi',
      'child-poisoning',
    ],
    [
      'jag frågar bara allmänt men min 3-åring åt nog några tabletter från golvet',
      'sv',
      'child-poisoning',
    ],
    [
      'just asking in general, but my 3 year old may have eaten some pills from the floor',
      'en',
      'child-poisoning',
    ],
    [
      'asking in general: what if a toddler swallows a button battery? but nothing has happened',
      'en',
      null,
    ],
    // The plan's words name no event; a failing plan now is one.
    ['barnet har astma och astmaplanen hjälper inte, hon får ingen luft nu', 'sv', 'breathing'],
    ['SI/HI neg. Mood improved since last visit, sleeping 7h.', 'en', null],
    // "years clean" is no history when it is broken: a relapse tonight.
    ['I cut again tonight after 2 years clean. its not bad but I feel awful', 'en', 'self-harm'],
  ]);
});

describe('a worry ahead, and a few days ago', () => {
  flags([
    [
      'sekotin vahingossa kloritetta ja etikkaa kylppärissä pari päivää sitten ja haisi pahalta, nyt ihan ok olo',
      'fi',
      null,
    ],
    // A few days ago, and something new now.
    ['löi päänsä pari päivää sitten ja nyt oksentaa ja on tosi uninen', 'fi', 'head-injury'],
    ['mamma tar så många mediciner o vi e rädda att hon ska ta fel, kan hon få dosett', 'sv', null],
  ]);
});

describe('a wish denied after it, a disclosure that may come, a friend asked about', () => {
  flags([
    // A note's assessment after a quoted wish answers it...
    [
      "Client said 'sometimes I just want to disappear'. On exploration no SI, no plan.",
      'en',
      null,
    ],
    ['Kouluth. tavannut: ei huolta itsetuhoisuudesta, huoltajat tietoisia.', 'fi', null],
    // ...a denial before the wish does not, nor a denied plan, nor denied thoughts beside cutting.
    ['Ei aiemmin itsetuhoisia ajatuksia, nyt toivoo kuolevansa.', 'fi', 'suicidal-thoughts'],
    ['Sanoo haluavansa kuolla. Ei suunnitelmaa.', 'fi', 'suicidal-thoughts'],
    ['Viiltelee käsivarsiin päivittäin. Ei itsetuhoisia ajatuksia.', 'fi', 'self-harm'],
    // "If someone tells me" is a disclosure that may come; a past verb after it is one that came.
    ["who do I contact if a player tells me they're self-harming", 'en', null],
    ['what do I do if he says he swallowed all his pills', 'en', 'overdose'],
    // A friend's cutting told with how to help is the writer's worry, unless it is happening now.
    [
      "my friend told me she's been cutting and made me promise not to tell. i don't know how to help her",
      'en',
      null,
    ],
    ["my friend is cutting herself right now and won't stop, how do I help her", 'en', 'self-harm'],
    ['my baby chewed a leaf from our houseplant, poison centre said its not toxic', 'en', null],
  ]);
});

describe('a form asks, a leaflet warns, a note instructs, a joke rolls its eyes', () => {
  flags([
    // A note headed as an instruction is the instruction: its arrows and ifs are conditions; a
    // later sentence without one, or a "now", is the event.
    [
      'Ohje kotihoidolle: jos asiakkaalle tulee epilepsiakohtaus, katso aika. Yli 5 min tai toistuva kohtaus → Buccolam ja 112.',
      'fi',
      null,
    ],
    [
      'Anaphylaxis action plan for nursery: peanut allergy. Swelling, wheeze or collapse → inject thigh, call 112.',
      'en',
      null,
    ],
    [
      'Ohje annettu eilen: jos rintakipua, soita 112. Tänään rintakipua ja kylmä hiki.',
      'fi',
      'chest-pain',
    ],
    ['Kotihoidon ohje: jos ei herää → 112. Nyt ei herää ollenkaan.', 'fi', 'unconscious'],
    // An instruction with its condition needs no heading: the "if" and the word of getting help
    // say it. A question of the writer's, their own people, or a "now" keep the match.
    [
      'Käyty läpi isän kanssa: jos lapsi muuttuu veltoksi tai harmaaksi, soitto 112 heti.',
      'fi',
      null,
    ],
    ['Kunden vet att ringa 112 om bröstsmärtan inte går över efter nitro.', 'sv', null],
    ['if she stops breathing call 112', 'en', null],
    ['Jos tyttö ei herää, soitto 112. Nyt ei herää ollenkaan.', 'fi', 'unconscious'],
    ['do I call 112 if my wife cannot lift her arm and her mouth droops', 'en', 'stroke'],
    ['soitanko 112 jos mummo ei herää', 'fi', 'unconscious'],
    ['ska vi ringa 112 om pappa har ont i bröstet och kallsvettas', 'sv', 'chest-pain'],
    ['if the ambulance is not here soon, he is not breathing, call 112 again', 'en', 'unconscious'],
    ['Ohje: jos rintakipua soita 112. Isällä nyt kova rintakipu ja hikoilee', 'fi', 'chest-pain'],
    // A form's question about self-harm is its topic; an answer that says yes is a finding. No bare
    // "question" or "form": a wish beside them is a wish.
    [
      'neuvolassa täytin masennuslomakkeen ja yks kysymys oli itsensä vahingoittamisesta, vastasin ei koskaan',
      'fi',
      null,
    ],
    [
      'they gave me a depression questionnaire with a question about harming myself, is this standard?',
      'en',
      null,
    ],
    [
      'fick fylla i ett formulär med frågor om jag nånsin tänkt skada mig själv, vart går informationen?',
      'sv',
      null,
    ],
    ["EPDS 17 p. Kohta 10 (ajatus itsensä vahingoittamisesta) 'melko usein'.", 'fi', 'self-harm'],
    ['Mother EPDS 17, self-harm item 2, says she thinks of it most days.', 'en', 'self-harm'],
    ['mulla on kysymys, haluan kuolla, mitä teen', 'fi', 'suicidal-thoughts'],
    ['täytän tätä lomaketta ja haluan vaan kuolla', 'fi', 'suicidal-thoughts'],
    ['I had a question about my meds and honestly I want to die', 'en', 'suicidal-thoughts'],
    [
      'kysyttiin onko itsetuhoisia ajatuksia ja vastasin kyllä, niitä on joka päivä',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'EPDS uudelleen 3 kk iässä. Jos mieliala laskee tai tulee ajatuksia vahingoittaa itseä, puoliso soittaa neuvolaan.',
      'fi',
      null,
    ],
    [
      "Depressionsscreening (PHQ-9), 4 p. Fråga 9 (tankar på att dö/skada sig) besvarad 'inte alls'.",
      'sv',
      null,
    ],
    ['Antenatal visit 32 wks: EPDS 5, self-harm item 0. Partner supportive.', 'en', null],
    ['miks lääkäri kysyy joka kerta oonko ajatellu kuolemaa? ärsyttää ku en oo', 'fi', null],
    [
      'lääkäri kysyi olenko ajatellut itsemurhaa ja sanoin että joka päivä',
      'fi',
      'suicidal-thoughts',
    ],
    [
      'Vanhempi kysyy voiko nappiparistolla leikkivä lapsi saada myrkytyksen kosketuksesta. Nielemistä ei tapahtunut.',
      'fi',
      null,
    ],
    [
      'EPDS 6 p. Kysytty ajatuksista vahingoittaa itseään tai vauvaa: ei ole ollut. Puoliso kotona.',
      'fi',
      null,
    ],
    [
      'neuvolan lomakkeessa yks kysymys oli itsensä vahingoittamisesta ja oon kyllä viillelly eilen',
      'fi',
      'self-harm',
    ],
    [
      'there was a question about self harm on the form and honestly I cut myself last night',
      'en',
      'self-harm',
    ],
    ['lääkäri kysyy aina olenko ajatellut itsemurhaa ja nyt ajattelen', 'fi', 'suicidal-thoughts'],
    ['mulla on kysymys: otin kaikki lääkkeet äsken', 'fi', 'overdose'],
    ['kysyttiin onko itsetuhoisia ajatuksia: kyllä, päivittäin', 'fi', 'suicidal-thoughts'],
    // A thought told now beside a leaflet's warning is a thought.
    [
      'aloitin uuden lääkkeen ja nyt mulla on itsetuhoisia ajatuksia, pakkausselosteessa mainittiin tästä',
      'fi',
      'suicidal-thoughts',
    ],
    ['the leaflet said it might happen and now I want to kill myself', 'en', 'suicide-intent'],
    [
      'the leaflet says it can cause suicidal thoughts and now I want to die',
      'en',
      'suicidal-thoughts',
    ],
    [
      'luin pakkausselosteesta että voi aiheuttaa itsetuhoisia ajatuksia ja nyt mulla on niitä',
      'fi',
      'suicidal-thoughts',
    ],
    // Disappearing for a week is a rest; forever is not.
    ['kelan kanssa asioiminen on sellasta et haluis vaan kadota maan alle', 'fi', null],
    ['i just want to disappear under a blanket for a week, 3 kids under 5', 'en', null],
    ['i want to disappear forever, nobody would miss me', 'en', 'suicidal-thoughts'],
    // A past verb before "and" tells of then, and so does "clean from"; a "now" after a history
    // does not. A school is a past only when told in the past: a pupil can be in it now.
    [
      'päihdehoidosta pääsin keväällä, olin silloin ihan pohjalla ja mietin kuolemaa. nyt tarviis apua asunnon hakemiseen',
      'fi',
      null,
    ],
    ['olin ihan pohjalla ja mietin kuolemaa koko ajan', 'fi', 'suicidal-thoughts'],
    ['viime vuonna masennus ja nyt mietin kuolemaa', 'fi', 'suicidal-thoughts'],
    ['tyttö on lukiossa ja viilteli tänään itseään', 'fi', 'self-harm'],
    ['yläkoulussa on niin paha olla etten halua elää', 'fi', 'suicidal-thoughts'],
    ['jag mår så dåligt i gymnasiet att jag vill dö', 'sv', 'suicidal-thoughts'],
    ['im in high school and i want to die', 'en', 'suicidal-thoughts'],
    [
      'itsensä vahingoittaminen oli mun elämää lukiossa. nyt aloitin yliopistossa ja haluan varmistaa että tukea löytyy',
      'fi',
      null,
    ],
    ['back home i self harmed a lot, here in finland im much better', 'en', null],
    [
      'Ungdomen berättar att hon skar sig i högstadiet, ärr på underarmarna. Senast för över ett år sedan.',
      'sv',
      null,
    ],
    ['lukiossa mä viiltelen joka päivä vessassa', 'fi', 'self-harm'],
    ['olin pohjalla ja mietin kuolemaa ja mietin sitä yhä joka päivä', 'fi', 'suicidal-thoughts'],
    ['in high school I cut and now I am cutting again tonight', 'en', 'self-harm'],
    ['lukiossa viiltelin ja viiltelen yhä joka ilta', 'fi', 'self-harm'],
    ['i gymnasiet mådde jag bra men nu vill jag inte leva längre', 'sv', 'suicidal-thoughts'],
    [
      'back home they beat me, and here my husband hits me every night, he is hitting me now',
      'en',
      'violence-now',
    ],
    // A friend's or a classmate's cutting asked about is the writer's worry; cutting now, or a deep
    // cut, is not.
    ['poika kerto et sen kaveri viiltelee, miten mä voin puhua tästä pojan kanssa', 'fi', null],
    ["my brother's friend cuts himself, who do we tell", 'en', null],
    ['kaveri viiltelee just nyt eikä lopeta, kenelle kertoa', 'fi', 'self-harm'],
    ['min kompis har skurit sig djupt och jag vet int hur jag ska hjälpa henne', 'sv', 'self-harm'],
    [
      'meidän luokalla yks tyttö viiltelee ja kaikki tietää sen. miten mä voisin tukee sitä',
      'fi',
      null,
    ],
    ['meidän luokalla yks tyttö viilteli just äsken vessassa ja vuotaa verta', 'fi', 'self-harm'],
    [
      'Lärare konsulterar efter att elev berättat om kompis självskadebeteende (inte akut, kompisen i vård).',
      'sv',
      null,
    ],
    [
      'my friend cuts herself every night and I dont know who to tell, she did it again an hour ago',
      'en',
      'self-harm',
    ],
    ['kaveri on hoidossa mutta karkasi ja sanoo tappavansa itsensä tänään', 'fi', 'suicide-intent'],
    // Bereavement by suicide is no thought of the writer's.
    ['onko teillä ryhmää läheisille joiden omainen on kuollu itsemurhaan', 'fi', null],
    // A safety plan's "if thoughts come" and "whenever" are conditions; "now" makes them real, and
    // "when I came home" is no condition.
    ['jos mulle tulee nyt ajatuksia tappaa itteni niin mitä teen', 'fi', 'suicidal-thoughts'],
    [
      "Familjearbete: pappan säger att 'huset brinner' när barnen bråkar vid middagen, bildligt talat.",
      'sv',
      null,
    ],
    [
      'Koulussa sovittu: oppilas voi tulla th:lle aina kun viiltelyhalu nousee. Huoltajat tietoisia.',
      'fi',
      null,
    ],
    [
      'Överenskommelse med skolan: eleven får gå till hälsovårdaren när självskadeimpulser kommer, vårdnadshavarna informerade.',
      'sv',
      null,
    ],
    ['när jag kom hem hade hon skurit sig djupt i armen', 'sv', 'self-harm'],
    ['om jag inte får hjälp kommer jag att ta livet av mig ikväll', 'sv', 'suicide-intent'],
    [
      'jag har självmordstankar nu och de kan komma tillbaka när som helst',
      'sv',
      'suicidal-thoughts',
    ],
    ['när jag får panik skär jag mig och det kommer blod', 'sv', 'self-harm'],
    ['aina kun ahdistaa viiltelen ja tänään viiltelin syvältä', 'fi', 'self-harm'],
    // A screening line's "no" with its time; a later denial answers a quoted wish, unless it dates
    // itself.
    [
      'Opiskeluterveydenhuolto. Itsetuhoisuus: ei nyt; 15-vuotiaana viiltelyä, ei sen jälkeen.',
      'fi',
      null,
    ],
    ['Itsetuhoisuus: ei nyt mutta eilen viilteli', 'fi', 'self-harm'],
    [
      "Nuori kirjoittanut someen 'haluun kuolla' koeviikolla. Kouluth tavannut samana päivänä: sanonta, ei itsetuhoisia ajatuksia eikä tekoja.",
      'fi',
      null,
    ],
    ['Haluaa kuolla. Eilen ei vielä itsetuhoisia ajatuksia.', 'fi', 'suicidal-thoughts'],
    // Whether a plant is poisonous to kids is a question; a child who ate one is not.
    ['is a peace lily poisonous to kids? just bought one and we have a crawler', 'en', null],
    ['är monstera giftig för barn? vår ettåring smakar på allt', 'sv', null],
    ['poika söi marjan joka on myrkyllinen lapsille', 'fi', 'child-poisoning'],
    ['my toddler just ate a leaf of a plant that is toxic to kids', 'en', 'child-poisoning'],
    ['lillan åt av en växt som är giftig för barn för en stund sen', 'sv', 'child-poisoning'],
    // A fire said figuratively, and a fire feared that was the sauna; a belief corrected into an
    // emergency.
    [
      'naapurin mummo luuli et sen kämpässä palaa kun haisi käry, mentiin kattoo ja se oli talon saunan kiuas',
      'fi',
      null,
    ],
    ['luulin et se nukkuu ja se oli tajuton eikä herää', 'fi', 'unconscious'],
    [
      'luultiin että vain käryää ja se olikin tulipalo, koko keittiö liekeissä nyt',
      'fi',
      'fire-smoke',
    ],
    // A laughing or eye-rolling emoji is a joke; a crying or upside-down face is not, and
    // "seriously" after a laugh keeps the plan.
    [
      'jos joudun vielä kerran soittaan tohon ajanvaraukseen niin ammun itteni 🙄 voiko neuvolaan varata ajan netissä',
      'fi',
      null,
    ],
    [
      "if I have to fill in one more Kela form I'm going to jump off a bridge 😂 how do I apply for housing help",
      'en',
      null,
    ],
    ['en jaksa enää elää. ihan sama mitä mulle käy 🙃', 'fi', 'suicidal-thoughts'],
    [
      "lol i'm going to kill myself tonight 😂 no but seriously i have the pills ready",
      'en',
      'suicide-intent',
    ],
    ['mun äiti ei herää 😭 se makaa sängyssä eikä vastaa', 'fi', 'unconscious'],
    ["haha I'm fine 😂 but seriously I took all my pills an hour ago", 'en', 'overdose'],
    ['haluun kuolla 😂 ei oo vitsi', 'fi', 'suicidal-thoughts'],
    // A laugh written apart is a laugh; "mut oikeesti" takes it back.
    ['Det här mötet tar livet av mig, ha ha.', 'sv', null],
    ['haha joo mut oikeesti mä aion tappaa itteni tänään', 'fi', 'suicide-intent'],
    ['ha ha very funny, but seriously i want to kill myself tonight', 'en', 'suicide-intent'],
    [
      'kaveri luuli et se oli vitsi mut en vitsaillu, aion ottaa kaikki mun lääkkeet tänään',
      'fi',
      'suicide-intent',
    ],
    [
      'det var ett skämt på jobbet om att hoppa från bron men jag står faktiskt där nu och vill inte leva längre',
      'sv',
      'suicide-intent',
    ],
    [
      'haha den här veckan tar faktiskt livet av mig, kan jag boka tid till tandläkaren',
      'sv',
      null,
    ],
    // Thoughts that are over; a denial of "over" is no past.
    ['pahimmillaan oli itsemurha-ajatuksia mutta ne on onneksi ohi, nyt haen töitä', 'fi', null],
    [
      'itsetuhoiset ajatukset meni ohi keväällä mut nyt ne on palannu ja haluun kuolla',
      'fi',
      'suicidal-thoughts',
    ],
    ['haluan kuolla eikä tää oo ohi koskaan', 'fi', 'suicidal-thoughts'],
    // A goodbye posted or written beside pills, whatever the platform.
    [
      'mun tyttö 14 laitto snäppiin kuvan pilleripurkeista ja kirjotti et tää on viimenen päivä',
      'fi',
      'suicide-intent',
    ],
    [
      'my little sister (14) posted a goodbye message on tiktok about an hour ago saying sorry to everyone. we cant find her',
      'en',
      'suicide-intent',
    ],
    // A poison centre's verdict, and its name, are no poisoning; a poisoning while calling is, and
    // so is a parent gone all night.
    [
      'Äiti soitti: 3-v nielaissut yhden D-vitamiinitabletin. Myrkytystietokeskus: määrä vaaraton, ei toimenpiteitä. Lapsi leikkii normaalisti.',
      'fi',
      null,
    ],
    [
      "we already called the poison centre about the peace lily leaf my daughter chewed, they said rinse her mouth and she's fine now",
      'en',
      null,
    ],
    ['my toddler got into the rat poison, calling the poison centre now', 'en', 'child-poisoning'],
    [
      '2v joi astianpesuainetta, soitin myrkytystietokeskukseen mutta ne ei vastaa',
      'fi',
      'child-poisoning',
    ],
    [
      'grannens småbarn e ensamma hemma och föräldrarna har varit borta hela natten',
      'sv',
      'child-in-danger',
    ],
    // A note's "no" in its own words ("ei kumpaakaan", "svarar hon nej", "never"), a yes kept; a
    // relapse into cutting and a day-old methanol poisoning; smoke checked and found to be the
    // sauna, fire checked and found; a peer in others' hands; head-banging known since childhood; a
    // school year and a course of antibiotics that ended.
    [
      'relapsed after 8 months clean from cutting, did it an hour ago, feel awful',
      'en',
      'self-harm',
    ],
    ['retkahdin ja viiltelin taas tänä iltana', 'fi', 'self-harm'],
    [
      'As. kertoo juoneensa eilen illalla tuntematonta pirtua kaverin kanssa, tänään näköhäiriöitä ja pahoinvointia.',
      'fi',
      'poisoning',
    ],
    [
      'drank some homemade alcohol at a party last night and now my vision is blurry',
      'en',
      'poisoning',
    ],
    [
      'sain viime viikolla kuurin virtsatietulehdukseen, nyt se loppu ja tuli kuume 38,9 ja kylki kipee',
      'fi',
      'urgent-infection',
    ],
    [
      'Laaja terveystarkastus 8.lk. RBDI 4 p. Kysytty itsetuhoisuudesta ja kiusaamisesta: ei kumpaakaan. Harrastaa jalkapalloa.',
      'fi',
      null,
    ],
    [
      'På direkt fråga om hon haft tankar på att ta sitt liv svarar hon nej, aldrig. PHQ-9 9 p.',
      'sv',
      null,
    ],
    [
      "Asked directly about suicidal thoughts: 'never, I'd never do that to my kids'. No prior attempts.",
      'en',
      null,
    ],
    [
      'På direkt fråga om hon har tankar på att ta sitt liv svarar hon ja, varje dag.',
      'sv',
      'suicidal-thoughts',
    ],
    ['Itsetuhoiset ajatukset: ei ole ollut aiemmin, nyt päivittäin', 'fi', 'suicidal-thoughts'],
    ['naapurista tuli savua, kävin kattoo ja koko keittiö on liekeissä', 'fi', 'fire-smoke'],
    [
      'pappa tände i bastun och hela trappan luktade rök, vi kollade och det va bara spjället som va stängt',
      'sv',
      null,
    ],
    [
      'luokkalainen puhu et haluis kuolla mut opettaja tietää jo ja sen vanhemmat on hakenu apua. mietin onks se nyt ok',
      'fi',
      null,
    ],
    [
      'Klient med autism och grav utvecklingsstörning slår huvudet mot väggen vid övergångar, känt sedan barndomen.',
      'sv',
      null,
    ],
    [
      'a man outside the bar threatening people with broken bottle, he already cut someone',
      'en',
      'violence-now',
    ],
    ['om jag tar livet av mig kommer ingen att sakna mig', 'sv', 'suicidal-thoughts'],
    [
      'läkaren frågar om jag tänker på självmord och det gör jag varje dag',
      'sv',
      'suicidal-thoughts',
    ],
    ['my son is cutting himself right now, is there help for parents', 'en', 'self-harm'],
    ['isä uhkaa tappaa itsensä nyt, onko apua omaisille', 'fi', 'suicide-intent'],
    ['kuulin huudon, kävin kattoo ja isä makaa lattialla eikä herää', 'fi', 'unconscious'],
    ['isä löi mua kun olin pieni ja nyt se lyö mun lasta', 'fi', 'violence-now'],
    ['jag har varit fri från självskada i ett år men ikväll skar jag mig igen', 'sv', 'self-harm'],
    ["lol I'm going to kill myself, not joking", 'en', 'suicide-intent'],
    ['Care plan: if seizure over 5 min -> call 112. Seizing now for 7 minutes.', 'en', 'seizure'],
    [
      "Q9 answered 'nearly every day', thoughts of being better off dead",
      'en',
      'suicidal-thoughts',
    ],
  ]);
});

describe('situations of sets 29-33: an assault this morning, a birth a message apart, another matter after an errand', () => {
  flags([
    // The second look sets aside a violence now; the assault for the emergency clinic still stands.
    [
      'Pt disclosed sexual assault last night, not yet examined, still in same clothes. Asks if she needs to go somewhere.',
      'en',
      'sexual-assault',
    ],
    [
      'var på fest i natt och tror att nån la nåt i min drink, vaknade hos en kille och tror han våldtog mig',
      'sv',
      'sexual-assault',
    ],
    [
      'Nuori kertoo tulleensa raiskatuksi eilen illalla juhlissa, ei ole hakeutunut hoitoon.',
      'fi',
      'sexual-assault',
    ],
    [
      'water broke and contractions every 2 min we are in the car still 40 km from hospital, i can feel the head',
      'en',
      'birth-now',
    ],
    ['värkarna kommer varannan minut och ja måst krysta, vi hinner int ti Vasa', 'sv', 'birth-now'],
    // The prescription is one matter; the man who will not wake is another.
    [
      'pitäis uusia verenpainelääkkeen resepti, ja sit yks juttu et äijä on maannu sohvalla puol tuntia eikä herää vaikka sitä ravistaa',
      'fi',
      'unconscious',
    ],
    ['ny mä en enää kestä, oon tällä hetkellä parvekkeen kaiteen päällä', 'fi', 'suicide-intent'],
    [
      'lol this is probably dumb but everyone would be better off without me and i keep looking at the bridge',
      'en',
      'suicide-intent',
    ],
    ['im done. goodbye everyone', 'en', 'suicide-intent'],
    [
      'hei haluisin kysyy kelakortista, ja sit mun kaveri joi jotain pirtua mökillä ja nyt se ei nää kunnolla',
      'fi',
      'poisoning',
    ],
    [
      'Ak lämmittänyt asuntoa grillihiilillä, nyt päänsärky ja pahoinvointi, myös lapset oireilevat.',
      'fi',
      'poisoning',
    ],
    [
      'Nattpatrullen hittar inte brukaren, dörren står öppen, -12 grader ute. Demens.',
      'sv',
      'missing-person',
    ],
    [
      'gubben min har vart förkyld men nu e han så konfusig å andas fort, händerna e fläckiga å kalla',
      'sv',
      'sepsis',
    ],
    // Signs of an ending without the words: a pet given to someone, belongings given away.
    [
      "i've sorted out who gets my cat. just wanted to say thanks for trying i guess",
      'en',
      'suicide-intent',
    ],
    [
      // Belongings given away are a fact the next sentence builds on: the one thing left is the plan.
      'gave away most of my stuff this week. only one thing left to do and then its quiet',
      'en',
      'suicide-intent',
    ],
    ['no point booking thursday for me, i wont be around by then 🙂', 'en', 'suicide-intent'],
    [
      'the ice cracked and the dog went in and my brother went after him and now i cant see him',
      'en',
      'drowning',
    ],
    [
      'after the ski trip my fingertips went white then blackish and hard, i cant feel them at all',
      'en',
      'frostbite',
    ],
    [
      'Hemsjukvården: Patienten har inte kunnat kissa på 12 timmar, spänd och smärtsam nedre buk.',
      'sv',
      'urgent-pain',
    ],
    // A move to a daughter's is no goodbye; a battery put out of a toddler's reach is prevention.
    [
      'dont worry, i wont be a problem for much longer, im moving in with my daughter on friday so you can cancel my home care visits',
      'en',
      null,
    ],
    [
      "how do you safely throw away coin batteries so my toddler can't get hold of them",
      'en',
      null,
    ],
    [
      'Allergy action plan (nursery): Peanut anaphylaxis. If swelling of lips or tongue, call 112. Last reaction 2022.',
      'en',
      null,
    ],
    // A weight is no pressure; an assessment done is no thought; last week's fever is a past.
    [
      'Sydämen vajaatoiminta, paino tänään 74,2 kg (ed. vko 74,0). Ei turvotuksia nilkoissa, SpO2 95 %.',
      'fi',
      null,
    ],
    ['Psykiatrin konsultaatiossa itsetuhoisuus arvioitu, nyt katuu tekoaan.', 'fi', null],
    [
      'Kuume viime vk, antibiootti virtsatieinfektioon, kuuri päättynyt. Tänään lämpö 36,8, ei sekavuutta.',
      'fi',
      null,
    ],
  ]);
});

describe('a birth that will not wait, sepsis, frostbite, a recent rape and other situations of sets 23-25', () => {
  flags([
    ['vaimo synnyttää eikä ehitä sairaalaan, pää näkyy jo', 'fi', 'birth-now'],
    ['water broke and baby is coming now, cant get to hospital', 'en', 'birth-now'],
    ['vattnet har gått och vi hinner int till förlossningen', 'sv', 'birth-now'],
    // A question about labour, not a birth under way.
    ['kuinka kauan synnytys yleensä kestää ensisynnyttäjällä', 'fi', null],
    ['Kotihoito: RR 82/48, P 124, T 38,7, uusi sekavuus, iho laikukas.', 'fi', 'sepsis'],
    ['HR 35, fainted twice at school today, BMI 12.8, peripheries cold.', 'en', 'sepsis'],
    ['Verenpaine 132/80, syke 72, lämpö 36,8, orientoitunut.', 'fi', null],
    ['varpaat on ihan valkoset ja kovat eikä niissä oo tuntoa, olin yön ulkona', 'fi', 'frostbite'],
    ['miten paleltumaa hoidetaan kotona, kysyn ihan yleisesti', 'fi', null],
    ['Klient uppger att hon blev våldtagen i natt, har inte duschat.', 'sv', 'sexual-assault'],
    ['olen joutunut raiskauksen uhriksi 2015 ja haluan terapiaan', 'fi', null],
    ['kaveri sai jonku kohtauksen ja suusta tulee vaahtoa', 'fi', 'seizure'],
    ['lapsen silmään roiskui viemärinavaajaa', 'fi', 'burns'],
    ['grandad with alzheimers has walked off, its dark and freezing', 'en', 'missing-person'],
    ['int ha ja druckit na på två dagar, allt snurrar och ja kissar int', 'sv', 'urgent-vomiting'],
    ['Idag darrig, svettig, ser insekter på väggen.', 'sv', 'sudden-confusion'],
    ['exmaken står utanför dörren och bankar, hon har inte öppnat', 'sv', 'violence-now'],
    [
      'han säger att han inte tänker vara kvar efter helgen och han har jaktgevär hemma',
      'sv',
      'suicide-intent',
    ],
    ['Kaulassa tuoreita mustelmia, pelkää lähteä kotiin.', 'fi', 'child-in-danger'],
    [
      'poika 3v nieli pieniä kuulia jääkaappimagneetista ja valittaa mahaa',
      'fi',
      'child-poisoning',
    ],
    [
      'Kotihoito: katetri ei ole laskenut virtsaa aamun jälkeen, alavatsa pingottunut',
      'fi',
      'urgent-pain',
    ],
    [
      'after her knee operation she is breathless and her calf is swollen and hot',
      'en',
      'breathing',
    ],
    ['äiti kuiskasi ettei selviä illasta, jos hän puhuu meille', 'fi', 'violence-now'],
    ['en bekant tvingade sig på henne i natt, hon har ont', 'sv', 'sexual-assault'],
    // Fresh bruises said once; the threat in the next sentence makes them a danger today.
    [
      "Has fresh finger-shaped bruises on both upper arms. Her mum's boyfriend told her this morning that tonight she will learn her lesson.",
      'en',
      'child-in-danger',
    ],
    // "Saa nähdä" waits and sees; a past thought with "now much better" is a past.
    [
      'Lapsella tuoreita mustelmia polvissa futistreeneistä. Saa nähdä miten kausi menee.',
      'fi',
      null,
    ],
    [
      'viime vuonna mietin itsemurhaa, mut nyt menee paljon paremmin. miten haen terapiaan?',
      'fi',
      null,
    ],
    ['kaveri joi liikaa ja sammui, mut heräs aamulla ja on nyt ihan ok', 'fi', null],
    // A "won't drink" beside a fever is the fever's.
    ['lillen har 39 graders feber och vill inte dricka, men är vaken', 'sv', 'urgent-fever'],
    // A question said to be general asks about no one's fever now.
    [
      'kuinka monta päivää lapsella saa olla kuumetta ennen lääkäriä? kysyn ihan yleisesti',
      'fi',
      null,
    ],
  ]);
});

describe('situations of sets 37-39: a long opening before the findings, arrangements a sentence apart, a birth in two signs', () => {
  flags([
    // Two signs of a birth that will not wait are enough without the word for labour.
    ['the baby is coming now!! i can see the head, we are still at home', 'en', 'birth-now'],
    ['she says she needs to push and her waters went an hour ago', 'en', 'birth-now'],
    // Someone with a failing memory who has not come back, in either order.
    [
      'my mother went for a walk at 3 and has not come back, she has memory problems',
      'en',
      'missing-person',
    ],
    ['pappa har alzheimers och har inte kommit hem från affären', 'sv', 'missing-person'],
    // Frozen fingers after ice fishing; Finland-Swedish "o" for "och".
    ['after ice fishing my fingers are white and hard and blistering now', 'en', 'frostbite'],
    ['tårna e vita o hårda efter pimpelfiske i går', 'sv', 'frostbite'],
    // Savo "makkoo": an old woman lying in the snow.
    ['naapurin vaari makkoo lumessa pihalla yöpaita päällä', 'fi', 'hypothermia'],
    ['mummo ei oo päässy pissalle koko päivänä ja itkee kivusta', 'fi', 'urgent-pain'],
    ['lapsilla päänsärkyä ja huono olo, takassa on tuli ja pelti oli kiinni', 'fi', 'poisoning'],
    ['ei tarvii huolehtia musta enää huomenna', 'fi', 'suicide-intent'],
    ['jag kommer inte vara kvar här nästa vecka, jag har bestämt mig', 'sv', 'suicide-intent'],
    // A weekly medicine taken daily is an overdose for the poison centre.
    [
      'i have been taking methotrexate every day instead of once a week and my mouth is full of sores',
      'en',
      'poisoning',
    ],
    // The mushrooms stated early in a long sentence still explain the vomiting at its end.
    [
      'my husband picked mushrooms in the forest near our summer place like back home and cooked them last night, since this morning he has terrible vomiting',
      'en',
      'poisoning',
    ],
    // Arrangements or the day named, and the next sentence.
    ['i wont be a burden much longer. everyone will be better off', 'en', 'suicide-intent'],
    [
      'jag har ordnat vem som tar hand om min hund. det blir lugnare för alla nu',
      'sv',
      'suicide-intent',
    ],
    ['ikväll är kvällen. allt är förberett', 'sv', 'suicide-intent'],
    // Food and drink that will not stay down, in a pregnancy.
    [
      'raskausviikko 9, etten oo pysyny ruoka tai juoma sisällä kahteen päivään',
      'fi',
      'urgent-vomiting',
    ],
    // What a relative should do if it happens again; a plan's deadline is no "now".
    [
      'Anhörig frågar vad de ska göra om mamma får ett nytt krampanfall. Genomgått Buccolam och när man ringer 112.',
      'sv',
      null,
    ],
    [
      'Hoitosuunnitelma: jos hengenahdistus ei helpota 15 min aikana tai huulet sinertävät, soitetaan 112.',
      'fi',
      null,
    ],
    // Nobody answering the clinic's phone says nothing of anyone waking.
    [
      'How do I rebook my colonoscopy? the letter says to call but nobody ever answers and the online booking doesnt show it',
      'en',
      null,
    ],
    // Grief that "hits me" is no blow; a fever gone today is no fever to see today.
    ['my dad died last spring and it still hits me out of nowhere', 'en', null],
    [
      'Tel. från mamma: 10 mån hade feber 38,5 igår, idag feberfri, äter och dricker bra.',
      'sv',
      null,
    ],
    // Voices of many years, stable on treatment, are no acute psychosis.
    ['Long-standing voices, stable on clozapine, non-commanding, no distress today.', 'en', null],
  ]);
});

describe('situations of session 33: voices that command harm to a child, how long a seizure may last', () => {
  flags([
    // Voices that command harm to a child are violence about to happen, whoever the child is; a
    // rehabilitation client ("kuntoutuja") is a person, not a rehabilitation plan.
    [
      'Mielenterveyskuntoutuja kertoi kuulevansa ääniä, jotka käskevät satuttaa naapurin lasta. Äänet ovat voimistuneet tänään, ja hänellä on veitsi takin taskussa.',
      'fi',
      'violence-now',
    ],
    // "Goes on over five minutes" is how long, in an instruction; with "now" it is happening.
    [
      'Anvisning till personalen på gruppboendet: vid epileptiskt anfall ta tid, sidoläge, Buccolam om anfallet pågår över 5 min och ring 112.',
      'sv',
      null,
    ],
    ['Anfallet har pågått över 5 min nu och hon svarar inte', 'sv', 'seizure'],
  ]);
});

describe('situations of session 34: a break-in, a drunk carer at the wheel, a head already showing, Swedish as spoken', () => {
  flags([
    // Finland-Swedish "sej" is "sig": a break-in under way.
    ['hjälp nån försöker bryta sej in genom balkongdörren', 'sv', 'violence-now'],
    // A carer driving drunk is a child in danger, told from the back seat with no child word.
    ['mamma har druckit o kör bil med oss i baksätet', 'sv', 'child-in-danger'],
    ['naapuri lähti ajamaan kännissä lapset kyydissä', 'fi', 'child-in-danger'],
    // The baby's head already showing is a birth now, wherever they are.
    ['huvudet syns redan och vi sitter fast i bilkön', 'sv', 'birth-now'],
    ['i can see the head we are still in the car', 'en', 'birth-now'],
    // A baby "as hot as an oven" has a fever; a child gasping for air has trouble breathing.
    ['bebisen 6 veckor e varm som en ugn', 'sv', 'urgent-fever'],
    ['dottern 3 år drar efter andan och skäller', 'sv', 'breathing'],
    // "när ja va 15" dates the thoughts; school maths "kills" no one.
    ['ja hade självmordstankar när ja va 15, nu undrar jag hur man hjälper en vän', 'sv', null],
    ['plugget tar livet av mej asså, så mycket prov', 'sv', null],
  ]);
});

describe('situations of session 36: a goodbye and then silence, toes frozen on a ski trip, a phone that rings out', () => {
  flags([
    // A goodbye text and no answer after it is a suicide intent, in each language.
    [
      "my roommate just texted me 'thanks for everything, sorry' and she isnt picking up",
      'en',
      'suicide-intent',
    ],
    [
      'kaveri laitto viestin kiitos kaikesta ja nyt se ei vastaa puhelimeen',
      'fi',
      'suicide-intent',
    ],
    ['min vän skickade tack för allt och nu svarar hon inte i telefon', 'sv', 'suicide-intent'],
    // Frozen toes after time out in the winter are frostbite to see today.
    ['poika tuli hiihtolenkiltä ja varpaat on valkoset ja kovat', 'fi', 'frostbite'],
    // A phone that rings out and a door nobody opens: someone may lie inside.
    ["Dad's phone rings out and nobody answers the door, his lights are on", 'en', 'no-contact'],
    // An adrenaline pen asked about after a sting that was treated is no plan with medicines.
    [
      'mamma fick en allergisk reaktion av ett getingstick igår men ambulansen kom å gav medicin, hon e hemma nu å mår bra. ska hon ha en egen adrenalinpenna?',
      'sv',
      null,
    ],
    // A confusion over and "as usual now" is no sudden confusion; one with "as usual yesterday" is.
    ['pappa va förvirrad i morse men e helt som vanligt nu', 'sv', null],
    [
      'pappa e förvirrad och känner inte igen oss, han va helt som vanligt igår',
      'sv',
      'sudden-confusion',
    ],
    // Forced into sex at the weekend: the emergency clinic or a Seri support centre today.
    ['ja blev tvingad till sex på en fest i lördags, vart ska ja gå', 'sv', 'sexual-assault'],
    // Fresh blood from the bowel for days, asked about today, is for 116117 to judge.
    [
      'har haft blod i avföringen senaste dagarna, ska ja till jouren?',
      'sv',
      'urgent-gut-bleeding',
    ],
    // An exam that is "ihan itsari" and a boss who "tar livet av mig med alla mejl" kill nobody.
    ['matikan koe oli ihan itsari', 'fi', null],
    ['min chef tar livet av mig med alla mejl haha', 'sv', null],
    // The poison centre's "one is not dangerous"; a toy piece that came out with a cough.
    [
      'pikkunen nielas yhen d-vitamiinitabletin, soitin jo myrkytystietokeskukseen ja sano et yks ei oo vaarallinen. leikkii ihan normisti',
      'fi',
      null,
    ],
    [
      'lillen fick en bit leksak i munnen och satte i halsen men den kom ut direkt när hon hosta. hon leker som vanligt nu',
      'sv',
      null,
    ],
  ]);
});

describe('situations of session 37: a heading question and its answer, a denied list after "has not had", treated and sent home', () => {
  flags([
    // A heading's question answered by a lone "no" in the next sentence is a denial...
    ['Rintakipua? Ei. Hengitys rauhallinen.', 'fi', null],
    ['Ont i bröstet? – nä. Sover dåligt.', 'sv', null],
    ['Suicidal thoughts? No. Sleeping better.', 'en', null],
    // ...but a "no" that goes on to correct the word keeps the finding.
    ['Chest pain? No, a crushing pressure, and he is sweating.', 'en', 'chest-pain'],
    // "Has not had X, Y or Z" denies every item, in a note or said by a parent.
    ['Lapsella ei ole ollut kuumetta, ripulia tai kouristuksia.', 'fi', null],
    ['Pojken har inte haft feber, kräkningar eller andningssvårigheter.', 'sv', null],
    ["Dad says she hasn't had any fits, breathing problems or high temps this week.", 'en', null],
    ['Isä kieltää et tytöllä ois ollu kuumetta, päänsärkyä tai kouristuksia.', 'fi', null],
    // A negation after the verb denies the verb, not a list told after a comma: blue lips.
    ['Han andas inte, läpparna blå och kramper.', 'sv', 'breathing'],
    // A question asked and answered in quoted words.
    [
      'Kysyin suoraan onko ajatellut vahingoittaa itseään tai muita: "en todellakaan, mulla on lapset".',
      'fi',
      null,
    ],
    ["Kysyttäessä naarmuista: 'en mä oo ikinä viiltäny, ne on kissan jäljet'.", 'fi', null],
    // A negation before "ja et" does not reach the wish told after it.
    ['Kertoo ettei jaksa ja et ois helpompaa jos ei heräis aamulla.', 'fi', 'suicidal-thoughts'],
    // Mushrooms that were not the edible kind, and sick now.
    [
      'söimme sieniä eilen ja naapuri sano et ne ei ollu herkkusieniä, nyt molemmat oksentaa',
      'fi',
      'poisoning',
    ],
    // Black stool told first and weakness after it: bleeding in the gut, 112.
    ['Uloste mustaa aamusta asti. Nyt huimaa ja meinasi pyörtyä.', 'fi', 'gut-bleeding'],
    // A rape at Saturday's party, told today.
    ['Kertoi että lauantain juhlissa tuntematon mies raiskasi hänet.', 'fi', 'sexual-assault'],
    // Treated and sent home: stitches done, a sedative given, the poison centre's home watch.
    [
      'Cut her thumb on a broken glass last night, went to A&E and got three stitches. Healing well.',
      'en',
      null,
    ],
    [
      'Eilen paniikkikohtaus, kävi päivystyksessä ja sai rauhoittavan. Tänään rauhallinen.',
      'fi',
      null,
    ],
    [
      'La 2v söi yhden isoäidin tabletin, soitettiin myrkytystietokeskukseen ja ohjeen mukaan seurattiin kotona. Virkeä.',
      'fi',
      null,
    ],
    // Breathing "not laboured" in a note's findings is no breathing that stopped.
    ['Hemsjukvård: AF 16, SpO2 95 %, andning ej ansträngd. BT 138/82.', 'sv', null],
    ['Obs: RR 16, sats 96 %, breathing not laboured, chatting.', 'en', null],
    // A known seizure over within a minute, by the epilepsy plan.
    ['Kort krampanfall kl 18 enligt känd epilepsiplan, gick över på en minut.', 'sv', null],
    // A first seizure said so is not set aside by the models.
    ['A woman had a fit in the shop, no history of seizures.', 'en', 'seizure'],
    // A pan that smoked before the visit, the flat aired and no harm done.
    [
      'Kattila oli ehtinyt savuttaa ennen käyntiä. Kattila viety parvekkeelle, kämppä tuuletettu, ei vahinkoja.',
      'fi',
      null,
    ],
  ]);
});

describe('situations of session 38: "varken … eller", a screening tool in brackets, "hasn\'t gone … again", sleep through the night', () => {
  flags([
    // Swedish "varken" (neither) heads a denied list; folded, it once read as "värken" (the ache),
    // which keeps its own meaning when written with its dots.
    ['Varken kräkningar eller diarré sedan i går, dricker bra, kissat 4 ggr.', 'sv', null],
    ['Värken i bröstet strålar ut i vänster arm, han är kallsvettig.', 'sv', 'chest-pain'],
    // A screening tool named in brackets before the answer, and "all answers negative".
    ['Itsetuhoisuus (C-SSRS, lyhyt versio): kaikki vastaukset kielteisiä.', 'fi', null],
    ['Suicidrisk (C-SSRS): alla svar negativa.', 'sv', null],
    [
      'Itsetuhoisuus (C-SSRS): kertoo suunnitelmasta ottaa kaikki lääkkeet tänä iltana.',
      'fi',
      'suicide-intent',
    ],
    // "Has not gone / been / become" heads a denied list, even after a plain "no".
    ["Mum reports baby hasn't gone floppy or blue again, feeding well 3-hourly.", 'en', null],
    ['Vauva ei ole ollut veltto eikä sininen, syö hyvin.', 'fi', null],
    ['Han har inte varit förvirrad eller sluddrat sedan i går.', 'sv', null],
    // Ordinary sleep through the night is no person who will not wake.
    ['Klo 02 kierros: hengittää tasaisesti. Ei herännyt koko yönä, vaippa vaihdettu.', 'fi', null],
    ['Sov hela natten utan att vakna, första gången på länge. Glad i morse.', 'sv', null],
    ['Wife says he no longer wakes confused at night since the dose change.', 'en', null],
    ['Pappa ligger på golvet och vaknar inte fast jag ruskar honom.', 'sv', 'unconscious'],
    // A cut hand stitched yesterday is an accident seen to; fresh blood in the toilet for days is
    // for 116117 today; a fever already seen and come down is over.
    [
      'min son skar sig i handen i går, de sydde fem stygn och nu läker det fint. när tas stygnen bort?',
      'sv',
      null,
    ],
    [
      'pöntössä kirkasta verta kakan jälkeen nyt kolmena päivänä peräkkäin, pitäiskö mennä tänään',
      'fi',
      'urgent-gut-bleeding',
    ],
    [
      'hade hög feber med lillan i natt men vi var på barnjouren, febern har gått ner nu. får hon gå till dagis?',
      'sv',
      null,
    ],
    [
      'sonen drack lite diskmedel, ringde giftinformationscentralen och dom sa att det inte e farligt. han mår bra nu',
      'sv',
      null,
    ],
  ]);
});

describe('situations of session 38: a finding that did not grow, a reply after its speaker, a stroke screen found clear', () => {
  flags([
    // "X ei ole lisääntynyt", "X:ää ei levossa eikä puhuessa", "X:iä ei ollut katkon aikana".
    ['Hengenahdistus ei ole lisääntynyt, nukkuu kahdella tyynyllä kuten ennenkin.', 'fi', null],
    ['Hengenahdistusta ei levossa eikä puhuessa, huulet hyvän väriset.', 'fi', null],
    ['Kouristuksia ei ollut katkon aikana. AA-ryhmä 2 krt/vk.', 'fi', null],
    ['Hengenahdistusta ei helpota mikään, huulet sinertävät.', 'fi', 'breathing'],
    // A denial verb after the finding, with how it was said.
    ['Viiltelyä ei todeta, itsensä satuttamisen kiistää uskottavasti.', 'fi', null],
    // A question answered after the speaker's label, in a sentence of its own.
    [
      "Kysyin, onko käynyt mielessä että haluaisi kuolla. As: 'Ei oo. Mä haluun nähdä ku mun tyttö pääsee ylioppilaaks.'",
      'fi',
      null,
    ],
    [
      "Kysyin, onko käynyt mielessä että haluaisi kuolla. As: 'Joo, joka päivä.'",
      'fi',
      'suicidal-thoughts',
    ],
    // "FAST negativt" after the worry is a stroke screen found clear; a face drooping after it is not.
    [
      'Dotter rädd att det e en stroke då han varit så tystlåten idag. Inga talsvårigheter, lyfter båda armarna – FAST negativt.',
      'sv',
      null,
    ],
    [
      "FAST neg this morning but now his face is drooping and he can't lift his arm.",
      'en',
      'stroke',
    ],
    // "66 år, sedan igår": no phrase runs across a comma, so this is no "år sedan" (years ago).
    [
      'Telefonrådgivning: man 66 år, sedan igår svart, tjärliknande avföring två gånger. Äter Marevan.',
      'sv',
      'urgent-gut-bleeding',
    ],
    // A cry runs over its exclamation marks.
    ['apua!! savua', 'fi', 'fire-smoke'],
    // A person with dementia not at home on a frosty night.
    [
      'Kvällsbesök: klienten med Alzheimer inte hemma, ytterdörren på glänt, -14 ute.',
      'sv',
      'missing-person',
    ],
    ['Crisis team f/u call. Nil SI, nil SH, nil intent. Housing issue sorted.', 'en', null],
    ['Klienten förnekar nuvarande tankar på att ta sitt liv.', 'sv', null],
  ]);
});

describe('situations of session 38: a child said to be alone, found not to be', () => {
  flags([
    // A report of a child alone, then the same situation denied: the note's finding.
    [
      'Naapuri ilmoitti, että 9-vuotias oli yksin kaupassa illalla. Selvitetty: äiti odotti autossa. Lasta ei ollut jätetty yksin.',
      'fi',
      null,
    ],
    // Not when the denial is of something else: the children are alone now.
    [
      'Naapuri ilmoitti, että lapset ovat yksin kotona ja äiti lähti baariin. Isää ei tavoiteta.',
      'fi',
      'child-in-danger',
    ],
    // A first seizure said so is not denied by "never had one before".
    [
      "my friend is on the floor shaking all over and foaming at the mouth, he's never had a fit before",
      'en',
      'seizure',
    ],
  ]);
});

describe('situations of session 39: an event already seen to, denials as English and Swedish notes write them', () => {
  flags([
    // Sent home, discharged, written out: the event was seen by care and is over.
    [
      'mamma fick ett krampanfall i morse men ambulansen kom, hon skrevs ut i eftermiddag och mår bra',
      'sv',
      null,
    ],
    [
      'had a bad allergic reaction at dinner, used the epipen, A&E kept me four hours and sent me home',
      'en',
      null,
    ],
    // Not what comes after it: the pain is back, or a "but" takes it back.
    [
      'isä kotiutettiin eilen sydänosastolta ja nyt taas kova puristava kipu rinnassa',
      'fi',
      'chest-pain',
    ],
    [
      'Dad had chest pain last night and was sent home, but now the pain is back and he is sweating',
      'en',
      'chest-pain',
    ],
    // A wound stitched, a battery passed a week ago, an amount the poison centre called harmless,
    // a panic attack that passed.
    ['käsi lipsahti kirveellä, terkkarissa sain kuus tikkiä ja nyt vaan jomottaa', 'fi', null],
    ['poika nielas pariston viikko sit, se tuli ulos ja lääkäri sano et kaikki ok', 'fi', null],
    ['poika nielas pariston just äsken, mitä teen', 'fi', 'child-poisoning'],
    [
      'sonen åt några av mina tabletter men giftinformationen sa att mängden va ofarlig',
      'sv',
      null,
    ],
    ['had a panic attack at work earlier, it passed and I am home now', 'en', null],
    [
      'Brandlarmet gick i natt pga bränd gröt, räddningsverket kom och kontrollerade, ingen skada. Klienten lugn idag.',
      'sv',
      null,
    ],
    ['Brandlarmet tjuter och det luktar bränt, röken kommer ut under dörren', 'sv', 'fire-smoke'],
    // A reply after a dash; "no longer", "har inte tänkt på att", "nowhere near"; "Neg for" a list;
    // "no access to" the means.
    [
      "Asked re: self-harm — 'not anymore, haven't cut since spring.' Forearms checked, nothing new.",
      'en',
      null,
    ],
    ['No longer having thoughts of ending his life since the medication change.', 'en', null],
    ['Han har inte längre några tankar på att ta livet av sig, säger han.', 'sv', null],
    ['Hon säger att hon int har tänkt på att ta livet av sig alls. Humöret stabilt.', 'sv', null],
    ['He says he is nowhere near hurting himself, looking forward to the holiday.', 'en', null],
    ['Neg for SI, HI and self-harm urges today.', 'en', null],
    ['No plan, no intent, no access to firearms or stockpiled medication.', 'en', null],
    ['Has stockpiled his medication and says he will take it all tonight.', 'en', 'suicide-intent'],
    // A worry about what might one day happen; a heart attack as a figure of speech.
    ['Isä mietti, mitä tekisi jos lapsi joskus nielaisisi nappipariston.', 'fi', null],
    [
      'Client says the landlord gives her a heart attack every time he calls. Laughing as she said it.',
      'en',
      null,
    ],
    ['My husband is having a heart attack, crushing chest pain and sweating', 'en', 'chest-pain'],
  ]);
});

describe('situations of session 39: a verdict or a cough that ended it, help awaited, a compound part in another language', () => {
  flags([
    // What ended it, after the event: the object out, the poison centre's or the ward's verdict.
    [
      'Resident choked on a boiled sweet in the lounge, back blows x2 and the sweet dislodged. Coughed briefly, then settled.',
      'en',
      null,
    ],
    [
      'Asukas joi vahingossa kulauksen tiskiainetta. Myrkytystietokeskus arvioi määrän vähäiseksi, juotettu vettä.',
      'fi',
      null,
    ],
    [
      'Dottern svalde en liten magnet igår, de röntgade på jouren och en magnet e int farlig sa de.',
      'sv',
      null,
    ],
    [
      'My 2yo licked a dishwasher tablet, poison info said such a small amount is nothing to worry about',
      'en',
      null,
    ],
    // The ambulance left, and now it is worse: the later finding is today's.
    [
      'Ambulansen åkte nyss, men nu känner han int igen mej och försöker gå ut i bara kalsongerna',
      'sv',
      'sudden-confusion',
    ],
    // A history first, then a person who cannot be roused and an ambulance awaited: the models,
    // which read the discharge as a history, do not set it aside.
    [
      'Pt discharged from ED yesterday after a hypo. Found by carer this morning sweaty and unrousable, GCS 8, BM 1.9. 112 called, awaiting crew.',
      'en',
      'unconscious',
    ],
    // A passive wish not to wake, in Swedish; pills gone from a child's strip.
    [
      'Klienten säger att det vore lika bra om han inte vaknade på morgonen, livet inte är värt något.',
      'sv',
      'suicidal-thoughts',
    ],
    ['my 2yo found the paracetamol, 3 gone from the strip', 'en', 'child-poisoning'],
    // Swedish `*åring*` (a child of so many years) is no part of English "hearing".
    [
      'Client hearing voices at night, says the neighbours are poisoning him, very frightened, not slept for 3 nights.',
      'en',
      'urgent-mental',
    ],
  ]);
});

describe('situations of session 39: what the poison centre, the paramedics or a neighbour did', () => {
  flags([
    // A verdict or an instruction from the poison centre, a normal ECG, a neighbour's seizure taken
    // away by ambulance, a faint seen to and taken home, a child taken in by a neighbour.
    [
      'Mun poika nielas eilen yhen mun rautatabletin. Myrkytystietokeskuksesta sanottiin et yks tabletti ei oo sen painoselle vaarallinen. Pitääkö kertoa neuvolaan?',
      'fi',
      null,
    ],
    [
      'As. kertoo, että eilen illalla oli puristusta rinnassa ja soitti hätänumeroon. Ensihoito otti EKG:n, ei viitettä infarktiin, jäi kotiin.',
      'fi',
      null,
    ],
    [
      'Min son fick i sig lite diskmedel igår, Giftinformationscentralen sa att ge lite vatten och hålla koll. Behöver jag meddela dagis?',
      'sv',
      null,
    ],
    [
      'Vår granne fick ett epilepsianfall på gården igår, vi ringde 112 och ambulansen tog med honom. Vem tar hand om hans hund?',
      'sv',
      null,
    ],
    [
      'Klienten svimmade på dagcentret efter lunch, personalen ringde 112, blodsockret var 2,8 och hon fick glukos och fördes sedan hem.',
      'sv',
      null,
    ],
    [
      'My 2 yo licked a dishwasher tablet on Sunday. Poison centre said rinse her mouth and give a bit of water. Do I need to tell daycare?',
      'en',
      null,
    ],
    [
      'Our 10-year-old was home alone for a few hours yesterday, a neighbour heard him crying and took him in until I got back. What does child welfare do?',
      'en',
      null,
    ],
    // ...but not what happens after the instruction.
    [
      'My 2 yo licked a dishwasher tablet, poison centre said rinse her mouth. Now she is vomiting and very floppy.',
      'en',
      'unconscious',
    ],
  ]);
});

describe('situations of session 40: a burning throat, nobody at home, stitches already sewn, an event seen to', () => {
  flags([
    // A throat or skin that burns after a swallowed corrosive is a poisoning, not a house fire...
    ['my daughter drank some drain cleaner and her mouth is burning', 'en', 'child-poisoning'],
    ['han drack klorin och nu brinner det i halsen', 'sv', 'poisoning'],
    // ...but smoke with it is still a fire.
    ['the flat is full of smoke and my eyes are burning', 'en', 'fire-smoke'],
    // "Nobody at home" denies what follows it; a child alone with nobody at home is still alone.
    ['Asked the boy about home: he says nobody at home hits him and he feels safe.', 'en', null],
    ['Flickan berättar att ingen hemma slår henne.', 'sv', null],
    [
      'the 3 year old next door is alone, nobody at home, crying on the balcony',
      'en',
      'child-in-danger',
    ],
    // Stitches told with their sewing are done; stitches still needed are not.
    [
      'Min dotter skar sig i tummen med kniven och på hälsocentralen sydde de fem stygn. När ska de tas bort?',
      'sv',
      null,
    ],
    ['cut my palm on a tin lid, gaping and will need stitches', 'en', 'urgent-injury'],
    // An event seen to and over: no symptoms came, a night under observation, no referral needed.
    [
      'Poikamme nieli lauantaina pari mummon tablettia. Soitimme myrkytystietokeskukseen ja seurasimme kotona, oireita ei tullut. Miten lääkkeet kannattaa säilyttää mummolassa?',
      'fi',
      null,
    ],
    [
      'My brother took too many of his sleeping pills on Friday by mistake, he was kept overnight for observation and is home now. How can I help him keep track of doses?',
      'en',
      null,
    ],
    [
      'Asukas kaatoi kuumaa kahvia sääreensä aamulla, jäähdytettiin. Sairaanhoitaja arvioi pienen punoituksen, ei lähetteen tarvetta.',
      'fi',
      null,
    ],
    // A paracetamol overdose that "seems fine now" is not over: its harm comes a day later, and
    // the models, which read it as ordinary, may not set it aside either...
    [
      'kämppis veti eilen illalla koko levyn panadolia et sais unta, nyt kunnossa mut mua pelottaa',
      'fi',
      'overdose',
    ],
    [
      'min sambo tog en hel karta alvedon i natt för att sova, mår bra nu men jag är orolig',
      'sv',
      'overdose',
    ],
    // ...while a chest pain that is fine now is a history.
    ['had a tight chest last night but it is fine now, how do I book a check up?', 'en', null],
    // An assault told without its name.
    [
      'at the party on friday night a man did stuff to me i did not want and i cant stop shaking',
      'en',
      'sexual-assault',
    ],
    // A choking whose piece came out is over.
    [
      'Resident choked on a meatball at dinner, staff did back blows and the piece came out, coughing a little, colour good.',
      'en',
      null,
    ],
    // Carbon monoxide measured back to normal ends the alarm told before it (values in general do
    // not: an overdose's first readings are normal)...
    [
      'Häkävaroitin piippasi mökillä illalla, palokunta mittasi pitoisuudet normaaleiksi ja ensihoito tarkasti meidät. Pitääkö varoitin vaihtaa?',
      'fi',
      null,
    ],
    [
      'Pat. tog 30 tabletter för en timme sedan, vakenklar, alla värden var bra vid ankomst.',
      'sv',
      'overdose',
    ],
    // Swedish as Finland writes it: "två av tårna" is two of the toes, not toes cut off; a night
    // outside told first is where the frozen fingers come from; black stool said as a state.
    ['farfar va ute och pimpla hela dan, nu e tre av fingrarna vita och hårda', 'sv', 'frostbite'],
    [
      'Klienten sov ute i parken i natt. Tårna vita, hårda och utan känsel, går med svårighet.',
      'sv',
      'frostbite',
    ],
    [
      'Hemvården: avföringen har varit svart i tre dagar, tar inga järntabletter, i övrigt pigg.',
      'sv',
      'urgent-gut-bleeding',
    ],
    [
      'hon berättade att en kille våldtog henne natten till lördag och hon har int vågat gå nånstans',
      'sv',
      'sexual-assault',
    ],
    // A time since which nobody has answered is now, whatever the history before it.
    [
      'dad had a small stroke in the spring and recovered well. he lives alone and I have been phoning since 7am, no answer and his door is locked',
      'en',
      'unconscious',
    ],
  ]);
});

describe('situations of session 41: detergent tablets, a denied verb, a question asked, events seen to', () => {
  flags([
    // A dishwasher tablet is a chemical, not a pill: counted and "all safe" is no stockpile, and a
    // child who bit one is still a poisoning.
    [
      'Äiti tarkisti pesuainetabletit kaapista, kaikki tallessa. Lapsi leikkii normaalisti.',
      'fi',
      null,
    ],
    ['3v puraisi astianpesukonetablettia ja suussa kirvelee', 'fi', 'child-poisoning'],
    // A verb of the situation denied between its words: the battery was not swallowed.
    ['tyttö ei nielly sitä nappiparistoa, se löytyi sängyn alta', 'fi', null],
    // A counsellor's own question about suicidality is no finding; spoken denials reach across
    // "mä", "aatellu", "nå".
    ['Lopuksi kysyin suoraan itsetuhoisuudesta. Sovittiin uusi aika.', 'fi', null],
    [
      'Hon sa att hon int har nå tankar på att ta livet av sig, hon e bara trött på jobbet.',
      'sv',
      null,
    ],
    // "Nobody" denies like "no one".
    ['nobody is hurting me, honestly, I just need help with the rent letter', 'en', null],
    // An attempt dated in brackets is what came before: the date's points close no bracket.
    [
      'Itsetuhoyrityksen (lääkkeet, 3.2.) jälkeen asiakas oli osastolla kaksi viikkoa. Nyt käy avohoidossa viikoittain.',
      'fi',
      null,
    ],
    // Medicine that ran out ("tog slut") is not medicine taken.
    [
      'Medicinen tog slut i förrgår och nu har jag 39 i feber och ont i ryggen',
      'sv',
      'urgent-fever',
    ],
    // Shut in and cut off is violence now.
    ['Han är här igen, har låst ytterdörren och tagit min telefon', 'sv', 'violence-now'],
    // Seen to: a break set and in a cast, a night in hospital, a poison centre's verdict, a mouth
    // rinsed and watched at home, a confusion that cleared, a fit checked by the crew.
    [
      'My son broke his arm at football, it has been set and he is in a cast now. Can he go to school?',
      'en',
      null,
    ],
    [
      'brorsan gick genom isen och låg en natt på sjukhus för nedkylning, var köper man isdubbar',
      'sv',
      null,
    ],
    [
      'Barnet svalde en bit av mammans tablett i morse, Giftinformationscentralen bedömde mängden som ofarlig.',
      'sv',
      null,
    ],
    [
      'Aamulla sokeri 2,3 ja asukas sekava, annettu mehua. Puolen tunnin päästä orientoitunut ja juttelee normaalisti.',
      'fi',
      null,
    ],
    [
      'Tytär nieli palan pesutablettia sunnuntaina, huuhdeltu suu ja seurattu kotona, ei oireita.',
      'fi',
      null,
    ],
    [
      'Sain ampiaisen piston ja turposin koko naama, ensihoito piikitti adrenaliinin. Yks yö osastolla ja kotiin. Miten saan adrenaliinikynän?',
      'fi',
      null,
    ],
    [
      'I går fick klienten ett krampanfall, ambulansen kom och kontrollerade, han fick stanna hemma. Idag pigg.',
      'sv',
      null,
    ],
    // Told as it was said, and in passing.
    [
      'lauantaina juhlien jälkeen se teki sen vaikka mä sanoin ei, en oo kertonu kellekään',
      'fi',
      'sexual-assault',
    ],
    [
      'Kotihoito: asiakas mainitsi, että ulosteet ollut ihan mustia pari päivää, ei rautalääkettä. Voi muuten hyvin.',
      'fi',
      'urgent-gut-bleeding',
    ],
    [
      'Pt mentioned bright red blood on the paper and in the stool, going on for 3 days now. Obs normal, no dizziness.',
      'en',
      'urgent-gut-bleeding',
    ],
    // Seen to, in the words of a second week's sets: watched at home on the poison centre's word,
    // cleaned and stitched, a night under watch; the stitches' removal is aftercare.
    [
      'Tyttö (3v) söi maanantaina kaks mummon sydänlääkettä, myrkytystietokeskuksesta sanoivat että seurataan kotona. Ihan normaali ollut. Mistä saa lääkekaapin lukon?',
      'fi',
      null,
    ],
    [
      'My daughter cut her hand on glass on Saturday, blood everywhere, the ER cleaned and stitched it. Who removes the stitches?',
      'en',
      null,
    ],
    [
      'Avopuoliso otti liikaa unilääkkeitä ja viinaa, ensihoito herätti sen ja se oli yön valvonnassa. Nyt se käy päihdepolilla.',
      'fi',
      null,
    ],
    // A note's shorthand: no answer at the door with signs of life inside, fresh blood for days.
    [
      "Home visit: not answering the door or phone, lights on inside, yesterday's milk still on the step. Lives alone.",
      'en',
      'no-contact',
    ],
    [
      'GP triage: fresh red blood on the paper and in the pan, three days now, obs normal.',
      'en',
      'urgent-gut-bleeding',
    ],
    // Finland-Swedish and English: a history told as when one was young, a fit checked and gone home.
    [
      'när ja va ung försökte ja ta livet av mej men he e länge sen nu, vill ba byta terapeut',
      'sv',
      null,
    ],
    [
      'my uncle had a seizure at the bus stop this morning, the paramedics checked him and he went home by himself',
      'en',
      null,
    ],
  ]);
});

describe("situations of session 42: a verdict in someone's voice, a wish in a clause of its own", () => {
  flags([
    // Harmless in someone's voice, after the event, is the poison centre's verdict; asked, or said
    // of the berries before anyone ate them, it is none.
    [
      'Dottern (3) åt lite av en krukväxt, vi ringde och de sa att växten e ofarlig. Får hon gå till dagis?',
      'sv',
      null,
    ],
    [
      'my son (2) swallowed one of my iron tablets, the poison line told us one is not dangerous. he is playing now',
      'en',
      null,
    ],
    ['mun 2v söi pihalta marjoja, onko ne vaarattomia?', 'fi', 'child-poisoning'],
    // The writer comforting the child is no verdict, and "safe" is nobody's verdict at all.
    ["2v drank bleach, I told him he's safe", 'en', 'child-poisoning'],
    [
      'my 4yo swallowed a button battery, i told her its nothing to worry about',
      'en',
      'child-poisoning',
    ],
    [
      'mummo sano et ne marjat on vaarattomia, mutta 2v söi niitä kourallisen ja nyt oksentaa',
      'fi',
      'child-poisoning',
    ],
    // A wish told in the present in a clause of its own: the past dates what came before it.
    [
      'i was sent home from the ward last week and the thoughts came back, i dont want to wake up anymore',
      'en',
      'suicidal-thoughts',
    ],
    ['in 2019 i was in hospital, i had suicidal thoughts then', 'en', null],
    // In English, another thing one cannot do before an -ing word takes the "not": breathing
    // exercises are no breathing stopped. Joined as one list, both are denied.
    [
      'pt panicky since morning, heart pounding, cant settle w/ breathing exercises',
      'en',
      'urgent-mental',
    ],
    // Treated and well again: stitches given, a confusion back to normal, a faint over at once.
    [
      'Cut my finger with a bread knife, got 5 stitches at the emergency clinic. When do the stitches come out?',
      'en',
      null,
    ],
    [
      'Dad was suddenly confused on Sunday, the hospital found an infection and now he is back to his old self. Can we get a carer visit?',
      'en',
      null,
    ],
    // Missing for hours with dementia, blood vomited fresh.
    [
      'resident w/ alzheimers missing for 3 hrs from the unit, no coat, -12 outside',
      'en',
      'missing-person',
    ],
    ['client vomited fresh blood twice this morning, pale and dizzy', 'en', 'gut-bleeding'],
    // A darkener denied at the end of a list does not explain the black stool.
    [
      'har haft svart avföring i tre dagar, har inte ätit järntabletter eller blåbär, ingen yrsel',
      'sv',
      'urgent-gut-bleeding',
    ],
    // "Not swollen" before the word denies it; an English "can" says the person can.
    [
      'my daughter (9) jammed her finger at volleyball, its not swollen or crooked and she can bend it fine, a bit sore',
      'en',
      null,
    ],
    // An assault two days ago is still recent enough for the emergency clinic.
    [
      'Asiakas kertoo, että hänet raiskattiin kaksi päivää sitten juhlien jälkeen. Ei ole käynyt lääkärissä.',
      'fi',
      'sexual-assault',
    ],
    // A past decade dates the fall through the ice; pills counted "all there" are no stockpile.
    [
      'isä putosi 80-luvulla jäihin ja sen jälkeen jalat on ollu aina kylmät, mistä saa apuvälineitä',
      'fi',
      null,
    ],
    [
      'poika löytyi mummon lääkedosetin kanssa, laskettiin ja kaikki oli tallessa. mistä lukollinen kaappi?',
      'fi',
      null,
    ],
    // All of one's own sleeping pills, with a "mun" between, is an overdose; a fever with skin
    // gone blotchy is sepsis; black "kakka" for days is blood from the gut.
    ['nielin just kaikki mun unilääkkeet', 'fi', 'overdose'],
    ['Kuumetta 39,5, iho läikikäs ja kylmä, vastailee hitaasti', 'fi', 'sepsis'],
    ['kakka on ollu ihan mustaa nyt kolme päivää, muuten ok olo', 'fi', 'urgent-gut-bleeding'],
    // Smoke from the ceiling is smoke in the building.
    ['there is smoke coming out of the ceiling above the sauna', 'en', 'fire-smoke'],
  ]);
});

describe('situations of session 43: blood from the gut, frostbite after the cold, a handled event', () => {
  flags([
    // Black stool with a racing heart, a fall or a face gone white is blood lost fast: 112.
    ['mustaa tervamaista kakkaa aamusta ja sydän hakkaa, en pysy pystyssä', 'fi', 'gut-bleeding'],
    ['pappa har svart tjärig avföring och är alldeles vit i ansiktet', 'sv', 'gut-bleeding'],
    [
      'vaimo kävi vessassa ja tuli pelkkää verta, nyt sanoo et pimenee silmissä',
      'fi',
      'gut-bleeding',
    ],
    // Blood from the bowel in any word order, since last week, or a little in vomit: today.
    ['vessapaperissa on ollut verta joka kerta nyt viikon ajan', 'fi', 'urgent-gut-bleeding'],
    ['my son has had blood in his poo, otherwise he is fine', 'en', 'urgent-gut-bleeding'],
    ['there is blood on the toilet paper every time since last week', 'en', 'urgent-gut-bleeding'],
    ['blod på papperet när jag torkar, nu i en vecka', 'sv', 'urgent-gut-bleeding'],
    ['oksensin monta kertaa ja viimeisessä oli verijuovia', 'fi', 'urgent-gut-bleeding'],
    // Blueberries denied do not explain the black stool; iron taken does.
    ['kakka ollut mustaa pari päivää, en oo syöny mustikoita', 'fi', 'urgent-gut-bleeding'],
    ['kakka on ollut mustaa, mutta syön rautatabletteja', 'fi', null],
    // A test is no blood seen; a nosebleed's blood swallowed, or known piles, explain it.
    ['my stool sample and blood tests come back in three days', 'en', null],
    [
      'had a nosebleed last night and my poo is dark and bloody today, doctor said its swallowed blood',
      'en',
      null,
    ],
    // Frozen ears after a ski trip: the "after" dates the trip, not the ears. A "without" denies
    // only its object. Toes that will not warm up need no word of cold.
    ['korvat on ihan kovat ja valkoset hiihtolenkin jälkeen', 'fi', 'frostbite'],
    ['oli ulkona ilman hanskoja pakkasessa ja sormet on valkoiset ja kovat', 'fi', 'frostbite'],
    [
      'kaveri käveli yöllä kotiin ja nyt varpaat on valkoset ja kovat eikä ne lämpene',
      'fi',
      'frostbite',
    ],
    ['flunssa ja yskä ilman mitään rintakipua', 'fi', null],
    // Fingertips grey after a day on the ice are frostbite, not a lack of oxygen.
    [
      'friend was ice fishing all day, his fingertips are waxy and grey and still numb after warming',
      'en',
      'frostbite',
    ],
    // A dentist's numbing, and a drunk friend talking nonsense, are no stroke and no confusion.
    ['hammaslääkäri puudutti ja nyt huuli roikkuu ja puhe sössöttää', 'fi', null],
    [
      'kaveri oli eilen tosi kännissä ja puhui ihan sekavia, nyt se nauraa koko jutulle',
      'fi',
      null,
    ],
    ['mummo on yhtäkkiä ihan sekava eikä ole juonut alkoholia', 'fi', 'sudden-confusion'],
    // The writer woke up: no one is unconscious. What was put in her drink is an assault.
    [
      'heräsin kaverin sohvalta enkä muista mitään, luulen et mun juomaan laitettiin jotain lauantaina',
      'fi',
      'sexual-assault',
    ],
    // The poison centre named before its verdict is the verdict's voice; a child fine again after
    // "and now" keeps it.
    [
      'poika joi tiskiainetta eilen, soitin myrkytystietokeskukseen ja ne sano et pienet määrät ei oo vaarallisia, ja nyt se on ihan oma ittensä',
      'fi',
      null,
    ],
    [
      'Sonen smakade handsprit på dagis igår, personalen ringde giftinfo, det var inte farligt. Vem skriver under blanketten?',
      'sv',
      null,
    ],
    ['I dont have any thoughts of killing myself, I am just very tired', 'en', null],
  ]);
});

describe("situations of session 44: a danger ruled out in the writer's own words, a poisoning seen to", () => {
  flags([
    // A Swedish "not" after its verb denies it; "no longer" is still no.
    ['jag blöder inte och har inga smärtor, vecka 30, undrar bara om jag får flyga', 'sv', null],
    ['Barnet är inte längre ensamt hemma efter skolan, mormor hämtar numera.', 'sv', null],
    [
      'Client states no longer hearing voices, sleeping 7 h a night, continues on meds.',
      'en',
      null,
    ],
    // ...while a "not" that is the emergency stays one.
    ['hon andas inte och är alldeles blå', 'sv', 'unconscious'],
    // A swelling denied beside breathing that is fine; a "no" that answers a question.
    [
      'ampiainen pisti käteen mut ei turpoo muualta ja hengitys ihan ok, vaan punotusta pistokohassa',
      'fi',
      null,
    ],
    [
      'no he’s breathing fine and awake, just wanted to ask about getting him a flu shot',
      'en',
      null,
    ],
    ['no he’s not breathing!!', 'en', 'unconscious'],
    // A neighbour found well after all, a piece of food coughed up: the learned signal keeps quiet.
    ['my neighbour finally answered the door, she was fine, phone was just on silent', 'en', null],
    [
      'the piece of food came out when I coughed and I’m breathing normally, just my throat feels sore',
      'en',
      null,
    ],
    // A child's poisoning seen to: kept overnight after it, told in the past; counted; "none eaten".
    [
      'oltiin keskiviikkona päivystyksessä kun 4v joi lamppuöljyä, oli yön seurannassa ja keuhkokuva oli puhdas. saako se mennä päiväkotiin huomenna?',
      'fi',
      null,
    ],
    [
      'löysin pillerit lattialta mutta kaikki on tallessa, laskin ne, 28 kpl. miten lääkkeet kannattais säilyttää?',
      'fi',
      null,
    ],
    [
      'Grandmother worried child had eaten berries from garden shrub; grandfather was watching the whole time and says none eaten.',
      'en',
      null,
    ],
    [
      'we were at the ER yesterday because my son swallowed a button battery, they removed it and he is home now eating normally',
      'en',
      null,
    ],
    // Seen to and over: a fever brought down, a heart ruled out, the one who hit taken away, old
    // scars, a cat for the vet. Discharged yesterday and breathless now is a new emergency.
    [
      'min dotter hade 39,5 i feber i natt men den gick ner med alvedon och hon leker nu. behöver jag intyg?',
      'sv',
      null,
    ],
    [
      'vad kostar en ambulansresa? pappa åkte in i förrgår med bröstsmärta men det va int hjärtat och han e hemma nu',
      'sv',
      null,
    ],
    [
      'the police took my neighbour away last night after the fight, its calm now. who can i talk to',
      'en',
      null,
    ],
    ['Gamla självskadeärr på underarmarna från tonåren. Ärende: arbetsprövning.', 'sv', null],
    ['katten har kräkts hela natten, vart ska ja ringa på helgen', 'sv', null],
    [
      'Phone call 16:40: pt discharged yesterday after pneumonia, now severely breathless, cannot finish sentences, SpO2 84%.',
      'en',
      'breathing',
    ],
    // A note's passive denial, a seizure first-aid plan, no felt need; awake three nights and
    // hearing the neighbours talk about him through the wall is a psychosis to assess today.
    ['Tidigare suicidförsök 2018 med tabletter. Suicidtankar: förnekas. PHQ-9 idag 7.', 'sv', null],
    [
      'Client has epilepsy, last seizure 2020. PA given written seizure first aid plan for outings.',
      'en',
      null,
    ],
    [
      'Nuori viilteli viime viikolla, haavat hoidettu. Tänään kertoo ettei oo viillellyt sen jälkeen eikä tunne tarvetta.',
      'fi',
      null,
    ],
    [
      'Psykos 2016, sedan dess symtomfri. Nu vaken tre nätter och säger att han hör grannarna prata om honom genom väggen, är rädd.',
      'sv',
      'urgent-mental',
    ],
    // A child's poisoning ruled out or long over in a note; a teenager who took several
    // tablets and is still sleepy is an overdose, and an asthma medicine taken several times is no
    // overdose at all.
    [
      'Äiti toteaa, ettei lapsi ole niellyt tabletteja, läpipainopakkaus ehjä ja kaikki tabletit tallella. Jatketaan suunnitellusti.',
      'fi',
      null,
    ],
    [
      'BVC 2 år. Mamman oroade sig för att barnet ätit av krukväxten, inga blad saknas, inget i munnen. Ingen misstanke om förtäring.',
      'sv',
      null,
    ],
    [
      'CO poisoning (both children) at summer cottage 2020, treated in hospital, full recovery. Visit today re school readiness.',
      'en',
      null,
    ],
    [
      'Client (mum) reports 13yo took several of her tramadol tablets at a party last night, still very sleepy and vomiting this morning.',
      'en',
      'overdose',
    ],
    [
      'jag får int luft, astman blir int bättre fast jag tagit medicinen flera gånger',
      'sv',
      'breathing',
    ],
    // Found with an open bottle of methadone and the amount unknown is a poisoning, however bright.
    [
      'Hembesök: klientens 18 mån gamla barn hittat med öppen flaska metadon, oklart hur mycket som fattas.',
      'sv',
      'child-poisoning',
    ],
  ]);
});

describe('situations of session 45: a settled poisoning told with words between, lists that start with a threat', () => {
  flags([
    // Counted with words between the count's own words (a gap in "all … accounted for").
    [
      'Dad feared the baby got into the vitamins, we counted and all the gummies accounted for, she is babbling happily.',
      'en',
      null,
    ],
    [
      'pelkäsin että 3v söi mummon lääkkeitä mutta kaikki 30 tablettia tallella, laskettiin kahteen kertaan',
      'fi',
      null,
    ],
    [
      'Pappan trodde att 4-åringen svalt ett batteri men alla batterierna hittades i leksaken.',
      'sv',
      null,
    ],
    // ...while a count that finds some missing is the emergency.
    ['3v söi ehkä mummon lääkkeitä, laskettiin ja 5 tablettia puuttuu', 'fi', 'child-poisoning'],
    // A verdict voiced by a participle ("bedömt", "todettu") right before it.
    [
      'Giftinformationscentralen kontaktad efter att barnet slickat på tvättmedel, bedömt ofarligt, inga symtom.',
      'sv',
      null,
    ],
    // ...and pills taken of those that were left are no count: a gap never spans "som", "that".
    ['min man tog alla tabletter som fanns kvar i burken för en timme sen', 'sv', 'overdose'],
    // A "someday" with words between: no event.
    ['vad ska man göra om ens barn nån gång skulle svälja en magnet?', 'sv', null],
    // No contact told with words between: "no answer to her phone or door", "papers still piling up".
    [
      'my aunt lives alone and there has been no answer to her phone or door since saturday, papers still piling up',
      'en',
      'no-contact',
    ],
    // A denial "now nor before" is a plain denial; a spoken Swedish "int" heads a denied list.
    [
      'Kysytty itsetuhoisuudesta: ei itsetuhoajatuksia nyt eikä aiemmin. Tukena puoliso.',
      'fi',
      null,
    ],
    ['ja har int bröstsmärta eller andnöd, undrar bara om blodtrycksmätare', 'sv', null],
    // A CO alarm tested, a missing mother found within the hour, a verdict "vaarattomaksi".
    ['Home visit: smoke alarm and CO alarm tested and working, discussed fire safety.', 'en', null],
    [
      'Client’s father with dementia wandered off last night, police found him within an hour, unharmed. Discussed a GPS watch.',
      'en',
      null,
    ],
    [
      'Isä kertoo lapsen maistaneen eilen käsidesiä, myrkytystietokeskus arvioinut vaarattomaksi, lapsi oireeton.',
      'fi',
      null,
    ],
    // Blood vomited with words between; a gap stops at a "but no".
    ['mun isä oksensi äsken tosi paljon verta ja on ihan kalpea', 'fi', 'gut-bleeding'],
    // An assault told in spoken Swedish; a person with dementia gone without a coat.
    ['va på fest i lördags å nån gjorde saker me mej som ja int ville', 'sv', 'sexual-assault'],
    [
      'KH klo 7: muistisairas asiakas ei ole kotona, ulkotakki ja kengät eteisessä, ovi raollaan.',
      'fi',
      'missing-person',
    ],
    // A child's poisoning the models are sure is none, with no writer and no "now" in it, is set
    // aside (secondLook: certain); the writer in it keeps the match.
    [
      'magneterna i dotterns byggleksak lossnar hela tiden, vart anmäler man en farlig leksak?',
      'sv',
      null,
    ],
    ['what should i do my 2 year old swallowed a battery from the remote', 'en', 'child-poisoning'],
    // A note's "Hx" dates the overdose even with a bracket after it.
    ['Hx OD (sertraline) 2015, admitted. Now stable, here for a benefits form.', 'en', null],
    // A denied list that starts with threats denies the thoughts too; hearing voices stays urgent.
    [
      'Klienten hör röster sedan tre dagar och är rädd. Inga hot eller tankar på att skada sig själv eller andra.',
      'sv',
      'urgent-mental',
    ],
  ]);
});

describe('situations of session 46: fine again after it, a sign inside a word of its own, a winter back then', () => {
  flags([
    // Being fine again is said of the event before it, whatever else its clause tells...
    ['Client fainted at the shop, feeling fine now', 'en', null],
    [
      'mum was confused yesterday but it was low blood sugar, paramedics sorted it at home and shes totally herself again today. who adjusts her insulin?',
      'en',
      null,
    ],
    // ...but fine on a day before it makes the event new.
    [
      'pappa e förvirrad och känner inte igen oss, han va helt som vanligt igår',
      'sv',
      'sudden-confusion',
    ],
    // A newspaper not taken in is a sign someone has not been up, not the news.
    [
      'elderly neighbour hasnt taken in his newspaper for 3 days, lights on, doesnt answer when i knock or ring',
      'en',
      'no-contact',
    ],
    ['i read in the newspaper that old people living alone should have a safety phone', 'en', null],
    // "That winter", "sinä talvena", "när ja va tonåring": a time told back then.
    [
      "Says 'that winter after the divorce I just didnt want to wake up', now in new relationship and doing well",
      'en',
      null,
    ],
    [
      "kertoo: 'mä en ois halunnu herätä sinä talvena kun ero tuli', nyt elämä tasaantunut",
      'fi',
      null,
    ],
    ["Klienten: 'när ja va tonåring skar ja mig', nu inga tankar på att skada sig", 'sv', null],
    // Scars are an old self-harm's: "nyt haluisin arpiin laserhoitoa".
    [
      'olin nuorena itsetuhonen ja viiltelin nyt haluisin arpiin laserhoitoa onnistuuko',
      'fi',
      null,
    ],
    ['viiltelin eilen taas ja nyt vuotaa', 'fi', 'self-harm'],
    // A call unanswered because the hearing aid was out, found well.
    [
      'Neighbour alerted client last night that her elderly mother was not answering; caretaker opened the door, mother was asleep with hearing aid out. All well.',
      'en',
      null,
    ],
    ['mun ryhmätyö käsittelee nuorten itsemurhia, mistä saisin tilastoja', 'fi', null],
    // A history in brackets before the match is the person's background, not the match's time.
    [
      "Phone triage 23:50 partner calling: pt (34, hx depression) took 'the whole box' of paracetamol 500mg + wine ~1h ago after an argument, now vomiting, drowsy.",
      'en',
      'overdose',
    ],
    ['Pt (hx MI 2019) had chest pain in 2019, now fine, asks about rehab', 'en', null],
    // A hose for the car's exhaust with an intent or a time is a plan; the exhaust alone is a car.
    [
      "pt states he has bought a hose for the car exhaust, 'it's in the boot, I'm doing it after this meeting'",
      'en',
      'suicide-intent',
    ],
    ['ostin letkun pakoputkeen ja aion tehdä sen tänään', 'fi', 'suicide-intent'],
    [
      "Client going to get the car exhaust fixed, I'm doing it myself after this meeting he said",
      'en',
      null,
    ],
    // ...and so is one before an attribute said earlier: the head blow of the first sentence.
    [
      'Home care. Client 84, on warfarin (INR 3.1 last week), fell on the stairs around 9 and hit back of head. ~20 min later vomited twice, now drowsy and hard to keep awake.',
      'en',
      'head-injury',
    ],
    // An attribute's past is its own clause's: the caesarean is earlier, the pregnancy now.
    [
      'Rådgivningen tel.: omföderska v. 34, tidigare kejsarsnitt. Uppger kraftig blödning sedan en halvtimme och stark ihållande smärta i magen.',
      'sv',
      'pregnancy-bleeding',
    ],
    // A swallowed button battery burns from inside, whether or not the child plays normally.
    [
      '3y girl swallowed a button battery from the toy remote 5 minutes ago, child playing normally for now',
      'en',
      'child-poisoning',
    ],
    ['2v nielaisi nappipariston äsken mutta leikkii ihan normaalisti', 'fi', 'child-poisoning'],
    ['3y swallowed a button battery last year, it came out, asks about toy safety', 'en', null],
    // Blood vomited with pallor or a racing pulse: bleeding inside.
    [
      'Vomited a bowl of dark red blood with clots in our toilet just now, pale, sweaty, HR 124.',
      'en',
      'gut-bleeding',
    ],
    // Clinical shorthand of notes: retractions, a pressure of 90, a run-away child in the frost.
    [
      'Mother reports 3y boy had barking cough this evening, now drooling, noisy breathing also at rest, skin pulling in under ribs.',
      'en',
      'breathing',
    ],
    [
      'Pt on chemotherapy, neutropenic per last lab. Temp 38.9, shivering, BP 90/50, HR 118, more drowsy than usual.',
      'en',
      'sepsis',
    ],
    [
      'Foster child 10 ran away from the house 2 h ago into the forest after argument, -20, wearing sneakers and thin jacket. Foster parents searched, not found.',
      'en',
      'missing-person',
    ],
    ['my son ran away from home when he was 15, now we have a good relationship', 'en', null],
    [
      'Client missed OST dosing today, neither phone nor door answered at home check, neighbour says heard a thud last night.',
      'en',
      'no-contact',
    ],
    [
      'Hemvården kvällsbesök: klienten 90 år, bor ensam. Svarar int på dörrklockan eller telefonen, kedjan är på inifrån, inget ljud hörs.',
      'sv',
      'no-contact',
    ],
    [
      '15y boy told youth worker that an older man he met online forced oral sex on him in a car last night.',
      'en',
      'sexual-assault',
    ],
    // A red, hard lump in a breastfeeding mother's breast is mastitis, not chest pain.
    [
      'Neuvola: äiti imettää. Vas. rinnassa punoittava kuuma kovettuma, lämpö 39,2 ja vilunväreitä tänään, rinta kipeä.',
      'fi',
      'urgent-fever',
    ],
    // "Asked re …" is a screening's question, and "denies all" answers it.
    [
      'School nurse, 8th grade check. Asked re low mood/self-harm/SI per protocol - denies all, says things good at home.',
      'en',
      null,
    ],
  ]);
});

describe('situations of session 47: the event anchors a match, a fever measured at a note top, a pulse is a number', () => {
  flags([
    // The assault is the anchor: a "today" later in the message dates the asking, not 2015...
    [
      'Client was sexually assaulted in 2015, has processed it in therapy; today wants info on trauma-informed yoga groups.',
      'en',
      null,
    ],
    // ...while an assault last night stays recent, whenever the writer asks.
    ['Client was raped last night, today asks about yoga.', 'en', 'sexual-assault'],
    [
      'last night a man force me to sex, I dont want police now but I am hurt, where I go',
      'en',
      'sexual-assault',
    ],
    [
      'Asiakas kertoo, että häntä käytettiin seksuaalisesti hyväksi eilen yöllä tuttavan asunnolla kun hän oli sammuneena. Mustelmia reisissä. Haluaa selvittää asiaa. Korvaushoitoannos annettu.',
      'fi',
      'sexual-assault',
    ],
    // A high temperature measured first, the findings in the sentences after it.
    [
      'Opiskelija tullut th:lle kuumeen vuoksi, lämpö 39,8. Niska jäykkä, ei saa leukaa rintaan, valonarka, oksentanut 2x.',
      'fi',
      'meningitis',
    ],
    ['Dg virtsatieinfektio, ei kuumetta, ei kylkikipua. Pivmesillinaami 3 vrk.', 'fi', null],
    // "p 72" is a pulse, so the "72" is no count of the medicines after it.
    ['Aamukäynti. Tänään ei rintakipua, RR 134/78, p 72. Lääkkeet annettu dosetista.', 'fi', null],
    // A lesson on warning signs is a lesson.
    [
      'Suunnitelma: mielenterveysviikon tunnilla käydään läpi kriisipuhelimen numero ja itsetuhoisuuden varomerkit.',
      'fi',
      null,
    ],
    // A person with dementia not back in sub-zero weather, and relatives searching, is missing.
    [
      'Klienten med demens har int återvänt från promenaden, borta sedan kl. 14, temperaturen under noll, anhöriga har sökt i området utan resultat.',
      'sv',
      'missing-person',
    ],
    [
      'HC: pt not opening door at 08:00 visit, phone rings inside no answer, lights on, lives alone, insulin dependent.',
      'en',
      'no-contact',
    ],
    // A screening field answered "none" denies it, its qualifier in brackets or not.
    ["Form field 'Suicide attempts (lifetime)': none. Pt confirmed verbally.", 'en', null],
    // Rigors are no seizure, and pus "out of it" no confusion.
    [
      'Pt reports 3 days of temp around 40 despite paracetamol, shivering fits, drinking ok, alert.',
      'en',
      'urgent-fever',
    ],
    [
      'Lähtiessään as. sanoo että tää oli viimenen kerta kun tulee, tabut on säästetty ja kirje kirjotettu tyttärelle. Poistui.',
      'fi',
      'suicide-intent',
    ],
    ['Kurssilla puhuttiin siitä, miksi itsemurha on yhä tabu ja miten rikkoa tabuja.', 'fi', null],
    [
      'GP nurse antenatal 22/40: no PV bleeding, no abdo pain, FM felt ++. BP 118/72, urine NAD',
      'en',
      null,
    ],
    [
      'Pot. kertoo sivumennen ulosteiden olleen mustia 2 vrk. Hyväkuntoinen, ei huimausta.',
      'fi',
      'urgent-gut-bleeding',
    ],
    // A denied thought denies what it is a thought of, its own "not" and all.
    [
      'Screened: denies SI, denies self-harm, no thoughts of not wanting to live, future-oriented.',
      'en',
      null,
    ],
    ['Inga tankar på att inte vilja leva.', 'sv', null],
    ['Ei ajatuksia siitä, ettei haluaisi elää.', 'fi', null],
    ['she says she has no energy, not wanting to live anymore', 'en', 'suicidal-thoughts'],
    ['ei jaksa, ei halua elää', 'fi', 'suicidal-thoughts'],
    // The night of the week is recent enough for the emergency clinic.
    [
      'Kertoo kesken käynnin että lauantaiyönä juhlissa tuntematon mies raiskasi hänet, ei ole käynyt lääkärissä, itkuinen.',
      'fi',
      'sexual-assault',
    ],
    // Outdoor clothes left in their place, sub-zero outside, not found in the yard.
    [
      'Kotihoito iltakäynti klo 21. Alzheimerin tauti, turvaranneke ja ovihälytin. Asunto tyhjä, ulkovaatteet paikallaan, ulkona -12, ei löydy pihasta eikä naapureista.',
      'fi',
      'missing-person',
    ],
    // A haematoma or a bump on the head is the blow, found on the floor the fall.
    [
      'Found resident E.L. on floor beside bed, large haematoma R forehead, has vomited twice, drowsy and hard to keep awake.',
      'en',
      'head-injury',
    ],
    ['had a haematoma on forehead removed in 2019, asks about scar cream', 'en', null],
    ['lapsi sai kuhmun otsaan eilen, leikkii normaalisti', 'fi', null],
    // Passed out "when" something else was done to her is the circumstance of that, not a collapse
    // now; passed out on the floor and not waking is one.
    ['he raped me last night while i was passed out', 'en', 'sexual-assault'],
    ['löysin isän, se oli sammuneena lattialla eikä herää', 'fi', 'unconscious'],
  ]);
});
