package org.ddf.api.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of Spring tests that use the {@link TestDatabase}. Declaring the property source once here, rather than in
 * each test class, lets Spring cache one context for all test classes with the same configuration. The {@code test}
 * profile lets a service add {@code application-test.yml} on top of its own {@code application.yml}.
 */
@ActiveProfiles("test")
public abstract class PostgresTest {

    @DynamicPropertySource
    static void testDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
