package dev.plugboard.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plugboard.http.auth.SigningKey;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * API keys an attacker might send, made with nimbus from a real key of a {@link TestServer}: each
 * differs from a valid one in exactly one way.
 */
final class ForgedTokens {
    private final SigningKey key;
    private final JWTClaimsSet valid;

    /** @param validToken a key the server issued, whose claims the forgeries copy */
    ForgedTokens(SigningKey key, String validToken) {
        this.key = key;
        try {
            this.valid = SignedJWT.parse(validToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /**
     * {@code token} with the first character of its signature changed. (Changing the last ones is
     * not enough: the last base64url character of an HS256 signature carries 4 bits and 2 unused
     * ones, which nimbus ignores, so "…w" and "…x" are the same signature.)
     */
    static String withAlteredSignature(String token) {
        int at = token.lastIndexOf('.') + 1;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    /** The valid claims, unsigned: {@code alg: none} and an empty signature. */
    String algNone() {
        return Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + key.id() + "\",\"typ\":\"JWT\"}") + "."
                + Base64URL.encode(valid.toString()) + ".";
    }

    /** A header that is the JSON {@code null} (nimbus once threw a NullPointerException on it). */
    String nullHeader() {
        return Base64URL.encode("null") + "." + Base64URL.encode(valid.toString()) + ".AAAA";
    }

    /** The valid claims under the server's key id, signed with another key. */
    String wrongSignature() {
        return sign(JWSAlgorithm.HS256, SigningKey.generate(new SecureRandom()), key.id(), valid);
    }

    /** Issued ten minutes from now (the server allows one minute of clock skew). */
    String issuedInTheFuture() {
        Instant now = Instant.now();
        return sign(claims(now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2))));
    }

    /** Expired a minute ago. */
    String expired() {
        Instant now = Instant.now();
        return sign(claims(now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1))));
    }

    /** Signed, correctly, with a key that is not (or no longer) in the server's key ring. */
    String signedByARotatedOutKey() {
        SigningKey retired = SigningKey.generate(new SecureRandom());
        return sign(JWSAlgorithm.HS256, retired, retired.id(), valid);
    }

    /** The right key and claims, but HS512: only HS256 is accepted. */
    String otherAlgorithm() {
        return sign(JWSAlgorithm.HS512, stretched(key), key.id(), valid);
    }

    /** The right key, without a {@code kid} header. */
    String withoutKeyId() {
        return sign(JWSAlgorithm.HS256, key, null, valid);
    }

    /** The right key, without an {@code exp} claim. */
    String withoutExpiry() {
        return sign(new JWTClaimsSet.Builder(valid).expirationTime(null).build());
    }

    /** The right key, with {@code clientId} an object instead of a UUID string. */
    String nestedClientId() {
        return sign(new JWTClaimsSet.Builder(valid)
                .claim("clientId", java.util.Map.of("id", valid.getClaim("clientId")))
                .build());
    }

    /** The right key, with a {@code clientId} that is not a UUID. */
    String clientIdNotAUuid() {
        return sign(
                new JWTClaimsSet.Builder(valid).claim("clientId", "' OR 1=1 --").build());
    }

    String sign(JWTClaimsSet claims) {
        return sign(JWSAlgorithm.HS256, key, key.id(), claims);
    }

    private JWTClaimsSet claims(Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder(valid)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .build();
    }

    private static String sign(JWSAlgorithm algorithm, SigningKey signer, String keyId, JWTClaimsSet claims) {
        return sign(algorithm, Base64.getUrlDecoder().decode(signer.encode()), keyId, claims);
    }

    private static String sign(JWSAlgorithm algorithm, byte[] secret, String keyId, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(algorithm)
                .type(JOSEObjectType.JWT)
                .keyID(keyId)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** HS512 needs 512 bits: the server's key twice over, so the same secret material signs. */
    private static byte[] stretched(SigningKey key) {
        byte[] secret = Base64.getUrlDecoder().decode(key.encode());
        byte[] twice = new byte[secret.length * 2];
        System.arraycopy(secret, 0, twice, 0, secret.length);
        System.arraycopy(secret, 0, twice, secret.length, secret.length);
        return twice;
    }
}
