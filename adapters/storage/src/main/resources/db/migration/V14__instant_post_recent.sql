-- Instant posts look up a chat's claims of the last hour (one story is posted once an hour):
-- an index by time within the chat, so that lookup does not read every claim the chat ever made.
CREATE INDEX instant_post_recent ON instant_post (platform, chat_id, claimed_at);
