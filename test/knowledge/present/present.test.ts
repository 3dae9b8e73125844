import { describe, expect, it } from 'vitest';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import {
  localize,
  phoneLink,
  plain,
  presentService,
  safeUrl,
  type PresentContext,
} from '../../../knowledge/present';
import {
  fakeChannel,
  fakeKnowledgeBase,
  fakeMunicipality,
  fakePath,
  fakeService,
  fakeServicePoint,
  fakeStep,
  text,
} from '../../factories/knowledge';
import type { OpeningHours } from '../../../knowledge/schema';

const holidays = finnishHolidays();
const weekdays: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
];

describe('localize', () => {
  it('falls back fi, sv, en with a marker in the reader’s language', () => {
    const finnishOnly = { fi: 'Hammashoito', sv: '', en: '' };
    expect(localize(finnishOnly, 'sv')).toEqual({
      text: 'Hammashoito',
      lang: 'fi',
      marker: '(på finska)',
    });
    expect(plain(localize(finnishOnly, 'en'))).toBe('Hammashoito (in Finnish)');
    expect(localize({ fi: ' ', sv: 'Tandvård', en: '' }, 'en')).toMatchObject({
      lang: 'sv',
      marker: '(in Swedish)',
    });
    expect(localize(finnishOnly, 'fi')).toEqual({ text: 'Hammashoito', lang: 'fi' });
  });
});

describe('links', () => {
  it('makes one clean tel: URI from any way a number is written', () => {
    expect(phoneLink('0800 147 111')).toEqual({ display: '0800 147 111', href: 'tel:0800147111' });
    expect(phoneLink('+358 (0)9 123-4567')?.href).toBe('tel:+35891234567');
    expect(phoneLink('09-123 4567')?.href).toBe('tel:091234567');
    expect(phoneLink('soita meille')).toBeUndefined();
  });

  it('keeps web addresses only', () => {
    expect(safeUrl('https://www.omaolo.fi')).toBe('https://www.omaolo.fi/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('presentService', () => {
  const clinic = fakeService({
    id: 'dental-care',
    channels: [
      fakeChannel({
        kind: 'visit',
        name: text('Hammashoitola'),
        hours: weekdays,
        url: undefined,
        phone: '09 123 4567',
      }),
      fakeChannel(),
    ],
  });
  const kb = fakeKnowledgeBase({
    services: [clinic, fakeService({ id: 'next-service' })],
    municipalities: [
      fakeMunicipality({
        id: 'lohja',
        servicePoints: [
          fakeServicePoint({ id: 'general', services: [] }),
          fakeServicePoint({ id: 'dental', services: ['dental-care'], hours: weekdays }),
        ],
      }),
    ],
    paths: [
      fakePath({
        steps: [fakeStep({ service: 'dental-care' }), fakeStep({ service: 'next-service' })],
      }),
    ],
  });
  const ctx = (over: Partial<PresentContext> = {}): PresentContext => ({
    kb,
    lang: 'fi',
    now: new Date('2026-12-24T10:00:00+02:00'),
    holidays,
    ...over,
  });

  it('2026-12-24 10:00: the weekday clinic is closed for Christmas Eve, next opening named', () => {
    const view = presentService(clinic, ctx());
    const visit = view.channels.find((c) => c.kind === 'visit');
    expect(visit?.status).toMatchObject({ state: 'closed', reason: 'jouluaatto' });
    expect(visit?.status?.text).toBe('suljettu (jouluaatto), avautuu maanantaina 28.12. klo 8.00');
    const sv = presentService(clinic, ctx({ lang: 'sv' })).channels.find((c) => c.kind === 'visit');
    expect(sv?.status?.text).toBe('stängt (julafton), öppnar måndag 28.12. kl. 8.00');
    const en = presentService(clinic, ctx({ lang: 'en' })).channels.find((c) => c.kind === 'visit');
    expect(en?.status?.text).toBe('closed (Christmas Eve), opens on Monday 28 Dec at 8:00');
  });

  it('lists channels digital first with clean links', () => {
    const view = presentService(clinic, ctx({ now: new Date('2026-11-24T10:00:00+02:00') }));
    expect(view.channels.map((c) => c.kind)).toEqual(['digital-self-service', 'visit']);
    expect(view.channels[1]?.phone).toEqual({ display: '09 123 4567', href: 'tel:091234567' });
    expect(view.channels[1]?.status?.text).toBe('avoinna nyt, klo 16.00 asti');
  });

  it('chooses the point that gives the service over a general one, and says why', () => {
    const view = presentService(clinic, ctx({ municipality: 'lohja' }));
    expect(view.municipality?.point).toMatchObject({ id: 'dental', reason: 'offers-service' });
    const other = presentService(kb.services[1]!, ctx({ municipality: 'lohja' }));
    expect(other.municipality?.point).toMatchObject({ id: 'general', reason: 'general' });
    const far = presentService(
      fakeService({ municipalities: ['raasepori'] }),
      ctx({ municipality: 'lohja' }),
    );
    expect(far.municipality).toMatchObject({ offered: false, text: 'Ei tarjolla kunnassa lohja.' });
  });

  it('gives the path position and the next step', () => {
    const view = presentService(clinic, ctx());
    expect(view.path).toMatchObject({ position: 1, total: 2, next: { serviceId: 'next-service' } });
  });

  it('never shows a blank name or summary: marked fallbacks, then the description', () => {
    const ptv = fakeService({
      name: { fi: 'Suun terveydenhuolto', sv: '', en: '' },
      summary: { fi: '', sv: '', en: '' },
      description: { fi: 'Hampaiden hoito. Lisää tekstiä.', sv: '', en: '' },
    });
    const view = presentService(ptv, ctx({ lang: 'sv' }));
    expect(plain(view.name)).toBe('Suun terveydenhuolto (på finska)');
    expect(plain(view.summary)).toBe('Hampaiden hoito. (på finska)');
  });
});
