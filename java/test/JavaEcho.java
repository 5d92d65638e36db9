/*
 * Encodes values sent by tests/java.rs through a real DataOutputStream, one per line, for
 * the randomized part of the Java-encoding agreement test.
 *
 * stdin:  kind SPACE hex       kind: utf (UTF-8 bytes of a string), f32 / f64 (IEEE bits),
 *                                    char (a Unicode scalar value)
 * stdout: hex of what DataOutputStream wrote, or "ERR utflen" when writeUTF refused.
 */

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStreamReader;
import java.io.UTFDataFormatException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

public final class JavaEcho {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        StringBuilder result = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            byte[] arg = unhex(line.substring(space + 1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            try {
                switch (kind) {
                    case "utf":
                        out.writeUTF(new String(arg, StandardCharsets.UTF_8));
                        break;
                    case "f32":
                        out.writeFloat(Float.intBitsToFloat(new BigInteger(1, arg).intValue()));
                        break;
                    case "f64":
                        out.writeDouble(Double.longBitsToDouble(new BigInteger(1, arg).longValue()));
                        break;
                    case "char":
                        out.writeChars(new String(Character.toChars(new BigInteger(1, arg).intValue())));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown kind " + kind);
                }
                result.append(JavaCases.hex(bytes.toByteArray())).append('\n');
            } catch (UTFDataFormatException e) {
                result.append("ERR\n");
            }
        }
        System.out.print(result);
    }

    static byte[] unhex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
