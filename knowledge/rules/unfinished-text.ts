import type { Problem } from '../problems';
import { dotted, entitiesOf, forEachString } from './entities';
import type { Rule } from './types';

/** The marker kb:new-service writes into every text of a new service file. */
export const TODO_MARKER = 'TODO';

/**
 * A scaffolded service (npm run kb:new-service) is full of TODO texts so that
 * every field is visible to the editor; none of them may reach a resident.
 */
export const unfinishedText: Rule = {
  id: 'unfinished-text',
  description: `No text still contains the ${TODO_MARKER} placeholder of a new service file.`,
  check(kb) {
    const problems: Problem[] = [];
    for (const { entity, base, value } of entitiesOf(kb)) {
      forEachString(value, base, (path, text) => {
        if (!text.includes(TODO_MARKER)) return;
        problems.push({
          severity: 'error',
          rule: 'unfinished-text',
          entity,
          field: dotted(path),
          message: `still a placeholder: '${text.slice(0, 60)}'`,
        });
      });
    }
    return problems;
  },
};
