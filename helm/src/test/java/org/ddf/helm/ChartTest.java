package org.ddf.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddf.helm.Manifests.container;
import static org.ddf.helm.Manifests.env;
import static org.ddf.helm.Manifests.find;
import static org.ddf.helm.Manifests.list;
import static org.ddf.helm.Manifests.map;
import static org.ddf.helm.Manifests.num;
import static org.ddf.helm.Manifests.parse;
import static org.ddf.helm.Manifests.str;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints and renders the chart {@code helm/ddf} with helm-java (the Helm library in a jar: no helm binary) and checks
 * what an operator relies on: one Deployment and Service per service on the Jib image and port, the glibc malloc
 * tuning, the JVM sized to the CPU request, probes, resources, the database Secret wired to the bundled PostgreSQL,
 * the inference autoscaler, and that overridden values show. The default rendering is written to
 * {@code helm/target/rendered/ddf.yaml}.
 */
class ChartTest {

    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path CHART = MODULE.resolve("ddf");
    static final Path RENDERED = MODULE.resolve("target/rendered/ddf.yaml");
    static final String RELEASE = "ddf";
    static final List<String> SERVICES = List.of("training", "inference", "generator");
    /** The version Jib tags the images with ({@code ddf/${project.artifactId}:${project.version}}). */
    static final String VERSION = System.getProperty("ddf.version", "0.1.0-SNAPSHOT");
    /** README.md, docker/README.md and the root pom's Jib environment. */
    static final Map<String, String> MALLOC = Map.of(
            "MALLOC_MMAP_THRESHOLD_", "33554432",
            "MALLOC_TRIM_THRESHOLD_", "1073741824");

    static Map<String, Object> values;
    static List<Map<String, Object>> manifests;

    @BeforeAll
    static void renderDefaults() throws IOException {
        values = new Yaml().load(Files.readString(CHART.resolve("values.yaml")));
        String out = template().call();
        Files.createDirectories(RENDERED.getParent());
        Files.writeString(RENDERED, out);
        manifests = parse(out);
    }

