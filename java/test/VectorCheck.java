/*
 * The helper class proves itself against vectors/java.json (read from standard input): every
 * vector's type description becomes a ByteRepr.Writer built from the helper's methods and
 * DataOutputStream, its value is encoded with it, and the bytes must have the vector's length,
 * hex and SHA-256, or fail with writeUTF's error where the vector says string_too_long.
 *
 * Prints "format_version N", then one line per vector: name TAB "ok" or name TAB "FAIL: why",
 * then "checked N". tests/java.rs runs it and reads the lines. The notation is
 * vectors/README.md; the JSON reader below takes the JSON these files use (no dependencies).
 */

import byterepr.ByteRepr;
import byterepr.ByteRepr.Writer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

public final class VectorCheck {
    public static void main(String[] args) throws IOException {
        String text = new String(readAll(System.in), StandardCharsets.UTF_8);
        Map<String, Object> file = asObject(new Json(text).parse());
        long version = (Long) file.get("format_version");
        StringBuilder out = new StringBuilder();
        out.append("format_version ").append(version).append('\n');
        if (version != ByteRepr.FORMAT_VERSION) {
            out.append("FAIL: the file is format version ").append(version)
                    .append(", the helper writes version ").append(ByteRepr.FORMAT_VERSION).append('\n');
        }
        int checked = 0;
        for (Object item : asList(file.get("vectors"))) {
            Map<String, Object> vector = asObject(item);
            out.append(vector.get("name")).append('\t').append(check(vector)).append('\n');
            checked++;
        }
        out.append("checked ").append(checked).append('\n');
        System.out.print(out);
    }

