/**
 * API: used by adapters and the app. Reading articles: the {@link
 * dev.briefing.core.ingest.ArticleReader} for text, Markdown and HTML, and the ports for fetching
 * links and checking an article's language.
 */
package dev.briefing.core.ingest;
