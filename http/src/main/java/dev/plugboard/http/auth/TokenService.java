package dev.plugboard.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plugboard.domain.auth.Role;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues and verifies API keys and connect tokens. A token is an HS256 JWT whose claims are all
 * flat ({@code clientId}, {@code kind}, {@code role}, {@code jti}, numeric {@code iat} and {@code exp}): the
 * official Node SDK reads {@code exp} to decide when to re-authenticate and the Java SDK decodes
 * the payload into a map of strings, so nothing nested may appear (contract §7.2).
 *
 * <p>Verification refuses anything but HS256 (so {@code alg: none} and algorithm confusion fail),
 * an unknown {@code kid}, a wrong signature, a missing or past {@code exp}, and an {@code iat}
 * more than a minute in the future.
 */
public final class TokenService {
    /** Pluggy's API key lifetime (contract §7.2). */
    public static final Duration API_KEY_TTL = Duration.ofHours(2);
    /** Pluggy's connect token lifetime (contract §7.4). */
    public static final Duration CONNECT_TOKEN_TTL = Duration.ofMinutes(30);

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** The key that signs and the retired keys that still verify. */
    public record KeyRing(SigningKey current, List<SigningKey> retired) {
        public KeyRing {
            Objects.requireNonNull(current, "current");
            retired = List.copyOf(retired);
        }

        Map<String, SigningKey> verifiable() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), retired.stream())
                    .collect(Collectors.toUnmodifiableMap(SigningKey::id, Function.identity(), (a, b) -> a));
        }
    }

    /** The keys, and the tokens verified with them: a change of the keys that verify starts a new cache. */
    private record Keys(SigningKey current, Map<String, SigningKey> verifiable, VerifiedTokens verified) {}

    private final AtomicReference<Keys> keys = new AtomicReference<>();
    private final Clock clock;
    private final int cacheCapacity;

    /**
     * @param current the key new tokens are signed with
     * @param retired keys that no longer sign but whose tokens stay valid until they expire
     */
    public TokenService(SigningKey current, List<SigningKey> retired, Clock clock) {
        this(current, retired, clock, VerifiedTokens.DEFAULT_CAPACITY);
    }

    /** @param cacheCapacity how many verified tokens are remembered (see {@link VerifiedTokens}) */
    TokenService(SigningKey current, List<SigningKey> retired, Clock clock, int cacheCapacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cacheCapacity = cacheCapacity;
        replaceKeys(new KeyRing(current, retired));
    }

    /**
     * Swaps the keys at once, as when another replica or the CLI rotated them. The tokens verified
     * so far are forgotten when the keys that verify change (a dropped key's tokens must stop working
     * at once), and kept when the same keys are loaded again, as the periodic sync does.
     */
    public void replaceKeys(KeyRing ring) {
        Map<String, SigningKey> verifiable = ring.verifiable();
        Keys before = keys.get();
        VerifiedTokens verified = before != null && before.verifiable().equals(verifiable)
                ? before.verified()
                : new VerifiedTokens(cacheCapacity);
        keys.set(new Keys(ring.current(), verifiable, verified));
    }

    /** An application's token. */
    public String issue(UUID clientId, TokenKind kind) {
        return issue(clientId, Role.APPLICATION, kind);
    }

    public String issue(UUID clientId, Role role, TokenKind kind) {
        SigningKey current = keys.get().current();
        Instant now = clock.instant();
        Duration ttl = kind == TokenKind.API_KEY ? API_KEY_TTL : CONNECT_TOKEN_TTL;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("clientId", clientId.toString())
                .claim("kind", kind.claim())
                .claim("role", role.wireName())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(current.id())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new MACSigner(current.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("an HS256 key of 256 bits always signs", e);
        }
        return jwt.serialize();
    }

    /**
     * The caller a token proves, or empty for any token that is not valid now. A token verified
     * before is found in the cache of verified tokens, its expiry checked again.
     */
    public Optional<Caller> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > 4096) {
            return Optional.empty();
        }
        Keys ring = keys.get();
        Instant now = clock.instant();
        Optional<Caller> known = ring.verified().find(token, now);
        if (known.isPresent()) {
            return known;
        }
        return verifyInFull(token, ring.verifiable(), now)
                .map(caller -> ring.verified().add(token, caller, now).get());
    }

    /** How many verified tokens are remembered now. */
    int cachedTokens() {
        return keys.get().verified().size();
    }

    private Optional<Caller> verifyInFull(String token, Map<String, SigningKey> verifiable, Instant now) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            // The token is anyone's text, and nimbus throws more than ParseException for some of it
            // (a NullPointerException for a header that is the JSON null): all of it is "not valid".
            return Optional.empty();
        }
        try {
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            String keyId = jwt.getHeader().getKeyID();
            SigningKey key = keyId == null ? null : verifiable.get(keyId);
            if (key == null || !jwt.verify(new MACVerifier(key.secret()))) {
                return Optional.empty();
            }
            return caller(jwt.getJWTClaimsSet(), now);
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<Caller> caller(JWTClaimsSet claims, Instant now) throws ParseException {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null
                || !exp.toInstant().isAfter(now)
                || iat == null
                || iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        Optional<TokenKind> kind = TokenKind.fromClaim(claims.getStringClaim("kind"));
        String clientId = claims.getStringClaim("clientId");
        String roleClaim = claims.getStringClaim("role");
        Optional<Role> role = roleClaim == null ? Optional.of(Role.APPLICATION) : Role.fromWire(roleClaim);
        if (kind.isEmpty() || clientId == null || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(UUID.fromString(clientId), role.get(), kind.get(), exp.toInstant()));
    }
}
