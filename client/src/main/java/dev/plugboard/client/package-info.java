/**
 * The Java client of Pluggy's Connector API, usable against Pluggy itself or against Plugboard:
 * {@link dev.plugboard.client.PlugboardClient} (built once, immutable, thread-safe), the records it
 * answers with, and one unchecked exception root, {@link dev.plugboard.client.PlugboardClientException}.
 * Public signatures use only JDK types and these records; the transport, JSON handling, retries and
 * token refresh live in {@code dev.plugboard.client.internal}, which is not API. Depends on the JDK
 * and on the internal package only; never on a Plugboard server module.
 */
package dev.plugboard.client;
