package dev.cdnx.lab;

import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.HttpDates;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Validators;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The lab's origin: answers GET and HEAD for every object of the {@link LabCatalog} with a synthetic
 * body of the object's size, its class's response fields (Cache-Control, CDN-Cache-Control, ...), and
 * validators that follow the class's change schedule: {@code ETag} gains the object's version and
 * {@code Last-Modified} is the time of its last change. A matching {@code If-None-Match} or
 * {@code If-Modified-Since} gets a 304. The origin's service time is waited before answering, scaled
 * like the links' delays.
 */
final class OriginHandler extends Handler.Abstract {

    private final String name;
    private final LabCatalog catalog;
    private final CacheClock clock;
    private final long startMillis;
    private final Delays delays;
    private final double serviceMillis;
    private final ExchangeLog log;

    OriginHandler(
            String name, LabCatalog catalog, CacheClock clock, Delays delays, double serviceMillis, ExchangeLog log) {
        this.name = name;
        this.catalog = catalog;
        this.clock = clock;
        this.startMillis = clock.nowMillis();
        this.delays = delays;
        this.serviceMillis = serviceMillis;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long began = System.nanoTime();
        HttpRequest in = Wire.toModel(request);
        String path = in.url();
        LabCatalog.LabObject object = catalog.find(path);
        if (!in.isGetOrHead()) {
            response.getHeaders().put("Allow", "GET, HEAD");
            log.record(name, in, 405, "origin", new HttpHeaders(), began);
            Wire.plain(response, callback, 405, name + " serves GET and HEAD only");
            return true;
        }
        if (object == null) {
            log.record(name, in, 404, "origin", new HttpHeaders(), began);
            Wire.plain(
                    response,
                    callback,
                    404,
                    name + ": no object at " + path + "; try one of " + String.join(", ", catalog.samplePaths()));
            return true;
        }
        delays.pause(serviceMillis);
        long now = clock.nowMillis();
        HttpHeaders headers = headersOf(object, now);
        if (Validators.isConditional(in) && Validators.notModified(in, headers, now)) {
            log.record(name, in, 304, "origin", headers, began);
            Wire.send(request, response, callback, new HttpResponse(304, headers, null));
            return true;
        }
        response.setStatus(200);
        for (HttpHeaders.Field f : headers.fields()) {
            response.getHeaders().add(f.name(), f.value());
        }
        response.getHeaders().put("Content-Length", Long.toString(object.size()));
        log.record(name, in, 200, "origin", headers, began); // before the body: the time is to the first byte
        if (in.method().equals("HEAD")) {
            response.write(true, null, callback);
            return true;
        }
        try {
            Wire.streamSynthetic(response, path + " version " + object.versionAt(seconds(now)), object.size());
            callback.succeeded();
        } catch (java.io.IOException clientGone) {
            callback.failed(clientGone);
        }
        return true;
    }

    /** The fields the origin sends for {@code object} at {@code now}. */
    HttpHeaders headersOf(LabCatalog.LabObject object, long now) {
        double t = seconds(now);
        long version = object.versionAt(t);
        long changed = startMillis + Math.round(object.changedAt(t) * 1000);
        HttpHeaders h = new HttpHeaders();
        h.add("Date", HttpDates.format(now));
        String etag = null;
        for (Map.Entry<String, String> e : object.contentClass().headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase("ETag")) {
                etag = e.getValue();
            } else {
                h.add(e.getKey(), e.getValue());
            }
        }
        h.add("ETag", versionedTag(etag, object.number(), version));
        h.add("Last-Modified", HttpDates.format(changed));
        if (!h.has("Content-Type")) {
            h.add("Content-Type", "application/octet-stream");
        }
        if (!object.contentClass().tags.isEmpty() && !h.has("Surrogate-Key")) {
            h.add("Surrogate-Key", String.join(" ", object.contentClass().tags));
        }
        return h;
    }

    /** The class's tag with the object and its version added inside the quotes: {@code "v1"} becomes {@code "v1-7-0"}. */
    static String versionedTag(String classTag, long number, long version) {
        String base = classTag == null ? "" : classTag.strip();
        boolean weak = base.startsWith("W/");
        if (weak) {
            base = base.substring(2);
        }
        base = base.replace("\"", "");
        String inner = (base.isEmpty() ? "o" : base) + "-" + number + "-" + version;
        return (weak ? "W/" : "") + "\"" + inner + "\"";
    }

    private double seconds(long now) {
        return (now - startMillis) / 1000.0;
    }
}
