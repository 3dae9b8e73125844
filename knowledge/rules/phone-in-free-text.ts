import type { Problem } from '../problems';
import { dotted, entitiesOf, forEachString } from './entities';
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
      forEachString(value, base, (path, text) => {
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
      });
    }
    return problems;
  },
};
