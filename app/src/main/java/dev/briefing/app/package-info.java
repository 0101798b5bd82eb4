/**
 * The command line, the app's entry: {@link dev.briefing.app.Main} and the picocli commands ({@code
 * run}, {@code ask}, {@code summarize}) with their output and error handling. It uses the
 * sub-packages; none of them uses it.
 */
package dev.briefing.app;
