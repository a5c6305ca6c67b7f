package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcFilesTest {

    /** A real line, with a command name that holds a space and a parenthesis. */
    private static final String STAT = "4242 (java (hub) x) S 1 4242 4242 0 -1 4194560 57318 0 12 0 1234 567 0 0 20 0 "
            + "41 0 2783470 4317999104 93512 18446744073709551615 1 1 0 0 0 0 0 0 16800975 0 0 0 17 1 0 0 0 0 0";

    @Test
    void cpuTicksAreUserPlusSystem() {
        assertThat(ProcFiles.cpuTicks(STAT)).isEqualTo(1234 + 567);
    }

    @Test
    void machineBusyTicksLeaveOutIdleAndIowait() {
        String stat = "cpu  100 2 30 5000 40 6 7 8 9 0\ncpu0 50 1 15 2500 20 3 3 4 0 0\n";

        assertThat(ProcFiles.busyTicks(stat)).isEqualTo(100 + 2 + 30 + 6 + 7 + 8);
    }

    @Test
    void commandIsBetweenTheOuterParentheses() {
        assertThat(ProcFiles.command(STAT)).isEqualTo("java (hub) x");
        assertThat(ProcFiles.command("77 (postgres) S 1 2")).isEqualTo("postgres");
    }

    @Test
    void readsKilobytesOfAStatusField() {
        String status = "Name:\tjava\nVmPeak:\t 4300000 kB\nVmHWM:\t  375012 kB\nVmRSS:\t  301000 kB\n";

        assertThat(ProcFiles.kilobytes(status, "VmHWM")).isEqualTo(375012);
        assertThat(ProcFiles.kilobytes(status, "VmRSS")).isEqualTo(301000);
        assertThat(ProcFiles.kilobytes("Name:\tkthreadd\n", "VmHWM")).isEqualTo(-1);
    }
}
