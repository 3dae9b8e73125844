import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../knowledge/cli/args';
import { importPtv } from '../../../knowledge/cli/import-ptv';
import { kbCheck } from '../../../knowledge/cli/kb-check';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { fakeKnowledgeBase } from '../../factories/knowledge';
import { knowledgeFiles, writeKnowledgeDir } from '../../factories/knowledge-dir';
import { captureIo } from '../../factories/io';
import { fakeGeneralDescription } from '../../factories/ptv';

const REAL = path.resolve(
  fileURLToPath(new URL('../../../', import.meta.url)),
  'knowledge/ptv/data',
);
const GD = path.join(REAL, 'general-descriptions.json');
const tmp = () => mkdtemp(path.join(tmpdir(), 'opastin-ptv-'));
const codeListArgs = [
  '--target-groups',
  path.join(REAL, 'TargetGroups.json'),
  '--service-classes',
  path.join(REAL, 'ServiceClasses.json'),
  '--life-events',
  path.join(REAL, 'LifeEvents.json'),
];

describe('kb:import-ptv on the real PTV export', () => {
  it('writes a complete knowledge directory that kb:check passes', async () => {
    const out = path.join(await tmp(), 'ptv');
    const base = await writeKnowledgeDir(fakeKnowledgeBase());
    const io = captureIo();
    const code = await importPtv(
      ['--general-descriptions', GD, '--out', out, '--base', base, '--reviewed-at', '2026-11-24'],
      io,
    );
    expect(io.stdout[0]).toBe(
      `imported 101 services from 226 SOTE versions into ${out} (plus 1 emergency services the red flags point to)`,
    );
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'emergency.yaml',
      'municipalities.yaml',
      'redflags',
      'segments.yaml',
      'services',
    ]);
    const services = await readdir(path.join(out, 'services'));
    expect(services).toHaveLength(102);
    expect(services).toContain('SOTE-0066.yaml');

    const check = captureIo();
    expect(await kbCheck([out], check)).toBe(0);
    expect(check.stdout.at(-1)).toMatch(/0 errors, \d+ warnings \(102 services, 0 paths\)$/);

    const { kb } = await loadKnowledgeDir(out);
    // Service points of the base keep only services that exist in the new directory.
    expect(kb!.municipalities.flatMap((m) => m.servicePoints.flatMap((p) => p.services))).toEqual(
      [],
    );
    const text = await readFile(path.join(out, 'services/SOTE-0091.yaml'), 'utf8');
    expect(text).not.toMatch(/entityMap|"blocks"/);
  });
});

describe('kb:import-ptv', () => {
  const write = async (json: unknown) => {
    const file = path.join(await tmp(), 'gd.json');
    await writeFile(file, typeof json === 'string' ? json : JSON.stringify(json));
    return file;
  };

  it('builds a directory from a small export, taking code lists from flags', async () => {
    const input = await write([fakeGeneralDescription({ code: 'SOTE-0042' })]);
    const out = path.join(await tmp(), 'out');
    const base = await writeKnowledgeDir(fakeKnowledgeBase());
    const io = captureIo();
    const args = ['--general-descriptions', input, '--out', out, '--base', base, ...codeListArgs];
    expect(await importPtv(args, io)).toBe(0);
    expect(await readdir(path.join(out, 'services'))).toEqual([
      'SOTE-0042.yaml',
      'emergency-number.yaml',
    ]);
  });

  it('refuses to write into a directory that is not empty, unless --force', async () => {
    const input = await write([fakeGeneralDescription()]);
    const out = await writeKnowledgeDir(knowledgeFiles(fakeKnowledgeBase()).slice(0, 1));
    const base = await writeKnowledgeDir(fakeKnowledgeBase());
    const args = ['--general-descriptions', input, '--out', out, '--base', base, ...codeListArgs];
    await expect(importPtv(args, captureIo())).rejects.toThrow(/is not empty/);
    expect(await importPtv([...args, '--force'], captureIo())).toBe(0);
  });

  it('explains what is wrong with the input instead of crashing', async () => {
    const base = await writeKnowledgeDir(fakeKnowledgeBase());
    const out = path.join(await tmp(), 'out');
    const run = async (input: string, extra: string[] = codeListArgs) =>
      importPtv(
        ['--general-descriptions', input, '--out', out, '--base', base, ...extra],
        captureIo(),
      );
    await expect(run(await write('{"broken'))).rejects.toThrow(/is not valid JSON/);
    await expect(run(await write({ a: 1 }))).rejects.toThrow(/expected a JSON array/);
    await expect(run(await write([fakeGeneralDescription({ code: 'KELA-1' })]))).rejects.toThrow(
      /no SOTE general descriptions/,
    );
    await expect(run('/no/such/file.json')).rejects.toThrow(/cannot read general descriptions/);
    await expect(run(await write([]), [])).rejects.toThrow(
      /cannot read target groups .*TargetGroups\.json/,
    );
    await expect(importPtv(['--out', out], captureIo())).rejects.toThrow(UsageError);
    expect(existsSync(out)).toBe(false);
  });

  it('fails clearly when the base lacks a shared file', async () => {
    const base = await writeKnowledgeDir(
      knowledgeFiles(fakeKnowledgeBase()).filter((f) => f.path !== 'emergency.yaml'),
    );
    const input = await write([fakeGeneralDescription()]);
    const args = [
      '--general-descriptions',
      input,
      '--out',
      path.join(await tmp(), 'o'),
      '--base',
      base,
      ...codeListArgs,
    ];
    await expect(importPtv(args, captureIo())).rejects.toThrow(/emergency\.yaml does not exist/);
  });
});
