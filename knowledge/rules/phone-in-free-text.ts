import type { Problem } from '../problems';
import { dotted, entitiesOf, textsIn } from './entities';
import { findPhoneNumbers, isNationalNumber, nationalNumbers } from './phone';
import type { Rule } from './types';

/**
 * One fact per field (PTV's rule): phone numbers belong in channels, where the
 * bot can show hours with them. A number in a description is easily outdated
 * and, in the default content, could be an invented number that reaches a real
 * person. The national numbers in emergency.yaml are fine anywhere.
 */
export const phoneInFreeText: Rule = {
  id: 'phone-in-free-text',
  description: 'No phone numbers in free text, except the national numbers of emergency.yaml.',
  check(kb) {
    const problems: Problem[] = [];
    const national = nationalNumbers(kb);
    for (const { entity, base, value } of entitiesOf(kb)) {
      const { texts, lists } = textsIn(value, base);
      const strings = [
        ...texts.flatMap(({ path, text }) =>
          (['fi', 'sv', 'en'] as const).map((lang) => ({
            path: [...path, lang],
            value: text[lang],
          })),
        ),
        ...lists.flatMap(({ path, list }) =>
          (['fi', 'sv', 'en'] as const).flatMap((lang) =>
            list[lang].map((value, i) => ({ path: [...path, lang, i], value })),
          ),
        ),
      ];
      for (const { path, value: text } of strings) {
        for (const phone of findPhoneNumbers(text)) {
          if (isNationalNumber(phone, national)) continue;
          problems.push({
            severity: 'error',
            rule: 'phone-in-free-text',
            entity,
            field: dotted(path),
            message: `phone number '${phone}' in free text; put it in a channel, or use a national number from emergency.yaml`,
          });
        }
      }
    }
    return problems;
  },
};
