package id.kolaborasi.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5 with Bolt on the loopback interface only.
 *
 * <p>Usage: {@code java -jar bolt-launcher.jar <home-folder> <bolt-port> [page-cache-mb]}.
 *
 * <p>Auth is off because Bolt listens on 127.0.0.1 alone: only processes on this machine can
 * reach it. The launcher stops the database cleanly on SIGTERM/SIGINT (shutdown hook) and also
 * when its standard input closes, so a parent that dies without signalling does not leave an
 * orphan holding the store lock.
 *
 * <p>Exit codes: 0 clean stop, 2 bad arguments, 3 data folder already in use, 4 port in use,
 * 1 anything else.
 */
public final class BoltLauncher {

    private static final String LOOPBACK = "127.0.0.1";

    private BoltLauncher() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            fail(2, "usage: bolt-launcher <home-folder> <bolt-port> [page-cache-mb]");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parseInt(args[1], "bolt-port");
        long pageCacheMb = args.length > 2 ? parseInt(args[2], "page-cache-mb") : 256;

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            lockHome(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Bolt waits 5 s twice on shutdown by default; a local single-user
                    // server has nothing to drain, so a stop should take about a second.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
        } catch (Throwable e) {
            explainStartFailure(e, home, port);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j: stopping");
            dbms.shutdown();
            System.out.println("neo4j: stopped");
        }, "neo4j-shutdown"));

        System.out.println("neo4j: started, bolt://" + LOOPBACK + ":" + port + ", data in " + home);
        watchParent();
    }

    /** Held for the life of the process: closing it would release the lock. */
    private static FileLock homeLock;

    /**
     * Takes an exclusive lock on the home folder before Neo4j opens anything in it. Neo4j has
     * store locks of its own, but it meets them only after it has started touching its files;
     * a second launcher must not get that far.
     */
    private static void lockHome(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        homeLock = channel.tryLock();
        if (homeLock == null) {
            fail(3, "the data folder " + home + " is already in use by another Neo4j process;"
                    + " stop it first or set NEO4J_DATA_DIR to another folder");
        }
    }

    /** Blocks until standard input reaches end-of-file (the parent went away), then exits. */
    private static void watchParent() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The parent never writes; reading only tells us when it is gone.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same thing as end-of-file.
        }
        System.exit(0);
    }

    private static void explainStartFailure(Throwable e, Path home, int port) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (name.contains("FileLock") || message.contains("locked by another process")) {
                fail(3, "the data folder " + home + " is already in use by another Neo4j process;"
                        + " stop it first or set NEO4J_DATA_DIR to another folder");
            }
            if (cause instanceof java.net.BindException || message.contains("Address already in use")) {
                fail(4, "port " + port + " on " + LOOPBACK + " is already in use;"
                        + " stop what holds it or set NEO4J_BOLT_PORT to a free port");
            }
        }
        e.printStackTrace();
        fail(1, "could not start: " + e.getMessage());
    }

    private static int parseInt(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail(2, name + " must be a whole number, got '" + value + "'");
            return -1;
        }
    }

    private static void fail(int code, String message) {
        System.err.println("neo4j: " + message);
        System.exit(code);
    }
}
