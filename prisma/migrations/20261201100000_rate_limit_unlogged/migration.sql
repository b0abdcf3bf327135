-- Rate-limit buckets are short-lived counters, not records: losing them in a crash only refills them.
-- As an unlogged table, a bucket's update commits without waiting for the WAL to reach the disk. The
-- bucket of a busy API client is one row that every request updates; each update held the row's lock
-- until its commit was flushed, so concurrent requests of one client queued behind each other's fsync.
ALTER TABLE "RateLimit" SET UNLOGGED;
