import type { HolidayCalendar } from '../../../knowledge/hours/calendar';
import type { KnowledgeBase, Language } from '../../../knowledge/schema';
import type { Translate } from '../../i18n';

/** Everything a render function needs from the outside world, passed in so tests can supply it. */
export interface RenderContext {
  kb: KnowledgeBase;
  lang: Language;
  t: Translate;
  now: Date;
  /** Finnish holidays for opening hours: the bundled table in the panel, date-holidays in tests. */
  holidays: HolidayCalendar;
  doc: Document;
}

export function serviceName(ctx: RenderContext, id: string): string {
  const service = ctx.kb.services.find((s) => s.id === id);
  return service ? service.name[ctx.lang] || service.name.fi : id;
}
