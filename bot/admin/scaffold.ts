/** The YAML a "New service" starts from: every required field, empty texts for the editor to fill in. */
import { stringify } from 'yaml';

export function scaffoldService(id: string, now: Date): string {
  const empty = { fi: '', sv: '', en: '' };
  return stringify(
    {
      id,
      level: 'basic',
      name: empty,
      alternateNames: { fi: [], sv: [], en: [] },
      summary: empty,
      description: empty,
      audience: { lifeStages: 'all', text: empty },
      instructions: empty,
      channels: [],
      municipalities: 'all',
      reviewedAt: now.toISOString().slice(0, 10),
      phrasings: { fi: [], sv: [], en: [] },
    },
    { aliasDuplicateObjects: false },
  );
}
