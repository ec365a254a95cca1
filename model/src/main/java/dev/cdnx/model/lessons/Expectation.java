package dev.cdnx.model.lessons;

/**
 * A condition a step must meet. {@code source} says where {@code key} is read: {@code scenario} (a
 * JSON path of the scenario), {@code run} (a field of the latest run's JSON, e.g.
 * {@code users[0].firstRequestMs} or {@code originRequestsByClass.bundle}), {@code cost} (a
 * {@code model.termId} or {@code model.total} of the typed bill at {@code hitRatio}), {@code check} (an
 * architecture check id; op {@code fires} or {@code quiet}) or {@code panel} (a panel the person opened;
 * op {@code opened}). {@code op} is one of {@code ==}, {@code <=}, {@code >=}, {@code <}, {@code >},
 * {@code fires}, {@code quiet}, {@code opened}; {@code value} is compared as a number when both sides are
 * numbers, as text otherwise.
 */
public record Expectation(String source, String key, String op, String value, Double hitRatio) {}
