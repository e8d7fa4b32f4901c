package nl.spoor.api.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A correlation id per HTTP request: the caller's {@value #HEADER} when it is a plausible id (a proxy or
 * the UI sent it), else a new one; echoed in the response, kept as request attribute {@link #ATTRIBUTE}
 * and in the MDC ({@value #MDC_KEY}) while the request is served, so every log line of the request
 * carries it. One line per request is logged when it ends (method, path, status, milliseconds); the query
 * string is left out, it may hold identifiers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIds.class.getName();
    private static final String STARTED = RequestIds.class.getName() + ".started";
    public static final String MDC_KEY = "spoor.request";
    /** What is taken from a caller: short, and nothing a log reader could be fooled by (no spaces, no newlines). */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(RequestIds.class);

    /** The id of the request being served on this thread, or null outside one. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    static String idFor(String sent) {
        return sent != null && PLAUSIBLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An async dispatch (server-sent events) is the same request: same id, one line when it really ends.
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request.getHeader(HEADER));
        if (!(request.getAttribute(STARTED) instanceof Long)) {
            request.setAttribute(STARTED, System.nanoTime());
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                LOG.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - (Long) request.getAttribute(STARTED)) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false; // server-sent events end in an async dispatch: it gets the id too
    }
}
