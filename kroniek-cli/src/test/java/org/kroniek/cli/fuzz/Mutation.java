package org.kroniek.cli.fuzz;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** One change to a document's bytes: truncation, invalid UTF-8, NUL bytes, a duplicated slice. */
record Mutation(int kind, double where, int value) {
    static Arbitrary<Mutation> arbitrary() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255)).as(Mutation::new);
    }

    byte[] apply(byte[] in) {
        int at = (int) (where * in.length);
        return switch (kind) {
            case 0 -> Arrays.copyOf(in, at);
            case 1 -> insert(in, at, new byte[] {(byte) (0x80 | value & 0x3f)});
            case 2 -> insert(in, at, new byte[] {0});
            case 3 -> insert(in, at, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xc0, (byte) 0xff});
            default -> insert(in, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + value)));
        };
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }
}
