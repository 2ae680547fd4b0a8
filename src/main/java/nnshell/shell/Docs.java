package nnshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import jdk.jshell.SourceCodeAnalysis;

/**
 * The documentation of a name: the signatures jshell knows and the javadoc. For nnshell's own
 * classes the javadoc comes from the sources shipped in the jar ({@code nnshell-sources/}),
 * since jshell reads javadoc only from the JDK's own {@code src.zip}.
 */
final class Docs {
    private static final Pattern OWNER_AND_NAME = Pattern.compile("([\\w.$]+)\\.(\\w+)\\(");

    private final Engine engine;

    Docs(Engine engine) {
        this.engine = engine;
    }

    /** Documentation of a name typed after {@code /doc}: "Tensor", "Tensor.of", "Math.abs". */
    String forName(String name) {
        String text = forCode(name, name.length());
        text = text.isEmpty() ? forCode(name + "(", name.length() + 1) : text;
        return text.isEmpty() ? forInstanceMethod(name) : text;
    }

    /**
     * "Sequential.fit": an instance method named through its nnshell class, which jshell
     * documents only on an object ("model.fit"); asked on a typed null instead.
     */
    private String forInstanceMethod(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String owner = name.substring(0, dot);
        String qualified = owner.contains(".") ? owner
                : DslIndex.shared().qualified(owner);
        if (qualified == null) {
            return "";
        }
        String code = "((" + qualified + ") null)." + name.substring(dot + 1) + "(";
        return forCode(code, code.length());
    }

    /**
     * The documented name nearest to a misspelt one given to {@code /doc}: "Tensr" gives
     * "Tensor", "Tensor.zeroes" gives "Tensor.zeros", "Sequential.fitt" gives "Sequential.fit".
     */
    Optional<String> nearest(String name) {
        KnownNames known = new KnownNames(engine.jshell());
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return known.nearest(name, 0, name);
        }
        String owner = name.substring(0, dot);
        String member = name.substring(dot + 1);
        Optional<String> found = known.nearest(owner + ".", dot + 1, member);
        String qualified = DslIndex.shared().qualified(owner);
        if (found.isEmpty() && qualified != null) {
            // instance methods are completed only on an object: a typed null stands for one
            String object = "((" + qualified + ") null).";
            found = known.nearest(object, object.length(), member);
        }
        return found.map(m -> owner + "." + m);
    }

    /**
     * Documentation of the name the cursor is in or just after, as Shift-Tab asks for it: the
     * whole name counts wherever the cursor is in it ({@code Tensor.o|f}), and a method name
     * without its parenthesis is documented as if it had one ({@code model.fit}).
     */
    String forCursor(String code, int cursor) {
        int end = Math.min(Math.max(cursor, 0), code.length());
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String text = forCode(code, end);
        if (text.isEmpty() && end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
            String called = code.substring(0, end) + "(";
            text = forCode(called, called.length());
        }
        if (text.isEmpty()) {
            text = forCode(code, cursor);
        }
        if (text.isEmpty()) {
            // jshell finds nothing in some unfinished lines ("var q = Tensor"): the dotted
            // name under the cursor alone is asked then
            int start = end;
            while (start > 0 && (Character.isJavaIdentifierPart(code.charAt(start - 1))
                    || code.charAt(start - 1) == '.')) {
                start--;
            }
            String name = code.substring(start, end);
            if (!name.isEmpty() && !name.equals(code)) {
                text = forCursor(name, name.length());
            }
        }
        return text;
    }

    /** Documentation of what is under the cursor in a line being typed; empty if nothing. */
    String forCode(String code, int cursor) {
        SourceCodeAnalysis analysis = engine.jshell().sourceCodeAnalysis();
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(code, cursor, true);
        StringBuilder text = new StringBuilder();
        Set<String> shown = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Documentation d : docs) {
            text.append(d.signature()).append('\n');
            String javadoc = d.javadoc() != null ? d.javadoc() : ownJavadoc(d.signature());
            if (javadoc != null && !javadoc.isBlank() && shown.add(javadoc)) {
                text.append(indent(clean(javadoc))).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** The javadoc of an nnshell class or method named in a jshell signature, or null. */
    static String ownJavadoc(String signature) {
        Matcher m = OWNER_AND_NAME.matcher(signature);
        String owner;
        String member = null;
        if (m.find()) {
            owner = m.group(1);
            member = m.group(2);
        } else {
            owner = signature.strip().replaceAll(".*\\s", "").replaceAll("<.*", "");
        }
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        String qualified = DslIndex.shared().qualified(simple);
        if (qualified == null) {
            return null;
        }
        String name = member;
        return readSource(qualified).flatMap(src -> comment(src, simple, name)).orElse(null);
    }

    private static Optional<String> readSource(String qualified) {
        String path = "nnshell-sources/" + qualified.replace('.', '/') + ".java";
        try (InputStream in = Docs.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> comment(String source, String type, String member) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + type + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"),
                null, List.of(file));
        List<String> found = new ArrayList<>();
        try {
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new CommentFinder(trees, type, member, found).scan(unit, null);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().findFirst();
    }

    /** Collects the doc comments of a class, or of the methods with a given name in it. */
    private static final class CommentFinder extends TreePathScanner<Void, Void> {
        private final Trees trees;
        private final String type;
        private final String member;
        private final List<String> found;
        private boolean inType;

        CommentFinder(Trees trees, String type, String member, List<String> found) {
            this.trees = trees;
            this.type = type;
            this.member = member;
            this.found = found;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            boolean match = tree.getSimpleName().contentEquals(type);
            if (match && member == null) {
                addComment();
            }
            boolean outer = inType;
            inType = match;
            super.visitClass(tree, unused);
            inType = outer;
            return null;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            if (inType && member != null && tree.getName().contentEquals(member)) {
                addComment();
            }
            return null;
        }

        private void addComment() {
            String comment = trees.getDocComment(getCurrentPath());
            if (comment != null) {
                found.add(comment);
            }
        }
    }

    /** Javadoc markup as plain text: inline tags unwrapped, paragraphs as blank lines. */
    static String clean(String javadoc) {
        return javadoc
                .replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? ([^}\\s]*)(?: ([^}]*))?}", "$1")
                .replace('#', '.')
                .replaceAll("(?i)<p>\\s*", "\n")
                .replaceAll("(?i)</?(pre|ul|ol|li|b|i|em|strong|code|tt)>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .strip();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l.strip()).reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
