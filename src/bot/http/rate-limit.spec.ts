import { ConversationRateLimiter, rateLimitKey } from './rate-limit';

describe('the per-conversation rate limit', () => {
  it('admits the allowed number in a window, then says when to come back', () => {
    let now = 1_000_000;
    const limiter = new ConversationRateLimiter({ requests: 3, windowMs: 10_000 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('c').admitted)).toEqual([true, true, true]);
    now += 4_000;
    expect(limiter.take('c')).toEqual({ admitted: false, retryAfterMs: 6_000 });
    // another conversation is not affected
    expect(limiter.take('other').admitted).toBe(true);
    now += 6_001;
    expect(limiter.take('c').admitted).toBe(true);
  });

  it('can say whether a key would be admitted without taking a slot', () => {
    let now = 5;
    const limiter = new ConversationRateLimiter({ requests: 1, windowMs: 10_000 }, () => now);
    expect(limiter.peek('address').admitted).toBe(true);
    expect(limiter.peek('address').admitted).toBe(true);
    limiter.take('address');
    expect(limiter.peek('address')).toEqual({ admitted: false, retryAfterMs: 10_000 });
    now += 10_001;
    expect(limiter.peek('address').admitted).toBe(true);
  });

  it('forgets idle conversations instead of growing without bound', () => {
    let now = 0;
    const limiter = new ConversationRateLimiter({ requests: 5, windowMs: 1_000 }, () => now);
    for (let i = 0; i < 50_001; i++) limiter.take(`c${i}`);
    now += 2_000;
    expect(limiter.trackedConversations).toBe(50_000);
    limiter.take('fresh');
    expect(limiter.trackedConversations).toBe(1);
  });

  it('counts a channel thread against its channel', () => {
    expect(rateLimitKey('19:abc@thread.tacv2;messageid=1700000000000')).toBe('19:abc@thread.tacv2');
  });
});
