import { describe, expect, it } from 'vitest';
import type { Attachment } from 'botbuilder';
import { toActivities } from '../../../bot/adapter/render';
import type { CardModel } from '../../../bot/conversation/types';

const card: CardModel = {
  kind: 'service',
  title: 'Palvelu *tärkeä*',
  subtitle: '<script>alert(1)</script>',
  sections: [{ heading: 'Kenelle', lines: ['[linkki](http://evil.example)'] }],
  links: [{ label: 'Soita 116117', url: 'tel:116117' }],
  speak: 'Palvelu tärkeä. Kenelle.',
  lead: 'Tämä palvelu sopii: *tärkeä*',
  serviceId: 'x',
};

function textBlocks(attachment: Attachment | undefined): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock') out.push(String(n.text));
      walk(n.body);
      walk(n.items);
    }
  };
  walk(attachment?.content);
  return out;
}

describe('toActivities', () => {
  it('marks an emergency card as attention and an urgent one as warning', () => {
    const style = (tier: CardModel['tier']) => {
      const [activity] = toActivities(
        [{ type: 'card', card: { ...card, kind: 'emergency', tier } }],
        [],
        'fi',
      );
      return (activity?.attachments?.[0]?.content as { body: { style?: string }[] }).body[0]?.style;
    };
    expect(style('emergency')).toBe('attention');
    expect(style('urgent')).toBe('warning');
  });

  it('escapes untrusted text in messages and in Adaptive Card TextBlocks', () => {
    const [message, cardActivity] = toActivities(
      [
        { type: 'text', text: 'Hei **sinä** <b>' },
        { type: 'card', card },
      ],
      [],
      'fi',
    );
    expect(message?.text).toBe('Hei \\*\\*sinä\\*\\* \\<b\\>');
    expect(textBlocks(cardActivity?.attachments?.[0])).toEqual([
      'Palvelu \\*tärkeä\\*',
      '\\<script\\>alert(1)\\</script\\>',
      'Kenelle',
      '\\[linkki\\](http://evil.example)',
    ]);
  });

  it('gives cards a text alternative for screen readers and text-only channels', () => {
    const [activity] = toActivities([{ type: 'card', card }], [], 'sv');
    const content = activity?.attachments?.[0]?.content as Record<string, unknown>;
    expect(activity?.speak).toBe(card.speak);
    // Web Chat announces a card only as "1 attachment": the lead text is what is read first.
    expect(activity?.text).toBe('Tämä palvelu sopii: \\*tärkeä\\*');
    expect(content.speak).toBe(card.speak);
    expect(content.fallbackText).toBe(card.speak);
    expect(content.lang).toBe('sv');
    expect(activity?.locale).toBe('sv-FI');
    expect(content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Soita 116117', url: 'tel:116117' },
    ]);
  });

  it('puts the suggested actions (imBack with the label) on the last activity only', () => {
    const activities = toActivities(
      [
        { type: 'text', text: 'a' },
        { type: 'text', text: 'b' },
      ],
      [{ label: 'Ohje', action: { type: 'help' } }],
      'fi',
    );
    expect(activities[0]?.suggestedActions).toBeUndefined();
    expect(activities[1]?.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: 'Ohje', value: 'Ohje' },
    ]);
  });
});
