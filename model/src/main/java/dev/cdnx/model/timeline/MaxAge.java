package dev.cdnx.model.timeline;

import dev.cdnx.model.http.CacheControl;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.Scenario;

/**
 * The one max-age a scenario's content sets, when exactly one content class sets a positive one (the
 * herd's homepage, say); with none or several there is no single figure to cite, and {@link #single}
 * gives null.
 */
record MaxAge(String contentClass, long seconds) {

    static MaxAge single(Scenario s) {
        MaxAge found = null;
        for (ContentClassSpec c : s.workload.classes) {
            String cc = c.headers == null ? null : c.headers.get("Cache-Control");
            long age = cc == null ? -1 : CacheControl.parse(cc).deltaSeconds("max-age");
            if (age > 0) {
                if (found != null) {
                    return null;
                }
                found = new MaxAge(c.name, age);
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return contentClass + "'s max-age=" + seconds;
    }
}
