package org.ddf.training;

import org.ddf.api.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Base of the service's tests: the whole application on the test PostgreSQL, one cached context. */
@SpringBootTest(classes = TrainingApplication.class)
@AutoConfigureMockMvc
public abstract class TrainingTest extends PostgresTest {
}
