package nl.spoor.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spoor server: GraphQL at /graphql, GraphiQL at /graphiql, the UI at /, health at /actuator/health. */
@SpringBootApplication
public class SpoorApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpoorApplication.class, args);
    }
}
