package org.excoord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** CPU time of a set of processes, from /proc (Linux), so a report can say where each request's CPU went. */
final class CpuMeter {

    private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

    private final Supplier<List<Long>> pids;
    private double startMs;

    private CpuMeter(Supplier<List<Long>> pids) {
        this.pids = pids;
    }

    static CpuMeter of(long pid) {
        return new CpuMeter(() -> List.of(pid));
    }

    /** The PostgreSQL postmaster of a data directory and its backends. */
    static CpuMeter postgres(Path dataDir) {
        return new CpuMeter(() -> {
            try {
                long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
                try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                    return Stream.concat(Stream.of(postmaster), all.map(p -> p.getFileName().toString())
                            .filter(n -> n.chars().allMatch(Character::isDigit)).map(Long::parseLong)
                            .filter(pid -> parentOf(pid) == postmaster)).toList();
                }
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    void start() {
        startMs = totalMs();
    }

    /** CPU milliseconds spent since {@link #start()}. */
    double sinceStartMs() {
        return totalMs() - startMs;
    }

    private double totalMs() {
        return pids.get().stream().mapToLong(CpuMeter::ticks).sum() * TICK_MS;
    }

    private static long ticks(long pid) {
        String[] f = stat(pid);
        return f.length > 12 ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
    }

    private static long parentOf(long pid) {
        String[] f = stat(pid);
        return f.length > 1 ? Long.parseLong(f[1]) : -1;
    }

    /** The fields after "(comm)": state, ppid, …; utime and stime are the 12th and 13th. */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
