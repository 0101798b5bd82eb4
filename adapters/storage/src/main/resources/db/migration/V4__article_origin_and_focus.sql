-- Where each article came from, which decides the chats that see it: '*' (everyone),
-- 'chat:<platform>:<chat id>' or 'feed:<url>'. Existing articles were loaded for everyone.
CREATE TABLE article_origin (
  article_id VARCHAR(200) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  origin VARCHAR(500) NOT NULL,
  PRIMARY KEY (article_id, origin)
);
CREATE INDEX article_origin_origin ON article_origin (origin);
INSERT INTO article_origin (article_id, origin) SELECT id, '*' FROM article;

-- The article a chat has focused its questions on with /use, if any.
ALTER TABLE chat_settings ADD COLUMN focus_article_id VARCHAR(200);
