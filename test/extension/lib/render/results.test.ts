import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../extension/i18n';
import { matchNote } from '../../../../knowledge/search/match-note';
import { renderResults } from '../../../../extension/lib/render/results';
import { fakeEmergencyMatch } from '../../../factories/emergency-match';
import { finnishHolidays } from '../../../../knowledge/hours/finnish-holidays';
import { fakeService, text } from '../../../factories/knowledge';
import { memoryKb, scriptedEngine } from '../../fixtures';

const CHEST_PAIN = fakeEmergencyMatch();

// Tuesday 10:00 in Helsinki: the fake channels are open round the clock.
const NOW = new Date('2026-11-24T08:00:00Z');

function render(
  kb = memoryKb(),
  ids = ['memory-clinic', 'informal-care-support'],
  lang: 'fi' | 'sv' | 'en' = 'fi',
  extra = {},
) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const model = matchNote(scriptedEngine(ids, extra), kb, 'äiti 84 v, muisti heikentynyt', {
    municipality: 'lohja',
  });
  const root = document.getElementById('root') as HTMLElement;
  root.appendChild(
    renderResults(model, {
      kb,
      lang,
      t: createTranslator(lang),
      now: NOW,
      holidays: finnishHolidays(),
      doc: document,
    }),
  );
  return root;
}

describe('renderResults', () => {
  it('lists ranked services with why they matched and the current path step marked', () => {
    const root = render();
    const cards = [...root.querySelectorAll('article.service')];
    expect(cards.map((c) => c.getAttribute('data-service-id'))).toEqual([
      'memory-clinic',
      'informal-care-support',
    ]);
    const memory = cards[0] as HTMLElement;
    expect(memory.querySelector('h3')?.textContent).toContain('Muistipoliklinikka');
    expect(memory.querySelector('.why')?.textContent).toContain('muisti');
    const steps = [...memory.querySelectorAll('.path-steps li')].map((li) => li.textContent);
    expect(steps).toHaveLength(3);
    const current = memory.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Muistipoliklinikka');
    expect(memory.querySelector('.step-details')?.textContent).toContain('lääkärin lähete');
    expect(memory.querySelector('.next-step')?.textContent).toContain('Omaishoidon tuki');
    expect(memory.querySelector('.professional')?.textContent).toContain(
      'Muistihoitaja arvioi ensin',
    );
  });

  it('shows the chosen municipality’s service points, marking sample data', () => {
    const contacts = render().querySelector('article[data-service-id="memory-clinic"] .contacts');
    expect(contacts?.textContent).toContain('Lohjan hyvinvointikeskus');
    expect(contacts?.textContent).toContain('esimerkkitieto');
  });

  it('shows the detected segment as pressed chips', () => {
    const pressed = [...render().querySelectorAll('button.chip[aria-pressed="true"]')];
    expect(pressed.map((b) => b.getAttribute('data-id'))).toEqual(['older-people', 'high-need']);
  });

  it('puts red flags above everything else', () => {
    const root = render(memoryKb(), ['memory-clinic'], 'fi', { emergency: CHEST_PAIN });
    const first = root.firstElementChild as HTMLElement;
    expect(first.className).toBe('emergency');
    expect(first.querySelector('a.phone')?.getAttribute('href')).toBe('tel:112');
  });

  it('explains a flag: tier, situation, the words that fired it and the numbers', () => {
    const root = render(memoryKb(), ['memory-clinic'], 'fi', { emergency: CHEST_PAIN });
    const banner = root.querySelector('section.emergency') as HTMLElement;
    expect(banner.getAttribute('data-tier')).toBe('emergency');
    expect(banner.getAttribute('data-situation')).toBe('chest-pain');
    expect(banner.querySelector('h2')?.textContent).toBe('Hätätilanne: toimi tämän mukaan ensin');
    expect(banner.querySelector('.emergency-message')?.textContent).toBe('Soita 112');
    expect(banner.querySelector('.emergency-why')?.textContent).toBe(
      'Tilanne: chest-pain. Tunnistettu sanoista ”rintaa puristaa”.',
    );
    // The services stay below the banner.
    expect(root.querySelectorAll('article.service')).toHaveLength(1);
  });

  it('shows an urgent match as urgent, with 116117, in the panel’s language', () => {
    const root = render(memoryKb(), [], 'sv', {
      emergency: {
        ...CHEST_PAIN,
        id: 'emergency-department',
        flag: 'urgent-injury',
        numbers: ['medical-helpline'],
        matched: 'nilkka turvonnut',
        tier: 'urgent',
        action: '116117',
      },
    });
    const banner = root.querySelector('section.emergency') as HTMLElement;
    expect(banner.className).toBe('emergency urgent');
    expect(banner.querySelector('h2')?.textContent).toBe('Brådskande: jourbedömning i dag');
    expect(banner.querySelector('a.phone')?.getAttribute('href')).toBe('tel:116117');
    expect(banner.querySelector('.emergency-why')?.textContent).toContain('urgent-injury');
  });

  it('adds the safety-net line above the services without dropping any', () => {
    const root = render(memoryKb(), ['memory-clinic', 'informal-care-support'], 'en', {
      safetyNet: { words: ['dizzy'], numbers: ['emergency', 'medical-helpline'] },
    });
    expect(root.querySelector('section.emergency')).toBeNull();
    const line = root.querySelector('.safety-net') as HTMLElement;
    expect(line.textContent).toContain('(dizzy)');
    expect([...line.querySelectorAll('a.phone')].map((a) => a.getAttribute('href'))).toEqual([
      'tel:112',
      'tel:116117',
    ]);
    expect(root.querySelectorAll('article.service')).toHaveLength(2);
    expect(root.firstElementChild).toBe(line);
  });

  it('renders in the chosen language', () => {
    const root = render(memoryKb(), ['memory-clinic'], 'sv');
    expect(root.querySelector('h3')?.textContent).toContain('Minnesmottagning');
    expect(root.querySelector('.step-details')?.textContent).toContain('läkarremiss');
  });

  it('names a segment boost as the counsellor knows it, not by its id', () => {
    const root = render(memoryKb(), [], 'fi', {
      results: [
        {
          id: 'memory-clinic',
          score: 1,
          why: [
            { term: 'older-people', field: 'audience', matched: 'older-people', kind: 'context' },
          ],
        },
      ],
    });
    expect(root.querySelector('.why li')?.textContent).toBe('Sopii asiakkaalle: Ikääntyneet');
  });

  it('names the note’s words that the learned ranking read as pointing to a service', () => {
    const root = render(memoryKb(), [], 'sv', {
      results: [
        {
          id: 'memory-clinic',
          score: 1,
          why: [
            {
              term: 'glömmer spisen',
              field: 'similar messages',
              matched: 'memory-clinic',
              kind: 'learned',
            },
          ],
        },
      ],
    });
    expect(root.querySelector('.why li')?.textContent).toBe(
      'Liknar meddelanden om tjänsten: ”glömmer spisen”',
    );
  });

  it('renders knowledge content as text, never as markup', () => {
    const kb = memoryKb();
    kb.services.push(
      fakeService({
        id: 'evil',
        name: text('<img src=x onerror="alert(1)">'),
        summary: text('<b>bold</b>'),
      }),
    );
    const root = render(kb, ['evil']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('h3')?.textContent).toContain('<img src=x');
  });
});
