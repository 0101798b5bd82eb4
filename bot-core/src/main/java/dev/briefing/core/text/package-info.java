/**
 * Internal: not for adapters; enforced by ArchitectureTest. Word lists and lexicons loaded from
 * resource files.
 */
package dev.briefing.core.text;
