package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeepLinkTest {
  @Test
  void wordsTimesAndZonesBecomeACommand() {
    assertThat(DeepLink.command("subscribe_0800_Europe-Berlin"))
        .contains("/subscribe 08:00 Europe/Berlin");
    assertThat(DeepLink.command("subscribe_weekdays_0730")).contains("/subscribe weekdays 07:30");
    assertThat(DeepLink.command("summary_5")).contains("/summary 5");
    assertThat(DeepLink.command("Articles")).contains("/articles");
  }

  @Test
  void whatTelegramWouldNotSendOrNoCommandIsNothing() {
    assertThat(DeepLink.command("")).isEmpty();
    assertThat(DeepLink.command("subscribe 08:00")).isEmpty();
    assertThat(DeepLink.command("_0800")).isEmpty();
    assertThat(DeepLink.command("1234")).isEmpty();
    assertThat(DeepLink.command("x".repeat(65))).isEmpty();
  }
}
