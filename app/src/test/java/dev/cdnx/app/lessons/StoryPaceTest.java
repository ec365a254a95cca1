package dev.cdnx.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoryPaceTest {

    @Test
    void aStoryTakesAboutTwentySecondsButNeverRunsAtMaxNorBelowRealTime() {
        assertEquals(15, StoryPace.speedFor(300));
        assertEquals(1.5, StoryPace.speedFor(30));
        assertEquals(1, StoryPace.speedFor(5));
        assertEquals(200, StoryPace.speedFor(4300));
    }
}
