package org.downhill.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.downhill.optim.Term;
import org.downhill.optim.UpdateTrace;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;

/**
 * What the update-rule panel shows at the playhead: the selected run's update from the playhead's
 * row written out with its numbers ({@link UpdateRule}), and the step size every run's update
 * gives each coordinate at that row (plain SGD: its one rate for both; an adaptive method: its
 * rate over its denominator, per coordinate), side by side. Every number comes from the runs'
 * own updates ({@link Simulator#trace}). Immutable.
 *
 * @param title     e.g. {@code Adam: the update from step 12 (t = 13)}
 * @param lines     the selected run's rule, empty if it has no update from that row
 * @param stepSizes the step sizes of the runs that have an update from that row, in legend order
 */
public record RuleSheet(String title, List<RuleLine> lines, List<StepSize> stepSizes) {
    /** The characters of TeX after which a narrow panel gives a line's result a line of its own. */
    private static final int LONG_WORKING = 60;

    /**
     * One run's step size per coordinate in the update from the playhead's row.
     *
     * @param run the run's name
     * @param x   the step size along x
     * @param y   the step size along y
     */
    public record StepSize(String run, double x, double y) {
    }

    /**
     * A run by its name in the legend.
     *
     * @param name the name
     * @param plan the run
     */
    public record Named(String name, RunPlan plan) {
    }

    /** Copies the lists. */
    public RuleSheet {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        stepSizes = List.copyOf(stepSizes);
    }

    /**
     * The sheet at row k.
     *
     * @param runs     the runs shown, in legend order
     * @param selected the index of the run whose rule is written out
     * @param k        the playhead's row
     */
    public static RuleSheet at(List<Named> runs, int selected, int k) {
        List<StepSize> sizes = new ArrayList<>();
        List<RuleLine> lines = List.of();
        String title = "No run selected";
        for (int i = 0; i < runs.size(); i++) {
            Named run = runs.get(i);
            Optional<UpdateTrace> trace = Simulator.trace(run.plan(), k);
            trace.ifPresent(t -> sizes.add(new StepSize(run.name(), t.x(Term.RATE), t.y(Term.RATE))));
            if (i == selected) {
                title = trace.map(t -> title(run.name(), t, k)).orElse(run.name() + ": no update from step " + k);
                lines = trace.map(UpdateRule::lines).orElse(List.of());
            }
        }
        return new RuleSheet(title, lines, sizes);
    }

    /** The sheet as a figure, in TeX: the title over the rule laid out wide ({@link #tex(boolean)}). */
    public String figureTex() {
        return "\\begin{array}{l}\\text{" + texText(title) + "}\\\\" + tex(false) + "\\end{array}";
    }

    /** E.g. {@code fast (Adam): the update from step 12 (t = 13)}: the optimizer named unless the run is named after it. */
    private static String title(String run, UpdateTrace trace, int k) {
        String kind = trace.kind().displayName();
        return (run.equals(kind) ? run : run + " (" + kind + ")") + ": the update from step " + k
                + (trace.has(Term.STEP_COUNT) ? " (t = " + (long) trace.value(Term.STEP_COUNT) + ")" : "");
    }

    /**
     * The sheet as one TeX formula (the title is not part of it): the rule, and every run's step
     * sizes.
     *
     * @param narrow whether each line's numbers go under its symbols (for a narrow panel) rather
     *               than on their right
     */
    public String tex(boolean narrow) {
        StringBuilder s = new StringBuilder(narrow ? "\\begin{array}{l}" : "\\begin{array}{ll}");
        for (RuleLine line : lines) {
            if (narrow) {
                s.append(line.symbolTex()).append("\\\\ \\qquad = ").append(narrowValues(line.valuesTex()));
            } else {
                s.append(line.symbolTex()).append(" & = ").append(line.valuesTex());
            }
            s.append("\\\\");
        }
        if (!stepSizes.isEmpty()) {
            Written sizes = new Written();
            for (int i = 0; i < stepSizes.size(); i++) {
                StepSize size = stepSizes.get(i);
                sizes.t(i == 0 ? "" : "\\qquad ", i == 0 ? "" : "; ").t("\\text{" + texText(size.run()) + ": }",
                        size.run() + ": ").v(size.x(), size.y());
            }
            String span = narrow ? "{" : "\\multicolumn{2}{l}{";
            s.append(span).append("\\text{step size per coordinate (x, y)}}\\\\");
            if (narrow) {
                for (StepSize size : stepSizes) {
                    s.append("\\qquad \\text{").append(texText(size.run())).append(": }")
                            .append(new Written().v(size.x(), size.y()).tex()).append("\\\\");
                }
            } else {
                s.append(span).append(sizes.tex()).append("}\\\\");
            }
        }
        return s.append("\\end{array}").toString();
    }

    /**
     * A line's numbers for a narrow panel: a long working-out that ends in a pair ({@code ... = (x, y)})
     * puts the pair on a line of its own.
     */
    private static String narrowValues(String valuesTex) {
        int last = valuesTex.lastIndexOf(" = \\left(");
        return last > LONG_WORKING ? valuesTex.substring(0, last) + "\\\\ \\qquad = " + valuesTex.substring(last + 3)
                : valuesTex;
    }

    /** The sheet in plain text, a line each. */
    public String plain() {
        StringBuilder s = new StringBuilder(title).append('\n');
        for (RuleLine line : lines) {
            s.append(line.plain()).append('\n');
        }
        if (!stepSizes.isEmpty()) {
            s.append("step size per coordinate (x, y): ");
            for (int i = 0; i < stepSizes.size(); i++) {
                StepSize size = stepSizes.get(i);
                s.append(i == 0 ? "" : "; ").append(new Written().t(size.run() + ": ").v(size.x(), size.y()).plain());
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Text put inside {@code \text{...}}: TeX's special characters escaped. */
    static String texText(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\backslash ");
                case '{', '}', '_', '^', '#', '$', '%', '&', '~' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
