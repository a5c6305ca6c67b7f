package vn.vhttdl.hub.bench;

/**
 * Parsing of the two Linux {@code /proc/<pid>} files the driver samples: {@code stat} for the CPU
 * time (utime + stime, in clock ticks) and {@code status} for the resident set size and its peak.
 */
public final class ProcFiles {

    private ProcFiles() {
    }

    /**
     * @param stat the content of {@code /proc/<pid>/stat}
     * @return utime + stime in clock ticks (fields 14 and 15)
     */
    public static long cpuTicks(String stat) {
        // the command name (field 2) is in parentheses and may itself hold spaces or ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        // fields[0] is field 3 (state), so field 14 is fields[11]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * @param procStat the content of {@code /proc/stat}
     * @return clock ticks all CPUs spent busy since boot: user, nice, system, irq, softirq and
     *     steal of the {@code cpu} line (guest time is already inside user)
     */
    public static long busyTicks(String procStat) {
        String cpu = procStat.substring(0, procStat.indexOf('\n'));
        String[] f = cpu.trim().split(" +");
        return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
    }

    /** @return the command name of a {@code /proc/<pid>/stat} line (field 2, without parentheses) */
    public static String command(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /**
     * @param status the content of {@code /proc/<pid>/status}
     * @param field  {@code VmHWM} (peak RSS) or {@code VmRSS}
     * @return the value in kB, or -1 when the field is absent (a kernel thread, or a zombie)
     */
    public static long kilobytes(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String value = line.substring(field.length() + 1).trim();
                int space = value.indexOf(' ');
                return Long.parseLong(space < 0 ? value : value.substring(0, space));
            }
        }
        return -1;
    }
}
