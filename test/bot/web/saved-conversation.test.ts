import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_KEY,
  forgetConversation,
  loadConversation,
  saveConversation,
} from '../../../bot/web/src/saved-conversation';

/** A Storage with just what the module uses. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

const NOW = Date.UTC(2030, 0, 1);

describe("the tab's saved conversation", () => {
  it('resumes what was saved while the token lives, and not after it expires', () => {
    const storage = memoryStorage();
    const saved = { conversationId: 'c1', token: 't1', expiresAt: NOW + 60_000 };
    saveConversation(saved, storage);
    expect(loadConversation(NOW, storage)).toEqual(saved);
    expect(loadConversation(NOW + 60_000, storage)).toBeUndefined();
  });

  it('treats broken or tampered storage as nothing saved', () => {
    const storage = memoryStorage();
    for (const raw of ['{', '"x"', '{"conversationId":1,"token":"t","expiresAt":1}', 'null']) {
      storage.setItem(CONVERSATION_KEY, raw);
      expect(loadConversation(0, storage)).toBeUndefined();
    }
  });

  it('forgets the conversation', () => {
    const storage = memoryStorage();
    saveConversation({ conversationId: 'c', token: 't', expiresAt: NOW + 1 }, storage);
    forgetConversation(storage);
    expect(loadConversation(NOW, storage)).toBeUndefined();
  });
});
