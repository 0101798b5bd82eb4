package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Conversation;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.model.Citation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Conversations in the {@code conversation} table, one row per platform, chat and thread, with the
 * sentences shown in {@code conversation_cited}. A save replaces the chat's row in one transaction
 * and deletes the rows that outlived {@link #TTL}, so the tables hold only the last half hour.
 */
public final class JdbcConversationStore implements ConversationStore {
  private static final String KEY = " WHERE platform = ? AND chat_id = ? AND thread_id = ?";
  private static final String NO_THREAD = "";

  private final SqlRunner sql;
  private final Clock clock;

  /**
   * @param clock when a conversation is saved, and when it expires
   */
  public JdbcConversationStore(DataSource dataSource, Clock clock) {
    this.sql = new SqlRunner(dataSource);
    this.clock = clock;
  }

  @Override
  public Optional<Conversation> find(ChatAddress chat) {
    Object[] key = key(chat);
    Instant since = clock.instant().minus(TTL);
    return sql.inTransaction(
        connection -> {
          Optional<Conversation> found =
              SqlRunner.query(
                      connection,
                      "SELECT question, person, organisation, articles, asked_at FROM conversation"
                          + KEY
                          + " AND updated_at > ?",
                      JdbcConversationStore::read,
                      key[0],
                      key[1],
                      key[2],
                      since)
                  .stream()
                  .findFirst();
          return found.isEmpty()
              ? found
              : Optional.of(withCited(found.get(), cited(connection, key)));
        });
  }

  @Override
  public void save(ChatAddress chat, Conversation conversation) {
    try {
      sql.inTransaction(connection -> replace(connection, chat, conversation));
    } catch (StorageException e) {
      if (!e.isUniqueViolation()) {
        throw e;
      }
      // Another node saved this chat's row between our delete and insert: replace theirs.
      sql.inTransaction(connection -> replace(connection, chat, conversation));
    }
  }

  private boolean replace(Connection connection, ChatAddress chat, Conversation conversation)
      throws SQLException {
    Instant now = clock.instant();
    Object[] key = key(chat);
    SqlRunner.update(connection, "DELETE FROM conversation WHERE updated_at <= ?", now.minus(TTL));
    SqlRunner.update(connection, "DELETE FROM conversation" + KEY, key);
    SqlRunner.update(
        connection,
        "INSERT INTO conversation (platform, chat_id, thread_id, question, person, organisation,"
            + " articles, asked_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key[0],
        key[1],
        key[2],
        conversation.question(),
        conversation.person().orElse(null),
        conversation.organisation().orElse(null),
        String.join("\n", conversation.articles()),
        conversation.at(),
        now);
    List<Citation> cited = conversation.cited();
    for (int i = 0; i < cited.size(); i++) {
      Citation c = cited.get(i);
      SqlRunner.update(
          connection,
          "INSERT INTO conversation_cited (platform, chat_id, thread_id, seq, article_id,"
              + " sentence_number, sentence_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
          key[0],
          key[1],
          key[2],
          i,
          c.article(),
          c.sentence(),
          c.text());
    }
    return true;
  }

  private static List<Citation> cited(Connection connection, Object[] key) throws SQLException {
    return SqlRunner.query(
        connection,
        "SELECT article_id, sentence_number, sentence_text FROM conversation_cited"
            + KEY
            + " ORDER BY seq",
        row ->
            new Citation(
                row.getString("article_id"),
                row.getInt("sentence_number"),
                row.getString("sentence_text")),
        key);
  }

  private static Conversation withCited(Conversation c, List<Citation> cited) {
    return new Conversation(
        c.question(), c.person(), c.organisation(), c.articles(), cited, c.at());
  }

  /** The row, without its cited sentences (a second query). */
  private static Conversation read(ResultSet row) throws SQLException {
    String articles = row.getString("articles");
    return new Conversation(
        row.getString("question"),
        Optional.ofNullable(row.getString("person")),
        Optional.ofNullable(row.getString("organisation")),
        articles.isEmpty() ? List.of() : Arrays.asList(articles.split("\n")),
        List.of(),
        SqlRunner.instant(row, "asked_at"));
  }

  private static Object[] key(ChatAddress chat) {
    return new Object[] {chat.platform(), chat.chatId(), chat.threadId().orElse(NO_THREAD)};
  }
}
