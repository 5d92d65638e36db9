/*
 * Java twins of the Rust types that tests/java.rs derives ByteRepr for, written with the
 * helper class byterepr.ByteRepr, plus the record generator the Java benchmark shares with
 * benches/java.rs. Each twin's writeTo writes the Rust type's fields in declaration order.
 */

import static byterepr.ByteRepr.CODE_POINT;
import static byterepr.ByteRepr.DOUBLE;
import static byterepr.ByteRepr.INT;
import static byterepr.ByteRepr.LONG;
import static byterepr.ByteRepr.SHORT;
import static byterepr.ByteRepr.STRING;
import static byterepr.ByteRepr.addedToWrite;
import static byterepr.ByteRepr.encodable;
import static byterepr.ByteRepr.writeCodePoint;
import static byterepr.ByteRepr.writeErr;
import static byterepr.ByteRepr.writeI128;
import static byterepr.ByteRepr.writeList;
import static byterepr.ByteRepr.writeMap;
import static byterepr.ByteRepr.writeOk;
import static byterepr.ByteRepr.writeOptional;
import static byterepr.ByteRepr.writeOrderedSet;
import static byterepr.ByteRepr.writeSet;
import static byterepr.ByteRepr.writeTag;
import static byterepr.ByteRepr.writeU128;
import static byterepr.ByteRepr.writeU32;
import static byterepr.ByteRepr.writeBlock;

import byterepr.ByteRepr.Encodable;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

public final class Twins {
    private Twins() {}

    /** struct Point { x: i32, y: i32 } */
    public static final class Point implements Encodable {
        final int x;
        final int y;