    static String check(Map<String, Object> vector) {
        Writer<Object> writer;
        try {
            writer = writer(vector.get("type"));
        } catch (RuntimeException e) {
            return "FAIL: type " + e.getMessage();
        }
        byte[] bytes;
        try {
            bytes = ByteRepr.toBytes(vector.get("value"), writer);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof UTFDataFormatException && "string_too_long".equals(vector.get("error"))) {
                return "ok";
            }
            return "FAIL: " + e.getCause();
        } catch (RuntimeException e) {
            return "FAIL: " + e;
        }
        if (vector.containsKey("error")) {
            return "FAIL: encoded, but the vector says " + vector.get("error");
        }
        if (bytes.length != (Long) vector.get("len")) {
            return "FAIL: " + bytes.length + " bytes, expected " + vector.get("len");
        }
        if (vector.containsKey("hex") && !hex(bytes).equals(vector.get("hex"))) {
            return "FAIL: bytes " + hex(bytes);
        }
        String sha256 = hex(ByteRepr.sha256(vector.get("value"), writer));
        if (!sha256.equals(vector.get("sha256"))) {
            return "FAIL: sha256 " + sha256;
        }
        return "ok";
    }

    // -----------------------------------------------------------------------------------------
    // Type descriptions to writers (vectors/README.md, Java encoding)

    @SuppressWarnings("unchecked")
    static Writer<Object> writer(Object type) {
        if (type instanceof String) {
            return scalar((String) type);
        }
        Map<String, Object> object = asObject(type);
        if (object.size() != 1) {
            throw new IllegalArgumentException("not a type: " + type);
        }
        String kind = object.keySet().iterator().next();
        Object arg = object.get(kind);
        switch (kind) {
            case "seq": {
                if ("u8".equals(arg)) {
                    return (out, v) -> ByteRepr.writeBytes(out, unhex((String) v));
                }
                Writer<Object> item = writer(arg);
                return (out, v) -> ByteRepr.writeList(out, asList(v), item);
            }
            case "array": {
                List<Object> parts = asList(arg);
                long len = (Long) parts.get(1);
                if ("u8".equals(parts.get(0))) {
                    return (out, v) -> out.write(exactly(len, unhex((String) v)));
                }
                Writer<Object> item = writer(parts.get(0));
                return (out, v) -> {
                    List<Object> items = asList(v);
                    if (items.size() != len) {
                        throw new IllegalArgumentException("array of " + items.size() + ", not " + len);
                    }
                    for (Object x : items) {
                        item.write(out, x);
                    }
                };
            }
            case "tuple": {
                List<Writer<Object>> parts = new ArrayList<>();
                for (Object part : asList(arg)) {
                    parts.add(writer(part));
                }
                return (out, v) -> {
                    List<Object> values = asList(v);
                    for (int i = 0; i < parts.size(); i++) {
                        parts.get(i).write(out, values.get(i));
                    }
                };
            }
            case "option": {
                Writer<Object> some = writer(arg);
                return (out, v) -> {
                    if (v == null) {
                        ByteRepr.writeNone(out);
                    } else {
                        ByteRepr.writeSome(out, asObject(v).get("some"), some);
                    }
                };
            }
            case "result": {
                Writer<Object> ok = writer(asList(arg).get(0));
                Writer<Object> err = writer(asList(arg).get(1));
                return (out, v) -> {
                    Map<String, Object> value = asObject(v);
                    if (value.containsKey("ok")) {
                        ByteRepr.writeOk(out, value.get("ok"), ok);
                    } else {
                        ByteRepr.writeErr(out, value.get("err"), err);
                    }
                };
            }
            case "enum": {
                Map<String, Object[]> variants = new LinkedHashMap<>();
                for (Object variant : asList(arg)) {
                    List<Object> parts = asList(variant);
                    variants.put((String) parts.get(0),
                            new Object[] {((Long) parts.get(1)).intValue(), writer(parts.get(2))});
                }
                return (out, v) -> {
                    Map.Entry<String, Object> chosen = asObject(v).entrySet().iterator().next();
                    Object[] variant = variants.get(chosen.getKey());
                    ByteRepr.writeTag(out, (Integer) variant[0]);
                    ((Writer<Object>) variant[1]).write(out, chosen.getValue());
                };
            }
            case "struct": {
                // The fields in order, nothing between them: a tuple with named parts.
                List<Writer<Object>> fields = fieldWriters(asList(arg));
                return (out, v) -> writeFields(out, fields, asList(v), 0, fields.size());
            }
            case "domain": {
                // The domain string, writeUTF, before everything else.
                String name = (String) asList(arg).get(0);
                Writer<Object> inner = writer(asList(arg).get(1));
                return (out, v) -> {
                    out.writeUTF(name);
                    inner.write(out, v);
                };
            }
            case "evolving": {
                // A block (ByteRepr.writeBlock): the fields, then the added fields up to the last
                // one that is not its default (ByteRepr.addedToWrite).
                Map<String, Object> parts = asObject(arg);
                List<Writer<Object>> fields = fieldWriters(asList(parts.get("fields")));
                List<Object> addedFields = asList(parts.get("added"));
                List<Writer<Object>> added = fieldWriters(addedFields);
                return (out, v) -> {
                    List<Object> values = asList(v);
                    boolean[] isDefault = new boolean[added.size()];
                    for (int i = 0; i < isDefault.length; i++) {
                        List<Object> field = asList(addedFields.get(i));
                        isDefault[i] = sameValue(field.get(1), values.get(fields.size() + i), field.get(2));
                    }
                    int written = fields.size() + ByteRepr.addedToWrite(isDefault);
                    ByteRepr.writeBlock(out, block -> writeFields(block, concat(fields, added), values, 0, written));
                };
            }
            case "map": {
                Writer<Object> key = writer(asList(arg).get(0));
                Writer<Object> value = writer(asList(arg).get(1));
                return (out, v) -> {
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (Object entry : asList(v)) {
                        map.put(asList(entry).get(0), asList(entry).get(1));
                    }
                    ByteRepr.writeMap(out, map, key, value);
                };
            }
            case "set": {
                Writer<Object> item = writer(arg);
                return (out, v) -> ByteRepr.writeSet(out, new LinkedHashSet<>(asList(v)), item);
            }
            default:
                throw new IllegalArgumentException("unknown type " + kind);
        }
    }

    /** The writers of [name, type, ...] fields, in order. */
    static List<Writer<Object>> fieldWriters(List<Object> fields) {
        List<Writer<Object>> writers = new ArrayList<>();
        for (Object field : fields) {
            writers.add(writer(asList(field).get(1)));
        }
        return writers;
    }

    static void writeFields(DataOutput out, List<Writer<Object>> writers, List<Object> values, int from, int to)
            throws IOException {
        if (values.size() < to) {
            throw new IllegalArgumentException(values.size() + " field values, " + to + " fields");
        }
        for (int i = from; i < to; i++) {
            writers.get(i).write(out, values.get(i));
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Whether an added field's value equals its default, as Rust's PartialEq says: floats as
     * numbers (so -0.0 equals 0.0, NaN nothing), through tuples, arrays and structs; anything
     * else as JSON values (a default with entries is a None, an empty list, string, map or set,
     * or a number, so order within a value never matters).
     */
    static boolean sameValue(Object type, Object value, Object dflt) {
        if ("f32".equals(type)) {
            return Float.intBitsToFloat(Integer.parseUnsignedInt((String) value, 16))
                    == Float.intBitsToFloat(Integer.parseUnsignedInt((String) dflt, 16));
        }
        if ("f64".equals(type)) {
            return Double.longBitsToDouble(Long.parseUnsignedLong((String) value, 16))
                    == Double.longBitsToDouble(Long.parseUnsignedLong((String) dflt, 16));
        }
        if (type instanceof Map) {
            Map<String, Object> object = asObject(type);
            Object arg = object.values().iterator().next();
            List<Object> parts = new ArrayList<>();
            if (object.containsKey("tuple")) {
                parts.addAll(asList(arg));
            } else if (object.containsKey("struct")) {
                for (Object field : asList(arg)) {
                    parts.add(asList(field).get(1));
                }
            } else if (object.containsKey("array") && !"u8".equals(asList(arg).get(0))) {
                for (long i = 0; i < (Long) asList(arg).get(1); i++) {
                    parts.add(asList(arg).get(0));
                }
            } else {
                return value == null ? dflt == null : value.equals(dflt);
            }
            for (int i = 0; i < parts.size(); i++) {
                if (!sameValue(parts.get(i), asList(value).get(i), asList(dflt).get(i))) {
                    return false;
                }
            }
            return true;
        }
        return value == null ? dflt == null : value.equals(dflt);
    }

    static Writer<Object> scalar(String type) {
        switch (type) {
            case "bool": return (out, v) -> out.writeBoolean((Boolean) v);
            case "u8": case "i8": return (out, v) -> out.writeByte(((Long) v).intValue());
            case "i16": return (out, v) -> out.writeShort(((Long) v).intValue());
            case "u16": return (out, v) -> out.writeChar(((Long) v).intValue());
            case "i32": return (out, v) -> out.writeInt(Math.toIntExact((Long) v));
            case "u32": return (out, v) -> ByteRepr.writeU32(out, (Long) v);
            case "i64": return (out, v) -> out.writeLong(Long.parseLong((String) v));
            case "u64": return (out, v) -> out.writeLong(Long.parseUnsignedLong((String) v));
            case "i128": return (out, v) -> ByteRepr.writeI128(out, new BigInteger((String) v));
            case "u128": return (out, v) -> ByteRepr.writeU128(out, new BigInteger((String) v));
            case "f32": return (out, v) -> out.writeFloat(Float.intBitsToFloat(Integer.parseUnsignedInt((String) v, 16)));
            case "f64": return (out, v) -> out.writeDouble(Double.longBitsToDouble(Long.parseUnsignedLong((String) v, 16)));
            case "char": return (out, v) -> {
                String s = (String) v;
                if (s.codePointCount(0, s.length()) != 1) {
                    throw new IllegalArgumentException("not one char: " + s);
                }
                ByteRepr.writeCodePoint(out, s.codePointAt(0));
            };
            case "string": return (out, v) -> out.writeUTF(string(v));
            default: throw new IllegalArgumentException("unknown type " + type);
        }
    }

    /** A string value: a JSON string, or {"runs": [[piece, count], ...]}. */
    static String string(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        StringBuilder s = new StringBuilder();
        for (Object run : asList(asObject(value).get("runs"))) {
            String piece = (String) asList(run).get(0);
            long count = (Long) asList(run).get(1);
            for (long i = 0; i < count; i++) {
                s.append(piece);
            }
        }
        return s.toString();
    }

    // -----------------------------------------------------------------------------------------
    // A small JSON reader: objects (key order kept), arrays, strings, integers, booleans, null

    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object parse() {
            Object value = value();
            space();
            if (at != text.length()) {
                throw error("trailing text");
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            switch (c) {
                case '{': {
                    at++;
                    Map<String, Object> object = new LinkedHashMap<>();
                    if (peek('}')) {
                        return object;
                    }
                    do {
                        space();
                        String key = string();
                        expect(':');
                        object.put(key, value());
                    } while (peek(','));
                    expect('}');
                    return object;
                }
                case '[': {
                    at++;
                    List<Object> array = new ArrayList<>();
                    if (peek(']')) {
                        return array;
                    }
                    do {
                        array.add(value());
                    } while (peek(','));
                    expect(']');
                    return array;
                }
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default: {
                    int start = at;
                    if (c == '-') {
                        at++;
                    }
                    while (at < text.length() && Character.isDigit(text.charAt(at))) {
                        at++;
                    }
                    if (at == start) {
                        throw error("unexpected " + c);
                    }
                    return Long.parseLong(text.substring(start, at));
                }
            }
        }

        private String string() {
            if (text.charAt(at) != '"') {
                throw error("expected a string");
            }
            at++;
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"': case '\\': case '/': s.append(e); break;
                    case 'b': s.append('\b'); break;
                    case 'f': s.append('\f'); break;
                    case 'n': s.append('\n'); break;
                    case 'r': s.append('\r'); break;
                    case 't': s.append('\t'); break;
                    case 'u': s.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
                    default: throw error("bad escape \\" + e);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private boolean peek(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected " + c);
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at offset " + at);
        }
    }

    // -----------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    static byte[] exactly(long len, byte[] bytes) {
        if (bytes.length != len) {
            throw new IllegalArgumentException(bytes.length + " bytes, not " + len);
        }
        return bytes;
    }

    static byte[] unhex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b & 0xff));
        }
        return s.toString();
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
