/**
 * The runtime configuration: {@code config/briefing.yml} and the {@code BRIEFING_*} environment
 * overrides, read section by section into a validated {@link
 * dev.briefing.app.config.BriefingConfig}, every problem listed at once.
 */
package dev.briefing.app.config;
