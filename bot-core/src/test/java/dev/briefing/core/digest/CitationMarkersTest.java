package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationMarkersTest {
  private static final List<Citation> TWO =
      List.of(new Citation("a", 1, "One."), new Citation("a", 3, "Three."));

  @Test
  void shiftsTheTrailingMarkerOfEveryLine() {
    Answer answer = new Answer(true, "One. [1]\nThree. [2]", TWO);

    Answer shifted = CitationMarkers.shift(answer, 4);

    assertThat(shifted.text()).isEqualTo("One. [5]\nThree. [6]");
    assertThat(shifted.citations()).isEqualTo(TWO);
    assertThat(shifted.found()).isTrue();
  }

  @Test
  void leavesBracketsInsideASentenceAndLinesWithoutMarkersAlone() {
    Answer answer =
        new Answer(true, "He said [sic] it cost [2] dollars. [1]\nNo marker here\n[3] first", TWO);

    assertThat(CitationMarkers.shift(answer, 10).text())
        .isEqualTo("He said [sic] it cost [2] dollars. [11]\nNo marker here\n[3] first");
  }

  @Test
  void shiftsEachOfSeveralTrailingMarkers() {
    Answer answer = new Answer(true, "Both say so. [1] [2]", TWO);

    assertThat(CitationMarkers.shift(answer, 2).text()).isEqualTo("Both say so. [3] [4]");
  }

  @Test
  void anOffsetOfZeroChangesNothing() {
    Answer answer = new Answer(true, "One. [1]", TWO.subList(0, 1));

    assertThat(CitationMarkers.shift(answer, 0)).isSameAs(answer);
  }
}
