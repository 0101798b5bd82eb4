package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;

/**
 * One sentence in which an entity speaks.
 *
 * @param speaker who speaks
 * @param sentence 1-based sentence number
 * @param direct whether the sentence carries the speaker's own words in quotation marks
 */
public record Attribution(Entity speaker, int sentence, boolean direct) {}
