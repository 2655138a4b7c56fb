/**
 * Each script runs atomically in Redis: no other client sees a journal entry half written, and two
 * processes racing for a job's end or its poll claim get one winner.
 */

/**
 * KEYS: journal hash, pending set, submit claim. ARGV: ttl ms, created ms, key, claim owner, claim
 * ttl ms, then field/value pairs. A new entry comes with its submit claimed.
 */
export const BEGIN = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HGETALL', KEYS[1]) end
redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
redis.call('HSET', KEYS[1], unpack(ARGV, 6))
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return false`;

/**
 * KEYS: journal hash, pending set, submit claim. ARGV: field, value, ttl ms, key, '1' to leave the
 * pending set. Once a handle or an outcome is kept, nobody needs to submit: the claim goes.
 */
export const UPDATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('DEL', KEYS[3])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if ARGV[5] == '1' then redis.call('ZREM', KEYS[2], ARGV[4]) end
return 1`;

/** KEYS: end key. ARGV: end, ttl ms, channel. The first end is kept and published; later ones get it back. */
export const PUBLISH_END = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  redis.call('PUBLISH', ARGV[3], ARGV[1])
  return ARGV[1]
end
return redis.call('GET', KEYS[1])`;

/**
 * KEYS: claim key. ARGV: owner, ttl ms. Renews the owner's claim, or takes a free one. A ttl of 0
 * gives the owner's claim up (PEXPIRE 0 deletes the key), and takes nothing when the claim is free.
 */
export const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if holder then return 0 end
if tonumber(ARGV[2]) <= 0 then return 1 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** KEYS: claim key. ARGV: owner. */
export const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

/**
 * KEYS: pending set, then the journal hash of each member. ARGV: the members. Drops the members
 * whose entry is gone, checked here: a key begun anew since it was read stays pending.
 */
export const TIDY_PENDING = `
for i, member in ipairs(ARGV) do
  if redis.call('EXISTS', KEYS[i + 1]) == 0 then redis.call('ZREM', KEYS[1], member) end
end
return 1`;
