/** What the adapter needs to run, read from the environment, secrets redacted when shown. */
package dev.briefing.slack.settings;
