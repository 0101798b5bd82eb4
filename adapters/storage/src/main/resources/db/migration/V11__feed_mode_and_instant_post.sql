-- How each chat takes a followed feed's new items ('digest' or 'instant'), and the feed's newest
-- stored item, shown by /feed list (the same on every follower's row).
ALTER TABLE feed_follow ADD COLUMN mode VARCHAR(16) DEFAULT 'digest' NOT NULL;
ALTER TABLE feed_follow ADD COLUMN last_item_title VARCHAR(500);
ALTER TABLE feed_follow ADD COLUMN last_item_at TIMESTAMP WITH TIME ZONE;

-- The instant posts claimed: the primary key lets one INSERT win on any node, so an item is posted
-- to a chat at most once, across restarts and instances.
CREATE TABLE instant_post (
  platform VARCHAR(64) NOT NULL,
  chat_id VARCHAR(255) NOT NULL,
  article_id VARCHAR(255) NOT NULL,
  claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, chat_id, article_id)
);
