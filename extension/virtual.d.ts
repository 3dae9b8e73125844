/** The knowledge snapshot built from knowledge/content at build time, gzipped and base64-encoded (see wxt.config.ts). */
declare module 'virtual:opastin-knowledge' {
  const snapshot: string;
  export default snapshot;
}

/** Finnish public and bank holidays for a span of years, computed with date-holidays at build time (see wxt.config.ts). */
declare module 'virtual:opastin-holidays' {
  const table: import('../knowledge/hours/calendar').HolidayTable;
  export default table;
}

interface ImportMetaEnv {
  /** The one knowledge server origin this build's CSP allows (OPASTIN_SERVER_URL at build time). */
  readonly OPASTIN_SERVER_ORIGIN: string;
}
