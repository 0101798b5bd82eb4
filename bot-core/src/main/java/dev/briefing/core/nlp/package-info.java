/**
 * Internal: not for adapters; enforced by ArchitectureTest. The English language pipeline on
 * OpenNLP: sentences, tokens, tags and lemmas.
 */
package dev.briefing.core.nlp;
