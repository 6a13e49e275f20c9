// A sliding-window rate limit: at most `requests` per key in any `windowMs`. /api/messages uses
// one per conversation, after the token check (so junk sent with someone else's conversation id
// never reaches that conversation's budget), and one per sender address for failed
// authentications, which are never given back.
import type { RequestHandler } from 'express';
import { refuse } from './activity-guard';

export interface RateLimit {
  requests: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 30, windowMs: 10_000 };
/** failed authentications a sender address may make before it is turned away unchecked for a while */
export const DEFAULT_FAILED_AUTH_LIMIT: RateLimit = { requests: 20, windowMs: 60_000 };
const MAX_TRACKED_CONVERSATIONS = 50_000;

export type Admission = { admitted: true } | { admitted: false; retryAfterMs: number };

export class ConversationRateLimiter {
  /** per conversation, the times of its recent admitted requests, oldest first */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: RateLimit = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  take(conversation: string): Admission {
    const now = this.now();
    const since = now - this.limit.windowMs;
    const times = (this.recent.get(conversation) ?? []).filter((t) => t > since);
    if (times.length >= this.limit.requests) {
      this.recent.set(conversation, times);
      return { admitted: false, retryAfterMs: times[0]! + this.limit.windowMs - now };
    }
    times.push(now);
    this.recent.delete(conversation);
    this.recent.set(conversation, times);
    if (this.recent.size > MAX_TRACKED_CONVERSATIONS) this.forgetIdle(since);
    return { admitted: true };
  }

  /** whether `take` would admit now, without taking a slot */
  peek(key: string): Admission {
    const now = this.now();
    const times = (this.recent.get(key) ?? []).filter((t) => t > now - this.limit.windowMs);
    return times.length >= this.limit.requests ? { admitted: false, retryAfterMs: times[0]! + this.limit.windowMs - now } : { admitted: true };
  }

  get trackedConversations(): number {
    return this.recent.size;
  }

  private forgetIdle(since: number): void {
    for (const [conversation, times] of this.recent) {
      if ((times.at(-1) ?? 0) <= since) this.recent.delete(conversation);
    }
    // still too many busy conversations: drop the least recently active
    while (this.recent.size > MAX_TRACKED_CONVERSATIONS) {
      const oldest = this.recent.keys().next().value;
      if (oldest === undefined) break;
      this.recent.delete(oldest);
    }
  }
}

/** the conversation an activity counts against: a channel thread counts against its channel */
export const rateLimitKey = (conversationId: string): string => conversationId.split(';')[0]!;

export function conversationRateLimit(limiter: ConversationRateLimiter): RequestHandler {
  return (req, res, next) => {
    const key = rateLimitKey((req.body as { conversation: { id: string } }).conversation.id);
    const admission = limiter.take(key);
    if (!admission.admitted) {
      const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      res.setHeader('Retry-After', String(seconds));
      return refuse(res, 429, 'too many activities for this conversation', { retryAfterSeconds: seconds });
    }
    next();
  };
}
