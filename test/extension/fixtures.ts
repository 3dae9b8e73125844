/**
 * A small knowledge base shaped like the memory-decline case, plus a fake
 * engine that returns scripted results, so panel logic is tested apart from
 * search quality (which the search team's eval measures).
 */
import type { KnowledgeBase } from '../../knowledge/schema';
import type { SearchEngine, SearchOptions, SearchResponse } from '../../knowledge/search/types';
import {
  fakeKnowledgeBase,
  fakeMunicipality,
  fakePath,
  fakeService,
  fakeServicePoint,
  fakeStep,
  text,
} from '../factories/knowledge';

export function memoryKb(): KnowledgeBase {
  return fakeKnowledgeBase({
    services: [
      fakeService({
        id: 'memory-clinic',
        level: 'special',
        name: text('Muistipoliklinikka', 'Minnesmottagning', 'Memory clinic'),
        audience: { lifeStages: ['older-people'], text: text('Ikääntyneet') },
        professionalNotes: text(
          'Muistihoitaja arvioi ensin.',
          'Minnesskötaren bedömer först.',
          'The memory nurse assesses first.',
        ),
      }),
      fakeService({
        id: 'informal-care-support',
        name: text('Omaishoidon tuki', 'Stöd för närståendevård', 'Informal carer support'),
      }),
      fakeService({
        id: 'senior-guidance',
        level: 'universal',
        name: text('Ikäihmisten neuvonta', 'Rådgivning för äldre', 'Senior guidance'),
        audience: { lifeStages: ['older-people'], text: text('Ikääntyneet') },
      }),
      fakeService({
        id: 'child-health-clinic',
        name: text('Lastenneuvola', 'Barnrådgivning', 'Child health clinic'),
        audience: { lifeStages: ['families'], text: text('Perheet') },
      }),
      fakeService({ id: 'emergency-number', level: 'emergency', name: text('Hätänumero 112') }),
    ],
    paths: [
      fakePath({
        id: 'memory-decline',
        name: text('Muistin heikkeneminen', 'Nedsatt minne', 'Memory decline'),
        lifeStages: ['older-people'],
        steps: [
          fakeStep({ service: 'senior-guidance' }),
          fakeStep({
            service: 'memory-clinic',
            referredBy: 'doctor',
            urgency: 'soon',
            criteria: text('Muistitesti tehty', 'Minnestest gjort', 'Memory test done'),
            prepare: text('Lääkelista', 'Medicinlista', 'List of medicines'),
          }),
          fakeStep({ service: 'informal-care-support', referredBy: 'professional' }),
        ],
      }),
    ],
    municipalities: [
      fakeMunicipality({
        id: 'lohja',
        name: text('Lohja', 'Lojo', 'Lohja'),
        servicePoints: [
          fakeServicePoint({
            id: 'lohja-sample',
            name: text(
              'Lohjan hyvinvointikeskus',
              'Lojo välfärdscentral',
              'Lohja wellbeing centre',
            ),
            services: ['memory-clinic'],
          }),
        ],
      }),
      fakeMunicipality({ id: 'hanko', name: text('Hanko', 'Hangö', 'Hanko') }),
    ],
  });
}

/** An engine that answers every query with the given ids, recording the options it was asked with. */
export function scriptedEngine(
  ids: string[],
  extra: Partial<SearchResponse> = {},
): SearchEngine & { calls: SearchOptions[] } {
  const calls: SearchOptions[] = [];
  return {
    calls,
    search(q, options = {}) {
      calls.push(options);
      return {
        q,
        lang: 'fi',
        emergency: null,
        safetyNet: null,
        confident: true,
        results: ids.map((id, i) => ({
          id,
          score: 1 - i / 10,
          why: [{ term: 'muisti', field: 'phrasings', matched: 'muisti', kind: 'exact' as const }],
        })),
        ...extra,
      };
    },
    detectLanguage: () => 'fi',
    detectSegment: () => ({
      lifeStage: 'older-people',
      needProfile: 'high-need',
      evidence: [{ axis: 'lifeStage', id: 'older-people', matched: '84 v' }],
    }),
    detectEmergency: () => ({ match: extra.emergency ?? null, safetyNet: extra.safetyNet ?? null }),
  };
}
