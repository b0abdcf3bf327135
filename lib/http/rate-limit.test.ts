import { describe, expect, it } from 'vitest';
import { actionRateConfigFromEnv, invalidTokenRateConfigFromEnv, rateLimitConfigFromEnv } from './rate-limit';

describe('rateLimitConfigFromEnv', () => {
  it('reads the environment and falls back on nonsense', () => {
    expect(rateLimitConfigFromEnv({})).toEqual({ perMinute: 120, burst: 60 });
    expect(rateLimitConfigFromEnv({ CLAIMDESK_API_RATE_PER_MINUTE: '30', CLAIMDESK_API_RATE_BURST: '5' })).toEqual({ perMinute: 30, burst: 5 });
    expect(rateLimitConfigFromEnv({ CLAIMDESK_API_RATE_PER_MINUTE: '-1', CLAIMDESK_API_RATE_BURST: 'x' })).toEqual({ perMinute: 120, burst: 60 });
  });

  it('has its own variables for server actions', () => {
    expect(actionRateConfigFromEnv({})).toEqual({ perMinute: 120, burst: 60 });
    expect(actionRateConfigFromEnv({ CLAIMDESK_ACTION_RATE_PER_MINUTE: '12', CLAIMDESK_ACTION_RATE_BURST: '3.7' })).toEqual({ perMinute: 12, burst: 3 });
    expect(invalidTokenRateConfigFromEnv({})).toEqual({ perMinute: 60, burst: 100 });
    expect(invalidTokenRateConfigFromEnv({ CLAIMDESK_INVALID_TOKEN_RATE_BURST: '2' })).toEqual({ perMinute: 60, burst: 2 });
  });
});
