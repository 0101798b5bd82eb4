package dev.briefing.sources.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedCheck;
import dev.briefing.core.chat.FeedCommands;
import dev.briefing.core.chat.FeedExport;
import dev.briefing.core.chat.FeedImport;
import dev.briefing.core.chat.FeedProbe;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.OpmlCodec;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.sources.feed.CheckedFeed;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedReader;
import dev.briefing.sources.feed.FeedSettings;
import dev.briefing.sources.testing.LocalHttpServer;
import dev.briefing.sources.testing.TestReaders;
import dev.briefing.sources.web.AddressPolicy;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.PageFetcher;
import dev.briefing.sources.web.SourceSettings;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /feed import} and {@code /feed export} end to end: the real OPML codec, the real feed
 * reader over HTTP on 127.0.0.1, and the production address policy for every other host.
 */
class OpmlImportIT {
  private static final ChatAddress CHAT = new ChatAddress("telegram", "100", Optional.empty());
  private static final ChatAddress OTHER = new ChatAddress("slack", "C200", Optional.empty());

  private final InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
  private final OpmlCodec codec = new XmlOpmlCodec();
  private LocalHttpServer server;
  private FeedCommands feeds;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    SourceSettings settings =
        SourceSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
    // The test's config: this server on 127.0.0.1 is allowed; every other host as in production.
    AddressPolicy policy =
        url -> {
          if (!"127.0.0.1".equals(url.getHost())) {
            AddressPolicy.publicOnly().check(url);
          }
        };
    PageFetcher fetcher =
        new HttpPageFetcher(HttpPageFetcher.defaultClient(settings), settings, policy);
    ArticleAssembler assembler = TestReaders.assembler();
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            new FeedReader(),
            new UrlArticleSource(fetcher, new ArticleExtractor(), assembler),
            assembler,
            new InMemoryFeedStateStore(),
            FeedSettings.defaults(),
            new MutableClock(Instant.parse("2025-03-14T08:00:00Z")));
    FeedProbe probe = url -> check(poller, url);
    feeds =
        new FeedCommands(follows, url -> {}, url -> Optional.empty(), probe)
            .withOpml(
                new FeedImport(follows, url -> {}, Optional.of(probe), codec, 200),
                new FeedExport(follows, codec));
    server.serve("/world.rss", "application/rss+xml", rss("World"));
    server.serve("/tech.rss", "application/rss+xml", rss("Tech"));
    server.serve("/page.html", "text/html", "<html><body><p>Just a page.</p></body></html>");
  }

  // As the app's feed intake does: a failure is returned with its reason, never thrown.
  private static FeedCheck check(FeedPoller poller, String url) {
    try {
      CheckedFeed read = poller.check(URI.create(url));
      return FeedCheck.read(read.title().orElse(""), read.items());
    } catch (BriefingException e) {
      return FeedCheck.failed(e.getMessage());
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String rss(String title) {
    return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>"
        + title
        + "</title><link>"
        + server.uri("/")
        + "</link><description>News</description></channel></rss>";
  }

  private List<Reply> send(ChatAddress chat, String text, Attachment file) {
    IncomingMessage message = new IncomingMessage(chat, "u1", text, Optional.of(file));
    String arguments = text.substring("/feed".length()).strip();
    return feeds.commands().get(0).command().handle(message, arguments);
  }

  private static Attachment opml(String name, String text) {
    return new Attachment(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String outlines(String... xmlUrls) {
    StringBuilder body = new StringBuilder();
    for (String url : xmlUrls) {
      body.append("<outline text=\"f\" xmlUrl=\"").append(url).append("\"/>");
    }
    return "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
        + "<outline text=\"Folder\">"
        + body
        + "</outline></body></opml>";
  }

  @Test
  void importsGoodFeedsAndSaysWhyTheOthersWereRefused() {
    String world = server.uri("/world.rss").toString();
    String tech = server.uri("/tech.rss").toString();
    follows.follow(CHAT, world);
    String file =
        outlines(
            world,
            tech,
            "not a url",
            "ftp://files.example/feed",
            "http://10.1.2.3/rss",
            "http://192.168.0.7/feed.xml",
            server.uri("/page.html").toString(),
            server.uri("/missing.rss").toString(),
            tech);

    String reply = send(CHAT, "/feed import", opml("mine.opml", file)).get(0).text();

    assertThat(reply)
        .startsWith("Imported mine.opml: added 1, already followed 1, refused 6.")
        .contains("not a url — not a web address (http or https)")
        .contains("ftp://files.example/feed — not a web address")
        .contains("http://10.1.2.3/rss — I don't fetch links on private or local networks")
        .contains("http://192.168.0.7/feed.xml — I don't fetch links on private or local networks")
        .contains(server.uri("/page.html") + " — ")
        .contains(server.uri("/missing.rss") + " — ");
    assertThat(follows.feedsOf(CHAT)).containsExactly(world, tech);
    // The private and malformed entries were never fetched (an unknown path is 404 unrecorded).
    assertThat(server.requests())
        .extracting(LocalHttpServer.Seen::path)
        .containsOnly("/tech.rss", "/page.html");
  }

  @Test
  void refusesMalformedFilesWithoutFollowingAnything() {
    assertThatThrownBy(() -> send(CHAT, "/feed import", opml("a.opml", "http://x.example/rss")))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith("That file is not OPML: it is not well-formed XML");
    assertThatThrownBy(() -> send(CHAT, "/feed import", opml("b.xml", rss("Not OPML"))))
        .isInstanceOf(BriefingException.class)
        .hasMessage("That file is XML but not OPML (its root is <rss>, not <opml>).");
    assertThatThrownBy(() -> send(CHAT, "/feed import", opml("c.txt", outlines("http://x/"))))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("I import .opml files");
    assertThat(follows.feedsOf(CHAT)).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesAnXxeFileAndFetchesNothing() {
    String world = server.uri("/world.rss").toString();
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n"
            + "  <!ENTITY feed SYSTEM \""
            + server.uri("/entity")
            + "\">\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
            + "<opml version=\"2.0\"><body><outline text=\"&secret;\" xmlUrl=\"&feed;\"/>"
            + "<outline text=\"w\" xmlUrl=\""
            + world
            + "\"/></body></opml>";

    assertThatThrownBy(() -> send(CHAT, "/feed import", opml("evil.opml", xxe)))
        .isInstanceOf(BriefingException.class)
        .hasMessage(XmlOpmlCodec.DOCTYPE_REFUSED);
    assertThat(follows.feedsOf(CHAT)).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void exportRoundTripsIntoAnotherChat() {
    String world = server.uri("/world.rss").toString();
    String tech = server.uri("/tech.rss").toString();
    follows.follow(CHAT, world);
    follows.follow(CHAT, tech);

    Reply exported = send(CHAT, "/feed export", opml("unused.opml", "")).get(0);
    OutgoingFile file = exported.file().orElseThrow();
    String imported =
        send(OTHER, "/feed import", new Attachment(file.name(), file.content())).get(0).text();

    assertThat(file.name()).isEqualTo("feeds.opml");
    assertThat(file.mediaType()).isEqualTo("text/x-opml");
    assertThat(exported.text()).contains("The 2 feeds this chat follows, as OPML");
    assertThat(imported).startsWith("Imported feeds.opml: added 2, already followed 0, refused 0.");
    assertThat(follows.feedsOf(OTHER)).isEqualTo(follows.feedsOf(CHAT));
  }

  @Test
  void exportOfAChatWithoutFeedsSaysSo() {
    assertThatThrownBy(() -> send(CHAT, "/feed export", opml("x.opml", "")))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("This chat follows no feeds");
  }
}
