import type { Problem } from '../problems';
import { findPhoneNumbers, isNationalNumber, nationalNumbers } from './phone';
import type { Rule } from './types';

/**
 * Sample service points are placeholders; a phone number on one that looks
 * real could ring a stranger. They may show a national number or none.
 */
export const samplePointPhone: Rule = {
  id: 'sample-point-phone',
  description: 'Sample service points carry no phone number that could be mistaken for a real one.',
  check(kb) {
    const problems: Problem[] = [];
    const national = nationalNumbers(kb);
    kb.municipalities.forEach((municipality, i) =>
      municipality.servicePoints.forEach((point, j) => {
        if (!point.sample || point.phone === undefined) return;
        const looksReal =
          findPhoneNumbers(point.phone).length > 0 || /\d{5,}/.test(point.phone.replace(/\D/g, ''));
        if (!looksReal || isNationalNumber(point.phone, national)) return;
        problems.push({
          severity: 'error',
          rule: 'sample-point-phone',
          entity: 'municipalities',
          field: `municipalities.${i}.servicePoints.${j}.phone`,
          message: `sample service point '${point.id}' has a phone number that looks real ('${point.phone}'); remove it or use a national number`,
        });
      }),
    );
    return problems;
  },
};
