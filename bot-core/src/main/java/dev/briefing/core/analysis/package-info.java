/**
 * Internal: not for adapters; enforced by ArchitectureTest. Discourse analysis of an article:
 * mentions, names, roles, speech and attributions.
 */
package dev.briefing.core.analysis;
