/** Where each piece of shared state lives, under one prefix so several apps can share a Redis. */
export function redisKeys(prefix: string) {
  return {
    journal: (key: string) => `${prefix}journal:${key}`,
    pending: `${prefix}pending`,
    submitClaim: (key: string) => `${prefix}submit:${key}`,
    end: (provider: string, jobId: string) => `${prefix}end:${provider}:${jobId}`,
    ends: `${prefix}ends`,
    pollClaim: (provider: string, jobId: string) => `${prefix}poll:${provider}:${jobId}`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
