package org.reviewdesk.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The hand-written OpenAPI document parses and describes exactly the operations the resources serve. */
class OpenApiDocumentTest {

    private static final Set<Class<?>> RESOURCES =
            Set.of(FilesResource.class, RequestsResource.class, OpenApiDocument.class);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws IOException {
        try (InputStream yaml = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            assertNotNull(yaml, OpenApiDocument.RESOURCE + " is missing");
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        }
    }

    @Test
    void itIsOpenApi31WithTheBearerScheme() throws IOException {
        Map<String, Object> document = document();

        assertEquals("3.1.0", document.get("openapi"));
        Map<?, ?> schemes = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("securitySchemes");
        Map<?, ?> token = (Map<?, ?>) schemes.get("apiToken");
        assertEquals("http", token.get("type"));
        assertEquals("bearer", token.get("scheme"));
    }

    @Test
    void everyOperationOfTheResourcesIsDescribedAndNothingElse() throws IOException {
        Map<?, ?> paths = (Map<?, ?>) document().get("paths");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<?, ?>) item)
                .keySet().stream()
                        .filter(key ->
                                Set.of("get", "post", "put", "delete", "patch").contains(key))
                        .forEach(method -> described.add(method.toString().toUpperCase() + " " + path)));

        assertEquals(served(), described);
        assertTrue(
                described.containsAll(Set.of(
                        "POST /v1/files",
                        "POST /v1/requests",
                        "GET /v1/requests/{requestKey}",
                        "GET /v1/requests/{requestKey}/comments",
                        "POST /v1/requests/{requestKey}/comments",
                        "GET /openapi.yaml")),
                described.toString());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        String yaml;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, Object> document = document();
        java.util.regex.Matcher refs =
                java.util.regex.Pattern.compile("\\$ref: '#/([^']+)'").matcher(yaml);
        int count = 0;
        while (refs.find()) {
            Object node = document;
            for (String step : refs.group(1).split("/")) {
                node = ((Map<?, ?>) node).get(step);
                assertNotNull(node, "unresolved $ref #/" + refs.group(1));
            }
            count++;
        }
        assertTrue(count > 10, "found only " + count + " references");
    }

    /** "POST /v1/requests" for each resource method, from its JAX-RS annotations. */
    private static Set<String> served() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "GET"
                        : method.isAnnotationPresent(POST.class)
                                ? "POST"
                                : method.isAnnotationPresent(PUT.class)
                                        ? "PUT"
                                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                operations.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
            }
        }
        return operations;
    }
}
