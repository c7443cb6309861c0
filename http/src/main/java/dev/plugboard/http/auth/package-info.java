/**
 * API keys and connect tokens: HS256 JWTs with only flat claims and a numeric {@code exp}, as the
 * official SDKs decode them (contract §7.2), issued and verified with nimbus-jose-jwt. Depends on
 * the domain and nimbus; knows nothing of Vert.x.
 */
package dev.plugboard.http.auth;
