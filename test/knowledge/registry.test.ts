/**
 * The registry test: the bundled knowledge base covers the catalogue
 * (knowledge/catalogue.yaml, the product's scope) in Finnish, Swedish and
 * English, every referral path resolves, and every content file parses,
 * validates and is picked up by the loader under its own id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/loader';
import { formatProblem } from '../../knowledge/problems';
import { LANGUAGES } from '../../knowledge/schema';
import { normalizePhone } from '../../knowledge/rules/phone';

interface Catalogue {
  life_stages: { id: string }[];
  need_profiles: { id: string }[];
  municipalities: { id: string; fi: string; sv: string }[];
  services: { id: string; level: string }[];
  referral_paths: { id: string; covers: string[] }[];
  national_numbers: Record<string, string>;
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CATALOGUE = path.resolve(REPO, 'knowledge/catalogue.yaml');
const catalogue = parse(readFileSync(CATALOGUE, 'utf8')) as Catalogue;

const { kb, problems } = await acceptKnowledgeDir(BUNDLED_KNOWLEDGE_DIR);
const service = (id: string) => kb?.services.find((s) => s.id === id);

describe('bundled knowledge base', () => {
  it('parses and validates with no errors', () => {
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(kb).not.toBeNull();
  });

  it('loads every service and path file, under the id that is its file name', () => {
    for (const folder of ['services', 'paths'] as const) {
      const dir = path.join(BUNDLED_KNOWLEDGE_DIR, folder);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
      const ids = files.map((f) => f.replace(/\.ya?ml$/, '')).sort();
      const loaded = (kb?.[folder] ?? []).map((e) => e.id).sort();
      expect(loaded, folder).toEqual(ids);
      expect(new Set(ids).size, `${folder}: unique ids`).toBe(ids.length);
    }
  });

  it('has every referral path step pointing at an existing service', () => {
    const broken = (kb?.paths ?? []).flatMap((p) =>
      p.steps.filter((s) => !service(s.service)).map((s) => `${p.id} -> ${s.service}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('catalogue coverage (knowledge/catalogue.yaml)', () => {
  const c = catalogue;

  it.each(c.services.map((s) => [s.id, s.level]))(
    'service %s (%s) exists with name, summary and description in fi, sv and en',
    (id, level) => {
      const s = service(id);
      expect(s, `services/${id}.yaml`).toBeDefined();
      expect(s!.level).toBe(level);
      const missing = (['name', 'summary', 'description'] as const).flatMap((field) =>
        LANGUAGES.filter((lang) => s![field][lang].trim() === '').map((l) => `${field}.${l}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(c.referral_paths.map((p) => [p.id, p.covers]))(
    'referral path %s exists and covers %j',
    (id, covers) => {
      const found = kb?.paths.find((p) => p.id === id);
      expect(found, `paths/${id}.yaml`).toBeDefined();
      const steps = found!.steps.map((s) => s.service);
      expect(covers.filter((s) => !steps.includes(s))).toEqual([]);
    },
  );

  it('has the life stages, need profiles and six segments of the catalogue', () => {
    expect(kb?.lifeStages.map((s) => s.id).sort()).toEqual(c.life_stages.map((s) => s.id).sort());
    expect(kb?.needProfiles.map((s) => s.id).sort()).toEqual(
      c.need_profiles.map((s) => s.id).sort(),
    );
    const pairs = kb?.segments.map((s) => `${s.lifeStage}/${s.needProfile}`).sort();
    expect(pairs).toEqual(
      c.life_stages.flatMap((l) => c.need_profiles.map((n) => `${l.id}/${n.id}`)).sort(),
    );
  });

  it('has the ten municipalities with their Finnish and Swedish names, each with a sample service point', () => {
    for (const m of c.municipalities) {
      const found = kb?.municipalities.find((k) => k.id === m.id);
      expect(found, m.id).toBeDefined();
      expect({ fi: found!.name.fi, sv: found!.name.sv }).toEqual({ fi: m.fi, sv: m.sv });
      expect(
        found!.servicePoints.some((p) => p.sample),
        `${m.id} sample point`,
      ).toBe(true);
    }
  });

  it('has every national number of the catalogue in emergency.yaml', () => {
    const numbers = new Set(kb?.emergency.numbers.map((n) => normalizePhone(n.number)));
    const missing = Object.entries(c.national_numbers).filter(
      ([, n]) => !numbers.has(normalizePhone(n)),
    );
    expect(missing).toEqual([]);
  });
});
