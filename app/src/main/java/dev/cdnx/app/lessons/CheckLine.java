package dev.cdnx.app.lessons;

/**
 * One expectation of the current step as the lesson shows it: what is wanted in words, whether it holds,
 * and the live status line ("✓" or "not yet: found 200").
 */
public record CheckLine(String wanted, boolean met, String status) {}
