import { describe, expect, it } from 'vitest';
import { checkServerUrl, knowledgeEndpoint } from '../../../extension/lib/server-url';

const ALLOWED = 'https://opastin.example.fi';

describe('checkServerUrl', () => {
  it('accepts the build’s server, keeping a base path', () => {
    expect(checkServerUrl(' https://opastin.example.fi ', ALLOWED)).toEqual({
      ok: true,
      url: 'https://opastin.example.fi/',
    });
    expect(checkServerUrl('https://opastin.example.fi/opastin?x=1#y', ALLOWED)).toEqual({
      ok: true,
      url: 'https://opastin.example.fi/opastin/',
    });
  });

  it('treats an empty field as "bundled knowledge only"', () => {
    expect(checkServerUrl('  ', ALLOWED)).toEqual({ ok: true, url: undefined });
  });

  it('refuses other origins, which the CSP would block anyway', () => {
    expect(checkServerUrl('https://evil.example.com/', ALLOWED)).toEqual({
      ok: false,
      reason: 'wrongOrigin',
    });
    expect(checkServerUrl('http://opastin.example.fi/', ALLOWED)).toEqual({
      ok: false,
      reason: 'wrongOrigin',
    });
  });

  it('refuses what is not a web address', () => {
    expect(checkServerUrl('opastin', ALLOWED)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkServerUrl('javascript:alert(1)', ALLOWED)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('knowledgeEndpoint', () => {
  it('puts /api/knowledge under the base URL', () => {
    expect(knowledgeEndpoint('http://localhost:3978')).toBe('http://localhost:3978/api/knowledge');
    expect(knowledgeEndpoint('https://x.fi/opastin/')).toBe('https://x.fi/opastin/api/knowledge');
  });
});
