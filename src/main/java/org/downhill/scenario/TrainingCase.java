package org.downhill.scenario;

import org.downhill.sim.RunSpec;
import org.downhill.sim.Termination;

/**
 * One case of the training reference format (data-training/cases.json): a model trained on data in
 * mini-batches and, where the file gives them, what PyTorch produced.
 *
 * @param id          the case name
 * @param csv         the trajectory file name, or {@code null}
 * @param spec        the run: a {@link org.downhill.data.ModelLandscape}, its batches in stored
 *                    order, and epochs * batches-per-epoch steps
 * @param epochs      the number of epochs
 * @param rows        the number of rows PyTorch wrote, or {@code null}
 * @param termination how PyTorch's run ended, or {@code null}
 */
public record TrainingCase(String id, String csv, RunSpec spec, int epochs, Integer rows, Termination termination) {
}
