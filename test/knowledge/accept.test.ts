import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { acceptKnowledge } from '../../knowledge/accept';
import { acceptKnowledgeDir } from '../../knowledge/loader';
import { formatProblem } from '../../knowledge/problems';
import { toSnapshot } from '../../knowledge/snapshot';
import {
  fakeChannel,
  fakeKnowledgeBase,
  fakePath,
  fakeStep,
  fakeService,
  text,
} from '../factories/knowledge';
import { knowledgeFiles, writeKnowledgeDir } from '../factories/knowledge-dir';

// The fakes are reviewed "today"; rules compare against the same day, whatever the system date.
const TODAY = { today: fakeKnowledgeBase().updatedAt };

/** Nine lines that expand to 9^9 (387 million) strings: the "billion laughs". */
const ALIAS_BOMB = `id: bomb
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

const withFile = (path: string, text: string) => [
  ...knowledgeFiles(fakeKnowledgeBase()),
  { path, text },
];

/** A service whose 120 visit channels all share one anchored opening-hours block. */
function sharedHoursService(): string {
  const service = fakeService({ id: 'many-offices' });
  const channels = Array.from({ length: 120 }, (_, i) => {
    const channel = stringify([{ ...fakeChannel({ kind: 'visit' }), hours: undefined }])
      .trimEnd()
      .replace(/\n/g, '\n  ');
    return i === 0
      ? `  ${channel}\n    hours: &office-hours\n      - { days: [mon, tue, wed, thu, fri], opens: '08:00', closes: '16:00' }`
      : `  ${channel}\n    hours: *office-hours`;
  });
  const rest = stringify({ ...service, channels: undefined });
  return `${rest}channels:\n${channels.join('\n')}\n`;
}

describe('acceptKnowledge (files)', () => {
  it('accepts a clean knowledge base', () => {
    const result = acceptKnowledge({ files: knowledgeFiles(fakeKnowledgeBase()) }, TODAY);
    expect(result).toMatchObject({ accepted: true, problems: [] });
    expect(result.kb?.services).toHaveLength(2);
  });

  it('rejects a rule error, not only a parse error', () => {
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep({ service: 'nowhere' })] })],
    });
    const result = acceptKnowledge({ files: knowledgeFiles(kb) }, TODAY);
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'paths/fake-path.yaml' }),
    );
  });

  it('lets warnings pass', () => {
    const old = fakeService({ reviewedAt: '2020-01-01' });
    const kb = fakeKnowledgeBase();
    const files = knowledgeFiles({
      ...kb,
      services: kb.services.map((s) => (s.id === old.id ? old : s)),
    });
    const result = acceptKnowledge({ files }, TODAY);
    expect(result.accepted).toBe(true);
    expect(result.problems.map((p) => p.rule)).toEqual(['review-overdue']);
  });

  it('turns an alias bomb into a problem with its file and line, and keeps the other services', () => {
    // A bomb that were expanded would never finish: the test's own timeout is the guard.
    const result = acceptKnowledge({ files: withFile('services/bomb.yaml', ALIAS_BOMB) }, TODAY);
    expect(result.accepted).toBe(false);
    const bomb = result.problems.filter((p) => p.file === 'services/bomb.yaml');
    expect(bomb.map(formatProblem)).toEqual([
      expect.stringMatching(/^services\/bomb\.yaml:\d+: error: .*alias bomb.* \[yaml\]$/),
    ]);
    expect(bomb[0]?.line).toBeGreaterThan(2);
    expect(result.kb?.services.map((s) => s.id)).toEqual(['emergency-number', 'fake-service']);
  });

  it('accepts one anchor used 120 times (shared opening hours)', () => {
    const result = acceptKnowledge(
      { files: withFile('services/many-offices.yaml', sharedHoursService()) },
      TODAY,
    );
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const service = result.kb?.services.find((s) => s.id === 'many-offices');
    expect(service?.channels).toHaveLength(120);
    expect(service?.channels[119]?.hours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
    ]);
  });

  it.each([
    ['an alias inside its own anchor', 'id: loop\nname: &n { fi: *n }\n', /contains it/],
    ['an alias with no anchor', 'id: lost\nname: *nowhere\n', /nowhere/],
    ['nesting 200 levels deep', `id: deep\nname: ${'['.repeat(200)}${']'.repeat(200)}\n`, /deeper/],
  ])('reports %s as a problem instead of throwing', (_, yaml, message) => {
    const result = acceptKnowledge({ files: withFile('services/odd.yaml', yaml) }, TODAY);
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'services/odd.yaml',
        message: expect.stringMatching(message),
      }),
    );
  });
});

describe('acceptKnowledge (snapshot)', () => {
  it('accepts a clean snapshot, as JSON text or as a value', () => {
    const json = toSnapshot(fakeKnowledgeBase());
    expect(acceptKnowledge({ snapshot: json }, TODAY).accepted).toBe(true);
    expect(acceptKnowledge({ snapshot: JSON.parse(json) }, TODAY).accepted).toBe(true);
  });

  it('runs the rules, not only the schema: a path to a missing service is rejected', () => {
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep({ service: 'nowhere' })] })],
    });
    const result = acceptKnowledge({ snapshot: toSnapshot(kb) }, TODAY);
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', entity: 'path:fake-path' }),
    );
  });

  it('names the wrong field of a snapshot that breaks the schema', () => {
    const snapshot = JSON.parse(toSnapshot(fakeKnowledgeBase()));
    snapshot.services[0].channels[0].url = 'javascript:alert(1)';
    const result = acceptKnowledge({ snapshot }, TODAY);
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'services.0.channels.0.url' }),
    );
  });

  it('rejects text that is not JSON with a problem', () => {
    const result = acceptKnowledge({ snapshot: '{"version": ' });
    expect(result).toMatchObject({ accepted: false, kb: null });
    expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('acceptKnowledgeDir', () => {
  it('gives the same verdict as the in-memory gate, with read problems added', async () => {
    const dir = await writeKnowledgeDir(withFile('services/bomb.yaml', ALIAS_BOMB));
    const result = await acceptKnowledgeDir(dir, TODAY);
    expect(result.accepted).toBe(false);
    expect(result.problems.map((p) => p.file)).toContain('services/bomb.yaml');
  });

  it('reports a missing directory as a problem', async () => {
    const result = await acceptKnowledgeDir('/nonexistent/opastin-kb', TODAY);
    expect(result).toMatchObject({ accepted: false, kb: null });
    expect(result.problems[0]?.message).toMatch(/not found|no such/i);
  });

  it('keeps the text of a valid service with a summary in all languages', async () => {
    const kb = fakeKnowledgeBase();
    const result = await acceptKnowledgeDir(await writeKnowledgeDir(kb), TODAY);
    expect(result.kb?.services[0]?.summary).toEqual(
      text('Lyhyt kuvaus palvelusta.', 'En kort beskrivning.', 'A short description.'),
    );
  });
});
