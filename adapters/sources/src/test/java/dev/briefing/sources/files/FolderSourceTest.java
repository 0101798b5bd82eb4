package dev.briefing.sources.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.model.Article;
import dev.briefing.sources.testing.TestReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {
  @TempDir Path folder;

  private FolderSource source() {
    return new FolderSource(folder, TestReaders.reader());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void readsTextMarkdownAndHtmlFilesAndIgnoresOthers() throws Exception {
    write("ferry.txt", "Ferry fares rise\n\nSingle tickets will cost more from May.");
    write("meals.md", "# School meals\n\nSchools will buy local vegetables.");
    write(
        "wind.html",
        "<html><body><h1>Wind farm approved</h1><p>Twelve turbines.</p></body></html>");
    write("notes.csv", "a,b");
    Files.createDirectory(folder.resolve("archive.txt"));

    FolderSource.Scan scan = source().scan();

    assertThat(scan.articles())
        .extracting(Article::title)
        .containsExactly("Ferry fares rise", "School meals", "Wind farm approved");
    assertThat(scan.failures()).isEmpty();
  }

  @Test
  void aRescanReadsOnlyNewAndChangedFiles() throws Exception {
    write("ferry.txt", "Ferry fares rise\n\nSingle tickets will cost more from May.");
    Path meals = write("meals.md", "# School meals\n\nSchools will buy local vegetables.");
    FolderSource source = source();
    source.scan();

    write("wind.txt", "Wind farm approved\n\nTwelve turbines on the ridge.");
    Files.writeString(meals, "# School meals\n\nSchools will buy local vegetables and fruit.");
    Files.setLastModifiedTime(meals, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(source.scan().articles())
        .extracting(Article::title)
        .containsExactly("School meals", "Wind farm approved");
    assertThat(source.scan().articles()).isEmpty();
  }

  @Test
  void reportsAnUnreadableFileWithoutStoppingTheScan() throws Exception {
    write("empty.txt", "   ");
    write("ferry.txt", "Ferry fares rise\n\nSingle tickets will cost more from May.");

    FolderSource.Scan scan = source().scan();

    assertThat(scan.articles()).hasSize(1);
    assertThat(scan.failures()).containsOnlyKeys(folder.resolve("empty.txt"));
    assertThat(scan.failures().get(folder.resolve("empty.txt"))).contains("is empty");
  }
}
