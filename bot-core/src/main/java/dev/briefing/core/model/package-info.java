/**
 * API: used by adapters and the app. The article and answer values that cross every boundary:
 * articles with numbered sentences, answers and their citations.
 */
package dev.briefing.core.model;
