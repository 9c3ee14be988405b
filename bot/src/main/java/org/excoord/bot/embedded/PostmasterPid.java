package org.excoord.bot.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a data directory's {@code postmaster.pid} says about the server that wrote it: its pid (first line) and the
 * data directory it serves (second line). A live process with that pid is our server only if it is a
 * {@code postgres} executable; the pid of a dead server may since have gone to anything else.
 */
record PostmasterPid(Path file, long pid, Path dataDir) {

    static Optional<PostmasterPid> of(Path dataDir) {
        Path file = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 2 || lines.get(0).isBlank()) {
                return Optional.of(new PostmasterPid(file, -1, dataDir)); // being written, or torn by a crash
            }
            return Optional.of(new PostmasterPid(file, Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new PostmasterPid(file, -1, dataDir));
        }
    }

    /** The live postgres process that wrote this file, if it still runs. */
    Optional<ProcessHandle> postmaster() {
        if (pid <= 0) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(PostmasterPid::isAlive).filter(PostmasterPid::isPostgres);
    }

    /** The {@code bin} directory of the server's own binaries (zonky unpacks them to a temporary directory). */
    Optional<Path> binDir() {
        return postmaster().flatMap(p -> p.info().command()).map(c -> Path.of(c).getParent());
    }

    static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
    }

    /** Alive and not a zombie: a killed server whose parent has not reaped it yet is dead for us. */
    static boolean isAlive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive(); // not Linux, or gone meanwhile
        }
    }
}
