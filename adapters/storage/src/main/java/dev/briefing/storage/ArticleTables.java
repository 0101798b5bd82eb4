package dev.briefing.storage;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes an article to its three tables and reads it back, exactly as it was. */
final class ArticleTables {
  private ArticleTables() {}

  /** Replaces any article with the same id; the new row gets the next insertion number. */
  static void write(Connection connection, Article article, Instant addedAt) throws SQLException {
    SqlRunner.update(connection, "DELETE FROM article WHERE id = ?", article.id());
    SqlRunner.update(
        connection,
        "INSERT INTO article (id, title, source, added_at) VALUES (?, ?, ?, ?)",
        article.id(),
        article.title(),
        article.source().orElse(null),
        addedAt);
    try (PreparedStatement paragraphs =
        connection.prepareStatement(
            "INSERT INTO article_paragraph (article_id, paragraph_index, body) VALUES (?, ?, ?)")) {
      for (int i = 0; i < article.paragraphs().size(); i++) {
        SqlRunner.bind(paragraphs, article.id(), i, article.paragraphs().get(i));
        paragraphs.addBatch();
      }
      paragraphs.executeBatch();
    }
    try (PreparedStatement sentences =
        connection.prepareStatement(
            "INSERT INTO article_sentence (article_id, sentence_number, paragraph_index, body)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Sentence s : article.sentences()) {
        SqlRunner.bind(sentences, article.id(), s.number(), s.paragraph(), s.text());
        sentences.addBatch();
      }
      sentences.executeBatch();
    }
  }

  static Optional<Article> read(Connection connection, String id) throws SQLException {
    List<String[]> heads =
        SqlRunner.query(
            connection,
            "SELECT title, source FROM article WHERE id = ?",
            row -> new String[] {row.getString("title"), row.getString("source")},
            id);
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    List<String> paragraphs =
        SqlRunner.query(
            connection,
            "SELECT body FROM article_paragraph WHERE article_id = ? ORDER BY paragraph_index",
            row -> row.getString("body"),
            id);
    List<Sentence> sentences =
        SqlRunner.query(
            connection,
            "SELECT sentence_number, paragraph_index, body FROM article_sentence"
                + " WHERE article_id = ? ORDER BY sentence_number",
            row ->
                new Sentence(
                    row.getInt("sentence_number"),
                    row.getInt("paragraph_index"),
                    row.getString("body")),
            id);
    String[] head = heads.get(0);
    return Optional.of(
        new Article(id, head[0], Optional.ofNullable(head[1]), paragraphs, sentences));
  }
}
