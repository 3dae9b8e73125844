/**
 * Build time (Node, run by wxt.config.ts): the knowledge snapshot bundled into
 * the extension so the panel works offline. It passes the same gate as the
 * server's knowledge (knowledge/accept.ts): a knowledge base with rule errors
 * fails the build instead of shipping to counsellors.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { requireAccepted } from '../../knowledge/accept';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/loader';
import { toSnapshot } from '../../knowledge/snapshot';

export const BUNDLED_KNOWLEDGE = 'virtual:opastin-knowledge';

/**
 * The snapshot of `dir`, gzipped and base64-encoded: a quarter of the JSON's
 * size, which keeps the unpacked extension well under 1 MB as counties add
 * content (decoded in extension/lib/bundled.ts). Throws KnowledgeError naming
 * the errors when the gate rejects the directory.
 */
export async function packKnowledge(dir: string = BUNDLED_KNOWLEDGE_DIR): Promise<string> {
  const kb = requireAccepted(await acceptKnowledgeDir(dir), `The bundled knowledge base (${dir})`);
  return gzipSync(toSnapshot(kb), { level: 9 }).toString('base64');
}

/** The Vite plugin that serves `virtual:opastin-knowledge` as the packed snapshot of `dir`. */
export function bundledKnowledge(dir?: string): Plugin {
  const resolved = `\0${BUNDLED_KNOWLEDGE}`;
  return {
    name: 'opastin-bundled-knowledge',
    resolveId: (id) => (id === BUNDLED_KNOWLEDGE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      return `export default ${JSON.stringify(await packKnowledge(dir))};`;
    },
  };
}
