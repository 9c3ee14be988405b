package org.excoord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The excoord app: REST API, Teams bot endpoint and schedulers over the executive-coordination domain. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoordinationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinationApplication.class, args);
    }
}
