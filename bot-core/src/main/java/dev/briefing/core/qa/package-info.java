/**
 * Internal: not for adapters; enforced by ArchitectureTest. Question answering: parsing questions
 * and choosing, ranking and citing the sentences that answer them. The training module shares this
 * package on purpose, to rebuild the models.
 */
package dev.briefing.core.qa;
