package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void compactCountsForCrowdedAxes() {
        assertEquals("0", Fmt.compactCount(0));
        assertEquals("950", Fmt.compactCount(950));
        assertEquals("1k", Fmt.compactCount(1_000));
        assertEquals("2.5k", Fmt.compactCount(2_500));
        assertEquals("50k", Fmt.compactCount(50_000));
        assertEquals("1M", Fmt.compactCount(1_000_000));
        assertEquals("1.2M", Fmt.compactCount(1_234_567));
    }

    @Test
    void moneyAndNumbersUseEnglishSeparators() {
        assertEquals("$308,333.05", Fmt.money(new BigDecimal("308333.049"), "USD"));
        assertEquals("-€12.50", Fmt.money(new BigDecimal("-12.5"), "EUR"), "the same form as cdnx report");
        assertEquals(
                dev.cdnx.model.cost.Money.format(new BigDecimal("-0.004"), "GBP"),
                Fmt.money(new BigDecimal("-0.004"), "GBP"));
        assertEquals("1,234.6", Fmt.number(1234.56, 1));
        assertEquals("93.1%", Fmt.percent(0.9312));
    }
}
