package dev.plugboard.domain.credential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Keccak-256 as Ethereum uses it. Ethereum adopted Keccak before FIPS 202 changed its padding, so
 * this pads with the original domain byte {@code 0x01}: the JDK's {@code SHA3-256} (padding
 * {@code 0x06}) gives different digests and cannot be used. Only EIP-55 address checksums need
 * it, on 40 bytes of input, so the code is written for clarity, not speed.
 */
final class Keccak256 {
    /** The original Keccak domain byte, used by Ethereum. */
    static final byte KECCAK_PADDING = 0x01;
    /** FIPS 202's domain byte: lets tests compare the permutation with the JDK's SHA3-256. */
    static final byte SHA3_PADDING = 0x06;

    private static final int RATE_BYTES = 136; // 1600-bit state minus a 512-bit capacity
    private static final int DIGEST_BYTES = 32;

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
    };

    /** Rotation offsets of the rho step, by lane index {@code x + 5 * y}. */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, //
        36, 44, 6, 55, 20, //
        3, 10, 43, 25, 39, //
        41, 45, 15, 21, 8, //
        18, 2, 61, 56, 14
    };

    private Keccak256() {}

    /** The 32-byte Keccak-256 digest of {@code message}. */
    static byte[] digest(byte[] message) {
        return sponge(message, KECCAK_PADDING);
    }

    /** A 256-bit sponge over Keccak-f[1600] with the given domain padding byte. */
    static byte[] sponge(byte[] message, byte paddingByte) {
        byte[] padded = Arrays.copyOf(message, (message.length / RATE_BYTES + 1) * RATE_BYTES);
        padded[message.length] ^= paddingByte;
        padded[padded.length - 1] ^= (byte) 0x80;
        ByteBuffer blocks = ByteBuffer.wrap(padded).order(ByteOrder.LITTLE_ENDIAN);
        long[] state = new long[25];
        for (int offset = 0; offset < padded.length; offset += RATE_BYTES) {
            for (int lane = 0; lane < RATE_BYTES / Long.BYTES; lane++) {
                state[lane] ^= blocks.getLong(offset + lane * Long.BYTES);
            }
            permute(state);
        }
        ByteBuffer digest = ByteBuffer.allocate(DIGEST_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int lane = 0; lane < DIGEST_BYTES / Long.BYTES; lane++) {
            digest.putLong(state[lane]);
        }
        return digest.array();
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi, iota on lanes indexed {@code x + 5 * y}. */
    private static void permute(long[] a) {
        long[] columns = new long[5];
        long[] b = new long[25];
        for (long roundConstant : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                columns[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = columns[(x + 4) % 5] ^ Long.rotateLeft(columns[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= roundConstant;
        }
    }
}
