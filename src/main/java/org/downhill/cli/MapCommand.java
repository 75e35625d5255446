package org.downhill.cli;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.downhill.figure.FigureFormats;
import org.downhill.figure.MapFigure;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Simulator;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Progress;
import org.downhill.sweep.StabilityMap;
import org.downhill.sweep.SweepCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code downhill map}: the stability map of a run over learning rate × momentum, as CSV, and as a
 * figure ({@link MapFigure}: PNG at {@value #PNG_SCALE} pixels per unit, SVG) of
 * {@value #WIDTH} x {@value #HEIGHT} units. The outputs are checked before any work.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Simulate a run over a grid of learning rate (log-spaced) x momentum (for the Adam family: "
                + "beta1) and print each cell as CSV: lr,momentum,regime,final_loss,event_step. With --png or --svg "
                + "the map is drawn instead (the CSV then goes only to --out, if given)."})
final class MapCommand implements Callable<Integer> {
    /** The figure's width in units. */
    static final double WIDTH = 800;
    /** The figure's height in units. */
    static final double HEIGHT = 560;
    /** The PNG's pixels per unit. */
    static final double PNG_SCALE = 2;

    @Mixin
    RunOptions run;

    @Mixin
    SweepOptions axis;

    @Option(names = "--points", paramLabel = "N", defaultValue = "100",
            description = "the number of learning rates (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--momentum-min", paramLabel = "M", defaultValue = "0",
            description = "the smallest momentum (default: ${DEFAULT-VALUE})")
    double momentumMin;

    @Option(names = "--momentum-max", paramLabel = "M", defaultValue = "0.99",
            description = "the largest momentum (default: ${DEFAULT-VALUE})")
    double momentumMax;

    @Option(names = "--momentum-points", paramLabel = "N", defaultValue = "100",
            description = "the number of momenta (default: ${DEFAULT-VALUE})")
    int momentumPoints;

    @Mixin
    OutputOption output;

    @Option(names = "--png", paramLabel = "FILE", description = "the map as a PNG figure (1600 x 1120 pixels)")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "the map as an SVG figure")
    Path svg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check(null, png, svg, output.out);
        RunSpec base = run.toSpec();
        StabilityMap map = StabilityMap.run(SweepOptions.allCores(), base, axis.lrMin(base), axis.lrMax(base), points,
                momentumMin, momentumMax, momentumPoints, new Cancellation(), Progress.NONE);
        if (png == null && svg == null || output.out != null) {
            output.write(spec.commandLine().getOut(), out -> SweepCsv.write(map, out));
        }
        if (png != null || svg != null) {
            OptimizerSpec o = base.settings().optimizer();
            MapFigure figure = new MapFigure(map, MapFigure.edges(Simulator.run(base), map), o.lr(),
                    StabilityMap.momentumOf(o), 1, WIDTH, HEIGHT);
            if (png != null) {
                BufferedImage image = FigureFormats.image(figure, PNG_SCALE);
                OutputFiles.write(png, out -> FigureFormats.writePng(image, out));
            }
            if (svg != null) {
                String text = FigureFormats.svg(figure);
                OutputFiles.write(svg, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return 0;
    }
}
