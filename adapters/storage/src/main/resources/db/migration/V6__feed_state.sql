-- The polling state of each feed (written by the sources adapter's JdbcFeedStateStore): the
-- validators for conditional GETs, the de-duplication keys of the items already read (one a
-- line, oldest first) and the back-off after failures.
CREATE TABLE feed_state (
  feed_url VARCHAR(500) NOT NULL PRIMARY KEY,
  etag VARCHAR(1000),
  last_modified VARCHAR(200),
  seen_keys VARCHAR NOT NULL,
  consecutive_failures INT NOT NULL,
  last_error VARCHAR(2000),
  next_attempt TIMESTAMP WITH TIME ZONE NOT NULL
);
