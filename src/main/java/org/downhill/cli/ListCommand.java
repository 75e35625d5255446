package org.downhill.cli;

import java.io.PrintWriter;
import java.util.List;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.formula.Operation;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.optim.OptimizerKind;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.scenario.DataSets;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.schedule.ScheduleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code downhill list}: the landscapes, optimizers and schedules with their parameters, the
 * presets, the lessons and the data sets.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the landscapes, optimizers and schedules with their parameters, defaults and ranges, "
                + "the presets, the lessons and the data sets.")
final class ListCommand implements Runnable {

    /** What to list. */
    enum Section { landscapes, optimizers, schedules, presets, lessons, data, all }

    @Parameters(arity = "0..1", paramLabel = "WHAT", defaultValue = "all",
            description = "landscapes, optimizers, schedules, presets, lessons, data or all (default)")
    Section section;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (section == Section.landscapes || section == Section.all) {
            out.println("Landscapes (--function NAME --param NAME=VALUE)");
            for (LandscapeFamily f : Landscapes.all()) {
                entry(out, f.id(), f.displayName() + ": " + f.create().formula().plain(), f.schema());
            }
            formulaEntry(out);
        }
        if (section == Section.optimizers || section == Section.all) {
            out.println("Optimizers (--optimizer NAME --hp NAME=VALUE)");
            for (OptimizerKind k : OptimizerKind.values()) {
                entry(out, k.torchName(), k.description(), k.schema());
            }
        }
        if (section == Section.schedules || section == Section.all) {
            out.println("Schedules (--schedule NAME --sp NAME=VALUE; --warmup STEPS[,FACTOR] goes in front of any)");
            for (ScheduleKind k : ScheduleKind.values()) {
                entry(out, k.torchName(), k.description(), k.schema());
            }
        }
        if (section == Section.presets || section == Section.all) {
            out.println("Presets (render --preset ID)");
            for (Preset p : Presets.all()) {
                out.printf("  %-28s %s%n", p.id(), p.title());
            }
        }
        if (section == Section.lessons || section == Section.all) {
            out.println("Lessons (render --lesson ID --page N)");
            for (Lesson l : Lessons.all()) {
                out.printf("  %-28s %s%n", l.id(), l.title());
            }
        }
        if (section == Section.data || section == Section.all) {
            out.println("Data sets (train --data NAME --model MODEL; models: linear, logistic, neuron)");
            for (DataSets.Entry e : DataSets.all()) {
                out.printf("  %-28s %s, %d rows (%s), for the %s model: %s%n", e.data().name(), e.data().title(),
                        e.data().table().rows(), String.join(", ", e.data().table().names()), e.model().id(),
                        e.description());
            }
        }
        out.flush();
    }

    /** How to type a landscape of one's own. */
    private static void formulaEntry(PrintWriter out) {
        out.printf("  %-28s %s%n", "--formula EXPR", "your own f(x, y), e.g. 'a*x^2 + b*y^2': numbers, x, y, pi, e,"
                + " + - * / ^ ( ), and " + String.join(" ", Operation.functionNames()) + ";");
        out.printf("      %-26s %s%n", "NAME=1",
                "every other name is a parameter (--param NAME=VALUE); any finite number");
    }

    private static void entry(PrintWriter out, String name, String about, ParamSchema schema) {
        out.printf("  %-28s %s%n", name, about);
        List<Param> params = schema.params();
        for (Param p : params) {
            String value = p.name() + "=" + (p.defaultValue() == null ? "none" : p.format(p.defaultValue()));
            out.printf("      %-26s %s; %s%n", value, p.meaning(), p.allowed());
        }
    }
}
