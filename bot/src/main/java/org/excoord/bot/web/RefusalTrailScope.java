package org.excoord.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.excoord.audit.RefusalTrail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One request (a REST call or a Bot Connector turn, which runs on the request thread) is one unit of work for
 * {@link RefusalTrail}'s "traced once" rule: a pooled thread must not carry the last refusal into the next request.
 */
@Component
class RefusalTrailScope extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            RefusalTrail.forgetThread();
        }
    }
}
