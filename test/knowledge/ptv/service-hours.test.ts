import { describe, expect, it } from 'vitest';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import { openState } from '../../../knowledge/hours';
import { fromPtvServiceHours } from '../../../knowledge/ptv/service-hours';
import { ExceptionalHours } from '../../../knowledge/schema';
import { fakeExceptionalHours, fakeServiceHours } from '../../factories/ptv';

describe('fromPtvServiceHours', () => {
  it('reads weekly hours and PTV "Exceptional" closures and special hours', () => {
    const imported = fromPtvServiceHours(
      fakeServiceHours(
        fakeExceptionalHours({
          validFrom: '2026-12-28',
          validTo: '2026-12-30',
          info: { fi: 'Suljettu inventaarion vuoksi', sv: 'Stängt för inventering' },
        }),
        fakeExceptionalHours({ validFrom: '2026-12-31', hours: [['09:00:00', '12:00:00']] }),
      ),
    );
    expect(imported.hours).toEqual([
      { days: ['mon'], opens: '08:00', closes: '16:00' },
      { days: ['tue'], opens: '08:00', closes: '16:00' },
      { days: ['wed'], opens: '08:00', closes: '16:00' },
      { days: ['thu'], opens: '08:00', closes: '16:00' },
      { days: ['fri'], opens: '08:00', closes: '16:00' },
    ]);
    expect(imported.exceptionalHours).toEqual([
      {
        validFrom: '2026-12-28',
        validTo: '2026-12-30',
        isClosed: true,
        note: { fi: 'Suljettu inventaarion vuoksi', sv: 'Stängt för inventering', en: '' },
      },
      { validFrom: '2026-12-31', isClosed: false, hours: [{ opens: '09:00', closes: '12:00' }] },
    ]);
    // What the importer produces passes the schema, and a resident sees the closure.
    for (const e of imported.exceptionalHours) expect(ExceptionalHours.parse(e)).toEqual(e);
    const state = openState(imported, new Date('2026-12-29T10:00:00+02:00'), finnishHolidays());
    expect(state).toMatchObject({ open: false, opensAt: { date: '2026-12-31', time: '09:00' } });
  });

  it('reads a day range and round-the-clock hours', () => {
    const range = fromPtvServiceHours([
      {
        serviceHourType: 'DaysOfTheWeek',
        openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '07:00:00', to: '00:00:00' }],
      },
    ]);
    expect(range.hours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:00', closes: '24:00' },
    ]);
    expect(
      fromPtvServiceHours([{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }]).hours,
    ).toBe('always');
  });

  it('notes what it cannot read instead of guessing', () => {
    const imported = fromPtvServiceHours([
      { serviceHourType: 'Exceptional', validFrom: null, isClosed: true },
      { serviceHourType: 'Special', openingHour: [] },
    ]);
    expect(imported.exceptionalHours).toEqual([]);
    expect(imported.notes).toHaveLength(2);
    expect(() => fromPtvServiceHours({ not: 'a list' })).toThrow();
  });
});
