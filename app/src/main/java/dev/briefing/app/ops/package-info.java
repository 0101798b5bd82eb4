/**
 * Running the bot as a service: the admin port's health, readiness and metrics endpoints, the
 * Prometheus metrics, and the ordered shutdown. Knows nothing of the other app packages.
 */
package dev.briefing.app.ops;
