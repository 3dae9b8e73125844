/**
 * Unpacks the knowledge snapshot bundled at build time (gzip, base64; see
 * wxt.config.ts). It was validated when it was built, so it is not parsed
 * against the schema again on every panel start.
 */
import type { KnowledgeBase } from '../../knowledge/schema';

export async function unpackSnapshot(base64: string): Promise<KnowledgeBase> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(stream).json()) as KnowledgeBase;
}
