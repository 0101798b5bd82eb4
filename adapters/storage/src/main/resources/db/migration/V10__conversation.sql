-- Each conversation's last question (JdbcConversationStore), so that a follow-up such as "Who is
-- he?" reads against it: one row per platform, chat and thread ('' when the chat has no threads).
-- person and organisation are NULL when the question named none; articles holds the ids of the
-- articles its answer cited, one a line, most cited first. A row older than 30 minutes is ignored
-- and deleted by the next save.
CREATE TABLE conversation (
  platform VARCHAR(64) NOT NULL,
  chat_id VARCHAR(255) NOT NULL,
  thread_id VARCHAR(255) NOT NULL,
  question VARCHAR NOT NULL,
  person VARCHAR(1000),
  organisation VARCHAR(1000),
  articles VARCHAR NOT NULL,
  asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, chat_id, thread_id)
);
CREATE INDEX conversation_updated ON conversation (updated_at);

-- The sentences a conversation has shown, in the order shown, which "What else…" and /more leave
-- out. Deleted with their conversation.
CREATE TABLE conversation_cited (
  platform VARCHAR(64) NOT NULL,
  chat_id VARCHAR(255) NOT NULL,
  thread_id VARCHAR(255) NOT NULL,
  seq INT NOT NULL,
  article_id VARCHAR(200) NOT NULL,
  sentence_number INT NOT NULL,
  sentence_text VARCHAR NOT NULL,
  PRIMARY KEY (platform, chat_id, thread_id, seq),
  FOREIGN KEY (platform, chat_id, thread_id)
    REFERENCES conversation (platform, chat_id, thread_id) ON DELETE CASCADE
);
