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
import org.downhill.testing.JavaProcess;
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
     * In a JVM of its own, as the command line starts: with other tests' data live in this JVM,
     * G1 counts whole regions as used (a humongous array's region, a half-filled one), so bytes
     * used would not bound what it keeps committed. The heap is read from the full collection's
     * own record of the moment just after it.
     */
    @Test
    void theCommandLineStartsWithTheHeapItNeedsNotTheInitialOne() throws Exception {
        String printed = JavaProcess.run("-cp", System.getProperty("java.class.path"), StartSmall.class.getName()).strip();
        String[] figures = printed.split(" ");
        assertEquals(4, figures.length, printed);
        long initial = Long.parseLong(figures[0]);
        long committed = Long.parseLong(figures[1]);
        long used = Long.parseLong(figures[2]);
        assertEquals("30", figures[3], "the flags are set as for the app");
        assertTrue(committed < initial, "committed " + committed + " after the collection, initial " + initial);
        assertTrue(committed <= used / 0.7 + 16 * 1024 * 1024, "at most 30 % free (a region's rounding aside): "
                + committed + " committed for " + used + " used");
    }

    /** Starts small and prints the initial heap, the heap committed and used after the collection, and MaxHeapFreeRatio. */
    static final class StartSmall {
        public static void main(String[] args) {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            GarbageCollectorMXBean full = fullCollector();
            long before = full.getCollectionCount();
            HeapFootprint.startSmall();
            if (full.getCollectionCount() == before) {
                throw new IllegalStateException("no full collection ran");
            }
            GcInfo after = full.getLastGcInfo();
            long committed = 0;
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    MemoryUsage usage = after.getMemoryUsageAfterGc().get(pool.getName());
                    committed += usage.getCommitted();
                    used += usage.getUsed();
                }
            }
            System.out.println(vm.getVMOption("InitialHeapSize").getValue() + " " + committed + " " + used + " "
                    + vm.getVMOption("MaxHeapFreeRatio").getValue());
        }
    }

    /** G1's full (old generation) collector, which {@code System.gc()} runs. */
    private static GarbageCollectorMXBean fullCollector() {
        return ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class).stream()
                .filter(c -> c.getName().equals("G1 Old Generation")).findFirst().orElseThrow();
    }
}
