/**
 * Credentials and their validation: the {@link dev.plugboard.domain.credential.Credential}
 * definition with Plugboard's extensions ({@link dev.plugboard.domain.credential.Constraints}:
 * semantic formats, length bounds, date rules; messages by {@link
 * dev.plugboard.domain.credential.Language}), JavaScript regexes run in linear time by {@link
 * dev.plugboard.domain.credential.JsRegex} (compiled once per distinct source for a whole catalog
 * by {@link dev.plugboard.domain.credential.JsRegexInterner}), the format checks (CPF, numeric and alphanumeric CNPJ,
 * e-mail, Brazilian phone, date, EIP-55 Ethereum address), and {@link
 * dev.plugboard.domain.credential.CredentialRules}, which reports every failing field as data,
 * never thrown, with no submitted value in any message. Depends only on the JDK, RE2J and
 * {@code dev.plugboard.domain}.
 */
package dev.plugboard.domain.credential;
