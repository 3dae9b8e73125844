/**
 * A small knowledge base for conversation unit tests: services for different
 * life stages (so a for-whom question makes sense), one offered in only one
 * municipality, two real-named municipalities with service points, a red flag
 * and a referral path.
 */
import type { KnowledgeBase } from '../../knowledge/schema';
import {
  fakeChannel,
  fakeEmergency,
  fakeKnowledgeBase,
  fakeMunicipality,
  fakeNumber,
  fakePath,
  fakeService,
  fakeServicePoint,
  fakeStep,
  list,
  text,
} from './knowledge';

export function conversationKb(): KnowledgeBase {
  return fakeKnowledgeBase({
    services: [
      fakeService({
        id: 'dental-care',
        name: text('Hammashoito', 'Tandvård', 'Dental care'),
        phrasings: list(['hammassärky'], ['tandvärk'], ['toothache']),
        fees: text(
          'Alle 18-vuotiaille maksuton.',
          'Gratis för under 18 år.',
          'Free for under-18s.',
        ),
        channels: [
          fakeChannel({
            kind: 'visit',
            name: text('Hammashoitola', 'Tandklinik', 'Dental clinic'),
            url: undefined,
            hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '15:30' }],
          }),
          fakeChannel({
            kind: 'digital-self-service',
            name: text('Ajanvaraus', 'Tidsbokning', 'Booking'),
          }),
        ],
      }),
      fakeService({
        id: 'child-psychology',
        name: text('Perheneuvola', 'Familjerådgivning', 'Family counselling'),
        audience: { lifeStages: ['families'], text: text('Lapset', 'Barn', 'Children') },
        phrasings: list(['psykologi'], ['psykolog'], ['psychologist']),
      }),
      fakeService({
        id: 'adult-psychology',
        name: text('Mielenterveyspalvelut', 'Mentalvård', 'Mental health services'),
        audience: { lifeStages: ['working-age'], text: text('Aikuiset', 'Vuxna', 'Adults') },
        phrasings: list(['psykologi'], ['psykolog'], ['psychologist']),
      }),
      fakeService({
        id: 'island-ferry-care',
        name: text('Saariston hoitaja', 'Skärgårdsskötare', 'Archipelago nurse'),
        municipalities: ['hanko'],
        phrasings: list(['saaristo'], ['skärgård'], ['archipelago']),
      }),
      fakeService({
        id: 'emergency-number',
        level: 'emergency',
        name: text('Hätänumero 112', 'Nödnumret 112', 'Emergency number 112'),
        channels: [fakeChannel({ kind: 'digital-contact', phone: '112', url: undefined })],
      }),
      fakeService({
        id: 'health-advice-line',
        level: 'universal',
        name: text('Terveysneuvonta', 'Hälsorådgivning', 'Health advice'),
        channels: [
          fakeChannel({
            kind: 'digital-contact',
            name: text('Päivystysapu 116117', 'Jourhjälpen 116117', 'Medical helpline 116117'),
            phone: '116117',
            url: undefined,
          }),
        ],
      }),
    ],
    municipalities: [
      fakeMunicipality({
        id: 'lohja',
        name: text('Lohja', 'Lojo', 'Lohja'),
        servicePoints: [
          fakeServicePoint({
            id: 'lohja-centre',
            name: text(
              'Lohjan keskus (esimerkki)',
              'Lojo central (exempel)',
              'Lohja centre (sample)',
            ),
            services: ['dental-care'],
            hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
          }),
        ],
      }),
      fakeMunicipality({
        id: 'hanko',
        name: text('Hanko', 'Hangö', 'Hanko'),
        servicePoints: [fakeServicePoint({ id: 'hanko-centre', services: [] })],
      }),
    ],
    paths: [
      fakePath({
        id: 'teeth',
        name: text('Hammaspolku', 'Tandstigen', 'Teeth path'),
        steps: [
          fakeStep({ service: 'dental-care' }),
          fakeStep({
            service: 'adult-psychology',
            when: text('Jos pelottaa', 'Om du är rädd', 'If afraid'),
          }),
        ],
      }),
    ],
    emergency: fakeEmergency({
      numbers: [
        fakeNumber(),
        fakeNumber({
          id: 'medical-helpline',
          number: '116117',
          name: text('Päivystysapu', 'Jourhjälpen', 'Helpline'),
        }),
      ],
    }),
  });
}
