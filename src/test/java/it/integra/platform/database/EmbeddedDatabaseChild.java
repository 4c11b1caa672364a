package it.integra.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another Integra instance in its own JVM, for the tests of the data-folder lock: starts the
 * embedded database on the folder in {@code args[0]}, prints READY, and stops cleanly when its
 * standard input sends STOP or closes; EXIT ends the JVM at once without closing the database.
 */
public final class EmbeddedDatabaseChild {

    static final String READY = "READY";

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false)) {
            System.out.println(READY + " " + database.port());
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            do {
                line = commands.readLine();
                if ("EXIT".equals(line)) {
                    System.exit(0);
                }
            } while (line != null && !line.equals("STOP"));
        }
    }
}
