/*
 * Writes Java twins of derived Rust types with the helper class byterepr.ByteRepr, one line per
 * case: name TAB hex(bytes) TAB hex(ByteRepr.sha256). tests/java.rs derives the Rust types,
 * builds the same values and compares.
 */

import static byterepr.ByteRepr.sha256;
import static byterepr.ByteRepr.toBytes;

import byterepr.ByteRepr.Encodable;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

public final class HelperAgreement {
    private static final StringBuilder OUT = new StringBuilder();

    static void c(String name, Encodable value) {
        OUT.append(name).append('\t').append(JavaCases.hex(toBytes(value))).append('\t')
                .append(JavaCases.hex(sha256(value))).append('\n');
    }

    static String cp(int codePoint) {
        return new String(Character.toChars(codePoint));
    }

    public static void main(String[] args) {
        Twins.Point a = new Twins.Point(0, 0);
        Twins.Point b = new Twins.Point(-1, Integer.MAX_VALUE);
        Twins.Point c = new Twins.Point(3, 4);
        c("point_origin", a);
        c("point_edges", b);
        c("shape_triangle", new Twins.Shape("triangle", c, List.of(a, b, c), true, new byte[] {(byte) 255, 0, 127}));
        c("shape_empty", new Twins.Shape("", a, List.of(), false, new byte[] {0, 0, 0}));

        c("event_started", Twins.Event.started());
        c("event_moved", Twins.Event.moved(a, b));
        c("event_renamed", Twins.Event.renamed("n\0me " + cp(0x1f600)));
        c("event_tagged_some", Twins.Event.tagged(List.of("red", "", "\u00e9t\u00e9"), Optional.of(65535)));
        c("event_tagged_none", Twins.Event.tagged(List.of(), Optional.empty()));
        c("event_deleted", Twins.Event.deleted(-5L));

        Map<String, Double> scores = new HashMap<>();
        scores.put("speed", 0.75);
        scores.put("zeal", -0.0);
        scores.put("a", Double.NaN);
        scores.put("accuracy", Double.MIN_VALUE);
        scores.put("\u20ac", 1e300);
        c("customer_full", new Twins.Customer(-1L, "Zo\u00eb", Optional.of("zoe@example.org"),
                new TreeSet<>(List.of("vip", "beta", "early")), scores, true, 0x1f600));
        c("customer_minimal", new Twins.Customer(0L, "x", Optional.empty(), new TreeSet<>(), Map.of(), false, 'x'));

        Map<Integer, List<Optional<Long>>> stock = new LinkedHashMap<>();
        stock.put(0xffffffff, List.of(Optional.of(Long.MIN_VALUE)));
        stock.put(0, List.of());
        stock.put(0x80000000, List.of(Optional.empty(), Optional.of(1L)));
        stock.put(7, List.of(Optional.of(-7L), Optional.empty()));
        stock.put(256, List.of(Optional.empty()));
        Set<Integer> glyphs = Set.of((int) 'a', 0xe9, 0x20ac, 0x1f600, 0x10ffff, 0);
        c("inventory_ok", new Twins.Inventory(stock, glyphs, 200, null, new short[][] {{1, -1}, {Short.MIN_VALUE, Short.MAX_VALUE}},
                BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(127).negate(), Float.NaN));
        c("inventory_err", new Twins.Inventory(Map.of(), Set.of(), null, "broken \0", new short[][] {{0, 0}, {0, 0}},
                BigInteger.ZERO, BigInteger.valueOf(-1), -0.0f));

        c("reading_with_domain", Twins.reading("t\u00e9", -273.15, List.of((short) 1, (short) -1)));

        for (int i = 0; i < 12; i++) {
            c("order_" + i, Twins.order(i));
        }
        c("order_9999", Twins.order(9999));

        Twins.Profile old = new Twins.Profile(7, "Zo\u00eb\0", Optional.empty(), List.of(), 0);
        Twins.Profile lastOnly = new Twins.Profile(7, "Zo\u00eb\0", Optional.empty(), List.of(), 3);
        c("profile_old", old);
        c("profile_email", new Twins.Profile(0xffffffffL, "", Optional.of("z@\0"), List.of(), 0));
        c("profile_last_only", lastOnly);
        c("profile_all", new Twins.Profile(1, "a", Optional.of("e"), List.of("admin", "\u20ac"), 255));
        c("profile_list", out -> byterepr.ByteRepr.writeList(out, List.of(old, lastOnly), byterepr.ByteRepr.encodable()));
        c("signal_off", Twins.signalOff());
        c("signal_on_old", Twins.signalOn(9, Optional.empty()));
        c("signal_on_note", Twins.signalOn(9, Optional.of("\ud83d\ude00")));
        System.out.print(OUT);
    }
}
