package nl.spoor.api.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ObservabilitySettingsTest {

    private static MockEnvironment settled(MockEnvironment env) {
        env.setProperty("management.endpoints.web.exposure.include", "health,info"); // application.properties
        new ObservabilitySettings().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void withoutManagementPortOnlyHealthAndInfoOnTheMainPortAndTextLogs() {
        MockEnvironment env = settled(new MockEnvironment());
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info");
        assertThat(env.getProperty("management.server.port")).isNull();
        assertThat(env.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void managementPortMovesActuatorThereOnLoopbackAndExposesPrometheus() {
        MockEnvironment env = settled(new MockEnvironment().withProperty("SPOOR_MANAGEMENT_PORT", "9464"));
        assertThat(env.getProperty("management.server.port")).isEqualTo("9464");
        assertThat(env.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,metrics,prometheus");
    }

    @Test
    void managementAddressIsTakenWhenGiven() {
        MockEnvironment env = settled(new MockEnvironment().withProperty("SPOOR_MANAGEMENT_PORT", "9464")
                .withProperty("SPOOR_MANAGEMENT_ADDRESS", "0.0.0.0"));
        assertThat(env.getProperty("management.server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void jsonLogFormatIsBootsEcsStructuredLogging() {
        assertThat(settled(new MockEnvironment().withProperty("SPOOR_LOG_FORMAT", "json")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
    }

    @Test
    void refusesAnUnknownLogFormatNamingTheVariable() {
        assertThatThrownBy(() -> settled(new MockEnvironment().withProperty("SPOOR_LOG_FORMAT", "xml")))
                .hasMessage("SPOOR_LOG_FORMAT is 'xml': it must be text or json");
    }

    @Test
    void refusesAManagementPortThatIsNoPort() {
        assertThatThrownBy(() -> settled(new MockEnvironment().withProperty("SPOOR_MANAGEMENT_PORT", "70000")))
                .hasMessage("SPOOR_MANAGEMENT_PORT is '70000': it must be a port number (0 for any free port)");
    }
}
