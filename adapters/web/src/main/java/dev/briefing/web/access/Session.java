package dev.briefing.web.access;

import java.time.Instant;

/**
 * One browser's session on the operator pages.
 *
 * @param id the cookie's random value
 * @param csrf the random token every form of this session carries
 * @param signedIn whether the operator proved the token (or came from loopback without one); a
 *     session before login only carries the login form's CSRF token
 * @param expires when it stops being accepted
 */
public record Session(String id, String csrf, boolean signedIn, Instant expires) {}
