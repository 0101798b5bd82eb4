package dev.briefing.core.nlp;

import dev.briefing.core.BriefingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The language pipeline on Apache OpenNLP with the English UD models from Maven Central. Models are
 * shared; the OpenNLP tools are not thread-safe, so each thread gets its own.
 */
public final class OpenNlpPipeline implements LanguagePipeline {
  private static final String MODEL_VERSION = "1.3-2.5.4";

  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<LemmatizerME> lemmatizer;
  private final SentenceRepair repair = new SentenceRepair();

  public OpenNlpPipeline() {
    SentenceModel sentenceModel;
    TokenizerModel tokenizerModel;
    POSModel posModel;
    LemmatizerModel lemmaModel;
    try {
      sentenceModel = new SentenceModel(model("sentence"));
      tokenizerModel = new TokenizerModel(model("tokens"));
      posModel = new POSModel(model("pos"));
      lemmaModel = new LemmatizerModel(model("lemmas"));
    } catch (IOException e) {
      throw new BriefingException("cannot load the OpenNLP English models: " + e.getMessage(), e);
    }
    sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
  }

  private static InputStream model(String kind) {
    String name = "opennlp-en-ud-ewt-" + kind + "-" + MODEL_VERSION + ".bin";
    InputStream in = OpenNlpPipeline.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new BriefingException("OpenNLP model " + name + " is missing from the classpath");
    }
    try (in) {
      return new java.io.ByteArrayInputStream(in.readAllBytes());
    } catch (IOException e) {
      throw new BriefingException("cannot read OpenNLP model " + name, e);
    }
  }

  @Override
  public List<String> sentences(String paragraph) {
    Span[] spans = sentenceDetector.get().sentPosDetect(paragraph);
    List<int[]> ranges = new ArrayList<>();
    for (Span s : spans) {
      ranges.add(new int[] {s.getStart(), s.getEnd()});
    }
    return repair.repair(paragraph, ranges);
  }

  /**
   * A capitalized first word is often tagged a proper noun only for its capital ("Pilots demand
   * ..."); tagged again in lower case, a common word shows its real part of speech.
   */
  private void retagSentenceStart(String[] words, String[] tags) {
    int first = 0;
    while (first < words.length && !Character.isLetter(words[first].codePointAt(0))) {
      first++;
    }
    if (first >= words.length
        || !tags[first].startsWith("PROPN")
        || words[first].length() < 2
        || !Character.isLowerCase(words[first].charAt(1))) {
      return;
    }
    String[] lowered = words.clone();
    lowered[first] = words[first].toLowerCase(Locale.ROOT);
    String[] retagged = tagger.get().tag(lowered);
    String tag = retagged[first];
    if (tag.startsWith("NOUN") || tag.startsWith("VERB") || tag.startsWith("ADJ")) {
      String lemma = lemmatizer.get().lemmatize(lowered, retagged)[first];
      if (!lemma.equals(lowered[first]) && !lemma.equals("O")) {
        tags[first] = tag; // an inflected common word: "Pilots", "Shares", "Residents"
      }
    }
  }

  @Override
  public TaggedSentence tag(String sentence) {
    Span[] spans = TokenJoiner.join(sentence, tokenizer.get().tokenizePos(sentence));
    String[] words = Span.spansToStrings(spans, sentence);
    String[] tags = tagger.get().tag(words);
    retagSentenceStart(words, tags);
    String[] lemmas = lemmatizer.get().lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
      // interned: an article's words recur across articles, and thousands of articles are held
      tokens.add(
          new Token(
              words[i].intern(),
              tags[i].intern(),
              lemma.toLowerCase(Locale.ROOT).intern(),
              spans[i].getStart(),
              spans[i].getEnd()));
    }
    return new TaggedSentence(sentence, tokens);
  }
}
