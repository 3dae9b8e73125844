import { CHANNEL_KINDS, type ChannelKind } from '../schema';

/** Channels ordered digital first (self-service, digital contact, visit, mobile); stable within a kind. */
export function orderChannels<T extends { kind: ChannelKind }>(channels: readonly T[]): T[] {
  return channels
    .map((channel, index) => ({ channel, index }))
    .sort(
      (a, b) =>
        CHANNEL_KINDS.indexOf(a.channel.kind) - CHANNEL_KINDS.indexOf(b.channel.kind) ||
        a.index - b.index,
    )
    .map(({ channel }) => channel);
}
