package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;

/**
 * Where a sentence names an entity.
 *
 * @param sentence 1-based sentence number
 * @param start first token, inclusive
 * @param end last token, exclusive
 * @param entity who is meant
 * @param pronoun whether the mention is a pronoun or a description resolved to the entity
 */
public record Mention(int sentence, int start, int end, Entity entity, boolean pronoun) {}
