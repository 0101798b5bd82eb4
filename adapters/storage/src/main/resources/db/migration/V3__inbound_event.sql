-- Platform events the bot has taken (Slack event_id), so a retried or twice-delivered event is
-- handled once across every instance. Rows older than a day are pruned by the application: Slack
-- retries for minutes, not days.
CREATE TABLE inbound_event (
  platform VARCHAR(40) NOT NULL,
  event_id VARCHAR(200) NOT NULL,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, event_id)
);
CREATE INDEX inbound_event_seen_at ON inbound_event (seen_at);
