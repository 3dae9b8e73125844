import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../../knowledge/cli/search';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createSearchEngine } from '../../../knowledge/search/index';
import { matchNote, NOTE_RESULT_LIMIT } from '../../../knowledge/search/match-note';
import { noteToJson } from '../../../knowledge/cli/search-output';
import { toSnapshot } from '../../../knowledge/snapshot';
import { KnowledgeError } from '../../../knowledge/problems';
import { captureIo } from '../../factories/io';
import { fakeKnowledgeBase, fakePath, fakeStep } from '../../factories/knowledge';
import { writeKnowledgeDir } from '../../factories/knowledge-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs the real command the way other tools do: npx tsx, stdin in, stdout out. */
function runCli(
  args: string[],
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'knowledge/cli/search.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('search --json --batch', () => {
  it('answers one JSON line per input line, in order, with errors for bad lines', async () => {
    const input = [
      '{"q":"hammaslääkäri","lang":"fi"}',
      'this is not json',
      '{"q":"tandläkare"}',
      '{"q":42}',
      '{"q":"rinta kipu","lang":"fi"}',
      '{"q":"x","lang":"de"}',
      '{"q":"best pizza nearby","lang":"en"}',
    ].join('\n');
    const { code, stdout } = await runCli(['--json', '--batch'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({
      q: 'hammaslääkäri',
      lang: 'fi',
      emergency: null,
      confident: true,
    });
    expect(lines[0].results[0]).toMatchObject({ id: 'dental-care', score: expect.any(Number) });
    expect(lines[0].results[0].why.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ error: expect.stringContaining('invalid JSON'), line: 2 });
    expect(lines[2]).toMatchObject({ q: 'tandläkare', lang: 'sv' });
    expect(lines[3]).toEqual({ error: '"q" must be a string', line: 4 });
    expect(lines[4].emergency).toMatchObject({
      id: 'emergency-number',
      flag: 'chest-pain',
      tier: 'emergency',
      action: '112',
      numbers: ['emergency'],
    });
    expect(lines[4].emergency.matched).toMatch(/rinta/);
    expect(lines[0].safetyNet).toBeNull();
    expect(lines[5]).toMatchObject({ error: expect.stringContaining('lang'), line: 6 });
    expect(lines[6]).toMatchObject({ confident: false });
    for (const line of lines) if (line.results) expect(line.results.length).toBeLessThanOrEqual(10);
  }, 60_000);
});

describe('search --json --batch --note: exactly what the panel runs on a note', () => {
  const NOTES = [
    { q: 'äiti 84 v, muisti heikentynyt, asuu yksin, omaishoitaja uupunut' },
    { q: 'Asiakas kertoo, että puolisolla on nyt kova rintakipu ja hän hikoilee.' },
    { q: 'hammassärky', municipality: 'lohja' },
  ];

  it('gives the panel’s model for each note: segment, its result list and paths, and the flag', async () => {
    const { kb } = await loadKnowledgeDir();
    const engine = createSearchEngine(kb!);
    const io = captureIo();
    const input = Readable.from([...NOTES.map((n) => `${JSON.stringify(n)}\n`), 'nope\n']);
    expect(await searchCommand(['--json', '--batch', '--note'], io, input)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    NOTES.forEach((note, i) => {
      const panel = matchNote(
        engine,
        kb!,
        note.q,
        note.municipality ? { municipality: note.municipality } : {},
      );
      // The very function the panel calls, with the panel's defaults: the same answer.
      expect(lines[i]).toEqual(JSON.parse(noteToJson(panel)));
    });
    const [memory, chest] = lines;
    expect(memory.segment).toMatchObject({ lifeStage: 'older-people' });
    expect(memory.results.map((r: { id: string }) => r.id)).toContain('memory-clinic');
    expect(memory.results.length).toBeLessThanOrEqual(NOTE_RESULT_LIMIT);
    expect(memory.results.find((r: { id: string }) => r.id === 'memory-clinic').path).toMatchObject(
      {
        id: expect.any(String),
        step: expect.any(Number),
      },
    );
    expect(chest.emergency).toMatchObject({
      flag: 'chest-pain',
      tier: 'emergency',
      action: '112',
      matched: expect.any(String),
      concepts: expect.any(Array),
    });
    expect(lines[3]).toEqual({ error: expect.stringContaining('invalid JSON'), line: 4 });
  });

  it('explains a flag in the readable form: tier, situation, action and firing words', async () => {
    const io = captureIo();
    expect(await searchCommand(['--note', 'puolisolla on nyt kova rintakipu'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^EMERGENCY chest-pain \(action 112; "[^"]+"/);
    expect(io.stdout.join('\n')).toMatch(/segment /);
  });
});

describe('search (in process)', () => {
  it('prints a readable answer without --json', async () => {
    const io = captureIo();
    expect(await searchCommand(['omaishoidon', 'tuki'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/1\. informal-care-support/);
  });

  it('searches a JSON snapshot file given with --kb', async () => {
    const { kb } = await loadKnowledgeDir();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'opastin-search-')), 'kb.json');
    await writeFile(file, toSnapshot(kb!));
    const io = captureIo();
    expect(await searchCommand(['--kb', file, '--json', 'tandläkare'], io)).toBe(0);
    expect(JSON.parse(io.stdout[0]!).results[0].id).toBe('dental-care');
  });

  it('reads batch lines from the given stream', async () => {
    const io = captureIo();
    const input = Readable.from(['{"q":"kotihoito"}\n', '\n', '{"q":"hemvård","lang":"sv"}\n']);
    expect(await searchCommand(['--json', '--batch'], io, input)).toBe(0);
    expect(io.stdout).toHaveLength(3);
    expect(JSON.parse(io.stdout[1]!)).toMatchObject({ line: 2 });
    expect(JSON.parse(io.stdout[2]!).results[0].id).toBe('home-care');
  });

  it('rejects a missing query and an unknown --lang as usage errors', async () => {
    await expect(searchCommand([], captureIo())).rejects.toThrow(/words to search/);
    await expect(searchCommand(['--lang', 'de', 'x'], captureIo())).rejects.toThrow(/--lang/);
  });

  it('refuses a knowledge directory or snapshot with rule errors, like the server does', async () => {
    // Parses and matches the schema, but the path leads to a service that does not exist.
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep({ service: 'nowhere' })] })],
    });
    const dir = await writeKnowledgeDir(kb);
    await expect(searchCommand(['--kb', dir, 'palvelu'], captureIo())).rejects.toThrow(
      /paths\/fake-path\.yaml:\d+: error: .*nowhere/,
    );
    const file = path.join(dir, 'kb.json');
    await writeFile(file, toSnapshot(kb));
    await expect(searchCommand(['--kb', file, 'palvelu'], captureIo())).rejects.toThrow(
      KnowledgeError,
    );
  });

  it('names the path when --kb does not exist', async () => {
    await expect(searchCommand(['--kb', '/nonexistent/kb', 'x'], captureIo())).rejects.toThrow(
      /\/nonexistent\/kb/,
    );
  });
});
