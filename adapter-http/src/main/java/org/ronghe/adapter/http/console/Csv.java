package org.ronghe.adapter.http.console;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list exported for spreadsheet programs: UTF-8 with a byte-order mark (without it, Excel reads Chinese as
 * another code page), comma-separated with CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would
 * take for a formula (=, +, -, @ first) is written with a leading apostrophe, so that an exported title can
 * never run as one.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    static byte[] of(List<String> header, List<List<String>> rows) {
        var text = new StringBuilder(BOM);
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
