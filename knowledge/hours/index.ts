/**
 * Opening hours: is it open now, when does it open next, channels in order.
 * Browser-safe; Finnish holidays come in as a calendar (finnish-holidays.ts
 * on the server, a bundled table in the extension).
 */
export * from './calendar';
export * from './clock';
export * from './open-state';
export * from './order';
