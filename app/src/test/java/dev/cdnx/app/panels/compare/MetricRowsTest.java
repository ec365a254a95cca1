package dev.cdnx.app.panels.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.panels.Samples;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Compare panel's lines show sizes and money in the model's one display form of each unit. */
class MetricRowsTest {

    @Test
    void originBytesAreASizeAndTheBillIsMoneyAsTheReportWritesThem() {
        Scenario s = Samples.load("hello-cdn", "duration=30s");
        RunResult r = new Simulation(s).run();
        RunSnapshot snap =
                RunSnapshot.of(r, s, PriceSheets.shipped("illustrative").sheet());
        List<DiffRow> rows = MetricRows.rows(snap, snap);
        DiffRow bytes = rows.stream()
                .filter(d -> d.name().equals("Origin bytes"))
                .findFirst()
                .orElseThrow();
        assertEquals(DataSize.ofBytes(r.originBytes()).toHumanString(), bytes.value());
        assertEquals("0 B", bytes.difference());
        DiffRow total = rows.stream()
                .filter(d -> d.name().equals("Monthly cost: total"))
                .findFirst()
                .orElseThrow();
        assertEquals(Money.format(snap.bill().total(), snap.bill().currency()), total.value());
    }
}
