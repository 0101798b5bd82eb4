/**
 * Internal: not for adapters; enforced by ArchitectureTest. The people, places and organizations an
 * article names, and how its mentions resolve to them.
 */
package dev.briefing.core.entity;
