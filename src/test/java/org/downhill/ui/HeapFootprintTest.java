package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
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

    /**
     * Read from the full collection's own record of the heap just after it (committed and used at
     * that moment), not from the heap a moment later: other tests' threads in this JVM may allocate
     * and collect in between, which moves "used" and "committed" apart.
     */
    @Test
    void theCommandLineStartsWithTheHeapItNeedsNotTheInitialOne() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long initial = Long.parseLong(vm.getVMOption("InitialHeapSize").getValue());
        GarbageCollectorMXBean full = fullCollector();
        long before = full.getCollectionCount();
        HeapFootprint.startSmall();
        assertEquals("30", vm.getVMOption("MaxHeapFreeRatio").getValue(), "the flags are set as for the app");
        assertTrue(full.getCollectionCount() > before, "a full collection ran");
        GcInfo after = full.getLastGcInfo();
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        long committed = 0;
        long used = 0;
        for (String pool : heapPools) {
            MemoryUsage usage = after.getMemoryUsageAfterGc().get(pool);
            committed += usage.getCommitted();
            used += usage.getUsed();
        }
        assertTrue(committed < initial, "committed " + committed + " after the collection, initial " + initial);
        assertTrue(committed <= used / 0.7 + 16 * 1024 * 1024, "at most 30 % free (a region's rounding aside): "
                + committed + " committed for " + used + " used");
    }

    /** G1's full (old generation) collector, which {@code System.gc()} runs. */
    private static GarbageCollectorMXBean fullCollector() {
        return ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class).stream()
                .filter(c -> c.getName().equals("G1 Old Generation")).findFirst().orElseThrow();
    }
}
