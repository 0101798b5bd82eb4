package dev.briefing.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.console.ConsoleRenderer;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Prints answers for the command line, flushing each: with {@code --json} one object a line, {@code
 * {"found": bool, "answer": text, "citations": [{"article", "sentence", "text"}]}}; otherwise the
 * answer text and a "Sources:" list.
 */
final class AnswerWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private final boolean json;
  private final ConsoleRenderer text = new ConsoleRenderer();

  AnswerWriter(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  void write(Answer answer) {
    out.println(json ? toJson(answer) : text.render(Reply.of(answer)));
    out.flush();
  }

  static String toJson(Answer answer) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeBooleanField("found", answer.found());
      json.writeStringField("answer", answer.text());
      json.writeArrayFieldStart("citations");
      for (Citation citation : answer.citations()) {
        json.writeStartObject();
        json.writeStringField("article", citation.article());
        json.writeNumberField("sentence", citation.sentence());
        json.writeStringField("text", citation.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
