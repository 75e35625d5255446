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
 * On a JVM without these flags (another vendor, another collector) nothing changes. The command
 * line starts smaller still ({@link #startSmall}).
 */
public final class HeapFootprint {
    private HeapFootprint() {
    }

    /**
     * For the command line, whose work (the frames of a GIF) allocates fast from its first moment:
     * sets the flags ({@link #keepSmall}) and then asks for one full collection while almost
     * nothing is live, after which G1 gives back the committed initial heap (a 64th of the
     * machine's memory: 377 MB on 24 GB) beyond {@code MaxHeapFreeRatio} and sizes its young
     * generation from what is left; the heap then grows only as far as the work needs. Unless the
     * user chose the initial heap ({@code -Xms}) or turned explicit collections off.
     */
    public static void startSmall() {
        keepSmall();
        HotSpotDiagnosticMXBean vm = hotSpot();
        if (vm != null && chosen(vm, "InitialHeapSize")) {
            return;
        }
        System.gc();
    }

    /** Sets the flags that the user did not set. */
    static void keepSmall() {
        HotSpotDiagnosticMXBean vm = hotSpot();
        if (vm == null) {
            return;
        }
        // the minimum first: the two must stay in order (min <= max) after each change
        setUnlessChosen(vm, "MinHeapFreeRatio", "10");
        setUnlessChosen(vm, "MaxHeapFreeRatio", "30");
        setUnlessChosen(vm, "G1PeriodicGCInterval", "10000");
    }

    /** HotSpot's diagnostic bean, or null on another JVM. */
    private static HotSpotDiagnosticMXBean hotSpot() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError notHotSpot) {
            return null;
        }
    }

    /** Whether the user set a flag (on the command line or otherwise); unknown flags count as chosen. */
    private static boolean chosen(HotSpotDiagnosticMXBean vm, String flag) {
        try {
            return vm.getVMOption(flag).getOrigin() != VMOption.Origin.DEFAULT
                    && vm.getVMOption(flag).getOrigin() != VMOption.Origin.ERGONOMIC;
        } catch (IllegalArgumentException noSuchFlag) {
            return true;
        }
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
