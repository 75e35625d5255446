package org.downhill.schedule;

/** No schedule: {@code lr_k = base} for every k. */
final class ConstantSchedule implements Schedule {
    @Override
    public ScheduleState start(double baseLr) {
        return new ScheduleState() {
            @Override
            public double lr() {
                return baseLr;
            }

            @Override
            public void step(double loss) {
                // constant
            }
        };
    }
}
