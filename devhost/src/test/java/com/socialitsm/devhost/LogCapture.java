package com.socialitsm.devhost;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What the devhost logs while a test runs: SLF4J's simple logger (the devhost's own lines, written to
 * {@code System.err}, which it looks up at each line) and java.util.logging (Grizzly's and Jersey's) at WARNING and
 * above. Everything still reaches the console. Close to stop capturing.
 */
final class LogCapture implements AutoCloseable {
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<String> julRecords = new ArrayList<>();
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (julRecords) {
                    julRecords.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage()
                            + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                originalErr.write(b);
                synchronized (captured) {
                    captured.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                originalErr.write(b, off, len);
                synchronized (captured) {
                    captured.write(b, off, len);
                }
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
        julRoot.addHandler(julHandler);
    }

    /** The SLF4J lines and the java.util.logging records (WARNING and above) so far. */
    String text() {
        StringBuilder all = new StringBuilder();
        synchronized (captured) {
            all.append(captured.toString(StandardCharsets.UTF_8));
        }
        synchronized (julRecords) {
            julRecords.forEach(r -> all.append(r).append('\n'));
        }
        return all.toString();
    }

    @Override
    public void close() {
        julRoot.removeHandler(julHandler);
        System.setErr(originalErr);
    }
}
