/**
 * Wiring by hand: the engine ({@link dev.briefing.app.wiring.CoreFactory}), the database, scheduler
 * and commands ({@link dev.briefing.app.wiring.BotServices}), and the chat platforms' front ends.
 */
package dev.briefing.app.wiring;
