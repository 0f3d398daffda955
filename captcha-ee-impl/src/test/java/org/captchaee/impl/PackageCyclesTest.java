package org.captchaee.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages of the implementation module ({@code org.captchaee.impl.*} and {@code org.captchaee.jaxrs}) form no
 * cycle: a newcomer can read them bottom up, and a package can be understood, tested and moved without the ones that
 * use it. A reference is an import (static or not) or a fully
 * qualified name in the source, Javadoc included; the test reads the sources, so it needs no compiled classes.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "org.captchaee";
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.captchaee(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void noPackageCycle() {
        Map<String, Map<String, String>> graph = references();
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : new StronglyConnected(graph).components()) {
            if (component.size() > 1) {
                cycles.add(describe(component, graph));
            }
        }
        assertEquals(List.of(), cycles, "package cycles: break each by moving the type named");
    }

    @Test
    void theSourcesAreRead() {
        assertFalse(references().get(ROOT + ".impl").isEmpty(), "the root package references the others");
    }

    /** Each package's references to other packages, with one source file that makes each. */
    private static Map<String, Map<String, String>> references() {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        Path rootFolder = SOURCES.resolve(ROOT.replace('.', '/'));
        try (Stream<Path> files = Files.walk(rootFolder)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String folder = rootFolder.relativize(file.getParent()).toString();
                String pkg = folder.isEmpty() ? ROOT : ROOT + "." + folder.replace('/', '.');
                Map<String, String> edges = graph.computeIfAbsent(pkg, p -> new TreeMap<>());
                Matcher reference = REFERENCE.matcher(read(file));
                while (reference.find()) {
                    String to = reference.group(1);
                    if (!to.equals(pkg)) {
                        edges.putIfAbsent(to, file.getFileName().toString());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String describe(Set<String> component, Map<String, Map<String, String>> graph) {
        StringBuilder text = new StringBuilder("cycle among ").append(component).append(':');
        for (String from : component) {
            graph.getOrDefault(from, Map.of()).forEach((to, file) -> {
                if (component.contains(to)) {
                    text.append("\n  ")
                            .append(from)
                            .append(" -> ")
                            .append(to)
                            .append(" (")
                            .append(file)
                            .append(')');
                }
            });
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tarjan's strongly connected components of the package graph. */
    private static final class StronglyConnected {
        private final Map<String, Map<String, String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Map<String, String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
