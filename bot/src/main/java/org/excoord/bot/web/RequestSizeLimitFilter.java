package org.excoord.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps API request bodies (neither Tomcat nor Spring limit a JSON or text body): a declared length over the cap
 * is answered 413 at once, and a chunked body that grows past it fails while it is read, which
 * {@link ApiExceptionHandler} also answers 413. The cap leaves room for the largest authority text the domain
 * accepts (2,000,000 characters), even JSON-escaped.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final String TOO_LARGE = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
            + "\"detail\":\"the request body is larger than " + MAX_BYTES + " bytes\"}";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            byte[] body = TOO_LARGE.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            // flushed now: Tomcat would otherwise first wait for (and swallow) the body we refuse to read
            response.flushBuffer();
            return;
        }
        chain.doFilter(new Capped(request), response);
    }

    /** Thrown while reading a body that has grown past the cap. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("the request body is larger than " + MAX_BYTES + " bytes");
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CappedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
