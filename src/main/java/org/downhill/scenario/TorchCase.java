package org.downhill.scenario;

import org.downhill.sim.RunSpec;
import org.downhill.sim.Termination;

/**
 * One case of the PyTorch reference format ({@code cases.json}): a run and, where the file gives
 * them, what PyTorch produced.
 *
 * @param id             the case name
 * @param csv            the trajectory file name, or {@code null}
 * @param spec           the run
 * @param rows           the number of rows PyTorch wrote, or {@code null}
 * @param termination    how PyTorch's run ended, or {@code null}
 * @param expectedRegime the analytic regime ({@code converges}, {@code diverges}, ...), or {@code null}
 */
public record TorchCase(String id, String csv, RunSpec spec, Integer rows, Termination termination,
                        String expectedRegime) {
}
