import { describe, expect, it } from 'vitest';
import { parseKnowledge } from '../../knowledge/parse';
import { acceptKnowledgeDir } from '../../knowledge/loader';
import { validateKnowledge } from '../../knowledge/validate';
import { fakeKnowledgeBase, fakeService, text } from '../factories/knowledge';
import { knowledgeFiles, writeKnowledgeDir } from '../factories/knowledge-dir';

const serviceYaml = `id: home-care
level: basic
name:
  fi: Kotihoito
  sv: Hemvård
  en: Home care
summary:
  fi: Apua kotiin arjen askareisiin.
  sv: ''
  en: Help at home with daily tasks.
description: { fi: Kuvaus, sv: Beskrivning, en: Description }
audience:
  lifeStages: [older-people, retired]
  text: { fi: Ikääntyneet, sv: Äldre, en: Older people }
instructions: { fi: Soita 09 816 3000., sv: Ring., en: Call. }
reviewedAt: '2026-11-01'
`;

function filesWith(extra: { path: string; text: string }) {
  const files = knowledgeFiles(fakeKnowledgeBase());
  return [...files, extra];
}

describe('validateKnowledge', () => {
  it('finds no problems in the fake knowledge base', () => {
    expect(validateKnowledge(fakeKnowledgeBase(), undefined, { today: '2026-11-24' })).toEqual([]);
  });

  it('places each rule problem at its file and line', () => {
    const { kb, sources, problems } = parseKnowledge(
      filesWith({ path: 'services/home-care.yaml', text: serviceYaml }),
    );
    expect(problems).toEqual([]);
    const found = validateKnowledge(kb!, sources, { today: '2026-11-24' });
    expect(found.map((p) => [p.file, p.line, p.field, p.rule])).toEqual([
      ['services/home-care.yaml', 9, 'summary.sv', 'missing-translation'],
      ['services/home-care.yaml', 13, 'audience.lifeStages.1', 'unknown-reference'],
      ['services/home-care.yaml', 15, 'instructions.fi', 'phone-in-free-text'],
    ]);
  });

  it('uses today in Helsinki when no date is given', () => {
    const old = fakeService({ reviewedAt: '2000-01-01' });
    const found = validateKnowledge(fakeKnowledgeBase({ services: [old], paths: [] }));
    expect(found.map((p) => p.rule)).toContain('review-overdue');
  });
});

describe('acceptKnowledgeDir', () => {
  it('combines parse problems and rule problems, sorted by file and line', async () => {
    const dir = await writeKnowledgeDir(
      filesWith({ path: 'services/home-care.yaml', text: serviceYaml }).concat([
        { path: 'services/broken.yaml', text: 'id: broken\nname: [unclosed\n' },
      ]),
    );
    const { kb, problems } = await acceptKnowledgeDir(dir, { today: '2026-11-24' });
    expect(kb?.services.map((s) => s.id)).toContain('home-care');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      'services/broken.yaml:3 yaml',
      'services/home-care.yaml:9 missing-translation',
      'services/home-care.yaml:13 unknown-reference',
      'services/home-care.yaml:15 phone-in-free-text',
    ]);
  });

  it('reports a wrong type and an unknown field with file and line, and keeps the other services', async () => {
    const bad = serviceYaml
      .replace(
        "summary:\n  fi: Apua kotiin arjen askareisiin.\n  sv: ''",
        'summary:\n  fi: 42\n  sv: x',
      )
      .replace('reviewedAt', 'sumary: oops\nreviewedAt');
    const dir = await writeKnowledgeDir(filesWith({ path: 'services/home-care.yaml', text: bad }));
    const { kb, problems } = await acceptKnowledgeDir(dir, { today: '2026-11-24' });
    expect(kb?.services.map((s) => s.id)).toEqual(['emergency-number', 'fake-service']);
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      ['services/home-care.yaml', 1, undefined, "unknown field 'sumary'"],
      ['services/home-care.yaml', 8, 'summary.fi', 'expected string, got number 42'],
    ]);
  });

  it('reports a missing required file and returns no knowledge base', async () => {
    const files = knowledgeFiles(fakeKnowledgeBase()).filter((f) => f.path !== 'emergency.yaml');
    const { kb, problems } = await acceptKnowledgeDir(await writeKnowledgeDir(files));
    expect(kb).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'emergency.yaml', rule: 'missing-file', severity: 'error' }),
    ]);
  });

  it('catches a misspelt id in a hand-edited file', async () => {
    const service = fakeService({ id: 'other', name: text('Muu', 'Annan', 'Other') });
    const files = filesWith({ path: 'services/wrong-name.yaml', text: `id: ${service.id}\n` });
    const { problems } = await acceptKnowledgeDir(await writeKnowledgeDir(files));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'services/wrong-name.yaml', line: 1, rule: 'file-name' }),
    );
  });
});

