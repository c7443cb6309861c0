/**
 * The web console's files, served at {@code /console}: one HTML page for every console address
 * (the page draws itself in the browser and calls the public and administration APIs with the key
 * its user signs in with) and the scripts, style sheet and icon it loads. The files are resources
 * of this module's jar, read on first request; nothing here reads a key or any other secret.
 * Depends on Vert.x Web only.
 */
package dev.plugboard.http.console;
