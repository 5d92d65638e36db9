/*
 * The Java side of byterepr's Java encoding: writes Java values with the same bytes as
 * `byterepr::java` writes the matching Rust values, so a JVM service hashes a derived Rust
 * type's Java twin to the same digest. No dependencies beyond java.base (Java 11+).
 *
 * Where java.io.DataOutputStream has a method, use it directly: writeBoolean, writeByte,
 * writeShort, writeChar, writeInt, writeLong, writeFloat, writeDouble, writeUTF. This class
 * adds the rules DataOutputStream does not have:
 *
 *   sequence (Vec<T>, [T], VecDeque<T>)  writeInt(count), then each element     writeList
 *   Option<T>                             writeInt(0) | writeInt(1), value        writeOptional, writeNone, writeSome
 *   Result<T, E>                          writeInt(0), ok | writeInt(1), err      writeOk, writeErr
 *   enum variant                          writeInt(tag), then its fields          writeTag
 *   struct, tuple, array [T; N]           the fields in order, no count           (call the writers in order)
 *   HashMap / HashSet                     writeInt(count), entries sorted by      writeMap, writeSet
 *                                         their encoded bytes (unsigned)
 *   BTreeMap / BTreeSet                   writeInt(count), entries in the map's   writeOrderedMap, writeOrderedSet
 *                                         order (must be Rust's Ord order)
 *   char (a Unicode scalar value)         writeChar, or two writeChars (surrogate pair)   writeCodePoint
 *   u32, u64                              writeInt / writeLong of the same bits   writeU32 checks the range
 *   u128, i128                            two writeLongs, high then low           writeU128, writeI128
 *   String                                writeUTF (at most 65535 bytes of modified UTF-8)
 *   #[byterepr(evolving)] type's fields   writeInt(byte count), then the fields   writeBlock
 *                                         (after the domain and the tag)
 *   #[byterepr(added)] fields             left out while they and every later     addedToWrite
 *                                         added field equal their default
 */
package byterepr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writers for the parts of byterepr's Java encoding that DataOutputStream has no rule for. */
public final class ByteRepr {
    private ByteRepr() {}

    /**
     * The version of byterepr's encodings this class writes: the format version of SPEC.md
     * and of the Rust crate's {@code byterepr::FORMAT_VERSION}. The tests hold the three equal,
     * so a format change that reaches the Java encoding cannot ship with an old helper.
     */
    public static final int FORMAT_VERSION = 2;

    /** Writes one value of type T. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /** A Java twin of a Rust type that derives ByteRepr: writes its fields in declaration order. */
    public interface Encodable {
        void writeTo(DataOutput out) throws IOException;
    }

    /** The writer of any Encodable. */
    public static <T extends Encodable> Writer<T> encodable() {
        return (out, value) -> value.writeTo(out);
    }

    // Writers of common element types, for the collection methods.
    public static final Writer<String> STRING = DataOutput::writeUTF;
    public static final Writer<Boolean> BOOLEAN = DataOutput::writeBoolean;
    public static final Writer<Byte> BYTE = (out, v) -> out.writeByte(v);
    public static final Writer<Short> SHORT = (out, v) -> out.writeShort(v);
    public static final Writer<Integer> INT = DataOutput::writeInt;
    public static final Writer<Long> LONG = DataOutput::writeLong;
    public static final Writer<Float> FLOAT = DataOutput::writeFloat;
    public static final Writer<Double> DOUBLE = DataOutput::writeDouble;
    /** A Rust char given as a code point. */
    public static final Writer<Integer> CODE_POINT = ByteRepr::writeCodePoint;