describe('bad content files', () => {
  const problemsFor = (path: string, text: string) =>
    parseKnowledge(filesWith({ path, text })).problems.map(
      (p) => `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`,
    );

  it.each([
    ['an empty file', 'services/a.yaml', '', 'services/a.yaml:1: the file is empty'],
    [
      'a list instead of a mapping',
      'services/a.yaml',
      '- a\n',
      'services/a.yaml:1: expected object, got a list',
    ],
    [
      'tab indentation',
      'services/a.yaml',
      'id: a\n\tlevel: basic\n',
      'services/a.yaml:2: invalid YAML: Tabs are not allowed as indentation',
    ],
    [
      'a repeated key',
      'services/a.yaml',
      'id: a\nid: b\n',
      'services/a.yaml:2: invalid YAML: Map keys must be unique',
    ],
    [
      'a number where text belongs',
      'services/a.yaml',
      'id: 42\n',
      'services/a.yaml:1: id: expected string, got number 42',
    ],
    [
      'an unknown level',
      'services/a.yaml',
      'id: a\nlevel: urgent\n',
      "services/a.yaml:2: level: expected one of 'universal', 'basic', 'special', 'demanding', 'emergency', got 'urgent'",
    ],
    [
      'a wrong life stage list',
      'paths/a.yaml',
      'id: a\nlifeStages: 5\n',
      "paths/a.yaml:2: lifeStages: expected 'all' or array, got number 5",
    ],
    [
      'a bad date',
      'paths/a.yaml',
      'id: a\nreviewedAt: yesterday\n',
      "paths/a.yaml:2: reviewedAt: expected a date as YYYY-MM-DD, got 'yesterday'",
    ],
    [
      'a misspelt field',
      'paths/a.yaml',
      'id: a\nsteps:\n  - service: x\n    urgent: true\n',
      "paths/a.yaml:3: steps.0: unknown field 'urgent'",
    ],
    [
      "a red-flag pattern of 'not' alone",
      'redflags/situations.yaml',
      'situations:\n  - id: a\n    patterns:\n      - [not limb-injury]\n',
      "redflags/situations.yaml:4: situations.0.patterns.0: a pattern needs at least one concept that must be there, not only 'not ...'",
    ],
  ])('%s is reported with file, line and a clear message', (_, path, text, expected) => {
    expect(problemsFor(path, text)).toContain(expected);
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://www.example.fi/'],
    ['file:///etc/passwd'],
  ])('rejects a channel url %s, naming the field', (url) => {
    const yaml = `id: a\nchannels:\n  - kind: digital-contact\n    url: '${url}'\n`;
    expect(problemsFor('services/a.yaml', yaml)).toContain(
      'services/a.yaml:4: channels.0.url: expected an https:, tel: or mailto: address, got ' +
        `'${url.length > 40 ? `${url.slice(0, 40)}…` : url}'`,
    );
  });

  it.each([['https://www.omaolo.fi/'], ['tel:+358401234567'], ['mailto:neuvonta@example.fi']])(
    'accepts a channel url %s',
    (url) => {
      const yaml = `id: a\nchannels:\n  - kind: digital-contact\n    url: '${url}'\n`;
      expect(problemsFor('services/a.yaml', yaml).filter((p) => p.includes('url'))).toEqual([]);
    },
  );

  it('reports a missing required field at its parent line', () => {
    expect(problemsFor('services/a.yaml', 'id: a\n')).toContain(
      "services/a.yaml:1: level: required field is missing (expected one of 'universal', 'basic', 'special', 'demanding', 'emergency')",
    );
  });

  it('keeps every other service when one file is broken', () => {
    const { kb } = parseKnowledge(filesWith({ path: 'services/a.yaml', text: '{{{' }));
    expect(kb?.services.map((s) => s.id)).toEqual(['emergency-number', 'fake-service']);
  });
});
