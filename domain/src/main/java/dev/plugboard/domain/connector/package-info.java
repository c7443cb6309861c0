/**
 * What a connector is: the {@link dev.plugboard.domain.connector.Connector} record and its parts
 * (credentials, health, branding, capabilities) and the enumerations of the wire contract. Values
 * only; depends on nothing but the JDK.
 */
package dev.plugboard.domain.connector;
