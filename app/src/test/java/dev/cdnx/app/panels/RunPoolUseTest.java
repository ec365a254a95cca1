package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cdnx.app.panels.compare.CompareViewModel;
import dev.cdnx.app.panels.compare.SweepParameter;
import dev.cdnx.app.panels.compare.SweepViewModel;
import dev.cdnx.app.panels.cost.CostFigures;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.scenario.DeliveryModel;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Compare panel (its run and its sweep), the measured Cost figures and the Decision panel's verdict send
 * their engine runs to the pool.
 */
class RunPoolUseTest {

    /** Counts the runs handed to it and passes them on to the shared pool. */
    private static final class CountingPool implements Executor {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void execute(Runnable task) {
            runs.incrementAndGet();
            RunPool.shared().execute(task);
        }
    }

    @Test
    void compareRunsAndSweepsOnThePool() {
        CountingPool pool = new CountingPool();
        CompareViewModel vm = new CompareViewModel(Samples.direct("hello-cdn", "duration=20s"), pool);
        vm.runNow();
        assertNotNull(vm.currentProperty().get(), vm.messageProperty().get());
        assertEquals(1, pool.runs.get(), "the current run");
        SweepViewModel sw = vm.sweep();
        sw.parameterProperty().set(SweepParameter.TTL);
        sw.stepsProperty().set(4);
        sw.start();
        assertEquals(4, sw.rows().size(), sw.statusProperty().get());
        assertEquals(9, pool.runs.get(), "and per sweep point one reading of its variant and one run");
    }

    @Test
    void theDecisionVerdictWeighsTheThreeModelsOnThePoolWithTheSequentialVerdict() {
        CountingPool pool = new CountingPool();
        DecisionViewModel parallel = new DecisionViewModel(Samples.direct("hello-cdn", "duration=20s"), pool);
        assertEquals(3, pool.runs.get(), "one run per delivery model");
        DecisionViewModel sequential =
                new DecisionViewModel(Samples.direct("hello-cdn", "duration=20s"), RunPool.sequential());
        Verdict p = parallel.verdictProperty().get();
        Verdict s = sequential.verdictProperty().get();
        assertNotNull(p, parallel.verdictStatusProperty().get());
        assertEquals(s.reason(), p.reason());
        assertEquals(s.runs(), p.runs());
    }

    @Test
    void measuredCostRunsTheThreeModelsOnThePoolWithTheSequentialBills() {
        CountingPool pool = new CountingPool();
        CostViewModel parallel = new CostViewModel(Samples.direct("hello-cdn", "duration=20s"), pool);
        assertEquals(3, pool.runs.get(), "one run per delivery model");
        CostViewModel sequential = new CostViewModel(Samples.direct("hello-cdn", "duration=20s"), RunPool.sequential());
        CostFigures p = parallel.figuresProperty().get();
        CostFigures s = sequential.figuresProperty().get();
        for (DeliveryModel m : DeliveryModel.values()) {
            assertEquals(s.runs().get(m).requests(), p.runs().get(m).requests(), m.id());
            assertEquals(s.runs().get(m).originBytes(), p.runs().get(m).originBytes(), m.id());
            assertEquals(0, s.bills().get(m).total().compareTo(p.bills().get(m).total()), m.id());
        }
    }
}
