/*
 * Writes the JVM side of the Java-encoding agreement test: one line per case, through a real
 * java.io.DataOutputStream (no helper class), so the bytes are the JDK's own.
 *
 *   name TAB "OK"  TAB hex(bytes) TAB hex(SHA-256(bytes))
 *   name TAB "ERR" TAB utflen     TAB hex(bytes written before the exception)
 *
 * tests/java.rs builds the same named cases with byterepr::java and compares. The Rust value
 * each case stands for is in the comment beside it.
 */

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class JavaCases {
    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static final Pattern TOO_LONG = Pattern.compile("too long: (\\d+) bytes");
    private static final StringBuilder OUT = new StringBuilder();

    static void c(String name, Body body) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            body.write(out);
            out.flush();
            byte[] b = bytes.toByteArray();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b);
            OUT.append(name).append("\tOK\t").append(hex(b)).append('\t').append(hex(digest)).append('\n');
        } catch (UTFDataFormatException e) {
            Matcher m = TOO_LONG.matcher(e.getMessage());
            if (!m.find()) {
                throw new IllegalStateException("unexpected message: " + e.getMessage());
            }
            OUT.append(name).append("\tERR\t").append(m.group(1)).append('\t')
                    .append(hex(bytes.toByteArray())).append('\n');
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }

    static String repeat(String s, int n) {
        return s.repeat(n);
    }

    public static void main(String[] args) throws Exception {
        // bool
        c("bool_false", o -> o.writeBoolean(false));
        c("bool_true", o -> o.writeBoolean(true));
        // i8 / u8: writeByte
        c("i8_min", o -> o.writeByte(Byte.MIN_VALUE));
        c("i8_max", o -> o.writeByte(Byte.MAX_VALUE));
        c("i8_minus_one", o -> o.writeByte(-1));
        c("u8_zero", o -> o.writeByte(0));
        c("u8_max", o -> o.writeByte(255));
        // i16: writeShort; u16: writeChar
        c("i16_min", o -> o.writeShort(Short.MIN_VALUE));
        c("i16_max", o -> o.writeShort(Short.MAX_VALUE));
        c("i16_minus_one", o -> o.writeShort(-1));
        c("u16_max", o -> o.writeChar(0xffff));
        c("u16_high_bit", o -> o.writeChar(0x8000));
        c("u16_0102", o -> o.writeChar(0x0102));
        // i32 / u32: writeInt
        c("i32_min", o -> o.writeInt(Integer.MIN_VALUE));
        c("i32_max", o -> o.writeInt(Integer.MAX_VALUE));
        c("i32_minus_one", o -> o.writeInt(-1));
        c("i32_zero", o -> o.writeInt(0));
        c("i32_01020304", o -> o.writeInt(0x01020304));
        c("u32_max", o -> o.writeInt(-1));
        c("u32_high_bit", o -> o.writeInt(0x80000000));
        // i64 / u64 / usize / isize: writeLong
        c("i64_min", o -> o.writeLong(Long.MIN_VALUE));
        c("i64_max", o -> o.writeLong(Long.MAX_VALUE));
        c("i64_minus_one", o -> o.writeLong(-1L));
        c("i64_0102030405060708", o -> o.writeLong(0x0102030405060708L));
        c("u64_max", o -> o.writeLong(-1L));
        c("u64_high_bit", o -> o.writeLong(Long.MIN_VALUE));
        c("usize_max", o -> o.writeLong(-1L));
        c("usize_1000", o -> o.writeLong(1000L));
        c("isize_min", o -> o.writeLong(Long.MIN_VALUE));
        // u128 / i128: high long, low long
        c("u128_max", o -> { o.writeLong(-1L); o.writeLong(-1L); });
        c("u128_one", o -> { o.writeLong(0L); o.writeLong(1L); });
        c("u128_counting", o -> { o.writeLong(0x0102030405060708L); o.writeLong(0x090a0b0c0d0e0f10L); });
        c("i128_min", o -> { o.writeLong(Long.MIN_VALUE); o.writeLong(0L); });
        c("i128_max", o -> { o.writeLong(Long.MAX_VALUE); o.writeLong(-1L); });
        c("i128_minus_one", o -> { o.writeLong(-1L); o.writeLong(-1L); });
        // f32: writeFloat
        c("f32_zero", o -> o.writeFloat(0.0f));
        c("f32_negative_zero", o -> o.writeFloat(-0.0f));
        c("f32_one", o -> o.writeFloat(1.0f));
        c("f32_minus_one_and_half", o -> o.writeFloat(-1.5f));
        c("f32_max", o -> o.writeFloat(Float.MAX_VALUE));
        c("f32_lowest", o -> o.writeFloat(-Float.MAX_VALUE));
        c("f32_min_positive_normal", o -> o.writeFloat(Float.MIN_NORMAL));
        c("f32_smallest_subnormal", o -> o.writeFloat(Float.MIN_VALUE));
        c("f32_largest_subnormal", o -> o.writeFloat(Float.intBitsToFloat(0x007fffff)));
        c("f32_infinity", o -> o.writeFloat(Float.POSITIVE_INFINITY));
        c("f32_negative_infinity", o -> o.writeFloat(Float.NEGATIVE_INFINITY));
        c("f32_nan", o -> o.writeFloat(Float.NaN));
        c("f32_nan_payload", o -> o.writeFloat(Float.intBitsToFloat(0x7fc00001)));
        c("f32_nan_negative", o -> o.writeFloat(Float.intBitsToFloat(0xffc00000)));
        c("f32_nan_signaling", o -> o.writeFloat(Float.intBitsToFloat(0x7f800001)));
        c("f32_nan_all_ones", o -> o.writeFloat(Float.intBitsToFloat(0xffffffff)));
        // f64: writeDouble
        c("f64_zero", o -> o.writeDouble(0.0));
        c("f64_negative_zero", o -> o.writeDouble(-0.0));
        c("f64_one", o -> o.writeDouble(1.0));
        c("f64_pi", o -> o.writeDouble(Math.PI));
        c("f64_max", o -> o.writeDouble(Double.MAX_VALUE));
        c("f64_lowest", o -> o.writeDouble(-Double.MAX_VALUE));
        c("f64_min_positive_normal", o -> o.writeDouble(Double.MIN_NORMAL));
        c("f64_smallest_subnormal", o -> o.writeDouble(Double.MIN_VALUE));
        c("f64_largest_subnormal", o -> o.writeDouble(Double.longBitsToDouble(0x000fffffffffffffL)));
        c("f64_negative_subnormal", o -> o.writeDouble(-Double.MIN_VALUE));
        c("f64_infinity", o -> o.writeDouble(Double.POSITIVE_INFINITY));
        c("f64_negative_infinity", o -> o.writeDouble(Double.NEGATIVE_INFINITY));
        c("f64_nan", o -> o.writeDouble(Double.NaN));
        c("f64_nan_payload", o -> o.writeDouble(Double.longBitsToDouble(0x7ff8deadbeef0001L)));
        c("f64_nan_negative", o -> o.writeDouble(Double.longBitsToDouble(0xfff8000000000000L)));
        c("f64_nan_signaling", o -> o.writeDouble(Double.longBitsToDouble(0x7ff0000000000001L)));
        // char: writeChar; outside the BMP its surrogate pair (writeChars of the 2-unit string)
        c("char_nul", o -> o.writeChar(0));
        c("char_a", o -> o.writeChar('A'));
        c("char_e_acute", o -> o.writeChar('\u00e9'));
        c("char_euro", o -> o.writeChar('\u20ac'));
        c("char_d7ff", o -> o.writeChar(0xd7ff));
        c("char_e000", o -> o.writeChar(0xe000));
        c("char_ffff", o -> o.writeChar(0xffff));
        c("char_u10000", o -> o.writeChars(new String(Character.toChars(0x10000))));
        c("char_emoji", o -> o.writeChars(new String(Character.toChars(0x1f600))));
        c("char_u10ffff", o -> o.writeChars(new String(Character.toChars(0x10ffff))));
        // str: writeUTF
        c("str_empty", o -> o.writeUTF(""));
        c("str_dsl", o -> o.writeUTF("DSL"));
        c("str_ascii", o -> o.writeUTF("hello, world"));
        c("str_nul", o -> o.writeUTF("\0"));
        c("str_with_nul", o -> o.writeUTF("a\0b\0"));
        c("str_u007f", o -> o.writeUTF("\u007f"));
        c("str_u0080", o -> o.writeUTF("\u0080"));
        c("str_u07ff", o -> o.writeUTF("\u07ff"));
        c("str_u0800", o -> o.writeUTF("\u0800"));
        c("str_uffff", o -> o.writeUTF("\uffff"));
        c("str_two_byte", o -> o.writeUTF("\u00f1and\u00fa"));
        c("str_three_byte", o -> o.writeUTF("\u65e5\u672c\u8a9e \u20ac"));
        c("str_four_byte", o -> o.writeUTF(new String(Character.toChars(0x1f600))));
        c("str_u10000", o -> o.writeUTF(new String(Character.toChars(0x10000))));
        c("str_u10ffff", o -> o.writeUTF(new String(Character.toChars(0x10ffff))));
        c("str_clef", o -> o.writeUTF("G: " + new String(Character.toChars(0x1d11e))));
        c("str_mixed", o -> o.writeUTF("a\0\u00e9\u20ac" + new String(Character.toChars(0x1f600)) + "z"));
        // the 65535-byte limit, in modified UTF-8 bytes
        c("str_65535_ascii", o -> o.writeUTF(repeat("a", 65535)));
        c("str_65536_ascii", o -> o.writeUTF(repeat("a", 65536)));
        c("str_32767_nuls", o -> o.writeUTF(repeat("\0", 32767)));
        c("str_32767_nuls_and_a", o -> o.writeUTF(repeat("\0", 32767) + "a"));
        c("str_32768_nuls", o -> o.writeUTF(repeat("\0", 32768)));
        c("str_21845_euros", o -> o.writeUTF(repeat("\u20ac", 21845)));
        c("str_21845_euros_and_a", o -> o.writeUTF(repeat("\u20ac", 21845) + "a"));
        c("str_10922_emoji_and_abc", o -> o.writeUTF(repeat(new String(Character.toChars(0x1f600)), 10922) + "abc"));
        c("str_10923_emoji", o -> o.writeUTF(repeat(new String(Character.toChars(0x1f600)), 10923)));
        c("str_too_long_after_int", o -> { o.writeInt(7); o.writeUTF(repeat("x", 70000)); });
        // whole records: tuples and structs, fields in order
        c("record_dsl", o -> { o.writeUTF("DSL"); o.writeInt(32); o.writeBoolean(true); });
        c("record_person", o -> {
            o.writeLong(42L); o.writeUTF("Ada Lovelace"); o.writeShort(36); o.writeDouble(99.5);
            o.writeBoolean(false); o.writeChar('\u00e9'); o.writeFloat(-0.0f);
        });
        c("record_nested", o -> {
            o.writeUTF("outer"); o.writeInt(1); o.writeInt(-2); o.writeUTF("inner\0"); o.writeByte(3);
        });
        // sequences: writeInt(count), then each element
        c("vec_i32", o -> { o.writeInt(4); o.writeInt(1); o.writeInt(-1); o.writeInt(Integer.MIN_VALUE); o.writeInt(Integer.MAX_VALUE); });
        c("vec_i32_empty", o -> o.writeInt(0));
        c("vec_u8", o -> { o.writeInt(3); o.write(new byte[] {0, (byte) 0x7f, (byte) 0xff}); });
        c("vec_u16", o -> { o.writeInt(3); o.writeChar(1); o.writeChar(0x1234); o.writeChar(0xffff); });
        c("vec_i16", o -> { o.writeInt(2); o.writeShort(-2); o.writeShort(300); });
        c("vec_i64", o -> { o.writeInt(2); o.writeLong(Long.MIN_VALUE); o.writeLong(5L); });
        c("vec_u64", o -> { o.writeInt(2); o.writeLong(-1L); o.writeLong(1L); });
        c("vec_u32", o -> { o.writeInt(2); o.writeInt(-1); o.writeInt(0x12345678); });
        c("vec_u128", o -> { o.writeInt(1); o.writeLong(1L); o.writeLong(2L); });
        c("vec_i128", o -> { o.writeInt(2); o.writeLong(-1L); o.writeLong(-2L); o.writeLong(0L); o.writeLong(3L); });
        c("vec_usize", o -> { o.writeInt(2); o.writeLong(0L); o.writeLong(-1L); });
        c("vec_isize", o -> { o.writeInt(2); o.writeLong(-1L); o.writeLong(Long.MAX_VALUE); });
        c("vec_i8", o -> { o.writeInt(2); o.writeByte(-128); o.writeByte(127); });
        c("vec_bool", o -> { o.writeInt(3); o.writeBoolean(true); o.writeBoolean(false); o.writeBoolean(true); });
        c("vec_f32_with_nan", o -> { o.writeInt(3); o.writeFloat(1.5f); o.writeFloat(Float.intBitsToFloat(0x7fa00000)); o.writeFloat(-0.0f); });
        c("vec_f64_with_nan", o -> { o.writeInt(3); o.writeDouble(-0.0); o.writeDouble(Double.longBitsToDouble(0xfff0000000000001L)); o.writeDouble(Double.MIN_VALUE); });
        c("vec_f64_plain", o -> { o.writeInt(2); o.writeDouble(0.1); o.writeDouble(-2.5); });
        c("vec_char", o -> { o.writeInt(2); o.writeChar('x'); o.writeChars(new String(Character.toChars(0x1f600))); });
        c("vec_str", o -> { o.writeInt(2); o.writeUTF("ab"); o.writeUTF("c"); });
        c("array_i16_3", o -> { o.writeShort(1); o.writeShort(-1); o.writeShort(256); });
        c("vec_i32_300", o -> { o.writeInt(300); for (int i = 0; i < 300; i++) { o.writeInt(i * 7919 - 1000000); } });
        c("vec_f64_200", o -> { o.writeInt(200); for (int i = 0; i < 200; i++) { o.writeDouble(i / 3.0 - 17.25); } });
        c("vec_u16_700", o -> { o.writeInt(700); for (int i = 0; i < 700; i++) { o.writeChar(i * 97); } });
        // Option, Result, enums: writeInt(tag), then the payload
        c("option_none", o -> o.writeInt(0));
        c("option_some_i32", o -> { o.writeInt(1); o.writeInt(5); });
        c("option_some_none", o -> { o.writeInt(1); o.writeInt(0); });
        c("option_some_str", o -> { o.writeInt(1); o.writeUTF("x"); });
        c("result_ok", o -> { o.writeInt(0); o.writeShort(7); });
        c("result_err", o -> { o.writeInt(1); o.writeUTF("bad"); });
        // maps and sets
        c("btreemap_str_i32", o -> { o.writeInt(2); o.writeUTF("a"); o.writeInt(1); o.writeUTF("b"); o.writeInt(2); });
        // HashMap entries sorted by their bytes: ("c",2) = 00 01 63.. before ("bb",1) = 00 02 62..
        c("hashmap_str_i32", o -> { o.writeInt(2); o.writeUTF("c"); o.writeInt(2); o.writeUTF("bb"); o.writeInt(1); });
        // HashSet<i32> {1, -1, 256}: 00000001 < 00000100 < ffffffff
        c("hashset_i32", o -> { o.writeInt(3); o.writeInt(1); o.writeInt(256); o.writeInt(-1); });
        c("hashmap_empty", o -> o.writeInt(0));
        // unit and PhantomData write nothing; a tuple with () in it is its other fields
        c("unit", o -> { });
        c("tuple_with_unit", o -> { o.writeByte(1); o.writeByte(2); });
        // std types built from the rules above
        c("duration", o -> { o.writeLong(3L); o.writeInt(500); });
        c("ipv4", o -> o.write(new byte[] {127, 0, 0, 1}));
        c("socket_v4", o -> { o.writeInt(0); o.write(new byte[] {10, 0, 0, 2}); o.writeChar(8080); });
        System.out.print(OUT);
    }
}
