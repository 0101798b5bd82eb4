package dev.briefing.sources.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.OpmlFeed;
import dev.briefing.sources.testing.LocalHttpServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmlOpmlCodecTest {
  private final XmlOpmlCodec codec = new XmlOpmlCodec();

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryOutlineWithXmlUrlIncludingNestedFolders() {
    String opml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>Mine</title></head>
          <body>
            <outline text="World" title="World news" xmlUrl="https://a.example/rss"
                     htmlUrl="https://a.example/"/>
            <outline text="Folder">
              <outline text="Tech" xmlUrl="https://b.example/atom.xml"/>
              <outline text="Deeper"><outline text="C" xmlUrl=" https://c.example/feed "/></outline>
            </outline>
            <outline text="Just a link" htmlUrl="https://d.example/"/>
          </body>
        </opml>
        """;

    List<OpmlFeed> feeds = codec.read(bytes(opml));

    assertThat(feeds)
        .containsExactly(
            new OpmlFeed(
                "https://a.example/rss",
                Optional.of("World news"),
                Optional.of("https://a.example/")),
            new OpmlFeed("https://b.example/atom.xml", Optional.of("Tech"), Optional.empty()),
            new OpmlFeed("https://c.example/feed", Optional.of("C"), Optional.empty()));
  }

  @Test
  void refusesAnExternalFileEntityWithoutReadingIt() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <opml version="2.0"><body><outline text="&secret;" xmlUrl="https://a.example/&secret;"/></body></opml>
        """;

    assertThatThrownBy(() -> codec.read(bytes(xxe)))
        .isInstanceOf(BriefingException.class)
        .hasMessage(XmlOpmlCodec.DOCTYPE_REFUSED);
  }

  @Test
  void refusesAnExternalHttpEntityAndDtdWithoutFetchingThem() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.serve("/", "text/plain", "https://evil.example/rss");
      String entity =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY e SYSTEM \""
              + server.uri("/entity")
              + "\">]>\n<opml><body><outline xmlUrl=\"&e;\"/></body></opml>";
      String dtd =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \""
              + server.uri("/opml.dtd")
              + "\">\n<opml><body/></opml>";
      String parameter =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY % p SYSTEM \""
              + server.uri("/param")
              + "\"> %p;]>\n<opml><body/></opml>";

      for (String hostile : List.of(entity, dtd, parameter)) {
        assertThatThrownBy(() -> codec.read(bytes(hostile)))
            .isInstanceOf(BriefingException.class)
            .hasMessage(XmlOpmlCodec.DOCTYPE_REFUSED);
      }
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void refusesEntityExpansion() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <opml><body><outline xmlUrl="&b;"/></body></opml>
        """;

    assertThatThrownBy(() -> codec.read(bytes(laughs))).hasMessage(XmlOpmlCodec.DOCTYPE_REFUSED);
  }

  @Test
  void refusesOutlinesNestedDeeperThanAnyRealFileAsNotWellFormed() {
    String deep =
        "<opml><body>"
            + "<outline>".repeat(10_000)
            + "<outline xmlUrl=\"https://a.example/rss\"/>"
            + "</outline>".repeat(10_000)
            + "</body></opml>";

    assertThatThrownBy(() -> codec.read(bytes(deep)))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith("That file is not OPML: it is not well-formed XML");
  }

  @Test
  void saysWhenTheFileIsNotXmlOrNotOpml() {
    assertThatThrownBy(() -> codec.read(bytes("https://a.example/rss\nhttps://b.example/rss")))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith("That file is not OPML: it is not well-formed XML");
    assertThatThrownBy(() -> codec.read(bytes("<rss version=\"2.0\"><channel/></rss>")))
        .isInstanceOf(BriefingException.class)
        .hasMessage("That file is XML but not OPML (its root is <rss>, not <opml>).");
    assertThatThrownBy(() -> codec.read(new byte[0]))
        .hasMessageStartingWith("That file is not OPML");
  }

  @Test
  void writesOpmlThatReadsBackTheSameFeedsWithMarkupEscaped() {
    List<OpmlFeed> feeds =
        List.of(
            new OpmlFeed(
                "https://a.example/rss?x=1&y=<2>",
                Optional.of("A \"quoted\" & <odd> title"),
                Optional.of("https://a.example/")),
            OpmlFeed.of("https://b.example/feed"));

    byte[] opml = codec.write("Briefing feeds", feeds);

    assertThat(new String(opml, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<opml version=\"2.0\">", "<title>Briefing feeds</title>");
    assertThat(codec.read(opml))
        .containsExactly(
            feeds.get(0),
            new OpmlFeed(
                "https://b.example/feed", Optional.of("https://b.example/feed"), Optional.empty()));
  }
}
