/**
 * Starts the real server on 127.0.0.1:0 with the given bot and knowledge, and
 * gives tests an official botframework-directlinejs client for it.
 */
import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { DirectLine, type Activity as DlActivity } from 'botframework-directlinejs';
import type { Server } from 'restify';
import { LiveKnowledge, type KnowledgeSource } from '../../../knowledge/live';
import type { SearchEngine } from '../../../knowledge/search/types';
import { fakeKnowledgeBase } from '../../factories/knowledge';
import { createServer, type ServerDeps } from '../../../bot/server/create-server';
import { fetchAjax } from './fetch-ajax';
import type { AjaxCreationMethod } from 'rxjs/observable/dom/AjaxObservable';

/** A bot that welcomes joiners and echoes text: enough to exercise the channel. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(`welcome ${context.activity.locale ?? 'no-locale'}`);
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'throw') throw new Error('bot failure');
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

export function fakeKnowledge(): KnowledgeSource {
  const engine: SearchEngine = {
    search: (q, options) => ({
      q,
      lang: options?.lang ?? 'fi',
      emergency: null,
      safetyNet: null,
      confident: false,
      results: [],
    }),
    detectLanguage: () => 'fi',
    detectSegment: () => ({ evidence: [] }),
    detectEmergency: () => ({ match: null, safetyNet: null }),
  };
  return new LiveKnowledge({ kb: fakeKnowledgeBase(), engine });
}

export interface Running {
  url: string;
  server: Server;
  logs: string[];
  close(): Promise<void>;
}

export async function startServer(overrides: Partial<ServerDeps> = {}): Promise<Running> {
  const botAuth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(botAuth);
  const logs: string[] = [];
  adapter.onTurnError = async (context: TurnContext) => {
    await context.sendActivity('sorry, something went wrong');
  };
  const server = createServer({
    adapter,
    botAuth,
    bot: new EchoBot(),
    knowledge: fakeKnowledge(),
    log: (line) => logs.push(line),
    ...overrides,
  });
  return { ...(await listenOnLoopback(server)), server, logs };
}

/** Listens on 127.0.0.1, on a free port unless `port` names one (a restart on the same address). */
export async function listenOnLoopback(
  server: Server,
  port = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

class NoWebSocket {
  constructor() {
    throw new Error('polling only');
  }
}

/** The official Direct Line client in polling mode, speaking to our server over fetch. */
export function directLineClient(
  url: string,
  options: { token?: string; locale?: string } = {},
): DirectLine {
  return new DirectLine({
    domain: `${url}/v3/directline`,
    webSocket: false,
    pollingInterval: 200,
    token: options.token,
    conversationStartProperties: options.locale ? { locale: options.locale } : undefined,
    ajax: fetchAjax as unknown as AjaxCreationMethod,
    // Node 20 has no global WebSocket and the client touches it even in polling mode.
    WebSocket: NoWebSocket as unknown as typeof WebSocket,
  });
}

/** Resolves with the first activity matching `predicate`, or rejects after `ms`. */
export function nextActivity(
  dl: DirectLine,
  predicate: (a: DlActivity) => boolean,
  ms = 5000,
): Promise<DlActivity> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error('no matching activity arrived'));
    }, ms);
    const sub = dl.activity$.subscribe((activity) => {
      if (!predicate(activity)) return;
      clearTimeout(timer);
      sub.unsubscribe();
      resolve(activity);
    });
  });
}

/** An activity as it travels over the Direct Line wire. */
export interface WireActivity {
  id?: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  conversation?: { id: string };
  channelData?: Record<string, unknown>;
  replyToId?: string;
  attachments?: { contentType: string; content?: unknown }[];
}

// Response bodies are whatever the server sent; tests check them with expect().
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** fetch with JSON helpers, for the raw HTTP tests. */
export async function http(
  url: string,
  init: {
    method?: string;
    body?: unknown;
    raw?: string;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; json: Json; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  });
  const text = await response.text();
  let json: Json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json, headers: response.headers };
}
