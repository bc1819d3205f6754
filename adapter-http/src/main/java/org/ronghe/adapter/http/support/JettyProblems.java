package org.ronghe.adapter.http.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests that Jetty refuses before they reach the API (an illegal character in the URI, a bad
 * header) get a problem too, not Jetty's HTML error page.
 */
public final class JettyProblems extends ErrorHandler {

    private final Messages.Language serverLanguage;

    /** @param serverLanguage the language when the request's Accept-Language names neither Chinese nor English */
    public JettyProblems(Messages.Language serverLanguage) {
        this.serverLanguage = serverLanguage;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> problem = new LinkedHashMap<>();
        boolean chinese = Messages.negotiate(request.getHeaders().get("Accept-Language"), serverLanguage)
                == Messages.Language.ZH;
        problem.put("type", "urn:ronghe:problem:http-" + code);
        problem.put("title", chinese ? Messages.catalogue().statusZh(code).orElse(HttpStatus.getMessage(code))
                : HttpStatus.getMessage(code));
        problem.put("status", code);
        problem.put("detail", chinese ? "服务器无法读取这一请求（网址、请求头或协议有误）。" : "the request could not be read");
        if (chinese) {
            problem.put("titleEn", HttpStatus.getMessage(code));
            problem.put("detailEn", "the request could not be read");
        }
        problem.put("instance", "/");
        problem.put("code", "http-" + code);
        problem.put("requestId", requestId);
        byte[] body = JsonWriter.write(problem).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
