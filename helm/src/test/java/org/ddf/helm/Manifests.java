package org.ddf.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads rendered Kubernetes manifests: finds objects and walks their YAML trees, failing with the path on a miss. */
final class Manifests {

    private Manifests() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String rendered) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(rendered)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        List<Map<String, Object>> found = docs.stream()
                .filter(m -> kind.equals(m.get("kind")) && name.equals(str(m, "metadata", "name"))).toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.get(0);
    }

    /** The only container of a Deployment's or StatefulSet's pod. */
    static Map<String, Object> container(Map<String, Object> workload) {
        List<Object> containers = list(workload, "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    /** A container's literal environment variables (those with a value). */
    static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object e : list(container, "env")) {
            Map<String, Object> var = map(e);
            if (var.containsKey("value")) {
                assertThat(env.put(str(var, "name"), str(var, "value"))).as("duplicate %s", var.get("name")).isNull();
            }
        }
        return env;
    }

    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            assertThat(current).as("%s in %s", step, List.of(path)).isNotNull();
            current = step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        assertThat(value).as("%s", List.of(path)).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        assertThat(value).as("%s", List.of(path)).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    static String str(Object node, Object... path) {
        Object value = at(node, path);
        assertThat(value).as("%s", List.of(path)).isInstanceOf(String.class);
        return (String) value;
    }

    static int num(Object node, Object... path) {
        Object value = at(node, path);
        assertThat(value).as("%s", List.of(path)).isInstanceOf(Integer.class);
        return (Integer) value;
    }
}
