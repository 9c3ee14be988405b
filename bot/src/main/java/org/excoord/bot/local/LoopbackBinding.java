package org.excoord.bot.local;

import java.net.InetAddress;
import java.util.List;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without authentication the server may listen on loopback only. A resolved {@code server.address} is not proof:
 * an empty one is no address at all, and Tomcat then listens on every interface. So the address is checked three
 * times, on what Tomcat is given and binds, never on the setting's text: on the web server factory before Tomcat
 * exists, on each connector just before it binds (nothing has listened yet), and on every connector of the started
 * server. Any failure stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
class LoopbackBinding {

    private static final Logger log = LoggerFactory.getLogger(LoopbackBinding.class);

    @Bean
    static WebServerFactoryCustomizer<AbstractConfigurableWebServerFactory> loopbackOnlyWebServer(
            ObjectProvider<EndpointAuthentication> groups) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(AbstractConfigurableWebServerFactory factory) {
                Unauthenticated off = Unauthenticated.of(groups.orderedStream().toList());
                if (off == null) {
                    return;
                }
                off.require(factory.getAddress(), "server.address");
                if (factory instanceof ConfigurableTomcatWebServerFactory tomcat) {
                    tomcat.addConnectorCustomizers(connector -> guard(connector, off));
                }
                if (factory instanceof TomcatWebServerFactory tomcat) {
                    tomcat.getAdditionalConnectors().forEach(connector -> guard(connector, off));
                }
                log.info("Authentication is off for {}: the server may listen on loopback only", off.describe());
            }
        };
    }

    /** After the server started: every connector it has, however it was added. */
    @Bean
    static ApplicationListener<WebServerInitializedEvent> loopbackOnlyAfterStart(
            ObjectProvider<EndpointAuthentication> groups) {
        return event -> {
            Unauthenticated off = Unauthenticated.of(groups.orderedStream().toList());
            if (off == null || !(event.getWebServer() instanceof TomcatWebServer server)) {
                return;
            }
            try {
                for (Connector connector : server.getTomcat().getService().findConnectors()) {
                    off.require(connector, "a connector on port " + connector.getLocalPort());
                }
            } catch (IllegalStateException refused) {
                server.stop(); // before the refusal propagates: not one more request
                throw refused;
            }
        };
    }

    /** Checks the address a connector will bind at the last moment before it binds (on init or start). */
    private static void guard(Connector connector, Unauthenticated off) {
        connector.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_INIT_EVENT.equals(event.getType())
                    || Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                off.require(connector, "the connector for port " + connector.getPort());
            }
        });
    }

    /** The endpoint groups whose authentication is off. */
    private record Unauthenticated(List<EndpointAuthentication> groups) {

        static Unauthenticated of(List<EndpointAuthentication> all) {
            List<EndpointAuthentication> off = all.stream().filter(EndpointAuthentication::off).toList();
            return off.isEmpty() ? null : new Unauthenticated(off);
        }

        String describe() {
            return String.join(" and ", groups.stream()
                    .map(g -> g.endpoints() + " (" + g.switchedOff().orElseThrow() + ")").toList());
        }

        void require(Connector connector, String what) {
            // a Unix domain socket has no network address, and only this machine can reach it
            if (connector.getProperty("unixDomainSocketPath") == null) {
                require(connector.getProtocolHandler() instanceof org.apache.coyote.AbstractProtocol<?> protocol
                        ? protocol.getAddress() : null, what);
            }
        }

        /** @throws IllegalStateException unless {@code address} is a loopback address (null means every interface) */
        void require(InetAddress address, String what) {
            if (address == null || !address.isLoopbackAddress()) {
                String bound = address == null ? "every interface" : address.isAnyLocalAddress()
                        ? address.getHostAddress() + " (every interface)" : address.getHostAddress();
                throw new IllegalStateException(describe() + (groups.size() > 1 ? " need" : " needs")
                        + " the server bound to a loopback address (server.address=127.0.0.1, ::1 or localhost), but "
                        + what + " is " + bound);
            }
        }
    }
}
