/** OPML, the subscription lists feed readers exchange: read safely, written plainly. */
package dev.briefing.sources.opml;
