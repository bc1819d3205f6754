package org.ronghe.adapter.http.committee;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.committee.port.in.StructureView;

/**
 * Draws the structure as Mermaid flowchart and Graphviz DOT text, labelled in Chinese for the people who
 * read it ({@code 区级推进委员会 · 已成立}, members joined by {@code 统筹协调}, ...).
 */
final class StructureDiagrams {

    private static final Messages MESSAGES = Messages.catalogue();

    private StructureDiagrams() {
    }

    static String mermaid(StructureView structure) {
        var out = new StringBuilder("%% Ronghe leading structure as of ").append(structure.asOf()).append('\n');
        out.append("flowchart TD\n");
        structure.roots().forEach(root -> mermaid(root, out));
        return out.toString();
    }

    private static void mermaid(StructureView.Node node, StringBuilder out) {
        String id = "c_" + node.id().toString().replace("-", "");
        out.append("  ").append(id).append("[\"").append(mermaidText(node.name())).append("<br/>")
                .append(zh(node.tier())).append(" · ").append(zh(node.status())).append("\"]\n");
        for (var member : node.members()) {
            String memberId = "o_" + member.id().toString().replace("-", "");
            out.append("  ").append(memberId).append("([\"").append(mermaidText(member.name())).append("\"])\n");
            out.append("  ").append(id).append(" -. ").append(zh(member.role())).append(" .-> ").append(memberId)
                    .append('\n');
        }
        for (var child : node.children()) {
            out.append("  ").append(id).append(" --> c_").append(child.id().toString().replace("-", "")).append('\n');
            mermaid(child, out);
        }
    }

    private static String zh(Enum<?> value) {
        return MESSAGES.label(value, Messages.Language.ZH);
    }

    /** Mermaid labels: quotes and angle brackets as entities, no line breaks. */
    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replaceAll("\\s+", " ");
    }

    static String dot(StructureView structure) {
        var out = new StringBuilder("// Ronghe leading structure as of ").append(structure.asOf()).append('\n');
        out.append("digraph structure {\n  rankdir=TB;\n  node [fontname=\"Noto Sans CJK SC\"];\n");
        structure.roots().forEach(root -> dot(root, out));
        out.append("}\n");
        return out.toString();
    }

    private static void dot(StructureView.Node node, StringBuilder out) {
        String id = "c" + node.id();
        out.append("  \"").append(id).append("\" [shape=box, style=rounded, label=\"").append(dotText(node.name()))
                .append("\\n").append(zh(node.tier())).append(" · ").append(zh(node.status())).append("\"];\n");
        for (var member : node.members()) {
            String memberId = "o" + member.id();
            out.append("  \"").append(memberId).append("\" [shape=ellipse, label=\"").append(dotText(member.name()))
                    .append("\"];\n");
            out.append("  \"").append(id).append("\" -> \"").append(memberId).append("\" [style=dashed, label=\"")
                    .append(zh(member.role())).append("\"];\n");
        }
        for (var child : node.children()) {
            out.append("  \"").append(id).append("\" -> \"c").append(child.id()).append("\";\n");
            dot(child, out);
        }
    }

    /** DOT strings: backslashes and quotes escaped, no line breaks. */
    private static String dotText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\s+", " ");
    }
}
