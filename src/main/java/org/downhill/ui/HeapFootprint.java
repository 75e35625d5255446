package org.downhill.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Keeps the app's memory close to what it uses. The JVM's default heap may grow to a quarter of
 * the machine's memory and is rarely given back: a lab whose live data stays near 60 MB grew to
 * 740 MB of committed heap in a few minutes of use (MemorySoakHarness). A desktop app that sits
 * idle on a teacher's laptop should give memory back, so at start this sets three of HotSpot's
 * manageable flags, unless the user set them on the command line:
 * <ul>
 *   <li>{@code MinHeapFreeRatio = 10} and {@code MaxHeapFreeRatio = 30}: after a collection the
 *       heap shrinks until at most 30 % of it is free;</li>
 *   <li>{@code G1PeriodicGCInterval = 10000}: after 10 s without a collection (an idle app), G1
 *       runs a concurrent cycle, which shrinks the heap by the rule above.</li>
 * </ul>
 * On a JVM without these flags (another vendor, another collector) nothing changes.
 */
final class HeapFootprint {
    private HeapFootprint() {
    }

    /** Sets the flags that the user did not set. */
    static void keepSmall() {
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError notHotSpot) {
            return;
        }
        if (vm == null) {
            return;
        }
        // the minimum first: the two must stay in order (min <= max) after each change
        setUnlessChosen(vm, "MinHeapFreeRatio", "10");
        setUnlessChosen(vm, "MaxHeapFreeRatio", "30");
        setUnlessChosen(vm, "G1PeriodicGCInterval", "10000");
    }

    private static void setUnlessChosen(HotSpotDiagnosticMXBean vm, String flag, String value) {
        try {
            if (vm.getVMOption(flag).getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(flag, value);
            }
        } catch (IllegalArgumentException noSuchFlagOrRefused) {
            // not this JVM's flag, or a value the user's other settings do not allow: keep the JVM's
        }
    }
}
