package dev.cdnx.model.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.http.StructuredDictionary.QuotedString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dictionary reader against the examples of RFC 8941 (sections 3.2 and 3.3): each item type as a
 * dictionary value, and the inputs the RFC's parsing algorithm rejects.
 */
class StructuredDictionaryTest {

    private static Map<String, Object> parsed(String field) {
        return StructuredDictionary.parse(field).orElseThrow(() -> new AssertionError("rejected: " + field));
    }

    @Test
    void stringAndByteSequenceMembers() {
        Map<String, Object> dict = parsed("en=\"Applepie\", da=:w4ZibGV0w6ZydGUK:");
        assertEquals(new QuotedString("Applepie"), dict.get("en"));
        assertEquals("w4ZibGV0w6ZydGUK", dict.get("da"));
    }

    @Test
    void membersWithoutValueAreTrueAndParametersAreDropped() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", false);
        expected.put("b", true);
        expected.put("c", true);
        assertEquals(expected, parsed("a=?0, b, c; foo=bar"));
    }

    @Test
    void innerListsAreReadAsLists() {
        Map<String, Object> dict = parsed("rating=1.5, feelings=(joy sadness)");
        assertEquals(1.5, dict.get("rating"));
        assertEquals(List.of("joy", "sadness"), dict.get("feelings"));

        Map<String, Object> mixed = parsed("a=(1 2), b=3, c=4;aa=bb, d=(5 6);valid");
        assertEquals(List.of(1L, 2L), mixed.get("a"));
        assertEquals(3L, mixed.get("b"));
        assertEquals(4L, mixed.get("c"));
        assertEquals(List.of(5L, 6L), mixed.get("d"));
        assertEquals(List.of(), parsed("e=()").get("e"));
        assertEquals(List.of("x", 1L), parsed("f=( x;p=1  1 );q").get("f"));
    }

    @Test
    void everyItemTypeOfSection3_3() {
        assertEquals(42L, parsed("v=42").get("v"));
        assertEquals(-42L, parsed("v=-42").get("v"));
        assertEquals(4.5, parsed("v=4.5").get("v"));
        assertEquals(
                new QuotedString("hello world"), parsed("v=\"hello world\"").get("v"));
        assertEquals(
                new QuotedString("say \"hi\" \\ bye"),
                parsed("v=\"say \\\"hi\\\" \\\\ bye\"").get("v"));
        assertEquals("foo123/456", parsed("v=foo123/456").get("v"));
        assertEquals(
                "cHJldGVuZCB0aGlzIGlzIGJpbmFyeSBjb250ZW50Lg==",
                parsed("v=:cHJldGVuZCB0aGlzIGlzIGJpbmFyeSBjb250ZW50Lg==:").get("v"));
        assertEquals(true, parsed("v=?1").get("v"));
        assertEquals(999_999_999_999_999L, parsed("v=999999999999999").get("v"));
        assertEquals(123_456_789_012.123, parsed("v=123456789012.123").get("v"));
    }

    @Test
    void aRepeatedKeyKeepsTheLastValueAndWhitespaceAroundCommasIsAllowed() {
        assertEquals(Map.of("a", 2L), parsed("a=1,a=2"));
        assertEquals(Map.of("a", 1L, "b", 2L), parsed("  a=1 ,\tb=2"));
        assertTrue(parsed("").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A=1", // keys are lower case
                "a=1,", // trailing comma
                "a=1,,b=2",
                "a=1 b=2",
                "a=1000000000000000", // an integer has at most 15 digits
                "a=1234567890123.1", // a decimal has at most 12 integer digits
                "a=1.1234", // and at most 3 fractional digits
                "a=1.",
                "a=\"unterminated",
                "a=\"bad \\escape\"", // only \" and \\ may be escaped
                "a=:not base64!:",
                "a=?2",
                "a=(1 2",
                "a=(1,2)",
                "a=1;P=2" // parameter keys are lower case too
            })
    void rejectsWhatTheRfcRejects(String field) {
        assertTrue(StructuredDictionary.parse(field).isEmpty(), field);
    }
}
