/**
 * Internal: not for adapters; enforced by ArchitectureTest. The learned model that picks who said
 * what.
 */
package dev.briefing.core.qa.speech;
