/** The knowledge snapshot built from knowledge/content at build time (see wxt.config.ts). */
declare module 'virtual:opastin-knowledge' {
  const snapshot: unknown;
  export default snapshot;
}

interface ImportMetaEnv {
  /** The one knowledge server origin this build's CSP allows (OPASTIN_SERVER_URL at build time). */
  readonly OPASTIN_SERVER_ORIGIN: string;
}
