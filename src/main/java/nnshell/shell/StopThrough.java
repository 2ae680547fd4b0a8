package nnshell.shell;

import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Lets Ctrl-C through a snippet that catches it. Ctrl-C stops a snippet by throwing
 * {@link ThreadDeath} in its thread; a loop with {@code catch (Throwable t)} inside would catch
 * that and run on. Each snippet class is loaded with a check at the start of every handler
 * that can catch a ThreadDeath: while a stop is asked for, the handler throws it on at once.
 */
public final class StopThrough {
    private static final Set<String> CATCHING = Set.of("java/lang/Throwable",
            "java/lang/Error", "java/lang/ThreadDeath");
    private static final String OWNER = Type.getInternalName(StopThrough.class);
    private static volatile boolean stopping;

    private StopThrough() {
    }

    /** Called first in a snippet's handler: throws a ThreadDeath on while a stop is asked. */
    public static void check(Throwable caught) {
        if (stopping && caught instanceof ThreadDeath death) {
            throw death;
        }
    }

    /** Asks for (true) or ends (false) a stop of the snippet running now. */
    static void stopping(boolean asked) {
        stopping = asked;
    }

    /** A snippet class's bytecode with the check in its handlers; unchanged if it has none. */
    static byte[] instrument(byte[] classBytes) {
        ClassNode node = new ClassNode();
        new ClassReader(classBytes).accept(node, 0);
        boolean changed = false;
        for (MethodNode method : node.methods) {
            for (TryCatchBlockNode block : method.tryCatchBlocks) {
                if (block.type != null && CATCHING.contains(block.type)) {
                    AbstractInsnNode first = firstInstruction(block.handler);
                    if (first != null && !isCheck(first.getNext())) {
                        InsnList check = new InsnList();
                        check.add(new InsnNode(Opcodes.DUP));
                        check.add(new MethodInsnNode(Opcodes.INVOKESTATIC, OWNER, "check",
                                "(Ljava/lang/Throwable;)V", false));
                        method.instructions.insertBefore(first, check);
                        changed = true;
                    }
                }
            }
        }
        if (!changed) {
            return classBytes;
        }
        // the handler's stack holds the exception before and after the check: frames stay
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    /** The first real instruction at or after a label (labels, lines and frames skipped). */
    private static AbstractInsnNode firstInstruction(AbstractInsnNode from) {
        AbstractInsnNode n = from;
        while (n != null && n.getOpcode() < 0) {
            n = n.getNext();
        }
        return n;
    }

    /** Whether a handler shared by two try blocks already got the check (DUP then the call). */
    private static boolean isCheck(AbstractInsnNode afterFirst) {
        return afterFirst instanceof MethodInsnNode call && call.owner.equals(OWNER)
                && call.name.equals("check");
    }
}
