/**
 * Every message between the popup, the content script and the background: names, payloads,
 * responses, and the typed helpers that send and receive them.
 *
 * On the wire a message is `{ type, payload }` and a response is `{ ok: true, value }` or
 * `{ ok: false, error }`, so a failing handler is reported to the sender instead of looking like
 * "no answer".
 */
import { type Browser, browser } from 'wxt/browser';
import type { PageMentionTopic } from '../lib/match/index.ts';
import type { CheckEvery, PackActionResult } from '../lib/packs/index.ts';
import type { RepeatedClaim, RepeatMark, RepeatQuery } from '../lib/rank/index.ts';
import type { Settings, SettingsChange } from '../lib/settings/index.ts';

export type { PageMentionTopic };

/** What the content script reports about its page. */
export interface PageMentions {
  /** The page's normalised host name. */
  host: string;
  /** False when Caveat is paused on this site. */
  active: boolean;
  topics: PageMentionTopic[];
  /** The rated claims the page's sentences repeat (empty with verdict marks off). */
  repeated: RepeatedClaim[];
}

/** The popup's view of the active tab's answer to `caveat:get-page-mentions`. */
export type PageMentionsState =
  | { status: 'loading' }
  /** No content script answered: a browser page, an extension store, or a tab from before install. */
  | { status: 'unavailable' }
  | { status: 'ready'; mentions: PageMentions };

/** Message names. */
export const MESSAGES = {
  /** popup → content script: what does this page mention? */
  getPageMentions: 'caveat:get-page-mentions',
  /** popup → content script: scroll to the first mention of a topic and open its card. */
  revealMention: 'caveat:reveal-mention',
  /** background → content script: the keyboard command; go to the next mention and open its card. */
  nextMention: 'caveat:next-mention',
  /** content script → background: the number of highlighted mentions changed. */
  mentionsChanged: 'caveat:mentions-changed',
  /** any page → background (the one settings writer): apply this change to the stored settings. */
  changeSettings: 'caveat:change-settings',
  /** content script → background: which of these mentions' sentences repeat a rated claim? */
  findRepeats: 'caveat:find-repeats',
  /** options page → background (the one writer of subscriptions): subscribe to a topic pack. */
  subscribePack: 'caveat:subscribe-pack',
  /** options page → background: check a subscription for a new version now. */
  updatePack: 'caveat:update-pack',
  /** options page → background: remove a subscription and its topics. */
  removePack: 'caveat:remove-pack',
  /** options page → background: how often a subscription is checked. */
  setPackCheckEvery: 'caveat:set-pack-check-every',
} as const;

/** Payload and response of each message. */
export interface MessageProtocol {
  'caveat:get-page-mentions': { payload: undefined; response: PageMentions };
  /** Responds `true` when a mention of the topic was found and revealed. */
  'caveat:reveal-mention': { payload: { topicId: string }; response: boolean };
  /** Responds `true` when there was a mention to go to. */
  'caveat:next-mention': { payload: undefined; response: boolean };
  'caveat:mentions-changed': { payload: { count: number }; response: undefined };
  /** Responds with the settings as stored after the change. */
  'caveat:change-settings': { payload: { change: SettingsChange }; response: Settings };
  /** Responds with one entry per mention, in order: the claim its sentence repeats, or null. */
  'caveat:find-repeats': { payload: RepeatQuery; response: (RepeatMark | null)[] };
  'caveat:subscribe-pack': { payload: { indexUrl: string; publicKey: string }; response: PackActionResult };
  'caveat:update-pack': { payload: { indexUrl: string }; response: PackActionResult };
  'caveat:remove-pack': { payload: { indexUrl: string }; response: PackActionResult };
  'caveat:set-pack-check-every': {
    payload: { indexUrl: string; checkEvery: CheckEvery };
    response: PackActionResult;
  };
}

export type MessageName = keyof MessageProtocol;
export type MessagePayload<N extends MessageName> = MessageProtocol[N]['payload'];
export type MessageResponse<N extends MessageName> = MessageProtocol[N]['response'];

