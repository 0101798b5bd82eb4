package dev.briefing.core.ingest;

import java.util.List;

/** An article's title and body paragraphs before sentence splitting. */
record Document(String title, List<String> paragraphs) {
  Document {
    paragraphs = List.copyOf(paragraphs);
  }
}
