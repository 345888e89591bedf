package org.kroniek.cli;

import java.io.PrintStream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.server.KroniekServer;
import org.kroniek.server.ServerConfig;
import org.kroniek.store.RecordStore;

/** Starts the server over a store, prints where it listens, and serves until the process ends. */
final class Serving {
    private Serving() {
    }

    static int serve(RecordStore store, ServerConfig config, PrintStream out) throws InterruptedException {
        KroniekServer server;
        try {
            server = KroniekServer.start(store, config, new PipelineAnalyzer(StandardPipeline.create()));
        } catch (RuntimeException e) {
            throw new UserError("cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        out.println("kroniek: serving on " + server.url() + "  (API ingest " + (config.token() == null ? "off" : "on")
                + "; Ctrl-C stops)");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
