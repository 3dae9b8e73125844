import type { Problem } from '../problems';
import { isNationalNumber, nationalNumbers } from './phone';
import type { Rule } from './types';

/**
 * Channels of the shared services carry only national numbers: the default
 * content must not contain an invented number that looks like a real local one
 * (someone would call it). Local numbers belong to service points, which a
 * county fills in with its own data.
 */
export const channelPhone: Rule = {
  id: 'channel-phone',
  description: 'A service channel phone is one of the national numbers in emergency.yaml.',
  check(kb) {
    const problems: Problem[] = [];
    const national = nationalNumbers(kb);
    for (const service of kb.services) {
      service.channels.forEach((channel, i) => {
        if (channel.phone === undefined || isNationalNumber(channel.phone, national)) return;
        problems.push({
          severity: 'error',
          rule: 'channel-phone',
          entity: `service:${service.id}`,
          field: `channels.${i}.phone`,
          message: `'${channel.phone}' is not a national number in emergency.yaml; local numbers belong to service points`,
        });
      });
    }
    return problems;
  },
};
