import { describe, expect, it } from 'vitest';
import { brokenPathStep } from '../../../knowledge/rules/broken-path-step';
import { fakeKnowledgeBase, fakePath, fakeStep } from '../../factories/knowledge';

const check = (path: ReturnType<typeof fakePath>) =>
  brokenPathStep.check(fakeKnowledgeBase({ paths: [path] }), { today: '2026-11-24' });

describe('broken-path-step', () => {
  it('accepts a path whose steps are existing non-emergency services', () => {
    expect(check(fakePath())).toEqual([]);
  });

  it('rejects an emergency service as a step', () => {
    const problems = check(
      fakePath({ steps: [fakeStep(), fakeStep({ service: 'emergency-number' })] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'steps.1.service',
        message: expect.stringContaining('emergency service'),
      }),
    ]);
  });

  it('rejects the same service twice', () => {
    const problems = check(fakePath({ steps: [fakeStep(), fakeStep()] }));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'steps.1.service',
        message: expect.stringContaining('already step 1'),
      }),
    ]);
  });

  it('rejects a path that leads to no existing service', () => {
    const problems = check(fakePath({ steps: [fakeStep({ service: 'ghost' })] }));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'steps',
        message: expect.stringContaining('leads nowhere'),
      }),
    ]);
  });
});
