/**
 * Validation of the credential values a user submits to {@code POST /connectors/{id}/validate}:
 * every failing field is reported as data ({@link dev.plugboard.domain.credential.FieldError}),
 * never thrown, and no submitted value ever reaches a message. Regular expressions are compiled
 * once per catalog snapshot with RE2J, which runs in linear time. Depends on
 * {@code domain.connector} and RE2J.
 */
package dev.plugboard.domain.credential;
