package org.kroniek.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.kroniek.store.LuceneRecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kroniek serve [--data DIR]}: the web UI and API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and the JSON API over the store (http://127.0.0.1:8080 by default).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() throws Exception {
        var config = options.config();
        LuceneRecordStore store = data.open();
        return Serving.serve(store, config, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