/** Messages the popup or the background sends to a tab's content script. */
export type TabMessageName = 'caveat:get-page-mentions' | 'caveat:reveal-mention' | 'caveat:next-mention';
/** Messages a content script or an extension page sends to the background. */
export type BackgroundMessageName =
  | 'caveat:mentions-changed'
  | 'caveat:change-settings'
  | 'caveat:find-repeats'
  | 'caveat:subscribe-pack'
  | 'caveat:update-pack'
  | 'caveat:remove-pack'
  | 'caveat:set-pack-check-every';

export interface MessageEnvelope<N extends MessageName = MessageName> {
  type: N;
  payload: MessagePayload<N>;
}

type ResponseEnvelope<T> = { ok: true; value: T } | { ok: false; error: string };

const MESSAGE_NAMES: ReadonlySet<string> = new Set(Object.values(MESSAGES));

/** True for a well-formed Caveat message (anything else on the channel is not ours). */
export function isCaveatMessage(message: unknown): message is MessageEnvelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    MESSAGE_NAMES.has((message as { type: string }).type)
  );
}

/** Raised by the senders when the other side answered with an error or did not answer at all. */
export class MessageError extends Error {
  constructor(
    readonly type: MessageName,
    message: string,
  ) {
    super(`${type}: ${message}`);
    this.name = 'MessageError';
  }
}

function unwrap<N extends MessageName>(type: N, response: unknown): MessageResponse<N> {
  if (typeof response !== 'object' || response === null || !('ok' in response)) {
    throw new MessageError(type, 'no handler answered');
  }
  const envelope = response as ResponseEnvelope<MessageResponse<N>>;
  if (!envelope.ok) throw new MessageError(type, envelope.error);
  return envelope.value;
}

/** Optional payload when the message has none. */
type PayloadArgs<N extends MessageName> = MessagePayload<N> extends undefined ? [] : [MessagePayload<N>];

/**
 * Sends a message to the content script of a tab. Rejects (with the browser's error or a
 * `MessageError`) when the tab has no content script — browser pages, extension stores, tabs
 * loaded before Caveat was installed.
 */
export async function sendToTab<N extends TabMessageName>(
  tabId: number,
  type: N,
  ...payload: PayloadArgs<N>
): Promise<MessageResponse<N>> {
  const message: MessageEnvelope<N> = { type, payload: payload[0] as MessagePayload<N> };
  return unwrap(type, await browser.tabs.sendMessage(tabId, message));
}

/** Sends a message to the background. */
export async function sendToBackground<N extends BackgroundMessageName>(
  type: N,
  ...payload: PayloadArgs<N>
): Promise<MessageResponse<N>> {
  const message: MessageEnvelope<N> = { type, payload: payload[0] as MessagePayload<N> };
  return unwrap(type, await browser.runtime.sendMessage(message));
}

export type MessageHandler<N extends MessageName> = (
  payload: MessagePayload<N>,
  sender: Browser.runtime.MessageSender,
) => MessageResponse<N> | Promise<MessageResponse<N>>;

/**
 * Handles one message name. Other messages are left to other listeners. Returns the function that
 * removes the handler.
 */
export function onMessage<N extends MessageName>(type: N, handler: MessageHandler<N>): () => void {
  return onMessages({ [type]: handler } as unknown as MessageHandlers<N>);
}

/** One handler for each of several message names. */
export type MessageHandlers<N extends MessageName> = { [K in N]: MessageHandler<K> };

/**
 * Handles several message names with one listener on the channel (a content script registers one,
 * not one per name). Other messages are left to other listeners. Returns the function that removes
 * it.
 */
export function onMessages<N extends MessageName>(handlers: MessageHandlers<N>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: ResponseEnvelope<unknown>) => void,
  ): true | undefined => {
    if (!isCaveatMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as N] as (
      payload: unknown,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) =>
          sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    // As in onMessage: `true` keeps the channel open for the asynchronous `sendResponse`.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
