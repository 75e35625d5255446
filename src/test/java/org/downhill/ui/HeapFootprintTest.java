package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The app and the command line ask HotSpot to give memory back (the test JVM runs with the default flags). */
class HeapFootprintTest {

    @Test
    void theHeapMayShrinkAndAnIdleAppCollects() {
        HeapFootprint.keepSmall();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals("10", vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("30", vm.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals("10000", vm.getVMOption("G1PeriodicGCInterval").getValue());
    }

    @Test
    void theCommandLineStartsWithTheHeapItNeedsNotTheInitialOne() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long initial = Long.parseLong(vm.getVMOption("InitialHeapSize").getValue());
        HeapFootprint.startSmall();
        assertEquals("30", vm.getVMOption("MaxHeapFreeRatio").getValue(), "the flags are set as for the app");
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        assertTrue(committed < initial, "committed " + committed + " after the collection, initial " + initial);
        assertTrue(committed <= used / 0.7 + 16 * 1024 * 1024, "at most 30 % free (a region's rounding aside): "
                + committed + " committed for " + used + " used");
    }
}
