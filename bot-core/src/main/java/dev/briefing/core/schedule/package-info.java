/**
 * API: used by adapters and the app. Digest schedules: parsing them, the next fire time, time
 * zones, and the {@link dev.briefing.core.schedule.DigestScheduler} port that the Quartz adapter
 * implements.
 */
package dev.briefing.core.schedule;
