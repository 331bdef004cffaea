package org.ddf.cli;

import org.ddf.cli.bench.DdfBench;
import org.ddf.cli.demo.Demo;

/** Entry point: {@code demo} or {@code bench}, each with {@code --name value} options. */
public final class DdfCli {

    private DdfCli() {
    }

    /** Runs a command; exits non-zero on failure. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ddf-cli demo|bench [--name value ...]");
            System.exit(2);
        }
        Args options = Args.parse(args, 1);
        int status = switch (args[0]) {
            case "demo" -> new Demo(options).run();
            case "bench" -> new DdfBench(options).run();
            default -> {
                System.err.println("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(status);
    }
}
