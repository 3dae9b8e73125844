/**
 * The presentation core: a service plus a context (language, clock, holidays,
 * municipality, segment) in, a view model out. Pure TypeScript with no Node
 * APIs, so the bot, the extension and the editor preview share it.
 */
export { STRINGS } from './i18n';
export { phoneLink, safeUrl } from './links';
export { choosePoint } from './point';
export { presentService } from './service';
export { statusOf } from './status';
export { localize, plain } from './text';
export type * from './types';
