package org.excoord.graphsync.graph;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the HTTP requests that reach the network (a network interceptor: a retried request counts each time, a
 * $batch once). Token requests go through azure-identity's own client and are not counted here.
 */
final class RequestCounter implements Interceptor {

    private final AtomicLong sent = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
        sent.incrementAndGet();
        return chain.proceed(chain.request());
    }

    long sent() {
        return sent.get();
    }
}
