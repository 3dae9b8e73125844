import { describe, expect, it } from 'vitest';
import { helsinkiTime, NO_HOLIDAYS, openState, orderChannels } from '../../../knowledge/hours';
import type { OpeningHours } from '../../../knowledge/schema';

const officeHours: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '15:30' },
];

describe('openState', () => {
  it('is always open for round-the-clock services', () => {
    expect(openState({ hours: 'always' }, new Date('2026-11-24T03:00:00Z'), NO_HOLIDAYS)).toEqual({
      open: true,
      always: true,
    });
  });

  it('is open on a weekday morning in Helsinki winter time (UTC+2)', () => {
    // Tuesday 24 Nov 2026 06:30 UTC = 08:30 in Helsinki.
    expect(
      openState({ hours: officeHours }, new Date('2026-11-24T06:30:00Z'), NO_HOLIDAYS),
    ).toEqual({
      open: true,
      closesAt: '15:30',
    });
  });

  it('is still closed at 07:30 Helsinki time even though it is 08:30 in Central Europe', () => {
    // 05:30 UTC = 07:30 Helsinki: opens today at 08:00.
    expect(
      openState({ hours: officeHours }, new Date('2026-11-24T05:30:00Z'), NO_HOLIDAYS),
    ).toEqual({
      open: false,
      opensAt: { date: '2026-11-24', day: 'tue', time: '08:00' },
    });
  });

  it('uses summer time (UTC+3) in July', () => {
    // 05:30 UTC on Wed 15 July 2026 = 08:30 in Helsinki.
    expect(
      openState({ hours: officeHours }, new Date('2026-07-15T05:30:00Z'), NO_HOLIDAYS).open,
    ).toBe(true);
    // 12:45 UTC = 15:45 Helsinki: closed, opens Thursday.
    expect(
      openState({ hours: officeHours }, new Date('2026-07-15T12:45:00Z'), NO_HOLIDAYS),
    ).toEqual({
      open: false,
      opensAt: { date: '2026-07-16', day: 'thu', time: '08:00' },
    });
  });

  it('handles the day the clocks go forward (29 March 2026)', () => {
    // Sunday 29 March 2026 01:30 UTC = 04:30 EEST; the day is still Sunday in Helsinki.
    expect(helsinkiTime(new Date('2026-03-29T01:30:00Z'))).toEqual({
      date: '2026-03-29',
      dayIndex: 6,
      minutes: 270,
    });
    // 23:30 UTC on Sunday = 02:30 Monday in Helsinki: Monday's 08:00 is next.
    expect(
      openState({ hours: officeHours }, new Date('2026-03-29T23:30:00Z'), NO_HOLIDAYS),
    ).toEqual({
      open: false,
      opensAt: { date: '2026-03-30', day: 'mon', time: '08:00' },
    });
  });

  it('opens on Monday when asked on a Friday evening', () => {
    // Friday 27 Nov 2026 18:00 UTC = 20:00 Helsinki.
    expect(
      openState({ hours: officeHours }, new Date('2026-11-27T18:00:00Z'), NO_HOLIDAYS).opensAt,
    ).toEqual({
      date: '2026-11-30',
      day: 'mon',
      time: '08:00',
    });
  });

  it('treats a period past midnight as open in the small hours of the next day', () => {
    const evenings: OpeningHours = [{ days: ['fri'], opens: '22:00', closes: '02:00' }];
    // Saturday 28 Nov 2026 00:30 Helsinki = Friday 22:30 UTC.
    expect(openState({ hours: evenings }, new Date('2026-11-27T22:30:00Z'), NO_HOLIDAYS)).toEqual({
      open: true,
      closesAt: '02:00',
    });
  });

  it('closes at 24:00 periods only at midnight', () => {
    const late: OpeningHours = [{ days: ['tue'], opens: '16:00', closes: '24:00' }];
    // 21:50 UTC = 23:50 Helsinki on Tuesday.
    expect(openState({ hours: late }, new Date('2026-11-24T21:50:00Z'), NO_HOLIDAYS).open).toBe(
      true,
    );
  });
});

describe('orderChannels', () => {
  it('puts digital channels first and keeps the content order within a kind', () => {
    const ordered = orderChannels([
      { kind: 'visit' as const, id: 'v' },
      { kind: 'mobile' as const, id: 'm' },
      { kind: 'digital-contact' as const, id: 'c1' },
      { kind: 'digital-self-service' as const, id: 's' },
      { kind: 'digital-contact' as const, id: 'c2' },
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['s', 'c1', 'c2', 'v', 'm']);
  });
});
