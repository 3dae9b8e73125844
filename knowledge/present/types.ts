/**
 * The view model: everything a front door needs to show one service, already
 * decided (language and fallbacks, hours, service point, links, path). Plain
 * JSON, so the editor preview can send it over HTTP as it is.
 */
import type { ChannelKind, Day, Language, Level } from '../schema';
import type { HolidayCalendar } from '../hours/calendar';
import type { KnowledgeBase } from '../schema';

export interface PresentContext {
  kb: KnowledgeBase;
  lang: Language;
  /** The clock, injected: the core never reads the system time. */
  now: Date;
  holidays: HolidayCalendar;
  municipality?: string | undefined;
  segment?: { lifeStage?: string | undefined; needProfile?: string | undefined };
}

/** A text in the language asked for, or in the fallback language with a marker to show after it. */
export interface ShownText {
  text: string;
  lang: Language;
  /** Set when `lang` is not the language asked for: "(på finska)". */
  marker?: string;
}

export interface Status {
  state: 'always' | 'open' | 'closed' | 'unknown';
  /** The whole status as a sentence part: "closed (Christmas Eve), opens on Monday 28 Dec at 8:00". */
  text: string;
  closesAt?: string;
  opensAt?: { date: string; day: Day; time: string };
  /** Why today differs from the weekly hours: a holiday's name or an exceptional-hours note. */
  reason?: string;
}

export interface PhoneLink {
  /** As written in the knowledge base ("0800 147 111"). */
  display: string;
  /** A clean `tel:` URI ("tel:0800147111"). */
  href: string;
}

export interface ChannelView {
  kind: ChannelKind;
  name: ShownText;
  url?: string;
  phone?: PhoneLink;
  status?: Status;
  note?: ShownText;
}

export type PointReason = 'offers-service' | 'general';

export interface PointView {
  id: string;
  name: ShownText;
  address: string;
  sample: boolean;
  phone?: PhoneLink;
  url?: string;
  status: Status;
  /** Why this point: the one rule for bot and panel. */
  reason: PointReason;
  reasonText: string;
}

export interface MunicipalityView {
  id: string;
  name: ShownText;
  offered: boolean;
  point?: PointView;
  /** When there is no point to show: why ("Not offered in Lohja."). */
  text?: string;
}

export interface PathStepView {
  serviceId: string;
  name: ShownText;
}

export interface PathView {
  id: string;
  name: ShownText;
  /** 1-based position of this service on the path. */
  position: number;
  total: number;
  steps: PathStepView[];
  when: ShownText;
  criteria: ShownText;
  prepare: ShownText;
  counsellorNote: ShownText;
  referredBy: 'self' | 'professional' | 'doctor';
  urgency: 'routine' | 'soon' | 'urgent' | 'immediate';
  next?: PathStepView & { when: ShownText };
}

export interface ServiceView {
  id: string;
  level: Level;
  lang: Language;
  name: ShownText;
  summary: ShownText;
  audience: ShownText;
  instructions: ShownText;
  description: ShownText;
  fees?: ShownText;
  professionalNotes?: ShownText;
  /** Digital first. */
  channels: ChannelView[];
  municipality?: MunicipalityView;
  path?: PathView;
}
