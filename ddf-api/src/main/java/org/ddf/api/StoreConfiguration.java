package org.ddf.api;

import org.ddf.api.job.JobProperties;
import org.ddf.api.job.WorkerProperties;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Everything of ddf-api for a service: {@code @Import(StoreConfiguration.class)} on its application class brings
 * the store, the job queue and worker, the model registry and its listener, the problem+json advice, and the
 * embedded PostgreSQL when no {@code spring.datasource.url} is set. Its {@code @EntityScan} and
 * {@code @EnableJpaRepositories} replace Boot's scanning of the application's package, so a service with JPA
 * entities or repositories of its own declares its packages there too.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = StoreConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EntityScan(basePackageClasses = StoreConfiguration.class)
@EnableJpaRepositories(basePackageClasses = StoreConfiguration.class)
@EnableConfigurationProperties({JobProperties.class, WorkerProperties.class})
public class StoreConfiguration {
}
