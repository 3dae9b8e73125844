import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../knowledge/cli/args';
import { kbCheck } from '../../../knowledge/cli/kb-check';
import { KnowledgeError } from '../../../knowledge/problems';
import {
  fakeEmergencyService,
  fakeKnowledgeBase,
  fakeService,
  text,
} from '../../factories/knowledge';
import { knowledgeFiles, writeKnowledgeDir } from '../../factories/knowledge-dir';
import { captureIo } from '../../factories/io';

describe('kb:check', () => {
  it('exits 0 and prints a summary for a clean knowledge directory', async () => {
    const io = captureIo();
    const dir = await writeKnowledgeDir(fakeKnowledgeBase());
    expect(await kbCheck([dir], io)).toBe(0);
    expect(io.stdout).toEqual([`${dir}: 0 errors, 0 warnings (2 services, 1 paths)`]);
  });

  it('prints each problem as file:line: severity: field: message [rule] and exits 1 on errors', async () => {
    const kb = fakeKnowledgeBase({
      services: [
        fakeService({ summary: text('x'.repeat(151)) }),
        fakeEmergencyService({ reviewedAt: '2020-01-01' }),
      ],
    });
    const io = captureIo();
    expect(await kbCheck(['--kb', await writeKnowledgeDir(kb)], io)).toBe(1);
    expect(io.stdout).toEqual([
      expect.stringMatching(
        /^services\/emergency-number\.yaml:\d+: warning: reviewedAt: last reviewed 2020-01-01, more than 12 months ago; check the content and update the date \[review-overdue\]$/,
      ),
      expect.stringMatching(
        /^services\/fake-service\.yaml:\d+: error: summary\.fi: summary is 151 characters; the limit is 150\. .* \[summary-too-long\]$/,
      ),
      expect.stringMatching(/^services\/fake-service\.yaml:\d+: error: summary\.sv: /),
      expect.stringMatching(/^services\/fake-service\.yaml:\d+: error: summary\.en: /),
      expect.stringMatching(/: 3 errors, 1 warning \(2 services, 1 paths\)$/),
    ]);
  });

  it('exits 0 when there are only warnings, and can hide them', async () => {
    const kb = fakeKnowledgeBase({
      services: [fakeService({ fees: text('Maksuton', '', 'Free') }), fakeEmergencyService()],
    });
    const dir = await writeKnowledgeDir(kb);
    const io = captureIo();
    expect(await kbCheck([dir], io)).toBe(0);
    expect(io.stdout).toHaveLength(2);
    const quiet = captureIo();
    await kbCheck([dir, '--errors-only'], quiet);
    expect(quiet.stdout).toHaveLength(1);
  });

  it('says when the knowledge base cannot be assembled', async () => {
    const files = knowledgeFiles(fakeKnowledgeBase()).filter((f) => f.path !== 'segments.yaml');
    const io = captureIo();
    expect(await kbCheck([await writeKnowledgeDir(files)], io)).toBe(1);
    expect(io.stdout).toEqual([
      'segments.yaml: error: segments.yaml is missing [missing-file]',
      expect.stringContaining('1 error, 0 warnings (the knowledge base could not be assembled)'),
    ]);
  });

  it('reports an alias bomb as a problem with file and line, and exits 1 without a stack trace', async () => {
    const bomb = [
      'id: bomb',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((k, i) => {
        const prev = 'abcdefghi'[i];
        return `${k}: &${k} [${Array(10).fill(`*${prev}`).join(', ')}]`;
      }),
    ].join('\n');
    const files = [
      ...knowledgeFiles(fakeKnowledgeBase()),
      { path: 'services/bomb.yaml', text: bomb },
    ];
    const io = captureIo();
    expect(await kbCheck([await writeKnowledgeDir(files)], io)).toBe(1);
    expect(io.stdout).toContainEqual(
      expect.stringMatching(/^services\/bomb\.yaml:\d+: error: .*alias bomb.*\[yaml\]$/),
    );
    expect(io.stdout.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('rejects a directory that does not exist and wrong usage with clear errors', async () => {
    await expect(kbCheck(['/no/such/dir'], captureIo())).rejects.toThrow(
      new KnowledgeError('knowledge directory not found: /no/such/dir'),
    );
    await expect(kbCheck(['a', 'b'], captureIo())).rejects.toThrow(UsageError);
    await expect(kbCheck(['--verbose'], captureIo())).rejects.toThrow(UsageError);
  });

  it('runs as a script: clear message and exit status 1 for a missing directory', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'knowledge/cli/kb-check.ts', '/no/such/dir']);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('knowledge directory not found: /no/such/dir'),
    });
  });
});
