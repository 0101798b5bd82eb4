package dev.briefing.core.ingest;

import java.util.List;

/**
 * An article's title and body paragraphs before sentence splitting.
 *
 * @param title the text's own headline, or empty when it has none and the title is to be made from
 *     the body's first sentence
 */
record Document(String title, List<String> paragraphs) {
  Document {
    paragraphs = List.copyOf(paragraphs);
  }
}
