/**
 * Articles coming in and going out on a schedule: the configured folder, the followed feeds, the
 * configured articles at start, and the retention that removes old ones.
 */
package dev.briefing.app.intake;
