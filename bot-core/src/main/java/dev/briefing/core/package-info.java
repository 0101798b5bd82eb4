/**
 * API: used by adapters and the app. The engine's entry points: {@link
 * dev.briefing.core.BriefingCore} wires the default engine, {@link
 * dev.briefing.core.BriefingEngine} answers and summarizes, and {@link
 * dev.briefing.core.BriefingException} carries a message meant for the user.
 */
package dev.briefing.core;
