/**
 * One SOTE code's general-description versions -> one Service. Pure: the
 * caller reads the files. Texts are PTV's own, never translated or invented:
 * a language PTV does not have stays empty (missing-translation warns about it
 * for imported services). Labels come from the code lists, which are trilingual.
 */
import { LANGUAGES, type LocalizedList, type LocalizedText, type Service } from '../schema';
import type { CodeList, CodeLists } from './code-lists';
import { fullestText, type GeneralDescription } from './general-descriptions';
import { inferLevel, inferLifeStages, inferNeedProfiles, type Notations } from './infer';
import { plainText } from './draft';
import { dropRepeatedName, shortenSummary } from './summary';

export interface ImportOptions {
  codeLists: CodeLists;
  /** reviewedAt of every imported service (YYYY-MM-DD); PTV's export carries no edit dates. */
  reviewedAt: string;
  /** Life stage and need profile ids of the target knowledge base. */
  lifeStages: ReadonlySet<string>;
  needProfiles: ReadonlySet<string>;
}

export interface ImportedService {
  service: Service;
  /** Things a person running the import should know (e.g. a code missing from a code list). */
  notes: string[];
}

/** The labels of PTV's fixed charge types, which the export stores as an English keyword. */
const CHARGE_TYPES: Record<string, LocalizedText> = {
  Free: { fi: 'Maksuton.', sv: 'Avgiftsfri.', en: 'Free of charge.' },
};

const emptyText = (): LocalizedText => ({ fi: '', sv: '', en: '' });
const emptyList = (): LocalizedList => ({ fi: [], sv: [], en: [] });
const hasText = (t: LocalizedText) => LANGUAGES.some((l) => t[l].trim() !== '');

function joinTexts(...parts: LocalizedText[]): LocalizedText {
  const out = emptyText();
  for (const lang of LANGUAGES) {
    const seen = new Set<string>();
    out[lang] = parts
      .map((p) => p[lang].trim())
      .filter((t) => t !== '' && !seen.has(t) && seen.add(t))
      .join('\n\n');
  }
  return out;
}

function addUnique(
  list: LocalizedList,
  label: LocalizedText | { fi: string; sv?: string; en?: string },
) {
  for (const lang of LANGUAGES) {
    const text = label[lang]?.trim();
    if (text && !list[lang].includes(text)) list[lang].push(text);
  }
}

interface Labelled {
  notations: string[];
  labels: LocalizedList;
}

/** Labels of the codes `keys` in `list`, falling back to PTV's own Finnish value for an unknown code. */
function label(
  versions: readonly GeneralDescription[],
  field: 'TargetGroup' | 'ServiceClass' | 'LifeEvent',
  list: CodeList,
  notes: string[],
): Labelled {
  const out: Labelled = { notations: [], labels: emptyList() };
  for (const version of versions) {
    for (const { Key, Value } of version[field] ?? []) {
      const code = list.get(Key);
      if (code) {
        if (!out.notations.includes(code.notation)) out.notations.push(code.notation);
        addUnique(out.labels, code.label);
      } else {
        if (Value) addUnique(out.labels, { fi: Value });
        const note = `${field} ${Key} is not in the code list; kept its Finnish label only`;
        if (!notes.includes(note)) notes.push(note);
      }
    }
  }
  return out;
}

/** Laws as "name – link" lines per language, for counsellors. */
function laws(versions: readonly GeneralDescription[]): LocalizedText {
  const out = emptyList();
  for (const version of versions) {
    for (const law of version.Laws ?? []) {
      for (const lang of LANGUAGES) {
        const name = plainText(law.Names?.find((n) => n.Lang === lang)?.Label);
        // Most laws are named in Finnish only; the Finlex link serves every language.
        const link = (law.Links?.find((n) => n.Lang === lang) ?? law.Links?.[0])?.Label?.trim();
        const line = name && link ? `${name} – ${link}` : name || link;
        if (!line) continue;
        if (!out[lang].includes(line)) out[lang].push(line);
      }
    }
  }
  return { fi: out.fi.join('\n'), sv: out.sv.join('\n'), en: out.en.join('\n') };
}

export function toService(
  code: string,
  versions: readonly GeneralDescription[],
  options: ImportOptions,
): ImportedService {
  const notes: string[] = [];
  const { codeLists } = options;
  const targetGroups = label(versions, 'TargetGroup', codeLists.targetGroups, notes);
  const serviceClasses = label(versions, 'ServiceClass', codeLists.serviceClasses, notes);
  const lifeEvents = label(versions, 'LifeEvent', codeLists.lifeEvents, notes);
  const notations: Notations = {
    targetGroups: targetGroups.notations,
    serviceClasses: serviceClasses.notations,
    lifeEvents: lifeEvents.notations,
  };

  const name = fullestText(versions, 'Name');
  const shortDescription = fullestText(versions, 'ShortDescription');
  const summary = emptyText();
  for (const lang of LANGUAGES) {
    summary[lang] = shortenSummary(dropRepeatedName(shortDescription[lang], name[lang]));
  }
  if (LANGUAGES.some((l) => summary[l] !== shortDescription[l].replace(/\s+/g, ' ').trim())) {
    notes.push(
      'summary shortened (PTV: at most 150 characters, no repeated name); the full text is in the description',
    );
  }

  const description = joinTexts(
    fullestText(versions, 'Description'),
    fullestText(versions, 'BackgroundDescription'),
  );
  // A shortened summary loses words; keep them in the description if they are nowhere else.
  for (const lang of LANGUAGES) {
    const full = shortDescription[lang];
    if (full && summary[lang] !== full && !description[lang].includes(full)) {
      description[lang] = [full, description[lang]].filter(Boolean).join('\n\n');
    }
  }

  const audienceText = emptyText();
  for (const lang of LANGUAGES) audienceText[lang] = targetGroups.labels[lang].join(', ');

  const requirements = fullestText(versions, 'ServiceRestrictions');
  const chargeType = versions.map((v) => v.ChargeType).find((t) => t && CHARGE_TYPES[t]);
  const fees = joinTexts(
    chargeType ? CHARGE_TYPES[chargeType]! : emptyText(),
    fullestText(versions, 'ChargeTypeAdditionalInfo'),
  );
  const lawText = laws(versions);

  const classification = emptyList();
  for (const part of [targetGroups, serviceClasses, lifeEvents]) {
    for (const lang of LANGUAGES) {
      for (const text of part.labels[lang]) {
        if (!classification[lang].includes(text)) classification[lang].push(text);
      }
    }
  }

  const phrasings = emptyList();
  for (const version of versions) {
    for (const term of version.OntologyTerm ?? []) {
      const text = term.Value?.trim().toLocaleLowerCase('fi');
      if (text && !phrasings.fi.includes(text)) phrasings.fi.push(text);
    }
  }

  const needProfiles = inferNeedProfiles(notations, options.needProfiles);
  const service: Service = {
    id: code,
    level: inferLevel(notations, name.fi),
    name,
    alternateNames: emptyList(),
    summary,
    description,
    audience: {
      lifeStages: inferLifeStages(notations, options.lifeStages),
      ...(needProfiles ? { needProfiles } : {}),
      text: audienceText,
    },
    ...(hasText(requirements) ? { requirements } : {}),
    instructions: fullestText(versions, 'UserInstructions'),
    ...(hasText(fees) ? { fees } : {}),
    channels: [],
    municipalities: 'all',
    ptvCodes: [code],
    classification,
    ...(hasText(lawText) ? { professionalNotes: lawText } : {}),
    reviewedAt: options.reviewedAt,
    phrasings,
  };
  return { service, notes };
}