    @Test
    void lintsWithoutErrorsOrWarnings() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
    }

    @Test
    void rendersOneDeploymentAndServicePerServiceTheBundledPostgresAndTheInferenceAutoscaler() {
        assertThat(manifests).extracting(m -> m.get("kind") + "/" + str(m, "metadata", "name")).containsExactlyInAnyOrder(
                "Secret/ddf-db",
                "StatefulSet/ddf-postgres", "Service/ddf-postgres",
                "Deployment/ddf-training", "Service/ddf-training",
                "Deployment/ddf-inference", "Service/ddf-inference", "HorizontalPodAutoscaler/ddf-inference",
                "Deployment/ddf-generator", "Service/ddf-generator");
        assertThat(manifests).allSatisfy(m -> {
            assertThat(str(m, "metadata", "labels", "app.kubernetes.io/part-of")).isEqualTo("ddf");
            assertThat(str(m, "metadata", "labels", "helm.sh/chart")).isEqualTo("ddf-0.1.0");
        });
    }

    @Test
    void eachServiceRunsItsJibImageOnPort8080BehindAServiceOnPort80() {
        for (String svc : SERVICES) {
            Map<String, Object> deployment = rendered("Deployment", RELEASE + "-" + svc);
            Map<String, Object> pod = map(deployment, "spec", "template");
            Map<String, Object> container = container(deployment);
            Map<String, Object> podLabels = map(pod, "metadata", "labels");

            assertThat(podLabels).containsEntry("app.kubernetes.io/name", "ddf-" + svc)
                    .containsEntry("app.kubernetes.io/instance", RELEASE);
            assertThat(map(deployment, "spec", "selector", "matchLabels")).isEqualTo(podLabels);
            assertThat(container.get("name")).isEqualTo("ddf-" + svc);
            assertThat(container.get("image")).isEqualTo("ddf/ddf-" + svc + ":" + VERSION);
            assertThat(container.get("imagePullPolicy")).isEqualTo("IfNotPresent");
            assertThat(list(container, "ports")).containsExactly(Map.of("name", "http", "containerPort", 8080));
            // The applications' own default ports are 8081-8083: the pod must not depend on the image to say 8080.
            assertThat(env(container)).containsEntry("SERVER_PORT", "8080");
            assertThat(map(pod, "metadata", "annotations")).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", "8080");

            Map<String, Object> service = rendered("Service", RELEASE + "-" + svc);
            assertThat(map(service, "spec", "selector")).isEqualTo(podLabels);
            assertThat(list(service, "spec", "ports"))
                    .containsExactly(Map.of("name", "http", "port", 80, "targetPort", "http"));
        }
    }

    @Test
    void probesUseTheSpringBootHealthGroupsOnTheHttpPort() {
        for (String svc : SERVICES) {
            Map<String, Object> container = container(rendered("Deployment", RELEASE + "-" + svc));

            assertThat(map(container, "startupProbe", "httpGet")).isEqualTo(httpGet("/actuator/health/liveness"));
            assertThat(map(container, "livenessProbe", "httpGet")).isEqualTo(httpGet("/actuator/health/liveness"));
            assertThat(map(container, "readinessProbe", "httpGet")).isEqualTo(httpGet("/actuator/health/readiness"));
            // Up to five minutes to start (first model load) before liveness counts.
            int period = num(container, "startupProbe", "periodSeconds");
            assertThat(period * num(container, "startupProbe", "failureThreshold")).isEqualTo(300);
        }
    }

    @Test
    void setsTheMallocTuningAndSizesTheJvmAndLibtorchToTheCpuRequest() {
        for (String svc : SERVICES) {
            Map<String, Object> container = container(rendered("Deployment", RELEASE + "-" + svc));
            Map<String, String> env = env(container);
            int cpus = Integer.parseInt(str(container, "resources", "requests", "cpu"));
            String javaToolOptions = env.get("JAVA_TOOL_OPTIONS");

            assertThat(env).containsAllEntriesOf(MALLOC);
            assertThat(list(container, "env")).contains(Map.of("name", "DDF_WORKER_ID",
                    "valueFrom", Map.of("fieldRef", Map.of("fieldPath", "metadata.name"))));
            assertThat(intOption(javaToolOptions, "-XX:ActiveProcessorCount=")).as(svc).isEqualTo(cpus);
            if (svc.equals("inference")) {
                // One model thread per CPU, each on one libtorch intra-op thread (README.md).
                assertThat(javaToolOptions).doesNotContain("-Dai.djl.pytorch.num_threads");
            } else {
                assertThat(intOption(javaToolOptions, "-Dai.djl.pytorch.num_threads=")).as(svc).isEqualTo(cpus);
            }
        }
    }

    @Test
    void resourcesAreThoseOfTheValuesWithAMemoryLimitAndNoCpuLimit() {
        for (String svc : SERVICES) {
            Map<String, Object> resources = map(container(rendered("Deployment", RELEASE + "-" + svc)), "resources");

            assertThat(resources).isEqualTo(map(values, "services", svc, "resources"));
            assertThat(map(resources, "limits")).containsOnlyKeys("memory");
        }
        Map<String, Object> inference = map(container(rendered("Deployment", "ddf-inference")), "resources");
        assertThat(inference).isEqualTo(Map.of(
                "requests", Map.of("cpu", "2", "memory", "2Gi"),
                "limits", Map.of("memory", "4Gi")));
    }

    @Test
    void theServicesReadTheDatabaseSecretThatPointsAtTheBundledPostgres() {
        Map<String, Object> secret = rendered("Secret", "ddf-db");
        Map<String, Object> data = map(secret, "stringData");
        assertThat(data).isEqualTo(Map.of(
                "DDF_DB_URL", "jdbc:postgresql://ddf-postgres:5432/ddf",
                "DDF_DB_USER", "ddf",
                "DDF_DB_PASSWORD", "ddf"));

        URI url = URI.create(str(data, "DDF_DB_URL").substring("jdbc:".length()));
        Map<String, Object> pgService = rendered("Service", url.getHost());
        Map<String, Object> statefulSet = rendered("StatefulSet", url.getHost());
        Map<String, Object> postgres = container(statefulSet);
        assertThat(list(pgService, "spec", "ports"))
                .containsExactly(Map.of("name", "pg", "port", url.getPort(), "targetPort", "pg"));
        assertThat(list(postgres, "ports")).containsExactly(Map.of("name", "pg", "containerPort", 5432));
        assertThat(map(pgService, "spec", "selector")).isEqualTo(map(statefulSet, "spec", "template", "metadata", "labels"));
        assertThat(env(postgres)).containsEntry("POSTGRES_DB", url.getPath().substring(1));
        assertThat(list(postgres, "env")).contains(
                fromSecret("POSTGRES_USER", "ddf-db", "DDF_DB_USER"),
                fromSecret("POSTGRES_PASSWORD", "ddf-db", "DDF_DB_PASSWORD"));
        assertThat(list(postgres, "readinessProbe", "exec", "command"))
                .containsExactly("sh", "-c", "pg_isready -U \"$POSTGRES_USER\" -d ddf");
        assertThat(str(postgres, "image")).isEqualTo("postgres:17-alpine");
        assertThat(str(statefulSet, "spec", "volumeClaimTemplates", 0, "spec", "resources", "requests", "storage"))
                .isEqualTo("10Gi");

        for (String svc : SERVICES) {
            assertThat(list(container(rendered("Deployment", RELEASE + "-" + svc)), "envFrom"))
                    .containsExactly(Map.of("secretRef", Map.of("name", "ddf-db")));
        }
    }

    @Test
    void theAutoscalerOwnsTheInferenceReplicasAndTheOthersRunOne() {
        Map<String, Object> hpa = rendered("HorizontalPodAutoscaler", "ddf-inference");

        assertThat(map(hpa, "spec", "scaleTargetRef"))
                .isEqualTo(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "ddf-inference"));
        assertThat(num(hpa, "spec", "minReplicas")).isEqualTo(2);
        assertThat(num(hpa, "spec", "maxReplicas")).isEqualTo(10);
        assertThat(num(hpa, "spec", "metrics", 0, "resource", "target", "averageUtilization")).isEqualTo(70);
        // With an autoscaler the Deployment leaves replicas to it: otherwise every helm upgrade resets them.
        assertThat(map(rendered("Deployment", "ddf-inference"), "spec")).doesNotContainKey("replicas");
        assertThat(num(rendered("Deployment", "ddf-training"), "spec", "replicas")).isEqualTo(1);
        assertThat(num(rendered("Deployment", "ddf-generator"), "spec", "replicas")).isEqualTo(1);
    }

    @Test
    void overriddenValuesShowInTheRendering() {
        List<Map<String, Object>> out = parse(template()
                .set("database.url", "jdbc:postgresql://pg.example.org:5432/ddf")
                .set("image.registry", "registry.example.org/ddf")
                .set("image.tag", "1.2.3")
                .set("services.inference.hpa.enabled", false)
                .set("services.inference.replicas", 5)
                .set("services.inference.env.DDF_INFERENCE_MODELTHREADS", "1")
                .set("services.generator.env.MALLOC_TRIM_THRESHOLD_", "0")
                .call());

        assertThat(out).extracting(m -> m.get("kind") + "/" + str(m, "metadata", "name"))
                .doesNotContain("StatefulSet/ddf-postgres", "Service/ddf-postgres", "HorizontalPodAutoscaler/ddf-inference");
        assertThat(str(find(out, "Secret", "ddf-db"), "stringData", "DDF_DB_URL"))
                .isEqualTo("jdbc:postgresql://pg.example.org:5432/ddf");
        Map<String, Object> inference = find(out, "Deployment", "ddf-inference");
        assertThat(num(inference, "spec", "replicas")).isEqualTo(5);
        assertThat(str(container(inference), "image")).isEqualTo("registry.example.org/ddf/ddf-inference:1.2.3");
        assertThat(env(container(inference))).containsEntry("DDF_INFERENCE_MODELTHREADS", "1");
        assertThat(env(container(find(out, "Deployment", "ddf-training")))).doesNotContainKey("DDF_INFERENCE_MODELTHREADS")
                .containsAllEntriesOf(MALLOC);
        // A service's env wins over the common one.
        assertThat(env(container(find(out, "Deployment", "ddf-generator")))).containsEntry("MALLOC_TRIM_THRESHOLD_", "0")
                .containsEntry("MALLOC_MMAP_THRESHOLD_", "33554432");
    }

    @Test
    void anExistingSecretServesTheServicesAndTheBundledPostgres() {
        List<Map<String, Object>> out = parse(template().set("database.existingSecret", "ddf-prod-db").call());

        assertThat(out).noneMatch(m -> "Secret".equals(m.get("kind")));
        for (String svc : SERVICES) {
            assertThat(list(container(find(out, "Deployment", RELEASE + "-" + svc)), "envFrom"))
                    .containsExactly(Map.of("secretRef", Map.of("name", "ddf-prod-db")));
        }
        assertThat(list(container(find(out, "StatefulSet", "ddf-postgres")), "env")).contains(
                fromSecret("POSTGRES_USER", "ddf-prod-db", "DDF_DB_USER"),
                fromSecret("POSTGRES_PASSWORD", "ddf-prod-db", "DDF_DB_PASSWORD"));
    }

    @Test
    void refusesToRenderWithoutAnyDatabase() {
        assertThatThrownBy(() -> template().set("postgres.enabled", false).call())
                .hasMessageContaining("database.url");
    }

    // --- rendering

    static TemplateCommand template() {
        return new Helm(CHART).template().withName(RELEASE).withNamespace("ddf");
    }

    /** The one object of that kind and name in the default rendering. */
    static Map<String, Object> rendered(String kind, String name) {
        return find(manifests, kind, name);
    }

    static Map<String, Object> httpGet(String path) {
        return Map.of("path", path, "port", "http");
    }

    static Map<String, Object> fromSecret(String variable, String secret, String key) {
        return Map.of("name", variable, "valueFrom", Map.of("secretKeyRef", Map.of("name", secret, "key", key)));
    }

    static int intOption(String options, String prefix) {
        Objects.requireNonNull(options, "JAVA_TOOL_OPTIONS");
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(options);
        assertThat(m.find()).as("%s in %s", prefix, options).isTrue();
        return Integer.parseInt(m.group(1));
    }

}
