import { describe, expect, it } from 'vitest';
import { calendarFromTable, NO_HOLIDAYS, openState } from '../../../knowledge/hours';
import { finnishHolidays, finnishHolidayTable } from '../../../knowledge/hours/finnish-holidays';
import type { ExceptionalHours, OpeningHours } from '../../../knowledge/schema';

const weekdays: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
];
const everyDay: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '20:00' },
  { days: ['sat', 'sun'], opens: '10:00', closes: '16:00' },
];
const holidays = finnishHolidays();
/** Helsinki local time as an instant: winter UTC+2, summer UTC+3. */
const winter = (local: string) => new Date(`${local}+02:00`);
const summer = (local: string) => new Date(`${local}+03:00`);

describe('Finnish holidays (date-holidays, types public and bank)', () => {
  it('knows the fixed and the moving holidays, named in three languages', () => {
    const dates = finnishHolidayTable(2027, 2027).map((h) => h.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2027-01-01',
        '2027-01-06',
        '2027-03-26', // Good Friday
        '2027-03-29', // Easter Monday
        '2027-05-06', // Ascension Day
        '2027-06-25', // Midsummer Eve (bank)
        '2027-06-26',
        '2027-11-06', // All Saints' Day
        '2027-12-06',
        '2027-12-24',
        '2027-12-25',
        '2027-12-26',
      ]),
    );
    expect(holidays('2026-12-24')).toEqual({
      date: '2026-12-24',
      type: 'bank',
      name: { fi: 'jouluaatto', sv: 'julafton', en: 'Christmas Eve' },
    });
    // Observances (Mother's Day) do not close anything.
    expect(holidays('2027-05-09')).toBeUndefined();
  });

  it('gives the same answers from the bundled table as from date-holidays', () => {
    const table = calendarFromTable(finnishHolidayTable(2026, 2027));
    for (const date of ['2026-12-24', '2027-06-25', '2027-06-24', '2027-11-06'])
      expect(table(date)).toEqual(holidays(date));
  });
});

describe('openState on holidays and exceptional hours (pinned clock)', () => {
  it('2026-12-24 10:00: a weekday clinic is closed, next opening Monday 28 December', () => {
    const state = openState({ hours: weekdays }, winter('2026-12-24T10:00'), holidays);
    expect(state).toMatchObject({
      open: false,
      opensAt: { date: '2026-12-28', day: 'mon', time: '08:00' },
      holiday: { date: '2026-12-24', type: 'bank' },
    });
    // Without the calendar the same Thursday would be open: the holiday is what closes it.
    expect(openState({ hours: weekdays }, winter('2026-12-24T10:00'), NO_HOLIDAYS).open).toBe(true);
  });

  it('2027-06-25 Midsummer Eve (a bank holiday in date-holidays) closes a weekday clinic', () => {
    const state = openState({ hours: weekdays }, summer('2027-06-25T09:00'), holidays);
    expect(state.open).toBe(false);
    expect(state.holiday?.name.en).toBe('Midsummer Eve');
    expect(state.opensAt).toEqual({ date: '2027-06-28', day: 'mon', time: '08:00' });
    // The Thursday before is an ordinary day.
    expect(openState({ hours: weekdays }, summer('2027-06-24T09:00'), holidays).open).toBe(true);
  });

  it("2026-12-31 New Year's Eve is a working day: a weekday clinic is open (date-holidays calls it a bank holiday)", () => {
    expect(holidays('2026-12-31')).toBeUndefined();
    expect(openState({ hours: weekdays }, winter('2026-12-31T10:00'), holidays).open).toBe(true);
    expect(finnishHolidayTable(2026, 2026).map((h) => h.date)).not.toContain('2026-12-31');
  });

  it('keeps Sunday hours on a holiday for a service open every day', () => {
    const state = openState({ hours: everyDay }, winter('2026-12-24T11:00'), holidays);
    expect(state).toMatchObject({ open: true, closesAt: '16:00' });
    expect(openState({ hours: everyDay }, winter('2026-12-24T17:00'), holidays).opensAt).toEqual({
      date: '2026-12-25',
      day: 'fri',
      time: '10:00',
    });
  });

  it('is always open round the clock, holidays or not', () => {
    expect(openState({ hours: 'always' }, winter('2026-12-25T03:00'), holidays).open).toBe(true);
  });

  it('exceptional hours win over weekly hours and over holidays', () => {
    const exceptionalHours: ExceptionalHours[] = [
      { validFrom: '2026-12-01', validTo: '2026-12-02', isClosed: true },
      { validFrom: '2026-12-24', isClosed: false, hours: [{ opens: '09:00', closes: '12:00' }] },
    ];
    const source = { hours: weekdays, exceptionalHours };
    expect(openState(source, winter('2026-12-01T10:00'), holidays)).toMatchObject({
      open: false,
      exception: { validFrom: '2026-12-01' },
      opensAt: { date: '2026-12-03', day: 'thu', time: '08:00' },
    });
    expect(openState(source, winter('2026-12-24T10:00'), holidays)).toMatchObject({
      open: true,
      closesAt: '12:00',
    });
    // Asked on the evening before, the special morning is the next opening.
    expect(openState(source, winter('2026-12-23T18:00'), holidays).opensAt).toEqual({
      date: '2026-12-24',
      day: 'thu',
      time: '09:00',
    });
  });

  it('shows a closure even where no weekly hours are known', () => {
    const source = { exceptionalHours: [{ validFrom: '2026-12-01', isClosed: true }] };
    expect(openState(source, winter('2026-12-01T10:00'), holidays)).toMatchObject({
      open: false,
      exception: { validFrom: '2026-12-01' },
    });
    expect(openState(source, winter('2026-12-02T10:00'), holidays)).toEqual({
      open: false,
      unknown: true,
    });
  });
});

describe('openState over daylight-saving changes (Europe/Helsinki)', () => {
  it('last Sunday of March 2027: the Tuesday after opens at 08:00 summer time (05:00 UTC)', () => {
    // Clocks went 03:00 -> 04:00 on Sunday 28 March 2027; Monday 29 March is Easter Monday.
    const at = (utc: string) => openState({ hours: weekdays }, new Date(utc), holidays).open;
    expect(at('2027-03-29T05:00:00Z')).toBe(false);
    expect(at('2027-03-30T04:59:00Z')).toBe(false);
    expect(at('2027-03-30T05:00:00Z')).toBe(true);
  });

  it('last Sunday of March 2027: asked Sunday 02:30 winter time, the next opening is Tuesday after Easter Monday', () => {
    expect(
      openState({ hours: weekdays }, new Date('2027-03-28T00:30:00Z'), holidays).opensAt,
    ).toEqual({ date: '2027-03-30', day: 'tue', time: '08:00' });
  });

  it('last Sunday of October 2026: the Monday after opens at 08:00 winter time (06:00 UTC)', () => {
    // Clocks went 04:00 -> 03:00 on Sunday 25 October 2026.
    const asked = new Date('2026-10-25T22:30:00Z'); // Monday 00:30 in Helsinki
    expect(openState({ hours: weekdays }, asked, holidays).opensAt).toEqual({
      date: '2026-10-26',
      day: 'mon',
      time: '08:00',
    });
    expect(openState({ hours: weekdays }, new Date('2026-10-26T05:59:00Z'), holidays).open).toBe(
      false,
    );
    expect(openState({ hours: weekdays }, new Date('2026-10-26T06:00:00Z'), holidays).open).toBe(
      true,
    );
  });
});
