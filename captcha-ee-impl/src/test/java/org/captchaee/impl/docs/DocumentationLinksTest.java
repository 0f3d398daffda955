package org.captchaee.impl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Markdown documentation holds together: {@code README.md} and every page under {@code docs/}.
 *
 * <ul>
 * <li>Every relative link, inline ({@code [text](path)}, {@code [text](path#anchor)}, {@code [text](#anchor)}, images
 * too) or as a reference definition ({@code [label]: path}), names a file or folder of the repository, and every
 * anchor names a heading of the target Markdown page by GitHub's rules: the heading's text in lower case, without
 * punctuation other than {@code -} and {@code _}, spaces turned into {@code -}, and {@code -1}, {@code -2}, ... added to
 * repeated headings. Every reference {@code [text][label]} has its definition. Absolute links ({@code https:},
 * {@code mailto:}, ...) are not followed: the build has no internet. Links in code blocks and code spans are text.</li>
 * <li>{@code README.md} stays short: at most {@value #README_MAX_LINES} lines.</li>
 * <li>{@code docs/index.md} links every page under {@code docs/}, and {@code README.md} links the index.</li>
 * </ul>
 */
class DocumentationLinksTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = PROJECT.resolve("README.md");
    private static final Path DOCS = PROJECT.resolve("docs");
    private static final Path INDEX = DOCS.resolve("index.md");
    private static final int README_MAX_LINES = 150;

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern INLINE_LINK =
            Pattern.compile("\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_USE = Pattern.compile("\\[([^\\]]*)\\]\\[([^\\]]+)\\]");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** What GitHub drops from a heading's text to make its anchor: all but letters, marks, digits, space, - and _. */
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    @Test
    void everyRelativeLink_namesAnExistingFile_andEveryAnchorAHeadingOfIt() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Markdown markdown = Markdown.of(read(page));
            markdown.targets().forEach(target -> problem(page, target).ifPresent(broken::add));
            markdown.undefinedReferences()
                    .forEach(label -> broken.add(PROJECT.relativize(page) + ": [" + label + "] has no definition"));
        }
        assertEquals(List.of(), broken, "broken links in the documentation");
    }

    @Test
    void readme_isAtMost150Lines() {
        long lines = read(README).lines().count();
        assertTrue(
                lines <= README_MAX_LINES,
                () -> "README.md has " + lines + " lines; move the details under docs/ and keep it at most "
                        + README_MAX_LINES);
    }

    @Test
    void everyPageUnderDocs_isLinkedFromTheIndex_andTheIndexFromReadme() {
        Set<Path> linked = linkedFiles(INDEX);
        Set<String> unlinked = pages().stream()
                .filter(page -> page.startsWith(DOCS) && !page.equals(INDEX) && !linked.contains(page))
                .map(page -> PROJECT.relativize(page).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unlinked, "pages that docs/index.md does not link");
        assertTrue(linkedFiles(README).contains(INDEX), "README.md does not link docs/index.md");
    }

    @Test
    void anchors_followGitHubsRules() {
        Markdown page = Markdown.of(String.join(
                "\n",
                "# The answer's language",
                "## `captcha.image.*` keys",
                "## Setup",
                "## Setup",
                "",
                "```",
                "# not a heading",
                "```",
                "## Setup",
                "### reCAPTCHA, hCaptcha and Turnstile"));
        assertEquals(
                Set.of(
                        "the-answers-language",
                        "captchaimage-keys",
                        "setup",
                        "setup-1",
                        "setup-2",
                        "recaptcha-hcaptcha-and-turnstile"),
                page.anchors());
    }

    /** What is wrong with one link of a page, if anything. */
    private static Optional<String> problem(Path page, String target) {
        if (SCHEME.matcher(target).find()) {
            return Optional.empty();
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        String where = PROJECT.relativize(page) + ": (" + target + ")";
        if (!file.startsWith(PROJECT) || !Files.exists(file)) {
            return Optional.of(where + " names no file of the repository");
        }
        if (hash < 0) {
            return Optional.empty();
        }
        String anchor = target.substring(hash + 1);
        if (!file.toString().endsWith(".md") || !Files.isRegularFile(file)) {
            return Optional.of(where + " has an anchor, but its target is no Markdown page");
        }
        Set<String> anchors = Markdown.of(read(file)).anchors();
        return anchors.contains(anchor)
                ? Optional.empty()
                : Optional.of(where + " names no heading of " + PROJECT.relativize(file) + " " + anchors);
    }

    /** The files a page links to, without anchors. */
    private static Set<Path> linkedFiles(Path page) {
        return Markdown.of(read(page)).targets().stream()
                .filter(target -> !SCHEME.matcher(target).find())
                .map(target -> target.replaceFirst("#.*", ""))
                .filter(path -> !path.isEmpty())
                .map(path -> page.getParent().resolve(path).normalize())
                .collect(Collectors.toSet());
    }

    /** README.md and every Markdown page under docs/. */
    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(DOCS)) {
            List<Path> pages = new ArrayList<>(List.of(README));
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
            assertTrue(pages.contains(INDEX), () -> INDEX + " is missing");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The links and headings of one Markdown text, outside code blocks and code spans.
     *
     * @param targets the target of every inline link and reference definition, as written
     * @param anchors the anchor of every heading
     * @param undefinedReferences the labels of references {@code [text][label]} without a definition
     */
    private record Markdown(List<String> targets, Set<String> anchors, Set<String> undefinedReferences) {

        static Markdown of(String text) {
            List<String> targets = new ArrayList<>();
            Set<String> anchors = new LinkedHashSet<>();
            Set<String> used = new TreeSet<>();
            Set<String> defined = new HashSet<>();
            boolean inCode = false;
            for (String line : text.split("\n", -1)) {
                if (FENCE.matcher(line).find()) {
                    inCode = !inCode;
                    continue;
                }
                if (inCode) {
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    anchors.add(uniqueAnchor(anchor(heading.group(1)), anchors));
                }
                Matcher definition = REFERENCE_DEFINITION.matcher(line);
                if (definition.matches()) {
                    defined.add(definition.group(1).toLowerCase(Locale.ROOT));
                    targets.add(definition.group(2));
                    continue;
                }
                String prose = CODE_SPAN.matcher(line).replaceAll("code");
                Matcher link = INLINE_LINK.matcher(prose);
                while (link.find()) {
                    targets.add(link.group(2));
                }
                Matcher reference = REFERENCE_USE.matcher(prose);
                while (reference.find()) {
                    used.add(reference.group(2).toLowerCase(Locale.ROOT));
                }
            }
            used.removeAll(defined);
            return new Markdown(targets, anchors, used);
        }

        /** GitHub's anchor of a heading: its rendered text, lower case, without punctuation, spaces made dashes. */
        private static String anchor(String heading) {
            String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            return NOT_IN_ANCHOR
                    .matcher(text.toLowerCase(Locale.ROOT))
                    .replaceAll("")
                    .replace(' ', '-');
        }

        /** The anchor, or for a repeated heading the anchor with the first free suffix -1, -2, ... */
        private static String uniqueAnchor(String anchor, Set<String> taken) {
            String unique = anchor;
            for (int n = 1; taken.contains(unique); n++) {
                unique = anchor + "-" + n;
            }
            return unique;
        }
    }
}
