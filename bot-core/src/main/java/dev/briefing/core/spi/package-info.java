/**
 * API: used by adapters and the app. Ports that plug optional technology into the engine itself,
 * such as the {@link dev.briefing.core.spi.SentenceEmbedder} that the embeddings adapter
 * implements.
 */
package dev.briefing.core.spi;
