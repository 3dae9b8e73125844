import { describe, expect, it } from 'vitest';
import { withoutDenials } from '../../../knowledge/search/denials';

describe('a note without what the client denies', () => {
  it.each([
    [
      'As. kieltää itsetuhoiset ajatukset. Alkoholinkäyttö lisääntynyt.',
      ['alkoholinkäyttö'],
      ['itsetuhoiset'],
    ],
    [
      'Ei rintakipuja eikä hengenahdistusta. Verenpaine koholla.',
      ['verenpaine'],
      ['rintakipuja', 'hengenahdistusta'],
    ],
    ['Itsetuhoisia ajatuksia ei ole. Vuokrarästejä 2 kk.', ['vuokrarästejä'], ['itsetuhoisia']],
    [
      'Mieliala matala, ei kuolemantoiveita, velkoja.',
      ['mieliala', 'velkoja'],
      ['kuolemantoiveita'],
    ],
    ['Inga självmordstankar. Söker stöd för ekonomin.', ['ekonomin'], ['självmordstankar']],
    [
      'Klienten förnekar bröstsmärta och andnöd. Blodtrycksmedicin.',
      ['blodtrycksmedicin'],
      ['bröstsmärta'],
    ],
    ['Client denies suicidal ideation. Requests housing help.', ['housing'], ['suicidal']],
    ['No chest pain; needs a sick note.', ['sick note'], ['chest']],
  ])('%s', (note, kept, dropped) => {
    const text = withoutDenials(note).toLowerCase();
    for (const word of kept) expect(text).toContain(word);
    for (const word of dropped) expect(text).not.toContain(word);
  });

  it('keeps a note with nothing denied as it is', () => {
    const note = 'Äiti 86 v., muistisairaus etenee. Tytär toivoo arviota palveluasumisesta.';
    expect(withoutDenials(note)).toBe(note);
  });

  it('keeps a note that only lists denials whole, so the panel still has something to rank', () => {
    expect(withoutDenials('Ei itsetuhoisia ajatuksia.')).toBe('Ei itsetuhoisia ajatuksia.');
  });
});
