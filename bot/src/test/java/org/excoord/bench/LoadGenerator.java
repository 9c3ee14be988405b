package org.excoord.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Open-loop HTTP/1.1 load: requests are due at a fixed rate whatever the answers do, and latency counts from the due
 * time, so a stalled server cannot hide its queue. Plain keep-alive sockets, one per worker thread: on 2 shared cores
 * the JDK's HttpClient spent more CPU per request than the echo bot it was measuring.
 */
final class LoadGenerator {

    /** More requests than this waiting or unanswered count as errors instead of queueing without end. */
    private static final int MAX_IN_FLIGHT = 256;
    private static final int WORKERS = 64;
    private static final long STOP = -1;
    /** Servers close idle keep-alive connections (node after 5 s); a worker idle this long reconnects first. */
    private static final long IDLE_MS = 2_000;

    private final URI url;
    private final IntFunction<String> body;
    private final IntFunction<String> authorization;
    private final String expected;
    private final AtomicInteger sequence = new AtomicInteger();

    /**
     * Request {@code i} sends {@code body.apply(i)} with {@code authorization.apply(i)} (null: no header), so a run can
     * give every write its own key and every request its own token; an answer counts only if it is a 200 containing
     * {@code expected}.
     */
    LoadGenerator(URI url, IntFunction<String> body, IntFunction<String> authorization, String expected) {
        this.url = url;
        this.body = body;
        this.authorization = authorization;
        this.expected = expected;
    }

    /** How many requests were made so far (request {@code i} is the i-th, from 0). */
    int requested() {
        return sequence.get();
    }

    private byte[] request() {
        int i = sequence.getAndIncrement();
        StringBuilder head = new StringBuilder("POST ").append(url.getRawPath()).append(" HTTP/1.1\r\nHost: ")
                .append(url.getHost()).append(':').append(url.getPort())
                .append("\r\nContent-Type: application/json\r\n");
        String auth = authorization.apply(i);
        if (auth != null) {
            head.append("Authorization: ").append(auth).append("\r\n");
        }
        byte[] payload = body.apply(i).getBytes(StandardCharsets.UTF_8);
        head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[h.length + payload.length];
        System.arraycopy(h, 0, request, 0, h.length);
        System.arraycopy(payload, 0, request, h.length, payload.length);
        return request;
    }

    /** One request, answered as expected, or an exception saying what came back. */
    void check() throws IOException {
        try (Connection c = new Connection()) {
            Answer a = c.exchange();
            if (a.status() != 200 || !a.body().contains(expected)) {
                throw new IllegalStateException(url + " answered " + a.status() + ": " + a.body());
            }
        }
    }

    /**
     * At a pace the server sets ({@code connections} requests at a time) for a while, so the JIT, pools and caches
     * are warm before anything is measured; returns the requests per second answered meanwhile.
     */
    double warmUp(int seconds, int connections) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int t = 0; t < connections; t++) {
            threads.add(started(() -> {
                Connection c = null;
                while (System.nanoTime() < end) {
                    try {
                        c = c == null ? new Connection() : c;
                        c.exchange();
                        answered.incrementAndGet();
                    } catch (IOException e) {
                        if (c != null) {
                            c.close();
                        }
                        c = null;
                    }
                }
                if (c != null) {
                    c.close();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return answered.get() / (double) seconds;
    }

    Stats run(int perSecond, int seconds) throws InterruptedException {
        int total = perSecond * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(started(() -> work(due, latencies, errors, inFlight)));
        }
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
                inFlight.decrementAndGet();
                errors.incrementAndGet();
            } else {
                due.add(at);
            }
        }
        for (int w = 0; w < WORKERS; w++) {
            due.add(STOP);
        }
        for (Thread t : workers) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Stats(sorted, errors.get(), total, sorted.size() / elapsed);
    }

    private void work(BlockingQueue<Long> due, ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors,
            AtomicInteger inFlight) {
        Connection c = null;
        try {
            for (long at = due.take(); at != STOP; at = due.take()) {
                try {
                    if (c != null && c.idleMs() > IDLE_MS) {
                        c.close();
                        c = null;
                    }
                    if (c == null) {
                        c = new Connection();
                    }
                    Answer a = c.exchange();
                    if (a.status() == 200 && a.body().contains(expected)) {
                        latencies.add(System.nanoTime() - at);
                    } else {
                        errors.incrementAndGet();
                    }
                    if (a.close()) {
                        c.close();
                        c = null;
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    if (c != null) {
                        c.close();
                    }
                    c = null;
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (c != null) {
                c.close();
            }
        }
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work, "load");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private record Answer(int status, String body, boolean close) {
    }

    /** A keep-alive connection that sends the one request and reads a Content-Length or chunked answer. */
    private final class Connection implements AutoCloseable {

        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private long lastUsed = System.nanoTime();

        Connection() throws IOException {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(15_000);
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        long idleMs() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastUsed);
        }

        Answer exchange() throws IOException {
            lastUsed = System.nanoTime();
            out.write(request());
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String h = header.toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                    chunked = true;
                } else if (h.startsWith("connection:") && h.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                body.write(in.readNBytes(length));
            }
            lastUsed = System.nanoTime();
            return new Answer(code, body.toString(StandardCharsets.UTF_8), close);
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** {@code sorted}: the latencies of the answers that counted; {@code errors}: everything else that was due. */
    record Stats(List<Long> sorted, int errors, int sent, double delivered) {

        int succeeded() {
            return sorted.size();
        }

        double ms(double q) {
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, q * sorted.size())) / 1e6;
        }

        boolean sustained(int rate) {
            return errors == 0 && ms(0.99) <= 50 && delivered >= 0.97 * rate;
        }

        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f answered/s; %d errors of %d",
                    ms(0.50), ms(0.90), ms(0.99), ms(1.0), delivered, errors, sent);
        }
    }
}
