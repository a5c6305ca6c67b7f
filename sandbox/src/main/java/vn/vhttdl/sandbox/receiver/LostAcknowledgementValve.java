package vn.vhttdl.sandbox.receiver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Loses the acknowledgement of a call on purpose: the servlet API cannot close a connection
 * without answering, so the receiver marks the request and this Tomcat valve, running after
 * the servlet, closes the socket before a single byte of the response is written. The client
 * sees the connection end with no status line — an I/O error, exactly what a platform that
 * stored the data and then crashed or timed out at its gateway looks like.
 */
public class LostAcknowledgementValve extends ValveBase {

    private static final String DROP = LostAcknowledgementValve.class.getName() + ".drop";

    public LostAcknowledgementValve() {
        super(true);
    }

    /** Marks {@code request} so that its connection is closed instead of answered; write nothing after this. */
    public static void dropConnection(HttpServletRequest request) {
        request.setAttribute(DROP, Boolean.TRUE);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (Boolean.TRUE.equals(request.getAttribute(DROP)) && !response.isCommitted()) {
            // suspended: Tomcat will not commit (write the status line and headers) on finishing the response
            response.setSuspended(true);
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
        }
    }
}