    /** The count of a sequence, map or set: writeInt. */
    public static void writeCount(DataOutput out, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("negative count: " + count);
        }
        out.writeInt(count);
    }

    /** The tag of an enum variant (declaration index or pinned tag): writeInt of its bits. */
    public static void writeTag(DataOutput out, int tag) throws IOException {
        out.writeInt(tag);
    }

    /** A Rust char: writeChar inside the BMP, else its surrogate pair as two writeChars. */
    public static void writeCodePoint(DataOutput out, int codePoint) throws IOException {
        if (!Character.isValidCodePoint(codePoint)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new IllegalArgumentException("not a Unicode scalar value: " + codePoint);
        }
        for (char unit : Character.toChars(codePoint)) {
            out.writeChar(unit);
        }
    }

    /** A Rust u32 given as a long in 0..=4294967295: writeInt of its low 32 bits. */
    public static void writeU32(DataOutput out, long value) throws IOException {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException("not a u32: " + value);
        }
        out.writeInt((int) value);
    }

    private static final BigInteger TWO_POW_128 = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger TWO_POW_127 = BigInteger.ONE.shiftLeft(127);

    /** A Rust u128 (0 <= value < 2^128): two writeLongs, high 64 bits then low 64 bits. */
    public static void writeU128(DataOutput out, BigInteger value) throws IOException {
        if (value.signum() < 0 || value.compareTo(TWO_POW_128) >= 0) {
            throw new IllegalArgumentException("not a u128: " + value);
        }
        writeBits128(out, value);
    }

    /** A Rust i128 (-2^127 <= value < 2^127): two writeLongs of its two's complement. */
    public static void writeI128(DataOutput out, BigInteger value) throws IOException {
        if (value.compareTo(TWO_POW_127) >= 0 || value.compareTo(TWO_POW_127.negate()) < 0) {
            throw new IllegalArgumentException("not an i128: " + value);
        }
        writeBits128(out, value);
    }

    private static void writeBits128(DataOutput out, BigInteger value) throws IOException {
        out.writeLong(value.shiftRight(64).longValue());
        out.writeLong(value.longValue());
    }

    /** Option::None. */
    public static void writeNone(DataOutput out) throws IOException {
        out.writeInt(0);
    }

    /** Option::Some(value). */
    public static <T> void writeSome(DataOutput out, T value, Writer<? super T> writer)
            throws IOException {
        out.writeInt(1);
        writer.write(out, value);
    }

    /** An Option: empty is None. */
    public static <T> void writeOptional(DataOutput out, Optional<T> value, Writer<? super T> writer)
            throws IOException {
        if (value.isPresent()) {
            writeSome(out, value.get(), writer);
        } else {
            writeNone(out);
        }
    }

    /** Result::Ok(value). */
    public static <T> void writeOk(DataOutput out, T value, Writer<? super T> writer)
            throws IOException {
        out.writeInt(0);
        writer.write(out, value);
    }

    /** Result::Err(error). */
    public static <E> void writeErr(DataOutput out, E error, Writer<? super E> writer)
            throws IOException {
        out.writeInt(1);
        writer.write(out, error);
    }

    /** A sequence (Vec, slice, VecDeque, BTreeSet): the count, then each item in order. */
    public static <T> void writeList(DataOutput out, Collection<? extends T> items,
            Writer<? super T> writer) throws IOException {
        writeCount(out, items.size());
        for (T item : items) {
            writer.write(out, item);
        }
    }

    /** A Vec<u8> or [u8]: the count, then the bytes as they are. */
    public static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        writeCount(out, bytes.length);
        out.write(bytes);
    }

    /** A Vec<i32>: the count, then each writeInt. */
    public static void writeInts(DataOutput out, int[] items) throws IOException {
        writeCount(out, items.length);
        for (int item : items) {
            out.writeInt(item);
        }
    }

    /** A Vec<i64>: the count, then each writeLong. */
    public static void writeLongs(DataOutput out, long[] items) throws IOException {
        writeCount(out, items.length);
        for (long item : items) {
            out.writeLong(item);
        }
    }

    /** A Vec<f64>: the count, then each writeDouble. */
    public static void writeDoubles(DataOutput out, double[] items) throws IOException {
        writeCount(out, items.length);
        for (double item : items) {
            out.writeDouble(item);
        }
    }

    /** A BTreeMap: the count, then key and value of each entry in the map's iteration order,
     *  which must be Rust's Ord order of the keys (use a TreeMap with a matching comparator). */
    public static <K, V> void writeOrderedMap(DataOutput out, Map<K, V> map,
            Writer<? super K> keyWriter, Writer<? super V> valueWriter) throws IOException {
        writeCount(out, map.size());
        for (Map.Entry<K, V> entry : map.entrySet()) {
            keyWriter.write(out, entry.getKey());
            valueWriter.write(out, entry.getValue());
        }
    }

    /** A BTreeSet: the count, then each element in the set's order (Rust's Ord order). */
    public static <T> void writeOrderedSet(DataOutput out, Set<? extends T> set,
            Writer<? super T> writer) throws IOException {
        writeList(out, set, writer);
    }

    /** A HashMap: the count, then each entry (key, value) sorted by its encoded bytes,
     *  compared as unsigned bytes, a shorter prefix first. Order-independent. */
    public static <K, V> void writeMap(DataOutput out, Map<K, V> map,
            Writer<? super K> keyWriter, Writer<? super V> valueWriter) throws IOException {
        List<byte[]> entries = new ArrayList<>(map.size());
        for (Map.Entry<K, V> entry : map.entrySet()) {
            entries.add(toBytes(entry, (o, e) -> {
                keyWriter.write(o, e.getKey());
                valueWriter.write(o, e.getValue());
            }));
        }
        writeSorted(out, entries);
    }

    /** A HashSet: the count, then each element sorted by its encoded bytes (unsigned). */
    public static <T> void writeSet(DataOutput out, Set<? extends T> set,
            Writer<? super T> writer) throws IOException {
        List<byte[]> entries = new ArrayList<>(set.size());
        for (T item : set) {
            entries.add(toBytes(item, writer));
        }
        writeSorted(out, entries);
    }

    private static void writeSorted(DataOutput out, List<byte[]> entries) throws IOException {
        entries.sort(Arrays::compareUnsigned);
        writeCount(out, entries.size());
        for (byte[] entry : entries) {
            out.write(entry);
        }
    }

    /**
     * The fields of an evolving type (#[byterepr(evolving)]): writes them into a buffer, then
     * writeInt(the number of bytes) and the bytes. An enum writes its tag first, then the block
     * of the variant's fields; a domain comes before both.
     */
    public static void writeBlock(DataOutput out, Encodable fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fields.writeTo(new DataOutputStream(bytes));
        writeCount(out, bytes.size());
        bytes.writeTo(new OutputStreamAdapter(out));
    }

    /**
     * How many of an evolving type's added fields (#[byterepr(added)]) to write: pass, in
     * declaration order, whether each one equals its Rust Default (None, empty, 0, false, "").
     * Returns the position of the last one that does not (1-based), or 0 when all do. Write the
     * added fields up to that position, those equal to their default included, and leave out
     * the rest: only a trailing run of defaults is left out.
     */
    public static int addedToWrite(boolean... isDefault) {
        for (int i = isDefault.length; i > 0; i--) {
            if (!isDefault[i - 1]) {
                return i;
            }
        }
        return 0;
    }

    /** A DataOutput seen as an OutputStream, so a buffer can be copied into it in one call. */
    private static final class OutputStreamAdapter extends java.io.OutputStream {
        private final DataOutput out;

        OutputStreamAdapter(DataOutput out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }
    }

    /** The encoding of value, as the bytes DataOutputStream writes. */
    public static <T> byte[] toBytes(T value, Writer<? super T> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.write(new DataOutputStream(bytes), value);
        } catch (IOException e) {
            // Only writeUTF of a string over 65535 bytes fails on a ByteArrayOutputStream.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The encoding of an Encodable. */
    public static byte[] toBytes(Encodable value) {
        return toBytes(value, encodable());
    }

    /** The SHA-256 of the encoding of value: what byterepr::java::sha256 returns. */
    public static <T> byte[] sha256(T value, Writer<? super T> writer) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(toBytes(value, writer));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The SHA-256 of the encoding of an Encodable. */
    public static byte[] sha256(Encodable value) {
        return sha256(value, encodable());
    }
}
