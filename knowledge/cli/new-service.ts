/**
 * `npm run kb:new-service -- <id>`: creates knowledge/content/services/<id>.yaml
 * with every field of a service and TODO texts, so an editor sees what to
 * fill in. kb:check reports each remaining TODO (rule unfinished-text).
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_KNOWLEDGE_DIR } from '../loader';
import { KnowledgeError } from '../problems';
import { Id } from '../schema';
import { todayInHelsinki } from '../validate';
import { parseCli, runIfMain, UsageError, type Io } from './args';

export const USAGE = `usage: npm run kb:new-service -- <id> [--dir DIR]

Creates services/<id>.yaml in the knowledge directory (default: the bundled
knowledge/content) with every field and TODO texts. The id is lower-case words
joined by hyphens, e.g. speech-therapy.`;

const todo = (what: string, indent = '  ') =>
  `${indent}fi: 'TODO: ${what} suomeksi'\n${indent}sv: 'TODO: ${what} på svenska'\n${indent}en: 'TODO: ${what} in English'`;

/** The text of a new service file: every field, with a comment on what it is for. */
export function serviceTemplate(id: string, today: string): string {
  return `# ${id}: a new service. Fill in every TODO, then run npm run kb:check.
# Field reference: knowledge/schema.md.
id: ${id}
# universal | basic | special | demanding | emergency
level: basic
name:
${todo('nimi')}
# Other names residents know the service by.
alternateNames:
  fi: ['TODO: muu nimi']
  sv: ['TODO: annat namn']
  en: ['TODO: other name']
# At most 150 characters; say what the service gives, do not repeat the name.
summary:
${todo('tiivistelmä')}
description:
${todo('kuvaus')}
audience:
  # all, or a list of life stages: families, working-age, older-people
  lifeStages: all
  # Leave out to mean both need profiles (occasional, high-need).
  needProfiles: [occasional, high-need]
  ages: { min: 0, max: 130 }
  text:
${todo('kenelle', '    ')}
requirements:
${todo('edellytykset')}
# How to get the service.
instructions:
${todo('ohjeet')}
fees:
${todo('maksut')}
# Phones here are national numbers only (emergency.yaml); local numbers belong to service points.
channels:
  - kind: digital-self-service # digital-self-service | digital-contact | visit | mobile
    name:
${todo('kanavan nimi', '      ')}
    url: https://www.example.fi/
    hours: always
  - kind: visit
    name:
${todo('kanavan nimi', '      ')}
    # Europe/Helsinki time
    hours:
      - { days: [mon, tue, wed, thu, fri], opens: '08:00', closes: '16:00' }
# all, or a list of municipality ids
municipalities: all
# Matching PTV general descriptions, e.g. SOTE-0066.
ptvCodes: []
# For counsellors only; never shown to residents.
professionalNotes:
${todo('ammattilaisille')}
reviewedAt: '${today}'
# How residents actually write about this need: everyday words, misspellings, questions.
phrasings:
  fi: ['TODO: arkikielinen ilmaus']
  sv: ['TODO: vardagligt uttryck']
  en: ['TODO: everyday phrase']
`;
}

export async function newService(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCli(argv, { dir: { type: 'string' } }, true);
  const [id, ...rest] = positionals;
  if (!id || rest.length > 0) throw new UsageError('give exactly one service id');
  const valid = Id.safeParse(id);
  if (!valid.success) {
    throw new KnowledgeError(
      `'${id.length > 80 ? `${id.slice(0, 80)}…` : id}' is not a valid id: ${valid.error.issues[0]?.message}`,
    );
  }
  const dir = path.join(values.dir ?? BUNDLED_KNOWLEDGE_DIR, 'services');
  const file = path.join(dir, `${id}.yaml`);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new KnowledgeError(`service '${id}' already exists: ${file}`);
  await mkdir(dir, { recursive: true });
  // 'wx' fails rather than overwrite if the file appeared since the check.
  await writeFile(file, serviceTemplate(id, todayInHelsinki(io.now())), { flag: 'wx' });
  io.out(`created ${file}; fill in the TODO texts, then run npm run kb:check`);
  return 0;
}

runIfMain(import.meta.url, newService, USAGE);
