package dev.cdnx.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.io.TextFiles;

/** The price sheet reader on any bytes: a sheet or problems in words, never an exception. */
class PriceSheetFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void sheetText(byte[] data) {
        String text;
        try {
            text = TextFiles.decode(data);
        } catch (TextFiles.Unreadable e) {
            return;
        }
        SheetLoad load = PriceSheets.parse(text, "fuzz.json");
        FuzzChecks.inWords(load.problems(), FuzzChecks.echoable(text));
    }
}
