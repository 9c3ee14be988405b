package org.excoord.bot;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The local embedded default may run without authentication only when nobody but this machine can reach it. */
public final class LoopbackGuard {

    private LoopbackGuard() {
    }

    /** @throws IllegalStateException unless {@code address} is a loopback address */
    public static void require(String address, String setting) {
        boolean loopback;
        try {
            loopback = address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalStateException(setting + " is only allowed with server.address bound to a loopback address "
                    + "(127.0.0.1), not " + address);
        }
    }
}
