/**
 * Internal: not for adapters; enforced by ArchitectureTest. Sentence retrieval: the BM25 index and
 * the sentence vectors blended with it.
 */
package dev.briefing.core.retrieval;
