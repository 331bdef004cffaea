package org.ddf.cli.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP against one service: errors become {@link ApiException}s with the problem text. */
public final class JsonHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A client of the service at {@code base}, e.g. {@code http://localhost:8081}. */
    public JsonHttp(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The shared mapper. */
    public static JsonMapper json() {
        return JSON;
    }

    /** GET a JSON document. */
    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** POST a JSON document (or nothing) with extra headers. */
    public JsonNode post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2));
        headers.forEach(b::header);
        if (body == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        return send(b.build());
    }

    /** POST pre-serialised JSON bytes. */
    public JsonNode postBytes(String path, byte[] json) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
    }

    /** POST a file as the body. */
    public JsonNode postFile(String path, Path file, String contentType) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    /** GET raw bytes into a file. */
    public void download(String path, Path file) throws IOException, InterruptedException {
        HttpResponse<Path> r = client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        if (r.statusCode() >= 300) {
            throw new ApiException(r.statusCode(), "download of " + path + " failed");
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 300) {
                throw new ApiException(r.statusCode(), new String(r.body()));
            }
            return r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new ApiException(0, "cannot reach " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted");
        }
    }
}
