package envoy.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community 5.26 embedded in a JVM that serves Bolt, so the Node side can use
 * neo4j-driver exactly as against a standalone server.
 *
 * Usage: java -Xmx1g -jar envoy-db.jar <dataDir> <boltPort> [listenHost=127.0.0.1]
 * Env:   NEO4J_PAGECACHE_SIZE (default 512m)
 *
 * Protocol with the parent process (src/neo4j/localServer.ts):
 *  - stdout carries exactly one line, "NEO4J_READY bolt://host:port", once Bolt accepts queries;
 *    everything else goes to stderr or to dataDir/logs.
 *  - EOF on stdin means the parent is gone: shut down, so an orphaned JVM never holds the
 *    store lock or the port.
 *  - SIGTERM/SIGINT shut down cleanly through the shutdown hook.
 */
public final class LocalNeo4j {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LocalNeo4j <dataDir> <boltPort> [listenHost]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String host = args.length > 2 ? args[2] : "127.0.0.1";
        long pageCache = ByteUnit.parse(envOr("NEO4J_PAGECACHE_SIZE", "512m"));

        // Keep stdout for the ready line alone, whatever a library decides to print.
        PrintStream control = System.out;
        System.setOut(System.err);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                // Auth is off because the listener is loopback-only and this is a dev/test
                // database; anything reachable from other hosts must use a real server with auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Fulltext indexes need no setting: neo4j-fulltext-index ships with org.neo4j:neo4j.
                // A dev/test database has no business reporting usage data to neo4j.com.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise waits 5 s + 5 s on shutdown even with no connections open,
                // which every test run and restart would pay for. (Its "Termination of worker
                // event loop group has exceeded maximum permitted duration" WARN is the result.)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                // No db.transaction.timeout here on purpose: clients set per-transaction timeouts.
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        // build() returns once the DBMS has started, but the default database may still be
        // recovering; "ready" must mean queries succeed.
        String dbName = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        if (!dbms.database(dbName).isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            System.err.println("database '" + dbName + "' did not become available");
            System.exit(1);
        }

        control.println("NEO4J_READY bolt://" + host + ":" + port);
        control.flush();

        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // Input is ignored; only the EOF matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as EOF.
        }
        System.exit(0); // runs the shutdown hook
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