        public Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeInt(x);
            out.writeInt(y);
        }
    }

    /** struct Shape { name: String, origin: Point, corners: Vec<Point>, closed: bool, color: [u8; 3] } */
    public static final class Shape implements Encodable {
        final String name;
        final Point origin;
        final List<Point> corners;
        final boolean closed;
        final byte[] color;

        public Shape(String name, Point origin, List<Point> corners, boolean closed, byte[] color) {
            this.name = name;
            this.origin = origin;
            this.corners = corners;
            this.closed = closed;
            this.color = color;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeUTF(name);
            origin.writeTo(out);
            writeList(out, corners, encodable());
            out.writeBoolean(closed);
            out.write(color); // an array: its length is in the type, no count
        }
    }

    /** enum Event { Started, Moved { from, to }, Renamed(String), Tagged(Vec<String>, Option<u16>),
     *  #[byterepr(tag = 10)] Deleted { at: i64 } } */
    public static final class Event {
        private Event() {}

        public static Encodable started() {
            return out -> writeTag(out, 0);
        }

        public static Encodable moved(Point from, Point to) {
            return out -> {
                writeTag(out, 1);
                from.writeTo(out);
                to.writeTo(out);
            };
        }

        public static Encodable renamed(String name) {
            return out -> {
                writeTag(out, 2);
                out.writeUTF(name);
            };
        }

        public static Encodable tagged(List<String> tags, Optional<Integer> priority) {
            return out -> {
                writeTag(out, 3);
                writeList(out, tags, STRING);
                writeOptional(out, priority, (o, v) -> o.writeChar(v)); // u16
            };
        }

        public static Encodable deleted(long at) {
            return out -> {
                writeTag(out, 10);
                out.writeLong(at);
            };
        }
    }

    /** struct Customer { id: u64, name: String, email: Option<String>, tags: BTreeSet<String>,
     *  scores: HashMap<String, f64>, vip: bool, initial: char } */
    public static final class Customer implements Encodable {
        final long id;
        final String name;
        final Optional<String> email;
        final SortedSet<String> tags;
        final Map<String, Double> scores;
        final boolean vip;
        final int initial;

        public Customer(long id, String name, Optional<String> email, SortedSet<String> tags,
                Map<String, Double> scores, boolean vip, int initial) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.tags = tags;
            this.scores = scores;
            this.vip = vip;
            this.initial = initial;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeLong(id);
            out.writeUTF(name);
            writeOptional(out, email, STRING);
            writeOrderedSet(out, tags, STRING);
            writeMap(out, scores, STRING, DOUBLE);
            out.writeBoolean(vip);
            writeCodePoint(out, initial);
        }
    }

    /** struct Inventory { stock: HashMap<u32, Vec<Option<i64>>>, glyphs: HashSet<char>,
     *  last: Result<u8, String>, matrix: [[i16; 2]; 2], total: u128, delta: i128, ratio: f32 } */
    public static final class Inventory implements Encodable {
        final Map<Integer, List<Optional<Long>>> stock;
        final Set<Integer> glyphs;
        final Integer lastOk;
        final String lastErr;
        final short[][] matrix;
        final BigInteger total;
        final BigInteger delta;
        final float ratio;

        public Inventory(Map<Integer, List<Optional<Long>>> stock, Set<Integer> glyphs, Integer lastOk,
                String lastErr, short[][] matrix, BigInteger total, BigInteger delta, float ratio) {
            this.stock = stock;
            this.glyphs = glyphs;
            this.lastOk = lastOk;
            this.lastErr = lastErr;
            this.matrix = matrix;
            this.total = total;
            this.delta = delta;
            this.ratio = ratio;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            writeMap(out, stock, INT, (o, list) -> writeList(o, list, (o2, v) -> writeOptional(o2, v, LONG)));
            writeSet(out, glyphs, CODE_POINT);
            if (lastErr == null) {
                writeOk(out, lastOk, (o, v) -> o.writeByte(v));
            } else {
                writeErr(out, lastErr, STRING);
            }
            for (short[] row : matrix) {
                for (short cell : row) {
                    out.writeShort(cell);
                }
            }
            writeU128(out, total);
            writeI128(out, delta);
            out.writeFloat(ratio);
        }
    }

    /** #[byterepr(domain = "app.Reading")] struct Reading(String, f64, Vec<i16>): the domain is
     *  a writeUTF before the fields. */
    public static Encodable reading(String sensor, double value, List<Short> history) {
        return out -> {
            out.writeUTF("app.Reading");
            out.writeUTF(sensor);
            out.writeDouble(value);
            writeList(out, history, SHORT);
        };
    }

    /**
     * #[byterepr(evolving)] struct Profile { id: u32, name: String, #[byterepr(added)] email:
     * Option<String>, #[byterepr(added)] roles: Vec<String>, #[byterepr(added)] level: u8 }
     */
    public static final class Profile implements Encodable {
        final long id;
        final String name;
        final Optional<String> email;
        final List<String> roles;
        final int level;

        public Profile(long id, String name, Optional<String> email, List<String> roles, int level) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.roles = roles;
            this.level = level;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            writeBlock(out, block -> {
                writeU32(block, id);
                block.writeUTF(name);
                int added = addedToWrite(email.isEmpty(), roles.isEmpty(), level == 0);
                if (added >= 1) {
                    writeOptional(block, email, STRING);
                }
                if (added >= 2) {
                    writeList(block, roles, STRING);
                }
                if (added >= 3) {
                    block.writeByte(level);
                }
            });
        }
    }

    /**
     * #[byterepr(evolving, domain = "app.Signal")]
     * enum Signal { Off, On { level: u8, #[byterepr(added)] note: Option<String> } }
     */
    public static Encodable signalOff() {
        return out -> {
            out.writeUTF("app.Signal");
            writeTag(out, 0);
            writeBlock(out, block -> {});
        };
    }

    public static Encodable signalOn(int level, Optional<String> note) {
        return out -> {
            out.writeUTF("app.Signal");
            writeTag(out, 1);
            writeBlock(out, block -> {
                block.writeByte(level);
                if (addedToWrite(note.isEmpty()) >= 1) {
                    writeOptional(block, note, STRING);
                }
            });
        };
    }

    /** struct Line { sku: String, qty: u32, price_cents: i64, discount: f32 } */
    public static final class Line implements Encodable {
        final String sku;
        final long qty;
        final long priceCents;
        final float discount;

        public Line(String sku, long qty, long priceCents, float discount) {
            this.sku = sku;
            this.qty = qty;
            this.priceCents = priceCents;
            this.discount = discount;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeUTF(sku);
            writeU32(out, qty);
            out.writeLong(priceCents);
            out.writeFloat(discount);
        }
    }

    /** enum Status { Open, Shipped { carrier: String, at: i64 }, Cancelled(Option<String>) } */
    public static Encodable open() {
        return out -> writeTag(out, 0);
    }

    public static Encodable shipped(String carrier, long at) {
        return out -> {
            writeTag(out, 1);
            out.writeUTF(carrier);
            out.writeLong(at);
        };
    }

    public static Encodable cancelled(Optional<String> reason) {
        return out -> {
            writeTag(out, 2);
            writeOptional(out, reason, STRING);
        };
    }

    /** struct Order { id: u64, customer: String, lines: Vec<Line>, note: Option<String>,
     *  paid: bool, created: i64, status: Status } */
    public static final class Order implements Encodable {
        final long id;
        final String customer;
        final List<Line> lines;
        final Optional<String> note;
        final boolean paid;
        final long created;
        final Encodable status;

        public Order(long id, String customer, List<Line> lines, Optional<String> note, boolean paid,
                long created, Encodable status) {
            this.id = id;
            this.customer = customer;
            this.lines = lines;
            this.note = note;
            this.paid = paid;
            this.created = created;
            this.status = status;
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeLong(id);
            out.writeUTF(customer);
            writeList(out, lines, encodable());
            writeOptional(out, note, STRING);
            out.writeBoolean(paid);
            out.writeLong(created);
            status.writeTo(out);
        }
    }

    /** The i-th benchmark record; benches/java.rs and tests/java.rs build the same one. */
    public static Order order(int i) {
        int lineCount = i % 5 + 1;
        List<Line> lines = new ArrayList<>(lineCount);
        for (int j = 0; j < lineCount; j++) {
            lines.add(new Line("SKU-" + ((i * 7 + j) % 10000), j + 1, 199 + 100 * j + i % 50, j * 0.05f));
        }
        long created = 1_700_000_000_000L + i * 1000L;
        Encodable status;
        switch (i % 4) {
            case 0:
                status = open();
                break;
            case 1:
                status = shipped("DHL Express", created + 86_400_000L);
                break;
            case 2:
                status = cancelled(Optional.of("out of stock"));
                break;
            default:
                status = cancelled(Optional.empty());
                break;
        }
        Optional<String> note = i % 3 == 0 ? Optional.of("gift wrap, ring twice: \u00e9\u20ac") : Optional.empty();
        return new Order(1_000_000L + i, "customer-" + (i % 1000), lines, note, i % 2 == 0, created, status);
    }
}
