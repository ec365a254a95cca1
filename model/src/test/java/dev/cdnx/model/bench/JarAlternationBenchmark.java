package dev.cdnx.model.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine, old and new, alternating in one JVM: each jar gets its own class loader, and
 * each round runs the scenario once with each (the order flips every round), timing {@code Simulation.run}
 * on the thread's CPU clock. One process sees one JIT policy, heap and load for both, so the pairs are
 * steadier than separate {@code bench engine} processes on a shared machine. The first round is untimed.
 *
 * <p>Not a test: run it by hand, e.g. {@code java -Xmx6g -cp model/target/test-classes
 * dev.cdnx.model.bench.JarAlternationBenchmark samples/large-cdn.json 4 duration=10s OLD.jar NEW.jar};
 * arguments: scenario, rounds, any {@code PATH=VALUE} overrides, then the two jars.
 */
public final class JarAlternationBenchmark {

    private JarAlternationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> sets = new ArrayList<>(Arrays.asList(args).subList(2, args.length - 2));
        String[] jars = {args[args.length - 2], args[args.length - 1]};
        Object[] variants = new Object[2];
        Constructor<?>[] simulation = new Constructor<?>[2];
        Method[] run = new Method[2];
        for (int j = 0; j < 2; j++) {
            ClassLoader cl = new URLClassLoader(
                    new URL[] {Path.of(jars[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> io = cl.loadClass("dev.cdnx.model.io.ScenarioIO");
            Class<?> scenarioClass = cl.loadClass("dev.cdnx.model.scenario.Scenario");
            Object loaded = io.getMethod("read", Path.class).invoke(null, scenario);
            Object base = loaded.getClass().getMethod("orThrow").invoke(loaded);
            variants[j] = cl.loadClass("dev.cdnx.model.io.ScenarioOverrides")
                    .getMethod("apply", scenarioClass, List.class)
                    .invoke(null, base, sets);
            Class<?> sim = cl.loadClass("dev.cdnx.model.engine.Simulation");
            simulation[j] = sim.getConstructor(scenarioClass);
            run[j] = sim.getMethod("run");
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[2][rounds];
        for (int r = 0; r <= rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int j = r % 2 == 0 ? k : 1 - k;
                Object sim = simulation[j].newInstance(variants[j]);
                long start = cpu.getCurrentThreadCpuTime();
                Object result = run[j].invoke(sim);
                long nanos = cpu.getCurrentThreadCpuTime() - start;
                long requests = (long) result.getClass().getMethod("requests").invoke(result);
                double rate = requests / (nanos / 1e9);
                if (r > 0) {
                    rates[j][r - 1] = rate;
                }
                System.out.printf(
                        Locale.ROOT,
                        "round %d %s: %d requests, %.0f requests per CPU second, load average %.1f%n",
                        r,
                        r == 0 ? "untimed " + jars[j] : jars[j],
                        requests,
                        rate,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        for (int j = 0; j < 2; j++) {
            double[] sorted = rates[j].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%s: median %.0f requests per CPU second over %d rounds%n",
                    jars[j],
                    sorted[sorted.length / 2],
                    rounds);
        }
    }
}
