/** Internal: not for adapters; enforced by ArchitectureTest. Extractive summaries by TextRank. */
package dev.briefing.core.summary;
