/**
 * Everyday words -> the words service texts use. Residents write "masennus",
 * "flu shot" or "tandvärk"; authority texts (PTV's national descriptions above
 * all) say "mielenterveyspalvelut", "vaccination", "tandvård". The bundled
 * content carries such words as phrasings; this small lexicon gives the same
 * reach over imported text. Each entry only ADDS alternatives to a query word
 * (at a lower weight), so it cannot hide a direct match.
 *
 * Keys and values are plain lower-case words; keys are compared by stem.
 */
import type { Language } from '../schema';

export const SYNONYMS: Record<Language, Record<string, string[]>> = {
  fi: {
    masennus: ['mielenterveys', 'psykiatria', 'psykologi'],
    masentunut: ['mielenterveys', 'psykologi'],
    ahdistus: ['mielenterveys', 'psykologi'],
    ahdistaa: ['mielenterveys', 'psykologi'],
    juominen: ['päihde', 'alkoholi', 'katkaisuhoito'],
    juoda: ['päihde', 'alkoholi'],
    viina: ['päihde', 'alkoholi'],
    huumeet: ['päihde', 'huumausaine'],
    hammas: ['hammashoito', 'suun', 'hampaat'],
    hampaat: ['hammashoito', 'suun'],
    särky: ['kipu', 'päivystys'],
    särkee: ['kipu', 'päivystys'],
    raskaana: ['raskaus', 'äitiysneuvola', 'odottava'],
    odotan: ['raskaus', 'odottava'],
    vauva: ['lapsi', 'lastenneuvola', 'imeväisikäinen'],
    vanhus: ['ikääntynyt', 'iäkäs', 'ikäihminen'],
    mummo: ['ikääntynyt', 'iäkäs'],
    valitus: ['muistutus', 'kantelu', 'potilasasiamies'],
    hoitovirhe: ['potilasvahinko', 'potilasasiamies'],
    työpaikka: ['työterveyshuolto', 'työnantaja'],
    tulkki: ['tulkkaus', 'tulkkipalvelu'],
    rokote: ['rokotus'],
    piikki: ['rokotus'],
    ehkäisy: ['ehkäisyneuvonta', 'perhesuunnittelu'],
    kuoleva: ['saattohoito', 'palliatiivinen'],
  },
  sv: {
    depression: ['mentalvård', 'psykiatri', 'psykolog'],
    deprimerad: ['mentalvård', 'psykolog'],
    ångest: ['mentalvård', 'psykolog'],
    dricka: ['missbruk', 'alkohol', 'rusmedel'],
    alkohol: ['missbruk', 'rusmedel'],
    droger: ['missbruk', 'rusmedel', 'narkotika'],
    tand: ['tandvård', 'munhälsa'],
    tänder: ['tandvård'],
    tandvärk: ['tandvård', 'jour'],
    tandläkare: ['tandvård'],
    gravid: ['graviditet', 'mödrarådgivning', 'väntande'],
    bebis: ['barn', 'barnrådgivning', 'spädbarn'],
    äldre: ['åldrande', 'äldreomsorg'],
    klaga: ['anmärkning', 'klagomål', 'ombud'],
    vaccin: ['vaccination'],
    spruta: ['vaccination'],
    tolk: ['tolkning', 'tolktjänst'],
  },
  en: {
    depressed: ['mental', 'psychologist', 'psychiatric'],
    depression: ['mental', 'psychologist', 'psychiatric'],
    anxiety: ['mental', 'psychologist'],
    drinking: ['substance', 'alcohol', 'detoxification'],
    alcohol: ['substance', 'abuse'],
    drugs: ['substance', 'abuse'],
    tooth: ['dental', 'oral'],
    teeth: ['dental', 'oral'],
    toothache: ['dental', 'oral', 'emergency'],
    dentist: ['dental', 'oral'],
    flu: ['influenza', 'vaccination'],
    jab: ['vaccination'],
    shot: ['vaccination'],
    pregnant: ['pregnancy', 'maternity', 'expectant'],
    baby: ['child', 'infant'],
    elderly: ['older', 'aged'],
    complaint: ['ombudsman', 'complaints'],
    translator: ['interpreter', 'interpretation'],
    workplace: ['occupational'],
    dying: ['palliative', 'end-of-life'],
  },
};
