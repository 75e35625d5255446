package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The app asks HotSpot to give memory back (the test JVM runs with the default flags). */
class HeapFootprintTest {

    @Test
    void theHeapMayShrinkAndAnIdleAppCollects() {
        HeapFootprint.keepSmall();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals("10", vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("30", vm.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals("10000", vm.getVMOption("G1PeriodicGCInterval").getValue());
    }
}
