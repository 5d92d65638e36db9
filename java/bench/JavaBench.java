/*
 * The JVM side of the Java-encoding benchmark: SHA-256 of each record's DataOutputStream
 * bytes, the way a JVM service computes it. benches/java.rs measures byterepr on the same
 * records (Twins.order(i), i < RECORDS); BENCHMARKS.md compares the two.
 *
 * Two JVM strategies, both reusing every object across records:
 *   stream: DataOutputStream -> DigestOutputStream -> MessageDigest (no intermediate buffer)
 *   buffer: DataOutputStream -> ByteArrayOutputStream (reset per record), then one
 *           MessageDigest.update over the buffer
 * and, to split the cost, the two halves of "buffer" alone:
 *   encode: DataOutputStream -> ByteArrayOutputStream only, no hashing
 *   hash:   MessageDigest.digest of the records' bytes encoded beforehand (the hashing floor)
 * Each is warmed up (JIT) for WARMUP_SECONDS, then timed over ROUNDS passes over all
 * records; the median and best pass are printed in ns per record, with a checksum
 * (SHA-256 over all record digests) that benches/java.rs prints too.
 *
 * Run:  javac -d /tmp/jb java/src/byterepr/*.java java/test/*.java java/bench/*.java \
 *           && java -cp /tmp/jb JavaBench
 */

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

public final class JavaBench {
    static final int RECORDS = 10_000;
    static final double WARMUP_SECONDS = 4.0;
    static final int ROUNDS = 30;

    /** A ByteArrayOutputStream whose buffer can be hashed without copying it. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        void updateDigest(MessageDigest md) {
            md.update(buf, 0, count);
        }
    }

    interface Strategy {
        /** Hashes every record, returns a value depending on every digest. */
        long pass(Twins.Order[] records, byte[][] digests) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Twins.Order[] records = new Twins.Order[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            records[i] = Twins.order(i);
        }
        byte[][] digests = new byte[RECORDS][];

        MessageDigest streamDigest = MessageDigest.getInstance("SHA-256");
        DataOutputStream streamOut = new DataOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), streamDigest));
        Strategy stream = (recs, out) -> {
            long acc = 0;
            for (int i = 0; i < recs.length; i++) {
                recs[i].writeTo(streamOut);
                byte[] d = streamDigest.digest();
                out[i] = d;
                acc += d[0];
            }
            return acc;
        };

        MessageDigest bufferDigest = MessageDigest.getInstance("SHA-256");
        Buffer buffer = new Buffer();
        DataOutputStream bufferOut = new DataOutputStream(buffer);
        Strategy buffered = (recs, out) -> {
            long acc = 0;
            for (int i = 0; i < recs.length; i++) {
                buffer.reset();
                recs[i].writeTo(bufferOut);
                buffer.updateDigest(bufferDigest);
                byte[] d = bufferDigest.digest();
                out[i] = d;
                acc += d[0];
            }
            return acc;
        };

        Strategy encodeOnly = (recs, out) -> {
            long acc = 0;
            for (int i = 0; i < recs.length; i++) {
                buffer.reset();
                recs[i].writeTo(bufferOut);
                acc += buffer.size();
            }
            return acc;
        };

        byte[][] encoded = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            encoded[i] = byterepr.ByteRepr.toBytes(records[i]);
        }
        MessageDigest floorDigest = MessageDigest.getInstance("SHA-256");
        Strategy hashOnly = (recs, out) -> {
            long acc = 0;
            for (int i = 0; i < recs.length; i++) {
                byte[] d = floorDigest.digest(encoded[i]);
                out[i] = d;
                acc += d[0];
            }
            return acc;
        };

        long bytes = 0;
        for (Twins.Order r : records) {
            bytes += byterepr.ByteRepr.toBytes(r).length;
        }
        System.out.printf("records: %d, mean encoded size %.1f bytes, %s%n", RECORDS,
                (double) bytes / RECORDS, System.getProperty("java.vm.version"));
        String check = null;
        Map<String, Strategy> strategies = new LinkedHashMap<>();
        strategies.put("stream", stream);
        strategies.put("buffer", buffered);
        strategies.put("hash", hashOnly);
        strategies.put("encode", encodeOnly);
        for (Map.Entry<String, Strategy> entry : strategies.entrySet()) {
            String name = entry.getKey();
            Strategy s = entry.getValue();
            long sink = 0;
            long warmEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
            while (System.nanoTime() < warmEnd) {
                sink += s.pass(records, digests);
            }
            double[] perRecord = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                sink += s.pass(records, digests);
                perRecord[round] = (System.nanoTime() - start) / (double) RECORDS;
            }
            Arrays.sort(perRecord);
            System.out.printf("jvm %-6s median %7.1f ns/record  best %7.1f ns/record  (sink %d)%n", name,
                    perRecord[ROUNDS / 2], perRecord[0], sink);
            if (name.equals("encode")) {
                continue;
            }
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (byte[] d : digests) {
                all.update(d);
            }
            String checksum = JavaCases.hex(all.digest());
            if (check != null && !check.equals(checksum)) {
                throw new IllegalStateException("strategies disagree");
            }
            check = checksum;
        }
        System.out.println("checksum (SHA-256 of all record digests): " + check);
    }
}
