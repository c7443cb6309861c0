/**
 * The client README's example, compiled with the client's tests and shipped in its test jar so
 * that the it module can run it against a real Plugboard. Uses the client's API package only.
 */
package dev.plugboard.client.example;
