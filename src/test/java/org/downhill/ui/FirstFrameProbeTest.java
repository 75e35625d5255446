package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up probe: silent unless asked, then one line two pulses after the thing is drawn (when
 * its frame has surely been rendered), and nothing of it left in the scene.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameProbeTest {

    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(host, 200, 100));
        stage.show();
    }

    /** Asked whether the window is complete: it is from the third question on. */
    private final AtomicInteger completeAsked = new AtomicInteger();

    /** Starts a probe whose first condition holds from its fifth call on; returns what it printed. */
    private List<String> probe(String mode, AtomicLong shownAt, AtomicInteger ticks) throws Exception {
        PrintStream systemOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String before = System.getProperty(FirstFrameProbe.PROPERTY);
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            if (mode == null) {
                System.clearProperty(FirstFrameProbe.PROPERTY);
            } else {
                System.setProperty(FirstFrameProbe.PROPERTY, mode);
            }
            WaitForAsyncUtils.asyncFx(() -> FirstFrameProbe.startIfAsked(host, () -> {
                if (ticks.incrementAndGet() < 5) {
                    return false;
                }
                shownAt.compareAndSet(0, System.currentTimeMillis());
                return true;
            }, () -> completeAsked.incrementAndGet() >= 3)).get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 100 && completeAsked.get() < 3 && mode != null; i++) {
                WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            }
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        } finally {
            System.setOut(systemOut);
            if (before == null) {
                System.clearProperty(FirstFrameProbe.PROPERTY);
            } else {
                System.setProperty(FirstFrameProbe.PROPERTY, before);
            }
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsEachMomentOnceTwoTicksAfterItsConditionHeld() throws Exception {
        AtomicLong shownAt = new AtomicLong();
        AtomicInteger ticks = new AtomicInteger();
        List<String> lines = probe("print", shownAt, ticks);
        assertEquals(2, lines.size(), lines.toString());
        String[] first = lines.get(0).split(" ");
        String[] complete = lines.get(1).split(" ");
        assertEquals(FirstFrameProbe.MARKER, first[0]);
        assertEquals(FirstFrameProbe.COMPLETE, complete[0]);
        assertTrue(shownAt.get() > 0);
        assertTrue(Long.parseLong(first[1]) >= shownAt.get(), lines.get(0) + " is after " + shownAt.get());
        assertTrue(Long.parseLong(complete[1]) >= Long.parseLong(first[1]));
        assertEquals(3, first.length, lines.get(0));
        assertTrue(Long.parseLong(first[2]) > 0, "the processor time the process has used: " + lines.get(0));
        assertTrue(Long.parseLong(complete[2]) >= Long.parseLong(first[2]), lines.toString());
        assertEquals(3, completeAsked.get(), "asked about the whole window only once the first held, until it held");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> host.getChildren().isEmpty()).get(5, TimeUnit.SECONDS),
                "the probe took its node away");
    }

    @Test
    void isSilentUnlessAsked() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        assertEquals(List.of(), probe(null, new AtomicLong(), ticks));
        assertEquals(0, ticks.get(), "no probe started");
        assertEquals(0, completeAsked.get());
    }
}
