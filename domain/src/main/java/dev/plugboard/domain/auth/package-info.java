/**
 * Applications: the holders of a {@code clientId} and {@code clientSecret} that exchange them for
 * an API key at {@code POST /auth}. Creating, listing, disabling and authenticating them, with
 * secrets kept only as salted hashes, through the {@link
 * dev.plugboard.domain.auth.ApplicationRepository} port. Token formats live in the HTTP adapter.
 * Depends only on the JDK and {@code dev.plugboard.domain}.
 */
package dev.plugboard.domain.auth;
