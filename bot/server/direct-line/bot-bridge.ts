/**
 * Runs one Direct Line activity through the CloudAdapter in this process and
 * hands each reply the bot sends back to the caller. The built-in Direct Line
 * is the channel, so its replies never leave the process: no loopback HTTP,
 * no outbound request that a forged serviceUrl could redirect.
 */
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
// botbuilder's own auth layer; botbuilder does not re-export these.
import {
  AuthenticationConstants,
  ClaimsIdentity,
  type BotFrameworkAuthentication,
  type ConnectorFactory,
} from 'botframework-connector';

/** The Direct Line's channel id, as the bot sees it. */
export const DIRECT_LINE_CHANNEL = 'directline';

/** Where botbuilder's ConversationState (default namespace) keeps a Direct Line conversation. */
export function conversationStateKey(conversationId: string): string {
  return `${DIRECT_LINE_CHANNEL}/conversations/${conversationId}/`;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Delivers one reply activity to the conversation; returns the id it got. */
export type Deliver = (reply: Partial<Activity>) => string | Promise<string>;

export type RunTurn = (activity: Partial<Activity>, deliver: Deliver) => Promise<void>;

export interface BotBridgeDeps {
  adapter: CloudAdapter;
  botAuth: BotFrameworkAuthentication;
  /** The bot's Microsoft App id ('' when running without credentials). */
  appId: string;
  logic: TurnLogic;
}

export function createBotBridge({ adapter, botAuth, appId, logic }: BotBridgeDeps): RunTurn {
  // The Direct Line is trusted (it is this process), so the turn is
  // pre-authenticated as our own app instead of validating a JWT.
  const claimsIdentity = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ]);
  // The adapter wants a connector client for every turn, though ours never
  // sends (replies are intercepted below): build one once and reuse it.
  let client: ReturnType<ConnectorFactory['create']> | undefined;
  const connectorFactory: ConnectorFactory = {
    create: (serviceUrl, audience) =>
      (client ??= botAuth.createConnectorFactory(claimsIdentity).create(serviceUrl, audience)),
  };
  const auth = () => ({
    // Replies never leave the process, so the audience only labels the turn.
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory,
  });

  return async (activity, deliver) => {
    await adapter.processActivityDirect(auth(), activity as Activity, async (context) => {
      context.onSendActivities(async (_context, activities) => {
        const responses = [];
        for (const reply of activities) {
          if (reply.type === 'delay') {
            await new Promise((resolve) =>
              setTimeout(resolve, typeof reply.value === 'number' ? reply.value : 1000),
            );
            responses.push({ id: '' });
          } else if (reply.type === 'trace' || reply.type === 'invokeResponse') {
            responses.push({ id: '' });
          } else {
            responses.push({
              id: await deliver({
                ...reply,
                from: { ...reply.from, role: 'bot' } as Activity['from'],
              }),
            });
          }
        }
        return responses;
      });
      // Cards are never edited or deleted after sending; swallow such calls
      // rather than letting the adapter try to reach a remote connector.
      context.onUpdateActivity(async () => undefined);
      context.onDeleteActivity(async () => undefined);
      await logic(context);
    });
  };
}
