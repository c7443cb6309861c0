/**
 * What a connector is: the {@link dev.plugboard.domain.connector.Connector} record and its parts
 * (health, branding, access, capabilities) and the enumerations of the wire contract. Values only;
 * depends on the JDK and on {@code domain.credential} for the credentials a connector asks for.
 */
package dev.plugboard.domain.connector;
