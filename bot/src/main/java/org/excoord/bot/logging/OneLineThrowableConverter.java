package org.excoord.bot.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Boot's stack trace ({@code %wEx}) with the exception messages escaped like log messages
 * ({@link OneLineMessageConverter}): a stack trace spans lines by design, one per frame, but a message that quotes a
 * request ("Unrecognized token 'x\nFORGED'") must not start a line of its own.
 */
public class OneLineThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new Escaped(throwable));
    }

    /** The throwable, its causes and suppressed ones, with their messages escaped. */
    private record Escaped(IThrowableProxy of) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return OneLineMessageConverter.escape(of.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return OneLineMessageConverter.escape(of.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return of.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return of.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return of.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of.getCause() == null ? null : new Escaped(of.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = of.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                escaped[i] = new Escaped(suppressed[i]);
            }
            return escaped;
        }

        @Override
        public boolean isCyclic() {
            return of.isCyclic();
        }
    }
}
