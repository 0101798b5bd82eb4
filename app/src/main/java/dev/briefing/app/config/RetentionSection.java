package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.app.config.BriefingConfig.Retention;
import java.util.List;

/** The {@code retention} section of the configuration, with its environment overrides. */
final class RetentionSection {
  static final List<String> KEYS = List.of("max_age_days", "max_count");
  static final String ENV_MAX_AGE_DAYS = "BRIEFING_RETENTION_MAX_AGE_DAYS";
  static final String ENV_MAX_COUNT = "BRIEFING_RETENTION_MAX_COUNT";

  private RetentionSection() {}

  /** The settings; each bad value is added to {@code problems} and its default used instead. */
  static Retention parse(JsonNode section, EnvOverrides env, List<String> problems) {
    Retention defaults = Retention.defaults();
    int days =
        env.number(
            section, "retention.max_age_days", defaults.maxAgeDays(), ENV_MAX_AGE_DAYS, problems);
    int count =
        env.number(section, "retention.max_count", defaults.maxCount(), ENV_MAX_COUNT, problems);
    if (days < 0) {
      problems.add("retention.max_age_days must be 0 (keep forever) or more, was " + days);
      days = defaults.maxAgeDays();
    }
    if (count < 0) {
      problems.add("retention.max_count must be 0 (no limit) or more, was " + count);
      count = defaults.maxCount();
    }
    return new Retention(days, count);
  }
}
