/**
 * Knowledge directories on disk for tests of the loader, kb:check and the
 * importer: a KnowledgeBase (or hand-written file texts) written as YAML into
 * a fresh temporary directory.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ContentFile } from '../../knowledge/parse';
import type { KnowledgeBase } from '../../knowledge/schema';

/** The content files of `kb`, in the layout parse.ts reads. */
export function knowledgeFiles(kb: KnowledgeBase): ContentFile[] {
  return [
    ...kb.services.map((s) => ({ path: `services/${s.id}.yaml`, text: stringify(s) })),
    ...kb.paths.map((p) => ({ path: `paths/${p.id}.yaml`, text: stringify(p) })),
    {
      path: 'segments.yaml',
      text: stringify({
        lifeStages: kb.lifeStages,
        needProfiles: kb.needProfiles,
        segments: kb.segments,
      }),
    },
    { path: 'municipalities.yaml', text: stringify({ municipalities: kb.municipalities }) },
    { path: 'emergency.yaml', text: stringify({ numbers: kb.emergency.numbers }) },
    {
      path: 'redflags/red-flags.yaml',
      text: stringify({
        context: kb.emergency.context,
        concepts: kb.emergency.concepts,
        situations: kb.emergency.situations,
      }),
    },
  ];
}

/** Writes files (or a whole knowledge base) into a new temporary directory and returns its path. */
export async function writeKnowledgeDir(
  content: KnowledgeBase | readonly ContentFile[],
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'opastin-kb-'));
  const files = Array.isArray(content) ? content : knowledgeFiles(content as KnowledgeBase);
  for (const file of files) {
    const full = path.join(dir, file.path);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, file.text);
  }
  return dir;
}
